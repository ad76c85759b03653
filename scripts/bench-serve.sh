#!/usr/bin/env bash
# Requests per second of `spravka serve`'s own HTTP server (release build, region 55 only),
# measured with wrk (Debian's package; ab from apache2-utils when wrk is missing), on a page,
# the stylesheet and a missing page (404), each over keep-alive connections.
#
#   scripts/bench-serve.sh [SECONDS] [CONNECTIONS]     (default 10 s, 50 connections)
#   SCRATCH=.build-bench scripts/bench-serve.sh       (build in another scratch folder)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-50}"
scratch="${SCRATCH:-.build}"

if ! command -v wrk >/dev/null && ! command -v ab >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi

swift build -c release --product spravka --scratch-path "$scratch" >/dev/null
spravka="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/spravka"

log="$(mktemp)"
"$spravka" serve --port 0 --region 55 >"$log" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
    grep -q '^сайт открыт по адресу ' "$log" && break
    kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
done
address="$(sed -n 's/^сайт открыт по адресу \(http:[^ ]*\).*/\1/p' "$log")"
[ -n "$address" ] || { echo "spravka serve did not start"; cat "$log"; exit 1; }
echo "spravka serve at $address ($(nproc) cores); $connections connections, $seconds s each"

# The stylesheet's name carries its content hash: take it from the served page.
stylesheet="$(python3 -c 'import re, sys, urllib.request; print(re.search(r"/(css/site\.[0-9a-f]{12}\.css)", urllib.request.urlopen(sys.argv[1] + "55/").read().decode()).group(1))' "$address")"
# The last path is missing on purpose: its responses are the site's 404 page.
for path in 55/ "$stylesheet" no-such-page/; do
    if command -v wrk >/dev/null; then
        result="$(wrk -t2 -c"$connections" -d"${seconds}s" "$address$path")"
        rps="$(awk '/Requests\/sec/ {print $2}' <<<"$result")"
        errors="$(awk '/Non-2xx|Socket errors/ {$1=$1; print}' <<<"$result" | paste -sd ';' -)"
        latency="$(awk '/Latency/ {print $2; exit}' <<<"$result")"
        echo "/$path: $rps requests/s, mean latency $latency${errors:+ ($errors)}"
    else
        result="$(ab -q -k -c "$connections" -t "$seconds" -n 10000000 "$address$path")"
        echo "/$path: $(awk '/Requests per second/ {print $4}' <<<"$result") requests/s, $(awk '/Failed requests/ {print $3}' <<<"$result") failed (ab)"
    fi
done
