#!/usr/bin/env bash
# Fuzzes the QR code encoder with libFuzzer (built into the Swift toolchain on Linux), with
# AddressSanitizer, around its input-length boundaries: arbitrary bytes, as UTF-8 with invalid
# sequences replaced, at every error correction level. The entry (scripts/fuzz/FuzzQRCode.swift)
# checks that the size is 17 + 4 × version, the version the smallest that holds the text,
# TooLong thrown only above version 40's capacity, and the function patterns and format
# information in place. Crash inputs land in fuzz-out/qr/. Not part of CI.
#
#   scripts/fuzz-qr.sh [SECONDS]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
work=fuzz-out/qr
mkdir -p "$work/corpus"

# Seed the corpus with texts at and one byte past every version's capacity at every level
# (Table 7), ASCII and Cyrillic, automatic and fixed mask.
python3 - "$work/corpus" <<'PY'
import sys, pathlib, hashlib
out = pathlib.Path(sys.argv[1])
capacities = {  # Table 7, byte mode: L, M, Q, H for versions 1-40
    "L": [17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
          929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953],
    "H": [7, 14, 24, 34, 44, 58, 64, 84, 98, 119, 137, 155, 177, 194, 220, 250, 280, 310, 338, 382,
          403, 439, 461, 511, 535, 593, 625, 658, 698, 742, 790, 842, 898, 958, 983, 1051, 1093, 1139, 1219, 1273],
}
for row in capacities.values():
    for capacity in row:
        for length in (capacity - 1, capacity, capacity + 1):
            for text in (b"a" * length, ("ж" * (length // 2)).encode()):
                for selector in (b"\x00", b"\x0b"):
                    blob = selector + text
                    (out / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
PY

swiftc -sanitize=fuzzer,address -parse-as-library -O \
    $(find Sources/QRCode -name '*.swift' | sort) scripts/fuzz/FuzzQRCode.swift \
    -module-name QRCode -o "$work/fuzz-qr"

export SWIFT_BACKTRACE=enable=no
"$work/fuzz-qr" -max_total_time="$seconds" -max_len=4096 -len_control=0 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus"
