#!/usr/bin/env bash
# Our generator against apple/swift-openapi-generator 1.14.3 on exactly the same API: the
# corpus of N copies of spec/docs (N x 5 pages, Tests/Bench/replicate.sh), our SDK generated
# from its pages, theirs (types and client) from the spec/openapi.json we write for it. Prints
# side by side: generation time and peak memory of both generators, lines of generated Swift,
# and a clean debug build of each SDK target (each SDK's dependencies, swift-openapi-runtime
# for theirs, built first and not timed).
#   Tests/Bench/vs-openapi-generator.sh [N] [ROUNDS]   (default 10: 50 pages, 50 operations; 1 round)
# With ROUNDS > 1 the two builds alternate (every source touched, so each is a whole build of
# the SDK target again) and the medians are printed [min-max], wall and processor time: load
# from other work then falls on both alike.
# A development-time comparison only: nothing in the product depends on swift-openapi-generator.
# Its package is resolved by its usual GitHub URL and version, which this machine serves from
# its local package copies; the tool is built once into $TMPDIR/nexudus-openapi-generator.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TMPDIR="${TMPDIR:-/var/tmp}"
source Tests/Bench/replicate.sh
source Tests/Bench/generators.sh
copies="${1:-10}"
rounds="${2:-1}"
work="$(mktemp -d "$TMPDIR/nexudus-vs-openapi.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# `measure LABEL COMMAND...`: runs the command under /usr/bin/time -v; sets seconds, cpu_s, peak_mb.
measure() {
    local label="$1"; shift
    if ! /usr/bin/time -v -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1; then
        echo "$label failed:" >&2; tail -30 "$work/$label.log" >&2; exit 1
    fi
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$work/$label.time")
    peak_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$label.time")
    cpu_s=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/$label.time")
}

# `summary VALUES...`: the median, and [min-max] when there is more than one.
summary() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)]; if (NR == 1) print m; else printf "%s [%s-%s]\n", m, v[1], v[NR] }'
}

swift_lines() { find "$1" -name '*.swift' -print0 | xargs -0 cat | wc -l | tr -d ' '; }

echo "== building both generators (not timed)"
build_generators "$work"
their_generator="$theirs"

echo "== corpus: $copies copies of spec/docs"
replicate_docs "$copies" "$work/docs"
pages=$(find "$work/docs" -type f | wc -l | tr -d ' ')

# Our SDK: the NexudusAPI target, generated from the pages (the schema and the OpenAPI
# document come with it; theirs is generated from that document).
mkdir -p "$work/ours/Generated" "$work/theirs/Sources/NexudusOpenAPI"
measure ours-generate .build/release/nexudus-codegen generate --spec "$work/docs" --schema "$work/spec/schema.json" \
    --openapi "$work/spec/openapi.json" --out "$work/ours/Generated" --tests-out "$work/ours/ConformanceTests" --templates templates --no-cache
ours_gen_s=$seconds ours_gen_mb=$peak_mb
operations=$(grep -c '"operationId": ' "$work/spec/openapi.json" || true)
cat > "$work/ours/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "Ours", targets: [.target(name: "NexudusAPI", path: "Generated")], swiftLanguageModes: [.v6])
PKG

# Their SDK: types and client in one target, public, from the same document.
cat > "$work/theirs/openapi-generator-config.yaml" <<'YAML'
generate:
  - types
  - client
accessModifier: public
YAML
measure their-generate "$their_generator" generate "$work/spec/openapi.json" --config "$work/theirs/openapi-generator-config.yaml" \
    --output-directory "$work/theirs/Sources/NexudusOpenAPI"
their_gen_s=$seconds their_gen_mb=$peak_mb
cat > "$work/theirs/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "Theirs",
    platforms: [.macOS(.v13)],
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4")],
    targets: [.target(name: "NexudusOpenAPI", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])],
    swiftLanguageModes: [.v6]
)
PKG

echo "== clean debug builds (dependencies first, not timed)"
swift build --package-path "$work/theirs" --target OpenAPIRuntime > "$work/their-deps.log" 2>&1 || { tail -30 "$work/their-deps.log"; exit 1; }
ours_walls=() ours_cpus=() ours_mbs=() their_walls=() their_cpus=() their_mbs=()
for ((round = 0; round < rounds; round++)); do
    if ((round > 0)); then
        find "$work/ours/Generated" "$work/theirs/Sources/NexudusOpenAPI" -name '*.swift' -exec touch {} +
    fi
    measure ours-build swift build --package-path "$work/ours" --target NexudusAPI
    ours_walls+=("$seconds") ours_cpus+=("$cpu_s") ours_mbs+=("$peak_mb")
    measure their-build swift build --package-path "$work/theirs" --target NexudusOpenAPI
    their_walls+=("$seconds") their_cpus+=("$cpu_s") their_mbs+=("$peak_mb")
done
ours_build_s=$(summary "${ours_walls[@]}") ours_build_cpu=$(summary "${ours_cpus[@]}") ours_build_mb=$(summary "${ours_mbs[@]}")
their_build_s=$(summary "${their_walls[@]}") their_build_cpu=$(summary "${their_cpus[@]}") their_build_mb=$(summary "${their_mbs[@]}")
ratio() { awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { printf "%.2f", a / b }'; }

ours_lines=$(swift_lines "$work/ours/Generated")
their_lines=$(swift_lines "$work/theirs/Sources/NexudusOpenAPI")
ours_files=$(find "$work/ours/Generated" -name '*.swift' | wc -l | tr -d ' ')
their_files=$(find "$work/theirs/Sources/NexudusOpenAPI" -name '*.swift' | wc -l | tr -d ' ')

echo
echo "corpus: $pages pages, $operations operations (spec/openapi.json: $(wc -c < "$work/spec/openapi.json" | tr -d ' ') bytes)"
printf '%-34s %22s %26s\n' "" "nexudus-codegen" "swift-openapi-generator"
printf '%-34s %22s %26s\n' "generation time (s)" "$ours_gen_s" "$their_gen_s"
printf '%-34s %22s %26s\n' "generation peak memory (MB)" "$ours_gen_mb" "$their_gen_mb"
printf '%-34s %22s %26s\n' "generated Swift (lines, files)" "$ours_lines, $ours_files" "$their_lines, $their_files"
printf '%-34s %22s %26s\n' "clean debug build of the SDK (s)" "$ours_build_s" "$their_build_s"
printf '%-34s %22s %26s\n' "  processor time (s)" "$ours_build_cpu" "$their_build_cpu"
printf '%-34s %22s %26s\n' "build peak memory (MB)" "$ours_build_mb" "$their_build_mb"
echo "build ratio, ours to theirs: $(ratio "$ours_build_s" "$their_build_s") wall, $(ratio "$ours_build_cpu" "$their_build_cpu") processor time ($rounds round(s))"
echo
echo "ours: the NexudusAPI target (runtime included), from the pages; writes the schema and openapi.json too."
echo "theirs: types + client from our openapi.json, with swift-openapi-runtime 1.13.4 built first."
