#!/usr/bin/env bash
# Load on the web pages over the shared real data: builds `vigil` (release), imports the 30
# workbooks, the facility lists, the three deaths lists, the national ADP series and the DDP
# daily file into a fresh SQLite database, serves it, warms every URL, then runs wrk (64
# connections, 10 s) against each URL, and the same against a minimal Hummingbird "hello"
# server (Benchmarks/hello, its own package) as the ceiling. Prints requests/s, p50, p99,
# errors per URL, the first (cold) and a lone warm request's time, and the server's peak RSS.
#
#   Benchmarks/web-load.sh
#   VIGIL_BIN=/path/to/other/vigil Benchmarks/web-load.sh     # measure another build (e.g. an older commit)
#   BENCH_GZIP=1 Benchmarks/web-load.sh                       # send Accept-Encoding: gzip, as browsers do
#   BENCH_CONNECTIONS=16 BENCH_DURATION=10s Benchmarks/web-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data="${VIGIL_SHARED_DATA:-../shared/data}"
connections="${BENCH_CONNECTIONS:-64}"
duration="${BENCH_DURATION:-10s}"
threads="${BENCH_THREADS:-2}"
urls=(/ /facilities/STWRTGA /facilities/STWRTGA/dossier /ranking "/ranking?deaths=5&population=0" /private-share /daily /deaths
      /segregation /api/v1/releases /api/v1/ranking)

command -v wrk >/dev/null || { echo "Needs wrk: apt-get install wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "Needs curl: apt-get install curl" >&2; exit 2; }
[ -d "$data/ice-stats" ] || { echo "No shared data at $data (set VIGIL_SHARED_DATA)" >&2; exit 2; }

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi
echo "Building the hello server (release)…" >&2
(cd Benchmarks/hello && swift build -c release --static-swift-stdlib >&2)
hello="$(cd Benchmarks/hello && swift build -c release --static-swift-stdlib --show-bin-path)/hello"

scratch="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$scratch"; }
trap cleanup EXIT
db="sqlite://$scratch/vigil.sqlite"

step() {
    local name="$1"; shift
    local start end
    start=$(date +%s.%N)
    "$@" --database-url "$db" --log-level error >"$scratch/step.out" 2>&1 || { echo "$name FAILED:" >&2; tail -20 "$scratch/step.out" >&2; exit 1; }
    end=$(date +%s.%N)
    printf "  %-44s %6.2f s\n" "$name" "$(echo "$end - $start" | bc -l)"
}
echo "Importing the shared data into a fresh SQLite database:"
f="$data/facilities"
step "facilities (7 reference lists)" "$VIGIL_BIN" import facilities "$f/ICE_Facility_List_11-06-2017-web.xlsx" \
    "$f/2015IceDetentionFacilityListing.xlsx" "$f/uwchr-facil-list-2017.csv.gz" "$f/uwchr-facilities-joined.csv.gz" \
    "$f/uwchr-facilities-geocoded.csv.gz" "$f/marshall-locations.csv" "$f/ddp_facility_codes.csv"
step "ice-stats (30 workbooks)" "$VIGIL_BIN" import ice-stats "$data/ice-stats"
step "deaths (3 lists)" "$VIGIL_BIN" import deaths "$data"/deaths/*.csv
step "national-adp" "$VIGIL_BIN" import national-adp "$data/population/average_daily_population.csv"
step "daily-population (DDP)" "$VIGIL_BIN" import daily-population "$data"/population/ddp_facilities_daily_population_*.csv.gz

# Waits until a server answers on $1.
wait_for() {
    for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done
    echo "server at $1 did not start" >&2; exit 1
}

headers=()
[ -n "${BENCH_GZIP:-}" ] && headers=(-H "Accept-Encoding: gzip")
curl_headers=()
[ -n "${BENCH_GZIP:-}" ] && curl_headers=(-H "Accept-Encoding: gzip")

# Runs wrk on $2 and prints a table row named $1.
load() {
    local name="$1" url="$2" out
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "$url" 2>&1)"
    echo "$out" > "$scratch/wrk.txt"
    local rps p50 p99 errors non2xx
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    printf "| %s | %s | %s | %s | %s |" "$name" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${non2xx:-0} non-2xx${errors:+; $errors}"
}

port=$((20000 + RANDOM % 20000))
"$VIGIL_BIN" serve --no-demo --port "$port" --database-url "$db" --log-level error >"$scratch/serve.log" 2>&1 &
server=$!
pids+=("$server")
base="http://127.0.0.1:$port"
wait_for "$base/health"

echo
echo "Serving on $base (pid $server), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$threads -c$connections -d$duration${BENCH_GZIP:+, Accept-Encoding: gzip}"
echo
echo "| URL | status | first request (cold) | one request alone (warm) | body bytes |"
echo "|---|---:|---:|---:|---:|"
for url in "${urls[@]}"; do
    cold=$(curl -s -o /dev/null "${curl_headers[@]}" -w '%{http_code} %{time_total}' "$base$url")
    warm=$(curl -s -o /dev/null "${curl_headers[@]}" -w '%{time_total} %{size_download}' "$base$url")
    echo "| \`$url\` | ${cold% *} | ${cold#* } s | ${warm% *} s | ${warm#* } |"
done

echo
echo "| URL | req/s | p50 | p99 | errors |"
echo "|---|---:|---:|---:|---|"
for url in "${urls[@]}"; do
    echo "$(load "\`$url\`" "$base$url")"
done
rss_kib=$(awk '/^VmHWM:/ {print $2}' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true

hello_port=$((port + 1))
"$hello" "$hello_port" >"$scratch/hello.log" 2>&1 &
hello_pid=$!
pids+=("$hello_pid")
wait_for "http://127.0.0.1:$hello_port/"
echo "$(load "hello (ceiling: Hummingbird, constant body)" "http://127.0.0.1:$hello_port/")"
kill "$hello_pid"; wait "$hello_pid" 2>/dev/null || true

echo
echo "vigil serve peak RSS: $((rss_kib / 1024)) MiB"
