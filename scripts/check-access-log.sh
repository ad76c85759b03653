#!/usr/bin/env bash
# The site's own log end to end (scripts/check-access-log.py says what it checks): the built
# site served by a real nginx with the schools' guide's configuration writing a real access log,
# searches, result clicks and votes made in headless Chromium, and `spravka stats --access-log`
# reporting them without an address, a user agent, a rare query or a SNILS. Screenshots of the
# vote links and the report land in screenshots/. Installs what it needs (Debian: nginx-light,
# openssl, chromium, chromium-driver; PyPI: selenium).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/need.sh
need nginx:nginx-light openssl:openssl chromium:chromium chromedriver:chromium-driver
python3 -m pip install -q --disable-pip-version-check selenium >/dev/null

site="$(mktemp -d)/public"
swift build --product spravka >/dev/null
spravka="$(swift build --show-bin-path)/spravka"
"$spravka" build --output "$site" --region 55 >/dev/null
python3 scripts/check-access-log.py "$site" "$spravka" screenshots
