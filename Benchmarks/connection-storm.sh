#!/usr/bin/env bash
# 1,000 concurrent connections for 60 s at loopback, three times: against pages, against the JSON API,
# and a sign-in storm (POST /sign-in with a wrong password for one account, all from 127.0.0.1).
# Serves a fresh SQLite database holding the synthetic demo (what `vigil serve` loads when empty),
# raises the open-file limit for itself and the server, and reports per run: requests/s, latency,
# socket errors (connect, read, write, timeout), responses by status, and the server's RSS; then the
# server's peak RSS, and for the storm how many attempts reached the password check (401) against the
# limit (5 per account and per address in 15 minutes) and how many were refused (429).
#
#   Benchmarks/connection-storm.sh
#   VIGIL_BIN=/path/to/vigil Benchmarks/connection-storm.sh          # another build (e.g. debug, or an older commit)
#   STORM_CONNECTIONS=1000 STORM_DURATION=60s STORM_THREADS=2 Benchmarks/connection-storm.sh
set -euo pipefail
cd "$(dirname "$0")/.."
connections="${STORM_CONNECTIONS:-1000}"
duration="${STORM_DURATION:-60s}"
threads="${STORM_THREADS:-2}"

command -v wrk >/dev/null || { echo "Needs wrk: apt-get install wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "Needs curl: apt-get install curl" >&2; exit 2; }
# 1,000 client sockets here and 1,000 in the server, plus the database and Chromium's files.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((connections * 2 + 256)) ]; then
    echo "The open-file limit is $(ulimit -n), under what $connections connections need; raise the hard limit (ulimit -Hn)." >&2
    exit 2
fi

if [ -z "${VIGIL_BIN:-}" ]; then
    VIGIL_BIN="$(Benchmarks/build-release.sh)"
fi

scratch="$(mktemp -d)"
server=""
sampler=""
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
db="sqlite://$scratch/vigil.sqlite"
email="storm@example.org"
echo "a long enough password" | "$VIGIL_BIN" user add "$email" --role viewer --password-stdin --database-url "$db" --log-level error >/dev/null

port=$((20000 + RANDOM % 20000))
# No alert deliveries during the run (older builds have no such option).
extra=()
"$VIGIL_BIN" serve --help 2>&1 | grep -q -- --alerts-interval && extra=(--alerts-interval 0)
# Started at the soft limit most Linux services get (1,024 open files), as under systemd: `vigil serve`
# raises it to the hard limit itself. STORM_SERVER_NOFILE=hard leaves the server at this script's limit.
server_nofile="${STORM_SERVER_NOFILE:-1024}"
[ "$server_nofile" = hard ] && server_nofile="$(ulimit -Hn)"
(ulimit -Sn "$server_nofile"; exec "$VIGIL_BIN" serve --port "$port" --database-url "$db" --log-level error "${extra[@]}") >"$scratch/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/health" && break; sleep 0.2; done
curl -fs -o /dev/null "$base/health" || { echo "server did not start:" >&2; cat "$scratch/serve.log" >&2; exit 1; }

# RSS every half second, so the peak under load is seen even if the kernel's high-water mark is not read in time.
( while kill -0 "$server" 2>/dev/null; do awk '/^VmRSS:/ {print $2}' "/proc/$server/status" 2>/dev/null; sleep 0.5; done ) >"$scratch/rss.txt" &
sampler=$!

release_id=$(curl -fs "$base/api/v1/releases" | python3 -c 'import json,sys; print(json.load(sys.stdin)["releases"][-1]["id"])' 2>/dev/null || echo 1)
facility=$(curl -fs "$base/api/v1/releases/$release_id/facilities" | python3 -c 'import json,sys; print(json.load(sys.stdin)["facilities"][0]["key"])' 2>/dev/null || echo "")

echo "vigil: $VIGIL_BIN"
echo "Serving on $base (pid $server), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Open-file limit: wrk $(ulimit -n); the server started at $server_nofile and runs at $(awk '/Max open files/ {print $4}' "/proc/$server/limits")"
echo "wrk -t$threads -c$connections -d$duration --timeout 30s (a request counts as failed only after 30 s unanswered)"
echo
echo "| run | URL | requests | req/s | p50 | p99 | socket errors | responses by status | RSS after (MiB) |"
echo "|---|---|---:|---:|---:|---:|---|---|---:|"

run() {
    local name="$1" url="$2" out
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency -s Benchmarks/connection-storm.lua "$url" 2>&1)"
    echo "$out" >"$scratch/wrk-$name.txt"
    local requests rps p50 p99 errors statuses rss
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' <<<"$out")
    statuses=$(awk '/^STATUS/ {$1=""; print substr($0, 2)}' <<<"$out")
    rss=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$server/status")
    echo "| $name | \`${url#$base}\` | ${requests:-?} | ${rps:-?} | ${p50:-?} | ${p99:-?} | ${errors:-none} | ${statuses:-?} | $rss |"
}

run pages "$base/"
[ -n "$facility" ] && run facility-page "$base/facilities/$facility"
run api "$base/api/v1/releases/$release_id/facilities"

# The sign-in storm: the form's CSRF token and its cookie (double submit), then wrong passwords.
token=$(curl -fs -c "$scratch/cookies" "$base/sign-in" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)
cookie="vigil_signin_csrf=$token"
STORM_BODY="email=$email&password=wrong+password+$RANDOM&csrf_token=$token" STORM_COOKIE="$cookie" run sign-in-storm "$base/sign-in"

# Still answering, and signing in with the right password is refused while the limit lasts (the account is used up).
after=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" --data-urlencode "email=$email" --data-urlencode "password=a long enough password" \
        --data-urlencode "csrf_token=$token" "$base/sign-in")
health=$(curl -s -o /dev/null -w '%{http_code}' "$base/health")
kill "$sampler" 2>/dev/null || true; sampler=""
peak_sampled=$(sort -n "$scratch/rss.txt" | tail -1)
hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$server/status")
fds=$(ls "/proc/$server/fd" | wc -l)
echo
echo "After the storm: /health $health; the right password for the stormed account: $after (429 = still limited)"
echo "vigil serve peak RSS: $((hwm / 1024)) MiB (kernel high-water mark; sampled peak $(( ${peak_sampled:-0} / 1024 )) MiB); open files now $fds"
storm="$(awk '/^STATUS/' "$scratch/wrk-sign-in-storm.txt")"
passed=$(grep -o '401=[0-9]*' <<<"$storm" | cut -d= -f2 || true)
refused=$(grep -o '429=[0-9]*' <<<"$storm" | cut -d= -f2 || true)
echo "Sign-in storm: ${passed:-0} attempts reached the password check (limit: 5 per account and per address in 15 minutes), ${refused:-0} refused with 429"
fivexx=$(cat "$scratch"/wrk-*.txt | awk '/^STATUS/' | grep -o '5[0-9][0-9]=[0-9]*' || true)
if [ -n "$fivexx" ]; then echo "5xx responses: $fivexx"; fi
if [ "${passed:-0}" -gt 5 ]; then echo "FAILED: the rate limit did not hold"; exit 1; fi
if [ -n "$fivexx" ]; then echo "FAILED: 5xx under load"; exit 1; fi
