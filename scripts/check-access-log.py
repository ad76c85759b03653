#!/usr/bin/env python3
"""The site's own log, end to end: the built site served by a real nginx with the schools'
guide's configuration (docs/for-schools.md, its `nginx` block: HTTPS, gzip, headers, and the
`access_log … combined` line), a person's searches, result clicks and votes made in headless
Chromium, and `spravka stats --access-log` reading the access log nginx wrote:

- searches made three times are reported, a search made once is not;
- a SNILS typed into the search box is reported masked, never in digits;
- the article opened from a live-search result is reported with the query that led there;
- «Да» and «Нет» under an article are counted; the wizard's and the console's use; 404s;
- the client's address and user agent never appear in the report (text or HTML);
- crawlers are not counted.
Screenshots of the vote links and of the HTML report at 375 px go to the screenshot folder.

    scripts/check-access-log.py SITE_DIR SPRAVKA_BINARY SCREENSHOT_DIR
"""
import pathlib, re, socket, subprocess, sys, tempfile, time, urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

site, spravka, shots = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2], pathlib.Path(sys.argv[3])
shots.mkdir(parents=True, exist_ok=True)
repository = pathlib.Path(__file__).resolve().parent.parent
work = pathlib.Path(tempfile.mkdtemp(prefix="access-log-"))
failures = []

# --- nginx with the guide's configuration -----------------------------------------------------

guide = (repository / "docs" / "for-schools.md").read_text(encoding="utf-8")
block = re.search(r"```nginx\n(.*?)```", guide, re.S)
if not block:
    sys.exit("docs/for-schools.md has no nginx block")
server = block.group(1)
if "access_log /var/log/nginx/spravka.access.log combined;" not in server:
    sys.exit("the guide's nginx block no longer writes the access log this check reads")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


plain_port, secure_port = free_port(), free_port()
name = "spravka.example.ru"
(work / "logs").mkdir()
certificate, key = work / "fullchain.pem", work / "privkey.pem"
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
                "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(certificate)],
               check=True, capture_output=True)
access_log = work / "logs" / "access.log"
configured = (server.replace("listen 80;", f"listen 127.0.0.1:{plain_port};")
              .replace("listen 443 ssl", f"listen 127.0.0.1:{secure_port} ssl")
              .replace(f"/etc/letsencrypt/live/{name}/fullchain.pem", str(certificate))
              .replace(f"/etc/letsencrypt/live/{name}/privkey.pem", str(key))
              .replace("/var/www/spravka", str(site))
              .replace("/var/log/nginx/spravka.access.log", str(access_log)))
mime = next((p for p in ["/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"] if pathlib.Path(p).exists()), None)
(work / "nginx.conf").write_text(f"""
pid {work}/nginx.pid;
error_log {work}/logs/error.log;
events {{}}
http {{
    {f"include {mime};" if mime else ""}
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
{configured}
}}
""")
nginx = next(p for p in ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/bin/nginx"] if pathlib.Path(p).exists())
server_process = subprocess.Popen([nginx, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off; master_process off;"])
base = f"https://{name}:{secure_port}"

# --- a person in Chromium ---------------------------------------------------------------------

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from browser import chromium

agent = "Mozilla/5.0 (Linux; Android 13; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"
driver = chromium("--ignore-certificate-errors", f"--host-resolver-rules=MAP {name} 127.0.0.1", f"--user-agent={agent}", logs=False)
driver.set_window_size(375, 900)


def wait(condition, what, timeout=10):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition())
    except Exception:
        raise SystemExit(f"timed out waiting for {what}")


for _ in range(50):
    try:
        driver.get(base + "/55/")
        if driver.find_elements(By.CSS_SELECTOR, "form.search input[name=q]"):
            break
    except Exception:
        pass
    time.sleep(0.1)
else:
    sys.exit("nginx did not serve the site: " + (work / "logs" / "error.log").read_text())


def search_with_the_form(query):
    """Types into the header's search box and submits it, as a parent does."""
    driver.get(base + "/55/")
    box = driver.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys(query, Keys.ENTER)
    wait(lambda: "/55/search/" in driver.current_url, "the search page")


snils = "112-233-445 95"
for query in ["снилс", "дочь 13 лет", snils]:
    for _ in range(3):
        search_with_the_form(query)
search_with_the_form("Иванов Иван Петрович")  # once: never shown

# A live-search result, followed.
driver.get(base + "/55/")
box = driver.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
box.send_keys("снилс")
wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".search-live a[href*='?q=']"), "live results")
first = driver.find_element(By.CSS_SELECTOR, ".search-live a[href*='?q=']")
clicked = urllib.parse.urlparse(first.get_attribute("href")).path
first.click()
wait(lambda: clicked in driver.current_url, "the article from the result")

