#!/usr/bin/env python3
"""Writes a Markdown benchmark corpus of about N megabytes to standard output, repeated as
cmark's own benchmark repeats its samples.

    make-markdown-corpus.py [MEGABYTES] [mixed|prose]     (default 5 mixed)

mixed: the spec's examples, the GFM examples, the articles and the README.
prose: real Russian prose only: the articles' bodies and the schools' guide and content
       format (docs/*.md), all written for this repository."""
import json, pathlib, sys

megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5
kind = sys.argv[2] if len(sys.argv) > 2 else "mixed"
if kind not in ("mixed", "prose"):
    sys.exit(f"make-markdown-corpus.py: unknown corpus {kind!r} (mixed or prose)")
root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "Tests/MarkdownTests/Fixtures"
UNCLOSABLE = ["```", "~~~", "<!--", "<?", "<![", "<!", "<script", "<pre", "<style", "<textarea"]


def article_bodies():
    for path in sorted((root / "Articles").rglob("*.md")):
        text = path.read_text()
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            text = text[end + 5:] if end >= 0 else text
        yield text


parts = []
if kind == "mixed":
    for name in ["spec-0.31.2.json", "gfm-extensions.json"]:
        for example in json.load(open(fixtures / name)):
            text = example["markdown"]
            # Leave out examples that open a block which would swallow everything after it
            # (an unclosed code fence or raw HTML block), so the corpus stays varied.
            if any(marker in text.lower() for marker in UNCLOSABLE):
                continue
            parts.append(text)
    parts.extend(article_bodies())
    readme = root / "README.md"
    if readme.exists():
        parts.append(readme.read_text())
else:
    parts.extend(article_bodies())
    parts.extend(path.read_text() for path in sorted((root / "docs").glob("*.md")))
chunk = "\n\n".join(parts) + "\n\n"
target = int(megabytes * 1_000_000)
out = []
size = 0
while size < target:
    out.append(chunk)
    size += len(chunk.encode())
sys.stdout.write("".join(out))
