#!/usr/bin/env python3
"""Audits the built site in headless Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA) on the region
chooser, the homes of a region with Dnevnik.ru (55), without it (77, 92) and with it in single
schools (78), articles, the wizard at its first question and at a result, the search
results, and the operators' console (choosing a region, a question, a result, a region without
Dnevnik.ru); screenshots of each at 320, 375 and 1280 px. Also checks that no page asks for
anything outside the site and that none scrolls sideways at 320 px.

    scripts/site_audit.py SITE_DIR SCREENSHOT_DIR
"""
import json, pathlib, sys

import axe_playwright_python
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

site, shots = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
shots.mkdir(parents=True, exist_ok=True)
axe_source = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from browser import chromium, serve

server, base = serve(site)
driver = chromium()

failures = []

def external_requests():
    """Requests the page made to anything but the local server."""
    out = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not (url.startswith(base) or url.startswith("data:")):
                out.append(url)
    return out

def audit(name, path, prepare=None):
    for width in (320, 375, 1280):
        driver.set_window_size(width, 900)
        driver.get(base + path)
        if prepare:
            prepare()
        driver.save_screenshot(str(shots / f"{name}-{width}.png"))
        if width == 320:
            wide = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            if wide > 0:
                failures.append(f"{name}: scrolls sideways at 320 px ({wide} px too wide)")
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}).then(r => done(r.violations));")
    outside = external_requests()
    # The pages' Content-Security-Policy must not block anything the site itself does.
    for entry in driver.get_log("browser"):
        if "Content Security Policy" in entry.get("message", ""):
            failures.append(f"{name}: {entry['message']}")
    print(f"{name:24} {path:40} axe violations: {len(result)}  external requests: {len(outside)}")
    for violation in result:
        nodes = "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:5])
        failures.append(f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} — {nodes}")
    for url in outside:
        failures.append(f"{name}: request outside the site: {url}")

def wait_for(selector):
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, selector))

def wizard_first_question():
    wait_for("#wizard fieldset")

def wizard_result():
    wait_for("#wizard fieldset")
    for _ in range(20):
        if driver.find_elements(By.CSS_SELECTOR, "#wizard .result"):
            return
        # Always the first option: the symptom «профиль не найден», then the first answers.
        radios = driver.find_elements(By.CSS_SELECTOR, "#wizard input[type=radio]")
        radios[min(1, len(radios) - 1)].click()
        driver.find_element(By.CSS_SELECTOR, "#wizard button[type=submit]").click()
    wait_for("#wizard .result")

def search_results():
    wait_for("#search-results li")

driver.get(base + "/")
driver.get_log("performance")
audit("chooser", "/")
audit("region-home", "/55/")
audit("region-home-mesh", "/77/")
audit("region-home-partly", "/78/")
audit("region-home-paper", "/92/")
audit("article", "/55/login-website/")
audit("article-gosuslugi", "/77/gosuslugi-register/")
audit("leaflet", "/55/leaflet/")
audit("leaflet-mesh", "/77/leaflet/")
audit("wizard-question", "/55/diagnose/", wizard_first_question)
audit("wizard-result", "/55/diagnose/", wizard_result)
audit("search-results", "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81", search_results)
audit("not-found", "/404.html")

def operator_picker():
    wait_for("#region-filter")

def operator_question():
    wait_for("#console-step[data-fact]")

def operator_result():
    wait_for("#console-step .cause")

# The operators' console: choosing a region (nothing remembered yet), a question, a result with
# its ticket summary, and a region without Dnevnik.ru.
audit("operator-region-picker", "/operator/", operator_picker)
audit("operator-question", "/operator/?region=55", operator_question)
audit("operator-result", "/operator/?region=55&symptom=wrong-profile&signed_in_elsewhere=yes", operator_result)
audit("operator-no-dnevnik", "/operator/?region=77", lambda: wait_for("#step-heading"))
# Every page of the audited regions at 320 px: none may scroll sideways. Region homes are also
# measured at 375 px: a parent should not scroll through thousands of pixels to find the steps.
driver.set_window_size(320, 900)
pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
for page in pages:
    path = "/" + (page[:-len("index.html")] if page.endswith("index.html") else page)
    driver.get(base + path)
    wide = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    if wide > 0:
        failures.append(f"{path}: scrolls sideways at 320 px ({wide} px too wide)")
print(f"320 px: {len(pages)} pages checked for sideways scrolling")
driver.set_window_size(375, 800)
heights = []
for home in sorted(site.glob("[0-9][0-9]/index.html")):
    driver.get(f"{base}/{home.parent.name}/")
    heights.append((driver.execute_script("return document.documentElement.scrollHeight;"), home.parent.name))
if heights:
    tallest = max(heights)
    print(f"tallest region home at 375 px: /{tallest[1]}/ {tallest[0]} px")
    if tallest[0] > 4000:
        failures.append(f"/{tallest[1]}/ is {tallest[0]} px tall at 375 px (at most 4000)")
driver.quit()
server.shutdown()

print(f"screenshots in {shots}/")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("axe: 0 violations on every audited page; no request left the site")
