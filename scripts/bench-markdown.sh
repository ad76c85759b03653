#!/usr/bin/env bash
# Throughput of `spravka markdown` against md4c (the fastest C CommonMark parser), cmark (the
# C reference) and, with extensions, cmark-gfm, on two corpora of a few megabytes each (spec
# examples with articles, and Russian prose alone), in one run:
#   CommonMark: spravka --no-extensions (safe), cmark (safe, its default), md4c
#               MD_DIALECT_COMMONMARK;
#   GFM:        spravka (safe, the four extensions), cmark-gfm -e table -e strikethrough
#               -e autolink -e tagfilter, md4c MD_DIALECT_GITHUB.
# md4c has no safe mode that still parses raw HTML (MD_FLAG_NOHTML treats it as text), so it
# writes raw HTML through; its driver (20 lines of C over md_html, reading standard input)
# is built here against Debian's libmd4c-html0-dev. "module" is the Markdown module alone in
# a small harness (scripts/markdown-harness/), without the CLI's start-up. Prints MB/s (best
# of 7, the commands alternating so that all see the same load), `spravka markdown`'s ratio
# to each, and each command's peak resident memory.
#
#   scripts/bench-markdown.sh [MEGABYTES]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-5}"

need=()
command -v cmark >/dev/null || need+=(cmark)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
[ -e /usr/lib/x86_64-linux-gnu/libmd4c-html.so ] || need+=(libmd4c-html0-dev)
command -v gcc >/dev/null || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -n "${SPRAVKA_BIN:-}" ]; then
    spravka="$SPRAVKA_BIN"   # an already built release binary
else
    swift build -c release --product spravka >/dev/null
    spravka="$(swift build -c release --show-bin-path)/spravka"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Markdown module alone (scripts/markdown-harness/main.swift, compiled with its sources):
# the parser's own time and memory, without the CLI executable's start-up and Foundation.
harness=.build-mdbench/markdown-harness
mkdir -p .build-mdbench
swiftc -O -wmo -module-name Markdown $(find Sources/Markdown -name '*.swift' | sort) \
    scripts/markdown-harness/main.swift -o "$harness"

# md4c's driver: standard input to md_html to standard output. The prototype and flags are
# md4c-html.h's and md4c.h's (0.4.8), so that only the -dev library package is needed.
cat > "$work/md4c-driver.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int md_html(const char *input, unsigned size, void (*out)(const char *, unsigned, void *), void *data,
            unsigned parser_flags, unsigned renderer_flags);
static void write_out(const char *text, unsigned size, void *data) { fwrite(text, 1, size, (FILE *)data); }
int main(int argc, char **argv) {
    /* MD_DIALECT_GITHUB: permissive autolinks, tables, strikethrough, task lists. */
    unsigned flags = argc > 1 && strcmp(argv[1], "--github") == 0 ? 0x0F0C : 0;
    size_t size = 0, capacity = 1 << 20;
    char *input = malloc(capacity);
    for (size_t n; (n = fread(input + size, 1, capacity - size, stdin)) > 0;) {
        size += n;
        if (size == capacity) input = realloc(input, capacity *= 2);
    }
    static char buffer[1 << 16];
    setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    return md_html(input, (unsigned)size, write_out, stdout, flags, 0) == 0 ? 0 : 1;
}
C
gcc -O2 -o "$work/md4c" "$work/md4c-driver.c" -lmd4c-html
md4c="$work/md4c"

# Best of 7 wall-clock runs of each command, in seconds, and its peak resident memory (KB);
# the commands alternate so that all see the same load on a shared machine.
bench() {
    python3 - "$@" <<'PY'
import os, subprocess, sys, time
corpus, commands = sys.argv[1], [c.split("\x1f") for c in sys.argv[2:]]
data = open(corpus, "rb").read()
best = [float("inf")] * len(commands)
peak = [0] * len(commands)
for _ in range(7):
    for index, cmd in enumerate(commands):
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        process.stdin.write(data)
        process.stdin.close()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = status
        elapsed = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{cmd[0]} failed")
        best[index] = min(best[index], elapsed)
        peak[index] = max(peak[index], usage.ru_maxrss)
print(" ".join(f"{b:.4f} {p}" for b, p in zip(best, peak)))
PY
}

report() {
    python3 - "$@" <<'PY'
import sys
label, size, names, values = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(","), sys.argv[4].split()
mb = size / 1e6
times = [float(v) for v in values[0::2]]
peaks = [int(v) for v in values[1::2]]
cells = [f"{n} {mb / t:6.1f} MB/s {p / 1024:5.1f} MB" for n, t, p in zip(names, times, peaks)]
# Throughput ratios of spravka and of the module alone to each reference (1.00 = as fast).
ratios = [f"{names[o]} {times[r] / times[o]:.2f}× {names[r]}" for o in (0, 1) for r in range(2, len(names))]
print(f"{label}: " + "   ".join(cells) + "\n              (" + ", ".join(ratios) + ")")
PY
}

join() { local IFS=$'\x1f'; echo "$*"; }

for kind in mixed prose; do
    corpus="$work/$kind.md"
    python3 scripts/make-markdown-corpus.py "$megabytes" "$kind" > "$corpus"
    size=$(stat -c %s "$corpus")
    case $kind in
        mixed) echo "corpus mixed: $size bytes (spec examples, articles and README, repeated)" ;;
        prose) echo "corpus prose: $size bytes (Russian prose: articles and docs, repeated)" ;;
    esac
    values="$(bench "$corpus" "$(join "$spravka" markdown --no-extensions)" "$(join "$harness" --no-extensions)" "$md4c" cmark)"
    report "  CommonMark" "$size" spravka,module,md4c,cmark "$values"
    values="$(bench "$corpus" "$(join "$spravka" markdown)" "$harness" "$(join "$md4c" --github)" \
        "$(join cmark-gfm -e table -e strikethrough -e autolink -e tagfilter)")"
    report "  GFM       " "$size" spravka,module,md4c,cmark-gfm "$values"
done
