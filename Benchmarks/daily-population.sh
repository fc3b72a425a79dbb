#!/usr/bin/env bash
# Times daily midnight and 24-hour populations from person-level stints: `vigil compute
# daily-population` and `vigil import stays` against DuckDB, polars and pandas on the same
# generated file (plain and gzipped), checks that every output is identical, and reports
# wall time and peak memory (max RSS) beside the read floor (`wc -l`, `zcat | wc -l`).
#
#   Benchmarks/daily-population.sh [count]      (default 5000000 stints)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5000000}"

command -v /usr/bin/time >/dev/null || { echo "Needs GNU time: apt-get install time" >&2; exit 2; }
vigil="$(Benchmarks/build-release.sh)"

venv=.build-bench/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import duckdb, polars, pandas, pyarrow" 2>/dev/null \
    || "$venv/bin/pip" install -q duckdb polars pandas pyarrow >&2
py="$venv/bin/python"

scratch="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$scratch"
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$scratch"' EXIT
csv="$scratch/stays.csv"; gz="$scratch/stays.csv.gz"
if [ ! -s "$csv" ]; then
    echo "Generating $count stints…" >&2
    "$vigil" generate stays --count "$count" --seed 42 --output "$csv" >&2
fi
[ -s "$gz" ] || gzip -1 -c "$csv" > "$gz"
echo "file: $(du -h "$csv" | cut -f1) plain, $(du -h "$gz" | cut -f1) gzipped, $(( $(wc -l < "$csv") - 1 )) stints, $(nproc) cores"

# Runs a command once to warm the page cache, then times it; prints "name wall_s max_rss_MiB".
measure() {
    local name="$1"; shift
    "$@" >/dev/null 2>&1 || true
    /usr/bin/time -f "%e %M" -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/err.txt" \
        || { echo "$name FAILED:"; cat "$scratch/err.txt"; return; }
    read -r wall rss < "$scratch/time.txt"
    printf "%-34s %8.2f s %9.0f MiB\n" "$name" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

printf "%-34s %10s %13s\n" "what" "wall" "peak RSS"
measure "floor: wc -l (plain)"              wc -l "$csv"
measure "floor: zcat | wc -l (gzip)"        sh -c "zcat '$gz' | wc -l"
measure "vigil compute (plain)"             "$vigil" compute daily-population "$csv" --output "$scratch/vigil.csv" --quiet
measure "vigil compute (gzip)"              "$vigil" compute daily-population "$gz" --output "$scratch/vigil-gz.csv" --quiet
measure "vigil import stays (plain, SQLite)" sh -c "rm -f '$scratch'/bench.sqlite*; '$vigil' import stays --log-level error --database-url 'sqlite://$scratch/bench.sqlite' '$csv'"
"$vigil" export daily-population --database-url "sqlite://$scratch/bench.sqlite" | tr -d '\r' > "$scratch/vigil-export.csv"
for tool in duckdb polars pandas; do
    measure "$tool (plain)" "$py" Benchmarks/daily_population_peers.py "$tool" "$csv" "$scratch/$tool.csv"
    measure "$tool (gzip)"  "$py" Benchmarks/daily_population_peers.py "$tool" "$gz" "$scratch/$tool-gz.csv"
done

echo
echo "outputs ($(($(wc -l < "$scratch/vigil.csv") - 1)) facility-days):"
for out in vigil-gz vigil-export duckdb duckdb-gz polars polars-gz pandas pandas-gz; do
    if [ -f "$scratch/$out.csv" ] && cmp -s "$scratch/vigil.csv" "$scratch/$out.csv"; then
        echo "  $out.csv: identical to vigil.csv"
    else
        echo "  $out.csv: DIFFERS from vigil.csv"
    fi
done
