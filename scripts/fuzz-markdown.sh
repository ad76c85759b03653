#!/usr/bin/env bash
# Fuzzes the Markdown parser and HTML renderers with libFuzzer (built into the Swift
# toolchain on Linux), with AddressSanitizer. Crash inputs land in fuzz-out/; add each one to
# Tests/MarkdownTests/Fixtures/regressions/ so that `swift test` keeps checking it.
#
# With --differential, every input is also rendered by cmark (libcmark, in the same process;
# the script installs libcmark-dev) and the normalised HTML compared
# (scripts/fuzz/FuzzMarkdownDifferential.swift): differing inputs are kept, with both
# outputs, in fuzz-out/differences/ and counted at the end.
#
#   scripts/fuzz-markdown.sh [--differential] [SECONDS]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
differential=0
if [ "${1:-}" = "--differential" ]; then differential=1; shift; fi
seconds="${1:-600}"
work=fuzz-out
mkdir -p "$work/corpus"
rm -rf "$work/differences"

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
# The peers' regression inputs (the differential tests' fixtures).
peers = pathlib.Path("Tests/MarkdownTests/Fixtures/peers")
for path in sorted(peers.glob("*/*.txt")):
    text = path.read_text()
    fence = "`" * 32 + " example\n"
    chunks = [c.split("\n.\n")[0] for c in text.split(fence)[1:]] if fence in text else text.split("\n.\n")[1::3]
    for chunk in chunks:
        blob = b"\x01" + (chunk.replace("→", "\t") + "\n").encode()
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

if [ "$differential" = 1 ]; then
    if [ ! -e /usr/lib/x86_64-linux-gnu/libcmark.so ] && ! ldconfig -p | grep -q 'libcmark\.so '; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev >/dev/null
    fi
    # The HTML normaliser is the differential tests' own.
    entry=(scripts/fuzz/FuzzMarkdownDifferential.swift Tests/MarkdownTests/Differential/HTMLNormalizer.swift)
else
    entry=("$work/FuzzMarkdownEntry.swift")
fi
swiftc -sanitize=fuzzer,address -parse-as-library -O \
    $(find Sources/Markdown -name '*.swift' | sort) "$work/FuzzMarkdownTree.swift" "${entry[@]}" \
    -module-name Markdown -o "$work/fuzz-markdown"

export SWIFT_BACKTRACE=enable=no
"$work/fuzz-markdown" -max_total_time="$seconds" -max_len=4096 -len_control=0 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus"
