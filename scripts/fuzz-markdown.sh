#!/usr/bin/env bash
# Fuzzes the Markdown parser and HTML renderers with libFuzzer (built into the Swift
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

# The entry point checks the tree (scripts/fuzz/FuzzMarkdown.swift, renamed here so that it
# is not the entry itself), then that markdownToHTML(utf8:), which writes HTML without the
# tree, makes exactly the same bytes.
sed 's/@_cdecl("LLVMFuzzerTestOneInput")/@_cdecl("spravka_fuzz_tree")/' scripts/fuzz/FuzzMarkdown.swift > "$work/FuzzMarkdownTree.swift"
cat > "$work/FuzzMarkdownEntry.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = fuzzMarkdown(data, size)
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = bytes.first ?? 0
    let options = MarkdownOptions(unsafe: selector & 1 == 1, extensions: selector & 2 == 2 ? [] : .gfm)
    let tree = Document(parsing: bytes, options: options).htmlUTF8(options: options)
    if markdownToHTML(utf8: bytes, options: options) != tree {
        fatalError("markdownToHTML(utf8:) differs from the rendered Document")
    }
    return 0
}
SWIFT

swiftc -sanitize=fuzzer,address -parse-as-library -O \
    $(find Sources/Markdown -name '*.swift' | sort) "$work/FuzzMarkdownTree.swift" "$work/FuzzMarkdownEntry.swift" \
    -module-name Markdown -o "$work/fuzz-markdown"

export SWIFT_BACKTRACE=enable=no
"$work/fuzz-markdown" -max_total_time="$seconds" -max_len=4096 -len_control=0 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus"
