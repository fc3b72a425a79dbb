#!/usr/bin/env bash
# Times `vigil import ice-stats` against python-calamine and openpyxl on the same workbooks.
#
#   Benchmarks/ice-stats-import.sh [folder]
#   VIGIL_BIN=/path/to/vigil Benchmarks/ice-stats-import.sh          # another build, e.g. before a change
#   BENCH_POSTGRES_URL=postgres://... Benchmarks/ice-stats-import.sh  # also into PostgreSQL (its public schema is emptied each run)
#   BENCH_ROUNDS=9 Benchmarks/ice-stats-import.sh                    # more rounds (each reader once a round; default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/data/ice-stats}"
[ -d "$folder" ] || { echo "No folder $folder: give the folder of workbooks as the first argument." >&2; exit 2; }

if [ -n "${VIGIL_BIN:-}" ]; then
    vigil="$VIGIL_BIN"
else
    vigil="$(Benchmarks/build-release.sh)"
fi

venv=.build-bench/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import python_calamine, openpyxl" 2>/dev/null \
    || "$venv/bin/pip" install -q python-calamine openpyxl >&2

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Each timed run gets a fresh database, so every run really imports every workbook.
peers=(--setup "rm -f $scratch/bench.sqlite*"
       --vigil "$vigil import ice-stats --log-level error --database-url sqlite://$scratch/bench.sqlite {folder}")
if [ -n "${BENCH_POSTGRES_URL:-}" ]; then
    command -v psql >/dev/null || { echo "BENCH_POSTGRES_URL needs psql" >&2; exit 2; }
    peers+=(--setup "psql -q '$BENCH_POSTGRES_URL' -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'"
            --vigil "$vigil import ice-stats --log-level error --database-url '$BENCH_POSTGRES_URL' {folder}")
fi
"$venv/bin/python" Benchmarks/ice_stats_peers.py "$folder" --repeats "${BENCH_ROUNDS:-3}" "${peers[@]}"