# Votes under the article: «Да» twice, «Нет» once (other people).
for answer in ["Да", "Да", "Нет"]:
    driver.get(base + clicked)
    link = next(a for a in driver.find_elements(By.CSS_SELECTOR, ".vote a") if a.text == answer)
    if link.get_attribute("rel") != "nofollow":
        failures.append("a vote link is not rel=nofollow")
    link.click()
    wait(lambda: "/vote/" in driver.current_url, "the vote page")
    if answer == "Нет" and "/55/diagnose/" not in driver.page_source:
        failures.append("«Нет» does not offer the wizard in region 55")
driver.save_screenshot(str(shots / "vote-no-375.png"))
driver.get(base + clicked)
driver.execute_script("document.querySelector('.vote').scrollIntoView()")
driver.save_screenshot(str(shots / "vote-links-375.png"))
for _ in range(3):
    driver.get(base + "/55/no-such-page/")
driver.get(base + "/55/diagnose/")
driver.get(base + "/operator/?region=55")
driver.quit()

# A crawler's visit: in the log, not in the report.
subprocess.run(["python3", "-c", f"""
import ssl, urllib.request
context = ssl._create_unverified_context()
request = urllib.request.Request("https://127.0.0.1:{secure_port}/55/search/?q=crawlerquery", headers={{"User-Agent": "Mozilla/5.0 (compatible; YandexBot/3.0)", "Host": "{name}"}})
for _ in range(5): urllib.request.urlopen(request, context=context).read()
"""], check=True)
server_process.terminate()
server_process.wait()

# --- the report ---------------------------------------------------------------------------------

log_text = access_log.read_text(encoding="utf-8", errors="replace")
print(f"nginx wrote {len(log_text.splitlines())} lines to its access log")
report_html = work / "report.html"
result = subprocess.run([spravka, "stats", "--access-log", str(access_log), "--region", "55", "--html", str(report_html)],
                        capture_output=True, text=True, cwd=repository)
report = result.stdout
html = report_html.read_text(encoding="utf-8") if report_html.exists() else ""
print(report)
if result.returncode != 0 or result.stderr.strip():
    failures.append(f"spravka stats --access-log: exit {result.returncode}, stderr {result.stderr.strip()!r}")


def count(label):
    match = re.search(r"^\s*(\d+)\s+" + re.escape(label) + r"\s*$", report, re.M)
    return int(match.group(1)) if match else None


if count("снилс") != 3:
    failures.append("the search «снилс» made three times is not reported three times")
if count("дочь 13 лет") != 3:
    failures.append("the search «дочь 13 лет» made three times is not reported three times")
if count("•••-•••-••• ••") != 3:
    failures.append("the SNILS searched three times is not reported masked")
if not re.search(r"снилс\s+→ .* " + re.escape(clicked), report):
    failures.append(f"the article opened from the live search ({clicked}) is not reported with its query")
if not re.search(r"да 2, нет 1 .*" + re.escape(clicked), report):
    failures.append("the votes (2 yes, 1 no) are not reported")
if "открыт 1 раз" not in report or "консоль оператора — 1 раз" not in report:
    failures.append("the wizard's or the console's use is not reported once")
if count("/55/no-such-page/") != 3:
    failures.append("the 404 address hit three times is not reported")
for output, what in [(report, "text"), (html, "HTML")]:
    for secret in ["Иванов", "112-233", "11223344595", "127.0.0.1", "Android", "Pixel", "crawlerquery", "YandexBot"]:
        if secret in output:
            failures.append(f"the {what} report shows «{secret}»")
for secret in ["127.0.0.1", "Android"]:
    if secret not in log_text:
        failures.append(f"the access log lacks «{secret}»: the check would prove nothing")

# The HTML report as a person sees it.
viewer = chromium(logs=False)
viewer.set_window_size(375, 1200)
viewer.get(report_html.as_uri())
viewer.save_screenshot(str(shots / "access-log-report-375.png"))
viewer.quit()

if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print("access log: searches, result clicks, votes, wizard, console and 404s reported; no address, user agent, rare query or SNILS shown")
