#!/usr/bin/env bash
# Times `vigil import ice-stats` with expansion-event detection (as users run it) and without
# (the hidden --skip-event-detection), in turns, each run into a fresh SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/data/ice-stats}"
runs="${BENCH_RUNS:-5}"
[ -d "$folder" ] || { echo "No folder $folder: give the folder of workbooks as the first argument." >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "Needs GNU time (/usr/bin/time; apt-get install time)." >&2; exit 2; }

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# One import into a fresh database; appends "wall_seconds max_rss_kb" to $scratch/$1.
import() {
    local mode="$1"; shift
    rm -f "$scratch"/bench.sqlite*
    /usr/bin/time -f "%e %M" -o "$scratch/time" \
        "$VIGIL_BIN" import ice-stats --log-level error --database-url "sqlite://$scratch/bench.sqlite" "$@" "$folder" 2>/dev/null
    cat "$scratch/time" >> "$scratch/$mode"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "Warm-up (not counted)…" >&2
import warmup
import warmup --skip-event-detection
for i in $(seq "$runs"); do
    echo "Run $i of $runs…" >&2
    import with
    import without --skip-event-detection
done
# What detection found, from the last run with it.
import events
events=$("$VIGIL_BIN" export expansion-events --format csv --database-url "sqlite://$scratch/bench.sqlite" | tail -n +2 | wc -l)
releases=$("$VIGIL_BIN" export releases --format csv --database-url "sqlite://$scratch/bench.sqlite" | tail -n +2 | wc -l)

with_wall=$(cut -d' ' -f1 "$scratch/with" | median); without_wall=$(cut -d' ' -f1 "$scratch/without" | median)
with_rss=$(cut -d' ' -f2 "$scratch/with" | median); without_rss=$(cut -d' ' -f2 "$scratch/without" | median)
echo
echo "vigil import ice-stats, $(ls "$folder"/*.xlsx | wc -l) workbooks ($releases releases stored, $events expansion events), median of $runs runs each:"
printf '| %-32s | %8s | %13s |\n' "" "wall (s)" "peak RSS (MB)"
printf '|%s|%s|%s|\n' "----------------------------------" "----------" "---------------"
printf '| %-32s | %8.2f | %13.0f |\n' "with event detection" "$with_wall" "$(echo "$with_rss / 1024" | bc -l)"
printf '| %-32s | %8.2f | %13.0f |\n' "without (--skip-event-detection)" "$without_wall" "$(echo "$without_rss / 1024" | bc -l)"
echo "detection's share of the import: $(echo "($with_wall - $without_wall) / $with_wall * 100" | bc -l | xargs printf '%.1f')%"
