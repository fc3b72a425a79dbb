#!/usr/bin/env bash
# Times `vigil import ice-stats` against python-calamine and openpyxl on the same workbooks.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/data/ice-stats}"
[ -d "$folder" ] || { echo "No folder $folder: give the folder of workbooks as the first argument." >&2; exit 2; }

echo "Building vigil (release)…" >&2
swift build -c release --product vigil >&2
vigil="$(swift build -c release --show-bin-path)/vigil"

venv=.build-bench/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import python_calamine, openpyxl" 2>/dev/null \
    || "$venv/bin/pip" install -q python-calamine openpyxl >&2

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Each timed run gets a fresh database, so every run really imports every workbook.
"$venv/bin/python" Benchmarks/ice_stats_peers.py "$folder" \
    --vigil "rm -f $scratch/bench.sqlite*; $vigil import ice-stats --log-level error --database-url sqlite://$scratch/bench.sqlite {folder}"
