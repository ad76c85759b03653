#!/usr/bin/env bash
# Throughput of `spravka markdown` against cmark (the C reference) on two corpora of a few
# megabytes each (spec examples with articles, and Russian prose alone): without extensions
# and safe (cmark's defaults), and with the GFM extensions against cmark-gfm. Prints MB/s
# for each and the ratio, from the same run.
#
#   scripts/bench-markdown.sh [MEGABYTES]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-5}"

need=()
command -v cmark >/dev/null || need+=(cmark)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -n "${SPRAVKA_BIN:-}" ]; then
    spravka="$SPRAVKA_BIN"   # an already built release binary
else
    swift build -c release --product spravka >/dev/null
    spravka="$(swift build -c release --show-bin-path)/spravka"
fi

# Best of 7 wall-clock runs of each command, in seconds; the two commands alternate so that
# both see the same load on a shared machine.
compare() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
corpus, ours, theirs = sys.argv[1], sys.argv[2].split("\x1f"), sys.argv[3].split("\x1f")
data = open(corpus, "rb").read()
best = [float("inf"), float("inf")]
for _ in range(7):
    for index, cmd in enumerate((ours, theirs)):
        start = time.perf_counter()
        subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL, check=True)
        best[index] = min(best[index], time.perf_counter() - start)
print(f"{best[0]:.4f} {best[1]:.4f}")
PY
}

report() {
    local label=$1 size=$2 ours=$3 theirs=$4 reference=$5
    python3 - "$size" "$label" "$ours" "$theirs" "$reference" <<'PY'
import sys
size, label, ours, theirs, reference = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
mb = size / 1e6
print(f"{label}: spravka {mb/ours:6.1f} MB/s ({ours*1000:.0f} ms)   {reference} {mb/theirs:6.1f} MB/s ({theirs*1000:.0f} ms)   ratio {theirs/ours:.2f} of {reference}'s throughput")
PY
}

join() { local IFS=$'\x1f'; echo "$*"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for kind in mixed prose; do
    corpus="$work/$kind.md"
    python3 scripts/make-markdown-corpus.py "$megabytes" "$kind" > "$corpus"
    size=$(stat -c %s "$corpus")
    case $kind in
        mixed) echo "corpus mixed: $size bytes (spec examples, articles and README, repeated)" ;;
        prose) echo "corpus prose: $size bytes (Russian prose: articles and docs, repeated)" ;;
    esac
    read -r ours theirs < <(compare "$corpus" "$(join "$spravka" markdown --no-extensions)" cmark)
    report "  CommonMark, safe    " "$size" "$ours" "$theirs" cmark
    read -r ours theirs < <(compare "$corpus" "$(join "$spravka" markdown)" \
        "$(join cmark-gfm -e table -e strikethrough -e autolink -e tagfilter)")
    report "  GFM extensions, safe" "$size" "$ours" "$theirs" cmark-gfm
done
