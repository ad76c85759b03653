#!/usr/bin/env bash
# The parents' leaflet as a class teacher prints it, run by .ci/run: builds three regions (a
# Dnevnik.ru region, one with another system, one with Dnevnik.ru in single schools), prints
# each /NN/leaflet/ to PDF with headless Chromium and requires exactly one A4 page, then takes a
# screenshot and requires zbarimg to read the region's address from its QR code.
# Installs what it needs (Debian: chromium, poppler-utils, zbar-tools). Exits 1 on any failure.
# With --all, every region's leaflet must print on one A4 page too (the codes take the room the
# text leaves, so the longest leaflet decides their size; about two minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
all=""
[ "${1:-}" = "--all" ] && all=1

source scripts/need.sh
source scripts/serve-folder.sh
need chromium:chromium pdfinfo:poppler-utils zbarimg:zbar-tools

work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
swift build --product spravka >/dev/null
spravka="$(swift build --show-bin-path)/spravka"
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
if [ -n "$all" ]; then
    "$spravka" build --output "$work/public" --base-url "$base" >/dev/null
else
    "$spravka" build --output "$work/public" --base-url "$base" --region 55 --region 77 --region 78 >/dev/null
fi
serve_folder "$work/public" "$port"

status=0
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars)
for code in 55 77 78; do
    url="$base/$code/leaflet/"
    "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/$code.pdf" "$url" >/dev/null 2>&1
    pages="$(pdfinfo "$work/$code.pdf" | awk '/^Pages:/ {print $2}')"
    size="$(pdfinfo "$work/$code.pdf" | awk -F': *' '/^Page size:/ {print $2}')"
    bytes="$(wc -c <"$work/$code.pdf")"
    echo "/$code/leaflet/: $pages page(s), $size, $bytes bytes"
    if [ "$pages" != "1" ]; then echo "  the leaflet must print on exactly one page"; status=1; fi
    case "$size" in *"(A4)"*) ;; *) echo "  not A4 portrait: $size"; status=1 ;; esac
    "${chrome[@]}" --window-size=1280,2200 --screenshot="$work/$code.png" "$url" >/dev/null 2>&1
    decoded="$(zbarimg --raw -q "$work/$code.png" 2>/dev/null || true)"
    if grep -qxF "$base/$code/" <<<"$decoded"; then
        echo "  zbarimg reads $base/$code/ from the screenshot"
    else
        echo "  zbarimg did not read $base/$code/ (read: ${decoded:-nothing})"; status=1
    fi
done
if [ -n "$all" ]; then
    pages_total=0
    for folder in "$work/public"/[0-9][0-9]; do
        code="$(basename "$folder")"
        "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/all-$code.pdf" "$base/$code/leaflet/" >/dev/null 2>&1
        pages="$(pdfinfo "$work/all-$code.pdf" | awk '/^Pages:/ {print $2}')"
        pages_total=$((pages_total + 1))
        if [ "$pages" != "1" ]; then echo "/$code/leaflet/: $pages pages; it must print on exactly one"; status=1; fi
    done
    echo "every region: $pages_total leaflets printed, each checked for one page"
fi
exit $status
