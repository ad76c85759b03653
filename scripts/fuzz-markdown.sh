#!/usr/bin/env bash
# Fuzzes the Markdown parser and HTML renderer with libFuzzer (built into the Swift
# toolchain on Linux), with AddressSanitizer. Crash inputs land in fuzz-out/; add each one to
# Tests/MarkdownTests/Fixtures/regressions/ so that `swift test` keeps checking it.
#
#   scripts/fuzz-markdown.sh [SECONDS]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
work=fuzz-out
mkdir -p "$work/corpus"

# Seed the corpus with the spec's examples and the regression inputs.
python3 - "$work/corpus" <<'PY'
import json, sys, pathlib, hashlib
out = pathlib.Path(sys.argv[1])
for name in ["spec-0.31.2.json", "gfm-extensions.json"]:
    for example in json.load(open(f"Tests/MarkdownTests/Fixtures/{name}")):
        data = example["markdown"].encode()
        for selector in (b"\x00", b"\x01", b"\x02"):
            blob = selector + data
            (out / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
for path in pathlib.Path("Tests/MarkdownTests/Fixtures/regressions").glob("*.md"):
    (out / ("regression-" + path.stem)).write_bytes(path.read_bytes())
PY

swiftc -sanitize=fuzzer,address -parse-as-library -O \
    $(find Sources/Markdown -name '*.swift' | sort) scripts/fuzz/FuzzMarkdown.swift \
    -module-name Markdown -o "$work/fuzz-markdown"

export SWIFT_BACKTRACE=enable=no
"$work/fuzz-markdown" -max_total_time="$seconds" -max_len=4096 -len_control=0 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus"
