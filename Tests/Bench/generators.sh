# Sourced by the bench scripts that compare generators: build_generators WORK builds our
# release executable and apple/swift-openapi-generator 1.14.3 (resolved by its usual URL
# and version, which this machine serves from its local package copies; built once into
# $TMPDIR/nexudus-openapi-generator), logs in WORK, and sets `ours` and `theirs` to them.
build_generators() {
    local work="$1" tool="$TMPDIR/nexudus-openapi-generator"
    swift build -c release --product nexudus-codegen > "$work/ours-build.log" 2>&1 || { tail -30 "$work/ours-build.log"; exit 1; }
    ours="$PWD/.build/release/nexudus-codegen"
    mkdir -p "$tool"
    cat > "$tool/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "Tool", dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")])
PKG
    swift build -c release --package-path "$tool" --product swift-openapi-generator > "$work/their-build.log" 2>&1 || { tail -30 "$work/their-build.log"; exit 1; }
    theirs="$(swift build -c release --package-path "$tool" --show-bin-path)/swift-openapi-generator"
}
