#!/usr/bin/env python3
"""Triage of the differences that `scripts/fuzz-markdown.sh --differential` kept in
fuzz-out/differences/: each input is shrunk (whole lines, then single bytes, as long as
Spravka and cmark still disagree on it) and the shrunk inputs are grouped, most frequent
first, so that each kind of difference is seen once.

    scripts/fuzz/triage-differences.py SPRAVKA_BINARY [DIRECTORY] [LIMIT]

Compares `spravka markdown --no-extensions` with `cmark` (both safe) byte for byte, so a
group may hold differences that the normalised comparison would not report."""
import collections, pathlib, subprocess, sys

spravka = sys.argv[1]
directory = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "fuzz-out/differences")
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 100


def render(command, data):
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout


def differs(data):
    return render(["cmark"], data) != render([spravka, "markdown", "--no-extensions"], data)


def shrink(data):
    changed = True
    while changed:
        changed = False
        lines = data.split(b"\n")
        index = 0
        while index < len(lines):
            candidate = b"\n".join(lines[:index] + lines[index + 1:])
            if candidate != data and differs(candidate):
                lines, data, changed = lines[:index] + lines[index + 1:], candidate, True
            else:
                index += 1
    index = 0
    while index < len(data):
        candidate = data[:index] + data[index + 1:]
        if differs(candidate):
            data = candidate
        else:
            index += 1
    return data


groups = collections.Counter()
files = sorted(directory.glob("*.md"), key=lambda path: int(path.stem))[:limit]
for path in files:
    data = path.read_bytes()
    groups[shrink(data) if differs(data) else b"(no longer differs)"] += 1
print(f"{len(files)} differing inputs, {len(groups)} groups after shrinking:")
for shrunk, count in groups.most_common():
    print(f"{count:5}  {shrunk!r}")
