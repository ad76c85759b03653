#!/usr/bin/env bash
# Resident memory of `spravka serve` over many rebuilds (release build, region 55 only): an
# article in a copy of Articles/ is edited (a numbered line at its end: a touch alone changes no
# byte, and serve skips a build whose inputs hash the same), the script waits for the rebuild's
# line on the terminal, and does it again. Prints VmRSS (from /proc/PID/status, Linux only) after the
# first build and at the chosen rebuilds; a server that keeps what it loaded grows at every
# rebuild, one that frees it stays flat.
#
#   scripts/bench-serve-memory.sh [REBUILDS]          (default 300; RSS at 1, 100 and REBUILDS)
#   SCRATCH=.build-bench scripts/bench-serve-memory.sh   (build in another scratch folder)
#   SPRAVKA=path/to/spravka scripts/bench-serve-memory.sh  (measure another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
rebuilds="${1:-300}"
scratch="${SCRATCH:-.build}"
[ -r /proc/self/status ] || { echo "needs Linux's /proc/PID/status"; exit 1; }

if [ -z "${SPRAVKA:-}" ]; then
    swift build -c release --product spravka --scratch-path "$scratch" >/dev/null
    SPRAVKA="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/spravka"
fi

work="$(mktemp -d)"
cp -R Articles "$work/Articles"
log="$work/serve.log"
"$SPRAVKA" serve --port 0 --region 55 --articles "$work/Articles" --theme site >"$log" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT

rss() { awk '/^VmRSS:/ {printf "%.1f MB", $2 / 1024}' "/proc/$server/status"; }
# Waits until the log holds at least $1 lines that end a build (the first one or a rebuild).
wait_builds() {
    for _ in $(seq 1 1200); do
        [ "$(grep -c -E '^(собрано|пересобрано): ' "$log" || true)" -ge "$1" ] && return 0
        kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
        sleep 0.05
    done
    echo "no build line after 60 s"; cat "$log"; exit 1
}

wait_builds 1
echo "spravka serve --region 55 ($SPRAVKA)"
echo "first build: $(rss)"
article="$(find "$work/Articles" -name '*.md' -path '*articles*' | sort | head -n 1)"
cp "$article" "$work/original.md"
start="$(date +%s)"
for i in $(seq 1 "$rebuilds"); do
    { cat "$work/original.md"; printf '\nПравка %d.\n' "$i"; } >"$article"
    # A new modification time every time, a second apart, so that the poll always sees it.
    touch -d "@$((start + i))" "$article"
    wait_builds $((i + 1))
    if [ "$i" -eq 1 ] || [ "$i" -eq 100 ] || [ "$i" -eq "$rebuilds" ]; then
        echo "rebuild $i: $(rss)"
    fi
done
