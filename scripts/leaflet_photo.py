"""A phone's photo of the printed leaflet, simulated, and what QR readers make of it.

Used by scripts/check-leaflet-photo.sh. Input: the leaflet page rendered from Chromium's PDF
at 300 dpi (pdftoppm). The photo: the sheet lying on a table, seen at an angle (perspective:
the far edge narrower), turned, lit unevenly (brighter on one side, darker corners), a little
out of focus, shrunk to the size it has in a phone's picture from further and further away,
then saved as a JPEG as a camera would. At each size it asks OpenCV's
cv2.QRCodeDetector().detectAndDecodeMulti (a weak reader, like many cheap phones' camera apps),
zbarimg and zxing-cpp which addresses they read, and prints one line per size; the last line
says from what size down each reader still read every code of the sheet.

  python3 scripts/leaflet_photo.py PAGE.png EXPECTED_URL... [--sizes 2400,1800,...] [--keep DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

import cv2
import numpy as np
import zxingcpp


def photograph(page, height, seed=7):
    """`page` (grey, white paper) as a phone would see it with the sheet `height` pixels tall."""
    rng = np.random.default_rng(seed)
    h, w = page.shape
    # The sheet on a darker table, with room around it for the tilt and the turn.
    margin = int(0.25 * h)
    canvas = np.full((h + 2 * margin, w + 2 * margin), 90, np.uint8)
    canvas[margin:margin + h, margin:margin + w] = page
    ch, cw = canvas.shape
    # Seen at an angle: the far (top) edge 14 % narrower and a little shorter, then turned by 8°.
    corners = np.float32([[margin, margin], [margin + w, margin], [margin + w, margin + h], [margin, margin + h]])
    inset = 0.07 * w
    seen = np.float32([[margin + inset, margin + 0.04 * h], [margin + w - inset, margin + 0.04 * h],
                       [margin + w, margin + h], [margin, margin + h]])
    tilt = cv2.getPerspectiveTransform(corners, seen)
    turn = np.vstack([cv2.getRotationMatrix2D((cw / 2, ch / 2), 8, 1.0), [0, 0, 1]])
    photo = cv2.warpPerspective(canvas, turn @ tilt, (cw, ch), flags=cv2.INTER_AREA, borderValue=90)
    # Uneven light: from 100 % on the left to 60 % on the right, and darker corners.
    ys, xs = np.mgrid[0:ch, 0:cw].astype(np.float32)
    light = 1.0 - 0.4 * xs / cw
    vignette = 1.0 - 0.35 * (((xs - cw / 2) / cw) ** 2 + ((ys - ch / 2) / ch) ** 2) * 2
    photo = photo.astype(np.float32) * light * vignette
    # The picture at its size in the phone's photo, slightly out of focus, with sensor noise.
    scale = height / h
    photo = cv2.resize(photo, (int(cw * scale), int(ch * scale)), interpolation=cv2.INTER_AREA)
    photo = cv2.GaussianBlur(photo, (0, 0), 1.1)
    photo = photo + rng.normal(0, 4, photo.shape)
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE), jpeg.tobytes()


def read_opencv(image):
    detector = cv2.QRCodeDetector()
    try:
        ok, texts, _, _ = detector.detectAndDecodeMulti(image)
    except cv2.error:
        return set()
    return {t for t in texts if t} if ok else set()


def read_zbar(jpeg_bytes):
    with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
        file.write(jpeg_bytes)
        file.flush()
        result = subprocess.run(["zbarimg", "--raw", "-q", file.name], capture_output=True, text=True)
    return {line for line in result.stdout.splitlines() if line}


def read_zxing(image):
    return {r.text for r in zxingcpp.read_barcodes(image) if r.text}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("expected", nargs="+")
    parser.add_argument("--sizes", default="2400,1800,1400,1100,900,750,600,500")
    parser.add_argument("--keep", help="write each simulated photo into this folder")
    args = parser.parse_args()
    page = cv2.imread(args.page, cv2.IMREAD_GRAYSCALE)
    if page is None:
        sys.exit(f"cannot read {args.page}")
    expected = set(args.expected)
    # On paper: each code as zxing-cpp finds it on the flat page (300 dpi), without the quiet zone.
    for found in sorted(zxingcpp.read_barcodes(page), key=lambda r: r.text):
        p = found.position
        side = ((p.top_right.x - p.top_left.x) + (p.bottom_right.x - p.bottom_left.x)) / 2 * 25.4 / 300
        version = int(found.extra.get("Version", "0")) if isinstance(found.extra, dict) else 0
        modules = 17 + 4 * version if version else 0
        module = f", {modules} modules of {side / modules:.2f} mm" if modules else ""
        print(f"  on paper: {found.text}: {side:.0f} mm square{module}")
    readers = ["opencv", "zbarimg", "zxing-cpp"]
    smallest = {name: None for name in readers}
    failed = {name: False for name in readers}
    for size in [int(s) for s in args.sizes.split(",")]:
        image, jpeg = photograph(page, size)
        if args.keep:
            with open(os.path.join(args.keep, f"photo-{size}.jpg"), "wb") as out:
                out.write(jpeg)
        found = {"opencv": read_opencv(image), "zbarimg": read_zbar(jpeg), "zxing-cpp": read_zxing(image)}
        cells = []
        for name in readers:
            read = found[name] & expected
            cells.append(f"{name} {len(read)}/{len(expected)}")
            # The size a reader reads down to: every code read at it and at every larger size.
            if read == expected and not failed[name]:
                smallest[name] = size
            elif read != expected:
                failed[name] = True
        print(f"  sheet {size:4d} px tall ({size / 297:.1f} px/mm): " + ", ".join(cells))
    print("  reads every code down to: " + ", ".join(
        f"{name} {str(smallest[name]) + ' px' if smallest[name] else 'none'}" for name in readers))


if __name__ == "__main__":
    main()
