#!/usr/bin/env python3
"""Bytes on the wire per page type: each page's HTML plus the CSS and scripts it links, each
compressed as nginx's default `gzip_comp_level 1` sends it (the guide's configuration), on a
first visit and on a repeat visit while the theme is in the browser's cache (hashed theme files
stay there for a year and are never revalidated, so only the HTML travels).

    python3 scripts/bench-wire.py [public]   (after `swift run spravka build`)
"""
import gzip, re, sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else "public")
pages = {
    "region home /55/": "55/index.html",
    "article /55/login-website/": "55/login-website/index.html",
    "wizard /55/diagnose/": "55/diagnose/index.html",
    "region home without Dnevnik.ru /77/": "77/index.html",
    "chooser /": "index.html",
}

def wire(path):
    return len(gzip.compress(path.read_bytes(), compresslevel=1, mtime=0))

print(f"{'page':40} {'HTML':>8} {'CSS+JS':>8} {'first visit':>12} {'repeat visit':>13}")
for name, page in pages.items():
    html_path = root / page
    if not html_path.exists():
        print(f"{name:40} missing: {html_path}")
        continue
    html = html_path.read_text(encoding="utf-8")
    assets = re.findall(r'(?:href|src)="/((?:css|js)/[^"]+)"', html)
    html_bytes = wire(html_path)
    asset_bytes = sum(wire(root / asset) for asset in assets)
    print(f"{name:40} {html_bytes:>8,} {asset_bytes:>8,} {html_bytes + asset_bytes:>12,} {html_bytes:>13,}")
