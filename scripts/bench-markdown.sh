#!/usr/bin/env bash
# Throughput of `spravka markdown` against cmark (the C reference) on the same corpus of a
# few megabytes, both without extensions and safe (cmark's defaults), plus spravka with the
# GFM extensions against cmark-gfm. Prints MB/s for each and the ratio.
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

corpus="$(mktemp -d)/corpus.md"
python3 scripts/make-markdown-corpus.py "$megabytes" > "$corpus"
size=$(stat -c %s "$corpus")
echo "corpus: $size bytes (spec examples, articles and README, repeated)"

# Best of 7 wall-clock runs, in seconds.
best() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
corpus, cmd = sys.argv[1], sys.argv[2:]
data = open(corpus, "rb").read()
times = []
for _ in range(7):
    start = time.perf_counter()
    subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
print(f"{min(times):.4f}")
PY
}

report() {
    local label=$1 ours=$2 theirs=$3 reference=$4
    python3 - "$size" "$label" "$ours" "$theirs" "$reference" <<'PY'
import sys
size, label, ours, theirs, reference = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
mb = size / 1e6
print(f"{label}: spravka {mb/ours:6.1f} MB/s ({ours*1000:.0f} ms)   {reference} {mb/theirs:6.1f} MB/s ({theirs*1000:.0f} ms)   ratio {theirs/ours:.2f} of {reference}'s throughput")
PY
}

ours=$(best "$corpus" "$spravka" markdown --no-extensions)
theirs=$(best "$corpus" cmark)
report "CommonMark, safe" "$ours" "$theirs" cmark

ours=$(best "$corpus" "$spravka" markdown)
theirs=$(best "$corpus" cmark-gfm -e table -e strikethrough -e autolink -e tagfilter)
report "GFM extensions, safe" "$ours" "$theirs" cmark-gfm
