#!/usr/bin/env bash
# Builds the parser with libFuzzer and runs it, seeded with the spec pages and every fixture
# page (parser, diff, lint and bad-page fixtures: all three formats, whole and cut off).
#   Tests/Fuzz/run.sh [SECONDS] [LIBFUZZER OPTIONS…]   (default 60; e.g. -runs=1000000 stops after that many)
# Crashes are written to .build-fuzz/crashes/. Not part of `swift test`: run it on purpose.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
out=.build-fuzz
mkdir -p "$out/modules" "$out/corpus" "$out/crashes"
flags=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -I "$out/modules")

swiftc "${flags[@]}" -emit-module -emit-module-path "$out/modules/Diagnostics.swiftmodule" \
    -module-name Diagnostics -c Sources/Diagnostics/*.swift -o "$out/Diagnostics.o" -wmo
swiftc "${flags[@]}" -emit-module -emit-module-path "$out/modules/DocsParser.swiftmodule" \
    -module-name DocsParser -c $(find Sources/DocsParser -name '*.swift' | sort) -o "$out/DocsParser.o" -wmo
swiftc "${flags[@]}" -module-name FuzzParser Tests/Fuzz/FuzzParser.swift "$out/Diagnostics.o" "$out/DocsParser.o" -o "$out/fuzz-parser"

# One corpus file per page, named by its path: fixture folders reuse the seed file names.
find spec/docs Tests/DocsParserTests/Fixtures Tests/CLITests/Fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.mdx' \) \
    ! -name README.md ! -name 'expected.*' | while read -r page; do cp "$page" "$out/corpus/$(echo "$page" | tr '/' '_')"; done
SWIFT_BACKTRACE=enable=no "$out/fuzz-parser" "$out/corpus" -max_total_time="$seconds" -max_len=200000 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 "${@:2}"
