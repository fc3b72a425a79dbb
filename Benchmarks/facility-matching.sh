#!/usr/bin/env bash
# Times facility matching on the shared data, where a user meets it: `vigil import ice-stats`
# into a database that already holds the reference lists (the import matches every workbook
# facility when it ends), and `vigil facilities match` run again on the result. This build and
# a peer build (e.g. the one before a change) run alternately, pair by pair; best of N each.
#
#   VIGIL_PEER_BIN=/path/to/older/vigil Benchmarks/facility-matching.sh
#   VIGIL_BIN=/path/to/vigil VIGIL_PEER_BIN=… BENCH_REPEATS=7 Benchmarks/facility-matching.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data="${SHARED_DATA:-../shared/data}"
[ -d "$data/facilities" ] && [ -d "$data/ice-stats" ] || { echo "No $data/facilities or $data/ice-stats: set SHARED_DATA." >&2; exit 2; }
repeats="${BENCH_REPEATS:-5}"

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi
builds=("$VIGIL_BIN")
[ -n "${VIGIL_PEER_BIN:-}" ] && builds+=("$VIGIL_PEER_BIN")

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# The reference lists, imported once by the oldest build given, so every build can open the copy.
# (The FY2026 operator list and ICE's over-72-hour list name facilities with no codes: they are not.)
lists=()
for file in "$data"/facilities/*.xlsx "$data"/facilities/*.csv "$data"/facilities/*.csv.gz; do
    case "$(basename "$file")" in operators-* | Over72Hour*) ;; *) lists+=("$file") ;; esac
done
"${builds[-1]}" import facilities "${lists[@]}" --log-level error --database-url "sqlite://$scratch/lists.sqlite" >/dev/null

now() { date +%s.%N; }
declare -A best_import best_match
for ((run = 1; run <= repeats; run++)); do
    for build in "${builds[@]}"; do
        rm -f "$scratch"/run.sqlite*
        cp "$scratch/lists.sqlite" "$scratch/run.sqlite"
        start=$(now)
        "$build" import ice-stats "$data/ice-stats" --log-level error --database-url "sqlite://$scratch/run.sqlite" >/dev/null
        imported=$(now)
        "$build" facilities match --log-level error --database-url "sqlite://$scratch/run.sqlite" >/dev/null
        matched=$(now)
        import_s=$(echo "$imported - $start" | bc -l); match_s=$(echo "$matched - $imported" | bc -l)
        if [ -z "${best_import[$build]:-}" ] || (( $(echo "$import_s < ${best_import[$build]}" | bc -l) )); then best_import[$build]=$import_s; fi
        if [ -z "${best_match[$build]:-}" ] || (( $(echo "$match_s < ${best_match[$build]}" | bc -l) )); then best_match[$build]=$match_s; fi
    done
done

echo
echo "Best of $repeats, alternating; reference lists already imported (SQLite):"
echo
echo "| build | import ice-stats (30 workbooks, then matching) | facilities match |"
echo "|---|---:|---:|"
for build in "${builds[@]}"; do
    printf '| %s | %.2f s | %.2f s |\n' "$build" "${best_import[$build]}" "${best_match[$build]}"
done
if [ ${#builds[@]} -eq 2 ]; then
    printf '\nThis build / peer: import %.2f, match %.2f\n' \
        "$(echo "${best_import[${builds[0]}]} / ${best_import[${builds[1]}]}" | bc -l)" \
        "$(echo "${best_match[${builds[0]}]} / ${best_match[${builds[1]}]}" | bc -l)"
fi
