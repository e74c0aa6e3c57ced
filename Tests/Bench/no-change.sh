#!/usr/bin/env bash
# What a no-change `generate` and `check` cost on a corpus scaled from spec/docs: answered
# from the cache (hit), run in full (--no-cache), and a miss (no entry: the full run plus
# hashing the outputs and writing the entry), beside reading every input and output file
# with cat. The corpus is replicated as compile-time.sh replicates it (N x 5 pages). Rounds
# interleave the commands, so load from other work on the machine falls on all of them
# alike. Prints per command the median [min-max] wall time, processor time (user+sys) and
# peak memory.
#   Tests/Bench/no-change.sh [N] [ROUNDS]      (default 300 copies, 1,500 pages; 9 rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/Bench/replicate.sh
copies="${1:-300}"
rounds="${2:-9}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs"
replicate_docs "$copies" "$work/docs"
cp -R templates "$work/templates"
swift build -c release --product nexudus-codegen >/dev/null
tool="$PWD/.build/release/nexudus-codegen"
cd "$work"
options=(--spec docs --schema out/schema.json --out out/Generated --tests-out out/Tests --templates templates)
"$tool" generate "${options[@]}"
echo "corpus: $(ls docs | wc -l) pages; output: $(find out -type f | wc -l) files, $(du -sh out | cut -f1)"
measure() {
    local name="$1"
    shift
    /usr/bin/time -f "$name %e %U %S %M" "$@" >/dev/null 2>>times.txt
}
for ((round = 0; round < rounds; round++)); do
    measure "generate(hit)" "$tool" generate "${options[@]}"
    measure "check(hit)" "$tool" check "${options[@]}"
    measure "generate(--no-cache)" "$tool" generate --no-cache "${options[@]}"
    measure "check(--no-cache)" "$tool" check --no-cache "${options[@]}"
    rm -f .build/nexudus-codegen/*.entry
    measure "generate(miss)" "$tool" generate "${options[@]}"
    measure "read-all(cat)" sh -c 'find docs templates out -type f -print0 | xargs -0 cat > /dev/null'
done
awk '
function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((n + 1) / 2)] " [" a[1] "-" a[n] "]"
}
{ wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4); memory[$1] = memory[$1] " " int($5 / 1024) }
END { for (name in wall) printf "%-22s wall %s s   cpu %s s   peak %s MB\n", name, median(wall[name]), median(cpu[name]), median(memory[name]) }
' times.txt | sort
