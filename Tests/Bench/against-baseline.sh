#!/usr/bin/env bash
# `bench` of this checkout against another checkout of the repository (an earlier commit,
# built in release there), in alternating rounds so load from other work on the machine
# falls on both alike. Each run is `bench --scale SCALE --runs 1`, run from its own
# checkout (its own templates). Prints per side the median [min-max] of parse+merge+emit,
# write (a first generate into a fresh folder), rewrite and peak memory, and the ratios of
# the medians (this / baseline).
#   Tests/Bench/against-baseline.sh BASELINE_CHECKOUT [SCALE] [ROUNDS]   (default 300, 5)
# A run deletes its corpus and output when it ends. ext4 without a journal will not reuse
# an inode freed in the last 60 seconds (300 more while its inode table block is not yet
# written back), and skips over every such inode, one by one, whenever it makes a file: a
# run within a minute or so of the last one's deletions pays seconds of kernel time for its
# writes. PAUSE=seconds before each run (default 0; 370 waits out the whole window here) measures
# without that.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TMPDIR="${TMPDIR:-/var/tmp}"
baseline="$(cd "${1:?usage: against-baseline.sh BASELINE_CHECKOUT [SCALE] [ROUNDS]}" && pwd)"
scale="${2:-300}"
rounds="${3:-5}"
pause="${PAUSE:-0}"
work="$(mktemp -d "$TMPDIR/nexudus-against-baseline.XXXXXX")"
trap 'rm -rf "$work"' EXIT
swift build -c release --product nexudus-codegen > "$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
[ -x "$baseline/.build/release/nexudus-codegen" ] || { echo "build the baseline first: (cd $baseline && swift build -c release)" >&2; exit 1; }

run() {
    local side="$1" checkout="$2"
    (cd "$checkout" && .build/release/nexudus-codegen bench --scale "$scale" --runs 1) | awk -v side="$side" '
        $1 == "parse+merge+emit" { print side, "parse+merge+emit", $2 }
        $1 == "write" || $1 == "rewrite" { print side, $1, $2 }
        /^peak memory:/ { print side, "peak-MB", $3 }' >> "$work/figures.txt"
}
for ((round = 0; round < rounds; round++)); do
    sleep "$pause"; run baseline "$baseline"
    sleep "$pause"; run this "$PWD"
done
awk '
function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    low[list] = a[1]; high[list] = a[n]
    return a[int((n + 1) / 2)]
}
{ values[$1 " " $2] = values[$1 " " $2] " " $3; names[$2] = 1 }
END {
    split("parse+merge+emit write rewrite peak-MB", order, " ")
    for (k = 1; k <= 4; k++) {
        name = order[k]; unit = name == "peak-MB" ? " MB" : " ms"
        b = median(values["baseline " name]); bl = low[values["baseline " name]]; bh = high[values["baseline " name]]
        t = median(values["this " name]); tl = low[values["this " name]]; th = high[values["this " name]]
        printf "%-17s baseline %s%s [%s-%s]   this %s%s [%s-%s]   ratio %.2f\n", name, b, unit, bl, bh, t, unit, tl, th, t / b
    }
}' "$work/figures.txt"
