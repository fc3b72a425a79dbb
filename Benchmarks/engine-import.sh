#!/usr/bin/env bash
# Times the same imports into SQLite and into PostgreSQL, side by side in one run: the 30
# shared workbooks (`vigil import ice-stats`) and the Deportation Data Project's daily file
# (`vigil import daily-population`), each into an empty database every run, in rounds that run
# both engines in turn; the ratio is the median of the rounds' ratios.
# Each import is timed twice: with the schema made by the import itself (a first import into
# a new database), and into an empty database whose schema `vigil migrate` made untimed (every
# later import). Making PostgreSQL's schema (some 190 statements of DDL) is a fixed cost.
# PostgreSQL is $BENCH_POSTGRES_URL, else a throwaway cluster (scripts/start-test-postgres.sh).
#
#   Benchmarks/engine-import.sh
#   VIGIL_BIN=/path/to/vigil BENCH_REPEATS=15 Benchmarks/engine-import.sh   # rounds (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${VIGIL_SHARED_DATA:-../shared/data}"
repeats="${BENCH_REPEATS:-5}"
[ -d "$data/ice-stats" ] || { echo "No shared data at $data (set VIGIL_SHARED_DATA)" >&2; exit 2; }
command -v psql >/dev/null || { echo "Needs psql: apt-get install postgresql-client" >&2; exit 2; }

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi
if [ -z "${BENCH_POSTGRES_URL:-}" ]; then
    # The throwaway cluster goes in memory (/dev/shm) when there is room. Every run empties the
    # schema and makes it again: some 250 files deleted, then created. On ext4, creating a file
    # right after others were deleted makes the kernel step over each recently freed inode
    # (`recently_deleted`); `perf` put 12.8% of all samples of a run there. That cost belongs to
    # this loop, not to an import, and a first import into a new database does not pay it.
    if [ -z "${VIGIL_TEST_PG_PARENT:-}" ] && [ -w /dev/shm ] \
        && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 4000000 ]; then
        export VIGIL_TEST_PG_PARENT=/dev/shm
    fi
    # shellcheck source=scripts/start-test-postgres.sh
    source scripts/start-test-postgres.sh
    BENCH_POSTGRES_URL="${VIGIL_TEST_POSTGRES_URL:?could not start PostgreSQL}"
    pg_where="a throwaway cluster in ${VIGIL_TEST_PG_PARENT:-/tmp} ($(df -PT "${VIGIL_TEST_PG_PARENT:-/tmp}" | awk 'NR==2 {print $2}'))"
else
    pg_where="the server at \$BENCH_POSTGRES_URL"
fi
scratch="$(mktemp -d)"
# Queued with the cluster's own cleanup: a `trap ... EXIT` here would replace the one that stops it.
# shellcheck source=scripts/on-exit.sh
source scripts/on-exit.sh
vigil_on_exit 'rm -rf "$scratch"'

empty_sqlite() { rm -f "$scratch"/bench.sqlite*; }
empty_postgres() { psql -q "$BENCH_POSTGRES_URL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public' >/dev/null 2>&1; }

# Prints the wall time of one import ($3...) into the database $1, emptied untimed first. With
# $2 = premigrated, `vigil migrate` makes the schema untimed first; otherwise the import makes it, timed.
timed() {
    local url="$1" schema="$2"; shift 2
    local start end
    if [[ "$url" == sqlite* ]]; then empty_sqlite; else empty_postgres; fi
    if [ "$schema" = premigrated ]; then
        "$VIGIL_BIN" migrate --log-level error --database-url "$url" >/dev/null 2>"$scratch/err" \
            || { echo "FAILED: migrate" >&2; tail -5 "$scratch/err" >&2; exit 1; }
    fi
    start=$(date +%s.%N)
    "$VIGIL_BIN" "$@" --log-level error --database-url "$url" >/dev/null 2>"$scratch/err" \
        || { echo "FAILED: $*" >&2; tail -5 "$scratch/err" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

sqlite="sqlite://$scratch/bench.sqlite"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $repeats rounds, each into an empty database"
echo "PostgreSQL's data: $pg_where"
echo
echo "Each round runs the import on both engines, in turn (which goes first alternates): on a"
echo "shared machine whose speed drifts, each PostgreSQL time is compared with the SQLite time of"
echo "its own round, and the ratio is the median of those. Times are medians, best in brackets."
echo
echo "| import | schema | SQLite | PostgreSQL | PostgreSQL / SQLite |"
echo "|---|---|---:|---:|---:|"
for name in workbooks ddp; do
    if [ "$name" = workbooks ]; then
        label="ice-stats (30 workbooks)"; args=(import ice-stats "$data/ice-stats")
    else
        label="daily-population (DDP file)"; args=(import daily-population "$data"/population/ddp_facilities_daily_population_*.csv.gz)
    fi
    for schema in by-import premigrated; do
        pairs=()
        for round in $(seq 1 "$repeats"); do
            if (( round % 2 )); then
                s=$(timed "$sqlite" "$schema" "${args[@]}"); p=$(timed "$BENCH_POSTGRES_URL" "$schema" "${args[@]}")
            else
                p=$(timed "$BENCH_POSTGRES_URL" "$schema" "${args[@]}"); s=$(timed "$sqlite" "$schema" "${args[@]}")
            fi
            pairs+=("$s $p")
        done
        what=$([ "$schema" = premigrated ] && echo "made beforehand" || echo "made by the import")
        printf '%s\n' "${pairs[@]}" | python3 -c '
import statistics, sys
rounds = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
sqlite, postgres = [s for s, _ in rounds], [p for _, p in rounds]
ratio = statistics.median(p / s for s, p in rounds)
print("| %s | %s | %.3f s (%.3f) | %.3f s (%.3f) | %.2f |" % (sys.argv[1], sys.argv[2], statistics.median(sqlite), min(sqlite),
      statistics.median(postgres), min(postgres), ratio))
' "$label" "$what"
    done
done
