#!/usr/bin/env bash
# Measures what the generated SDK costs its users to compile: replicates spec/docs under
# N entity names (N x 5 endpoints), generates into a temporary package holding only the
# NexudusAPI target, and times a clean debug build of it.
#   Tests/Bench/compile-time.sh [N]      (default 50, about 250 endpoints)
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/Bench/replicate.sh
copies="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs" "$work/pkg/Generated"
replicate_docs "$copies" "$work/docs"
swift build -c release --product nexudus-codegen >/dev/null
.build/release/nexudus-codegen generate --spec "$work/docs" --schema "$work/schema.json" \
    --out "$work/pkg/Generated" --tests-out "$work/pkg/ConformanceTests" --templates templates >/dev/null
cat > "$work/pkg/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "Scaled", targets: [.target(name: "NexudusAPI", path: "Generated")], swiftLanguageModes: [.v6])
PKG
endpoints=$(grep -c '"id" : ' "$work/schema.json" || true)
files=$(find "$work/pkg/Generated" -name '*.swift' | wc -l)
lines=$(cat $(find "$work/pkg/Generated" -name '*.swift') | wc -l)
echo "corpus: $((copies * 5)) pages, $endpoints operations; output: $files files, $lines lines"
/usr/bin/time -f "debug build of NexudusAPI: %e s wall, %M KB peak memory" swift build --package-path "$work/pkg" --target NexudusAPI 2>&1 | grep -E "debug build|error" || true
