#!/usr/bin/env bash
# A first `generate` into an empty folder, ours from the pages against
# apple/swift-openapi-generator 1.14.3 from the spec/openapi.json we write for the same
# pages, on the corpus of N copies of spec/docs (N x 5 pages, N x 5 operations). Rounds
# alternate the two whole commands, so load from other work falls on both alike; prints
# the median [min-max] wall time, processor time and peak memory of each, and the ratio
# of the medians. Both tools are built by Tests/Bench/generators.sh.
#   Tests/Bench/first-generate.sh [N] [ROUNDS]      (default 50 copies, 250 pages; 7 rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
export TMPDIR="${TMPDIR:-/var/tmp}"
source Tests/Bench/replicate.sh
source Tests/Bench/generators.sh
copies="${1:-50}"
rounds="${2:-7}"
work="$(mktemp -d "$TMPDIR/nexudus-first-generate.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build_generators "$work"

replicate_docs "$copies" "$work/docs"
cp -R templates "$work/templates"
"$ours" generate --spec "$work/docs" --schema "$work/spec/schema.json" --openapi "$work/spec/openapi.json" \
    --out "$work/sdk/Generated" --tests-out "$work/sdk/Tests" --templates "$work/templates" --no-cache > /dev/null
cat > "$work/config.yaml" <<'YAML'
generate:
  - types
  - client
accessModifier: public
YAML
echo "corpus: $(find "$work/docs" -type f | wc -l | tr -d ' ') pages, $(grep -c '"operationId": ' "$work/spec/openapi.json") operations"

measure() {
    local name="$1"; shift
    /usr/bin/time -a -o "$work/times.txt" -f "$name %e %U %S %M" "$@" > "$work/$name.log" 2>&1 || { echo "$name failed" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
}
# Each round writes into folders of its own and nothing is deleted before the end: on a file
# system that scans the inodes freed in the last seconds whenever it makes a file (ext4
# without a journal, as here), deleting the last round's output first made the next round's
# writes pay for it, which no user's first generate does.
for ((round = 0; round < rounds; round++)); do
    out="$work/round-$round"
    mkdir -p "$out/theirs"
    measure nexudus-codegen "$ours" generate --spec "$work/docs" --schema "$out/ours/schema.json" --no-openapi \
        --out "$out/ours/Generated" --tests-out "$out/ours/Tests" --templates "$work/templates" --no-cache
    measure swift-openapi-generator "$theirs" generate "$work/spec/openapi.json" --config "$work/config.yaml" --output-directory "$out/theirs"
done
awk '
function sorted(list, a,   n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n
}
function median(list,   a, n) { n = sorted(list, a); return a[int((n + 1) / 2)] }
function range(list,   a, n) { n = sorted(list, a); return median(list) " [" a[1] "-" a[n] "]" }
{ wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4); memory[$1] = memory[$1] " " int($5 / 1024) }
END {
    for (name in wall) printf "%-24s wall %s s   cpu %s s   peak %s MB\n", name, range(wall[name]), range(cpu[name]), range(memory[name])
    printf "wall-time ratio (theirs / ours, medians): %.1fx; processor time: %.1fx\n",
        median(wall["swift-openapi-generator"]) / median(wall["nexudus-codegen"]), median(cpu["swift-openapi-generator"]) / median(cpu["nexudus-codegen"])
}' "$work/times.txt" | sort
