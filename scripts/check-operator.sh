#!/usr/bin/env bash
# The operators' console (/operator/) in headless Chromium, driven by keyboard only, against the
# CLI it mirrors: caller stories in both modes end with `spravka diagnose`'s causes, the copied
# ticket summary equals `--transcript`, the downloaded call log equals `--log` and `spravka stats`
# reads it; the page's SNILS and name verdicts equal `spravka snils` and `spravka compare-names`
# on generated cases; the key-to-question time with the CPU slowed 4x; bytes on the wire;
# screenshots at 1280 and 375 px in screenshots/ (scripts/check-operator.py says what each
# check is). Installs what it needs (Debian: chromium, chromium-driver; PyPI: selenium).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/need.sh
need chromium:chromium chromedriver:chromium-driver
python3 -m pip install -q --disable-pip-version-check selenium >/dev/null

site="$(mktemp -d)/public"
swift build --product spravka >/dev/null
spravka="$(swift build --show-bin-path)/spravka"
"$spravka" build --output "$site" --region 55 --region 29 --region 01 --region 77 --region 78 >/dev/null
python3 scripts/check-operator.py "$site" "$spravka" screenshots
