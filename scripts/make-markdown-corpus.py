#!/usr/bin/env python3
"""Writes a Markdown benchmark corpus of about N megabytes to standard output: the spec's
examples, the GFM examples, the articles and the README, repeated (as cmark's own benchmark
repeats its samples)."""
import json, pathlib, sys

megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5
root = pathlib.Path(__file__).resolve().parent.parent
UNCLOSABLE = ["```", "~~~", "<!--", "<?", "<![", "<!", "<script", "<pre", "<style", "<textarea"]
parts = []
for name in ["spec-0.31.2.json", "gfm-extensions.json"]:
    for example in json.load(open(root / "Tests/MarkdownTests/Fixtures" / name)):
        text = example["markdown"]
        # Leave out examples that open a block which would swallow everything after it
        # (an unclosed code fence or raw HTML block), so the corpus stays varied.
        if any(marker in text.lower() for marker in UNCLOSABLE):
            continue
        parts.append(text)
for path in sorted((root / "Articles").rglob("*.md")):
    text = path.read_text()
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end >= 0 else text
    parts.append(text)
readme = root / "README.md"
if readme.exists():
    parts.append(readme.read_text())
chunk = "\n\n".join(parts) + "\n\n"
target = int(megabytes * 1_000_000)
out = []
size = 0
while size < target:
    out.append(chunk)
    size += len(chunk.encode())
sys.stdout.write("".join(out))
