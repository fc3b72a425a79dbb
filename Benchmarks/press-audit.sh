#!/usr/bin/env bash
# Time of `vigil audit press` on the seed letter: each seed article alone, then a long file of
# the two seed articles repeated (BENCH_REPEAT times each, 25 by default: about 200 KB, the
# length of fifty articles). Prints wall time and findings per run, and the peak RSS. The long
# file is written to a temporary folder, never into the project.
#
#   Benchmarks/press-audit.sh
#   VIGIL_BIN=.build/debug/vigil Benchmarks/press-audit.sh     # measure another build
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${VIGIL_SHARED_SEEDS:-../shared/seeds}"
repeat="${BENCH_REPEAT:-25}"
letter=$(ls "$seeds"/001_*.txt 2>/dev/null | head -1)
[ -n "$letter" ] || { echo "No seed letter in $seeds (set VIGIL_SHARED_SEEDS)" >&2; exit 2; }
a=$(ls "$seeds"/000_*.txt | head -1); b=$(ls "$seeds"/002_*.txt | head -1)

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for _ in $(seq 1 "$repeat"); do cat "$a"; echo; cat "$b"; echo; done > "$work/long.txt"

run() {  # label, files...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$VIGIL_BIN" audit press --source "$letter" "$@" > "$work/out.csv" 2>/dev/null
    read -r seconds kb < "$work/time"
    printf '%-34s %8s s  %6d findings  %7d KB peak RSS\n' "$label" "$seconds" "$(( $(wc -l < "$work/out.csv") - 1 ))" "$kb"
}
run "000 ($(wc -c < "$a") bytes)" "$a"
run "002 ($(wc -c < "$b") bytes)" "$b"
run "both seeds" "$a" "$b"
run "long file ($(wc -c < "$work/long.txt") bytes)" "$work/long.txt"
