#!/usr/bin/env bash
# What a phone reads from a photo of the printed parents' leaflet: builds three regions'
# leaflets (Dnevnik.ru, another system, Dnevnik.ru in single schools), prints each to PDF
# with headless Chromium as a class teacher would, renders the page at 300 dpi (pdftoppm),
# then simulates a phone's photo of the sheet — tilted, turned, unevenly lit, slightly out of
# focus, saved as JPEG — at shrinking sizes (the phone further away), and reports which of
# the sheet's QR codes OpenCV's detector (cv2.QRCodeDetector().detectAndDecodeMulti), zbarimg
# and zxing-cpp read at each size (scripts/leaflet_photo.py). Also prints each code's size on
# paper. A measurement, not a pass/fail check (not part of CI).
#
# Needs chromium, poppler-utils, zbar-tools (Debian) and, from PyPI, opencv-python-headless,
# zxing-cpp and numpy (installed if missing).
#   scripts/check-leaflet-photo.sh [--keep DIR]   (DIR: keep the pages and simulated photos)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=""
[ "${1:-}" = "--keep" ] && keep="$2" && mkdir -p "$keep"

source scripts/need.sh
source scripts/serve-folder.sh
need chromium:chromium pdftoppm:poppler-utils zbarimg:zbar-tools
python3 -c "import cv2, zxingcpp, numpy" 2>/dev/null || python3 -m pip install -q opencv-python-headless zxing-cpp numpy

work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
swift build --product spravka >/dev/null
spravka="$(swift build --show-bin-path)/spravka"
port=$((20000 + RANDOM % 20000))
# The address a school would print: as long as a real one (https://spravka.example.ru/NN/…).
base="http://127.0.0.1:$port"
"$spravka" build --output "$work/public" --base-url "$base" --region 55 --region 77 --region 78 >/dev/null
serve_folder "$work/public" "$port"

chrome=(chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars)
for code in 55 77 78; do
    url="$base/$code/leaflet/"
    "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/$code.pdf" "$url" >/dev/null 2>&1
    pdftoppm -r 300 -gray -png -singlefile "$work/$code.pdf" "$work/$code"
    pages="$(pdfinfo "$work/$code.pdf" | awk '/^Pages:/ {print $2}')"
    # The codes on the page: every URL a QR code of the leaflet holds, from its SVG title.
    mapfile -t expected < <(python3 - "$work/public/$code/leaflet/index.html" <<'PY'
import re, sys
print("\n".join(re.findall(r'<svg[^>]*>\s*<title>QR-код: ([^<]+)</title>', open(sys.argv[1], encoding="utf-8").read())))
PY
)
    echo "/$code/leaflet/: $pages page(s), ${#expected[@]} QR code(s)"
    python3 scripts/leaflet_photo.py "$work/$code.png" "${expected[@]}" ${keep:+--keep "$keep"}
    if [ -n "$keep" ]; then cp "$work/$code.png" "$keep/$code-page.png"; fi
done
