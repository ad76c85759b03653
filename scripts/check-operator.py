#!/usr/bin/env python3
"""Drives the operators' console (/operator/) in headless Chromium by keyboard only and checks it
against the CLI it mirrors (run by scripts/check-operator.sh, which builds the site and installs
what this needs):

- caller stories, in both modes: the console's questions answered with digit keys (and at some
  questions the `ф`/`с` checks, whose proposed answer Enter takes; `п` goes on after a first fix;
  facts given in the address as a ticket system would). Each ends with the causes
  `spravka diagnose --format json` gives for the same answers; the summary copied with the
  «Скопировать сводку» button equals `spravka diagnose --transcript` byte for byte when the same
  keys are typed into the terminal interview; the log downloaded with «Скачать журнал» equals
  `--log`'s lines and `spravka stats` reads it with no warning and counts every call;
- the SNILS and name verdicts of the page's script equal `spravka snils` and
  `spravka compare-names` on thousands of generated cases;
- bad address parameters are shown, a region without Dnevnik.ru says so, Esc forgets the call;
- with the CPU slowed 4x, the time from a key press to the next question drawn;
- the page's bytes on the wire (gzip) for a first visit; screenshots at 1280 and 375 px.

    scripts/check-operator.py SITE_DIR SPRAVKA_BINARY SCREENSHOT_DIR
"""
import concurrent.futures, gzip, json, pathlib, random, re
import statistics, subprocess, sys, tempfile, time, urllib.parse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

site, spravka, shots = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
shots.mkdir(parents=True, exist_ok=True)
downloads = pathlib.Path(tempfile.mkdtemp(prefix="operator-downloads-"))
work = pathlib.Path(tempfile.mkdtemp(prefix="operator-cli-"))
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from browser import chromium, serve

server, base = serve(site)
driver = chromium()
driver.execute_cdp_cmd("Browser.grantPermissions", {
    "origin": base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})


def keys(*sequence):
    """Types into whatever has focus, as a person at the keyboard."""
    chain = ActionChains(driver)
    for key in sequence:
        chain.send_keys(key)
    chain.perform()


def wait(condition, what, timeout=10):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition())
    except Exception:
        raise AssertionError(f"timed out waiting for {what}")


def state():
    """('question', fact, [values]) or ('result', stopped, [(cause, certainty)]) or ('none', text)."""
    return driver.execute_script("""
        var step = document.getElementById('console-step');
        var heading = document.getElementById('step-heading');
        if (!heading) return ['none', step.textContent];
        if (step.getAttribute('data-fact')) {
          return ['question', step.getAttribute('data-fact'),
                  Array.prototype.map.call(step.querySelectorAll('.answers button'), function (b) { return b.getAttribute('data-value'); }),
                  heading.textContent];
        }
        return ['result', !!document.getElementById('check-rest'),
                Array.prototype.map.call(step.querySelectorAll('.cause'), function (c) { return [c.getAttribute('data-cause'), c.getAttribute('data-certainty')]; }),
                heading.textContent];
    """)


def focused_id():
    return driver.execute_script("return document.activeElement ? document.activeElement.id : null;")


# ---------------------------------------------------------------------------------------------
# Caller stories: answers by fact (anything asked and not listed is answered «Не знаю», 0).

STORIES = [
    # region, until, address facts, answers, options
    ("55", "first-fix", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "simplified"}, {}),
    ("55", "all", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "simplified"}, {}),
    ("55", "first-fix", {}, {"symptom": "gosuslugi-login-fails", "who": "parent", "gosuslugi_account": "confirmed"}, {}),
    ("55", "all", {}, {"symptom": "profile-not-found", "who": "student", "age": "under-14", "gosuslugi_account": "child",
                       "dnevnik_profile": "yes", "fio_match": "yes", "birthdate_match": "no", "region_choice": "correct"}, {}),
    ("55", "first-fix", {}, {"symptom": "profile-not-found", "who": "student", "age": "14-17", "gosuslugi_account": "confirmed",
                             "teen_linked_to_parent": "no"}, {"rest": True}),
    ("55", "all", {"symptom": "asks-dnevnik-login"}, {"who": "parent", "fio_match": "no", "snils_in_dnevnik": "yes", "snils_match": "yes"},
     {"names": ("Ёлкина Анна Петровна", "Елкина Анна Петровна")}),
    ("55", "first-fix", {"symptom": "asks-dnevnik-login"}, {"who": "staff"}, {}),
    ("55", "all", {}, {"symptom": "no-children-visible", "who": "parent", "family_linked_in_dnevnik": "no"}, {}),
    ("55", "first-fix", {}, {"symptom": "wrong-profile", "signed_in_elsewhere": "yes"}, {}),
    ("55", "all", {}, {"symptom": "wrong-profile", "signed_in_elsewhere": "no"}, {}),
    ("55", "all", {}, {"symptom": "other"}, {}),
    ("29", "first-fix", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "confirmed",
                             "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "no"}, {"rest": True}),
    ("29", "all", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "confirmed",
                       "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes", "snils_match": "no",
                       "region_choice": "correct"}, {"snils": "112-233-445 59"}),
    ("29", "first-fix", {"symptom": "profile-not-found", "who": "parent"}, {"gosuslugi_account": "none"}, {}),
    ("78", "all", {}, {"symptom": "profile-not-found", "who": "student", "age": "18-plus", "gosuslugi_account": "standard",
                       "dnevnik_profile": "no", "fio_match": "yes", "snils_in_dnevnik": "yes", "snils_match": "yes",
                       "region_choice": "wrong"}, {}),
    ("78", "first-fix", {}, {"symptom": "unknown"}, {}),
    ("55", "first-fix", {}, {"symptom": "profile-not-found", "who": "unknown", "age": "unknown"}, {"rest": True}),
    ("55", "all", {"who": "parent"}, {"symptom": "gosuslugi-login-fails", "gosuslugi_account": "none"}, {}),
    ("29", "all", {}, {"symptom": "asks-dnevnik-login", "who": "student", "age": "14-17", "fio_match": "yes",
                       "snils_in_dnevnik": "no"}, {}),
    ("55", "first-fix", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "confirmed",
                             "dnevnik_profile": "yes"}, {"names": ("Иванова Мария", "Иванова Мария Сергеевна"), "rest": True}),
    ("01", "all", {}, {"symptom": "profile-not-found", "who": "student", "age": "under-14", "gosuslugi_account": "simplified"}, {}),
    ("01", "first-fix", {}, {"symptom": "no-children-visible", "who": "staff"}, {}),
    ("55", "first-fix", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "confirmed",
                             "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes"},
     {"snils": "112-233-445 59", "rest": True}),
    ("29", "all", {}, {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "unknown", "dnevnik_profile": "unknown",
                       "fio_match": "unknown", "snils_in_dnevnik": "unknown", "region_choice": "unknown"}, {}),
]


def open_console(region, until, given):
    query = {"region": region, "until": until}
    query.update(given)
    driver.get(base + "/operator/?" + urllib.parse.urlencode(query))
    wait(lambda: state()[0] in ("question", "result"), "the first question")


def run_story(index, story):
    region, until, given, answers, extra = story
    if index == 0 or given:
        open_console(region, until, given)
    else:
        # A new call by Esc, with the region and the mode of the last one kept on this computer.
        if driver.execute_script("return localStorage.getItem('spravka.operator.region')") != region or \
                driver.execute_script("return localStorage.getItem('spravka.operator.until')") != until:
            open_console(region, until, {})
        else:
            keys(Keys.ESCAPE)
            wait(lambda: state()[0] == "question" and state()[3].startswith("Вопрос 1"), "a new call after Esc")
    asked, cli_lines = [], []
    went_on = False
    for _ in range(40):
        current = state()
        if current[0] == "question":
            fact, values = current[1], current[2]
            value = answers.get(fact, "unknown")
            if fact == "fio_match" and "names" in extra:
                keys("ф")
                wait(lambda: focused_id() == "fio-1", "focus in the first name field after ф")
                first, second = extra["names"]
                keys(first, Keys.TAB, second, Keys.ENTER)
                wait(lambda: driver.execute_script("var p = document.getElementById('proposal'); return p && !p.hidden;"), "a proposed answer")
                proposed = driver.find_element(By.ID, "proposal").text
                keys(Keys.ENTER)
                cli_lines += ["ф", first, second, ""]
                value = "no" if first != second else "yes"
                expected_key = values.index(value) + 1 if value != "unknown" else 0
                if not proposed.startswith(f"Значит, ответ: {expected_key}."):
                    fail(f"story {index + 1}: after ф the console proposed «{proposed}»")
            elif fact in ("snils_in_dnevnik", "snils_match") and "snils" in extra:
                keys("с")
                wait(lambda: focused_id() == "snils-input", "focus in the SNILS field after с")
                keys(extra["snils"], Keys.ENTER)
                wait(lambda: driver.execute_script("var p = document.getElementById('proposal'); return p && !p.hidden;"), "a proposed answer")
                keys(Keys.ENTER)
                cli_lines += ["с", extra["snils"], ""]
                value = "yes" if fact == "snils_in_dnevnik" else "no"
            else:
                number = 0 if value == "unknown" else values.index(value) + 1
                keys(str(number))
                cli_lines.append(str(number))
            asked.append((fact, value))
            wait(lambda: state() != current, f"the step after answering {fact}")
            continue
        if current[0] == "result":
            if current[1] and extra.get("rest") and not went_on:
                went_on = True
                keys("п")
                cli_lines.append("п")
                wait(lambda: state() != current, "the interview going on after п")
                continue
            if current[1]:
                cli_lines.append("")  # Enter: end at the first fix, as the console does
            return asked, current[2], cli_lines
        raise AssertionError(f"story {index + 1}: the console shows {current}")
    raise AssertionError(f"story {index + 1}: no result after 40 steps")


def copied_summary():
    button = driver.find_element(By.ID, "summary-copy")
    button.send_keys(Keys.ENTER)  # keyboard activation of the focused button
    wait(lambda: "скопирована" in driver.find_element(By.ID, "summary-status").text, "the copy confirmation")
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });")


def cli(arguments, stdin=""):
    return subprocess.run([spravka] + arguments, input=stdin, capture_output=True, text=True, timeout=60)


cli_log = work / "cli-calls.jsonl"
stories_checked = 0
for index, story in enumerate(STORIES):
    region, until, given, answers, extra = story
    try:
        asked, causes, cli_lines = run_story(index, story)
    except AssertionError as error:
        fail(f"story {index + 1}: {error}")
        continue
    summary = copied_summary()
    # The same answers through the stateless protocol: the same causes and certainties.
    all_answers = dict(given)
    all_answers.update(dict(asked))
    protocol = cli(["diagnose", "--region", region, "--until", until, "--format", "json"]
                   + sum((["--given", f"{k}={v}"] for k, v in all_answers.items()), []))
    expected = [(c["id"], c["certainty"]) for c in json.loads(protocol.stdout).get("causes", [])]
    if [tuple(c) for c in causes] != expected:
        fail(f"story {index + 1}: console causes {causes}, spravka diagnose {expected}")
    # The same keys typed into the terminal interview: the same ticket summary, the same log line.
    transcript = work / f"transcript-{index + 1}.txt"
    interview = cli(["diagnose", "--region", region, "--until", until, "--transcript", str(transcript), "--log", str(cli_log)]
                    + sum((["--given", f"{k}={v}"] for k, v in given.items()), []), "\n".join(cli_lines) + "\n")
    if interview.returncode != 0:
        fail(f"story {index + 1}: spravka diagnose exited {interview.returncode}: {interview.stderr.strip()}")
        continue
    if transcript.read_text(encoding="utf-8") != summary:
        fail(f"story {index + 1}: the copied summary differs from --transcript:\n--- console\n{summary}\n--- cli\n{transcript.read_text(encoding='utf-8')}")
    stories_checked += 1
    print(f"story {index + 1:2} /{region}/ {until:9} {len(asked)} questions -> "
          + ", ".join(f"{c}({'!' if k == 'certain' else '?'})" for c, k in causes))

modes = {s[1] for s in STORIES}
print(f"{stories_checked} of {len(STORIES)} caller stories end as spravka diagnose does (modes: {', '.join(sorted(modes))}); "
      "copied summaries equal --transcript byte for byte")

# The log, downloaded as a person would, read by spravka stats.
for old in downloads.glob("*"):
    old.unlink()
driver.find_element(By.ID, "log-download").send_keys(Keys.ENTER)
wait(lambda: any(p.suffix == ".jsonl" for p in downloads.glob("*")), "the downloaded log", timeout=20)
downloaded = next(p for p in downloads.glob("*") if p.suffix == ".jsonl")
console_lines = downloaded.read_text(encoding="utf-8").splitlines()
cli_lines_logged = cli_log.read_text(encoding="utf-8").splitlines() if cli_log.exists() else []
if console_lines != cli_lines_logged:
    fail(f"the console's log ({len(console_lines)} lines) differs from spravka diagnose --log ({len(cli_lines_logged)} lines)")
stats = cli(["stats", str(downloaded)])
if stats.returncode != 0 or stats.stderr.strip():
    fail(f"spravka stats on the downloaded log: exit {stats.returncode}, stderr {stats.stderr.strip()!r}")
print(f"downloaded log {downloaded.name}: {len(console_lines)} lines, equal to --log's: {console_lines == cli_lines_logged}; "
      f"spravka stats: «{stats.stdout.splitlines()[0] if stats.stdout else ''}»")
first_line = stats.stdout.splitlines()[0] if stats.stdout else ""
if re.search(r"\b" + str(stories_checked) + r"\b", first_line) is None or stories_checked != len(STORIES):
    fail(f"spravka stats does not count the {len(STORIES)} calls: {first_line!r}")

# Clearing the log asks first; Отмена keeps it, «Да, очистить» empties it.
driver.find_element(By.ID, "log-clear").send_keys(Keys.ENTER)
wait(lambda: focused_id() == "log-clear-no", "the question before clearing")
keys(Keys.ENTER)
if driver.execute_script("return (localStorage.getItem('spravka.operator.log') || '').split('\\n').filter(Boolean).length") != len(console_lines):
    fail("Отмена cleared the log")
driver.find_element(By.ID, "log-clear").send_keys(Keys.ENTER)
wait(lambda: focused_id() == "log-clear-no", "the question before clearing")
driver.find_element(By.ID, "log-clear-yes").send_keys(Keys.ENTER)
if driver.execute_script("return localStorage.getItem('spravka.operator.log')") not in (None, ""):
    fail("«Да, очистить» left the log")

# ---------------------------------------------------------------------------------------------
# The address from a ticket system: bad parameters are shown; a region without Dnevnik.ru asks
# nothing and says what `spravka diagnose --region` says.

driver.get(base + "/operator/?region=55&symptom=asks-dnevnik-login&who=grandma&colour=red&age=under-14")
wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#console-messages li"), "the messages about the address")
shown = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#console-messages li")]
if len(shown) != 2 or "who=grandma" not in shown[0] or "colour" not in shown[1]:
    fail(f"bad address parameters shown as {shown}")
driver.get(base + "/operator/?region=55&who=parent&age=under-14")
wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#console-messages li"), "the message about a contradiction")
if "противоречит" not in driver.find_element(By.CSS_SELECTOR, "#console-messages li").text:
    fail("a contradictory address is not shown as one")
driver.get(base + "/operator/?region=99")
wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#console-messages li"), "the message about an unknown region")
driver.get(base + "/operator/?region=77")
wait(lambda: state()[0] == "none" or "Опрос не нужен" in driver.find_element(By.ID, "console-step").text, "the not-applicable notice")
notice = driver.find_element(By.ID, "console-step").text
expected_notice = cli(["diagnose", "--region", "77"]).stdout.strip()
if [line for line in notice.splitlines() if line != "Опрос не нужен"] != expected_notice.splitlines():
    fail(f"/operator/?region=77 says\n{notice}\nbut spravka diagnose --region 77 says\n{expected_notice}")
driver.set_window_size(375, 900)
driver.save_screenshot(str(shots / "operator-77-375.png"))

# Esc forgets everything typed: the checks' fields are empty after a new call.
driver.get(base + "/operator/?region=55")
wait(lambda: state()[0] == "question", "the first question")
driver.find_element(By.ID, "snils-input").send_keys("112-233-445 95", Keys.ENTER)
driver.find_element(By.ID, "fio-1").send_keys("Иванов Иван")
keys(Keys.ESCAPE)
left = driver.execute_script("return ['snils-input','fio-1','fio-2'].map(function (id) { return document.getElementById(id).value; }).join('') + document.getElementById('check-result').textContent;")
if left:
    fail(f"Esc left typed data on the page: {left!r}")
stored = driver.execute_script("var out = ''; for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i); out += k + '=' + localStorage.getItem(k) + '\\n'; } return out;")
if re.search(r"\d{3}-\d{3}-\d{3}|Иванов", stored):
    fail(f"typed personal data reached the browser's storage: {stored!r}")

# ---------------------------------------------------------------------------------------------
# SNILS and name verdicts: the page's script against the CLI on generated cases.

rng = random.Random(20261208)


def snils_case():
    digits = [rng.randrange(10) for _ in range(9)]
    number = int("".join(map(str, digits)))
    total = sum(d * w for d, w in zip(digits, range(9, 0, -1)))
    check = total if total < 100 else 0 if total <= 101 else (0 if total % 101 == 100 else total % 101)
    eleven = digits + [check // 10, check % 10]
    kind = rng.randrange(10)
    if kind == 1:  # a neighbouring swap
        i = rng.randrange(10)
        eleven[i], eleven[i + 1] = eleven[i + 1], eleven[i]
    elif kind == 2:  # a wrong digit
        i = rng.randrange(11)
        eleven[i] = (eleven[i] + 1 + rng.randrange(9)) % 10
    elif kind == 3:  # too few or too many digits
        eleven = eleven[: rng.randrange(0, 11)] if rng.random() < 0.5 else eleven + [rng.randrange(10)]
    elif kind == 4 and number > 0:  # an old number, never checked
        eleven = [0, 0, 1, 0, 0, 1, 9, rng.randrange(10), rng.randrange(10), rng.randrange(10), rng.randrange(10)]
    text = "".join(map(str, eleven))
    style = rng.randrange(7)
    if style == 1 and len(text) == 11:
        text = f"{text[0:3]}-{text[3:6]}-{text[6:9]} {text[9:11]}"
    elif style == 2:
        text = " ".join(text)
    elif style == 3:
        text = text.replace("", rng.choice(["\u00a0", "–", "_", "\t"]))[1:-1] if text else text
    elif style == 4 and text:
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice(["a", "№", "+", "/", "з", "."]) + text[i:]
    elif style == 5:
        text = rng.choice(["", " ", "  -  "])
    return text


SURNAMES = ["Иванов", "Ёлкина", "Петрова-Водкина", "Сидоренко", "Кузьмина", "Щукин", "Мамедов", "Ли", "Салтыков-Щедрин", "Фёдорова"]
GIVEN = ["Иван", "Анна", "Пётр", "Мария", "Алёна", "Ахмед", "Юлия", "Ян"]
PATRONYMICS = ["Иванович", "Петровна", "Сергеевич", "Алексеевна", "Фёдорович", ""]
LOOKALIKE = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X",
             "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k"}


def name_case():
    words = [rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(PATRONYMICS)]
    first = " ".join(w for w in words if w)
    second = first
    for _ in range(rng.randrange(0, 3)):
        kind = rng.randrange(12)
        if kind == 0:
            second = second.replace("ё", "е").replace("Ё", "Е") if "ё" in second.lower() else second.replace("е", "ё", 1)
        elif kind == 1:
            letters = [i for i, c in enumerate(second) if c in LOOKALIKE]
            if letters:
                i = rng.choice(letters)
                second = second[:i] + LOOKALIKE[second[i]] + second[i + 1:]
        elif kind == 2:
            second = second.lower() if rng.random() < 0.5 else second.upper()
        elif kind == 3:
            second = rng.choice([" ", "  "]) + second if rng.random() < 0.5 else second + " "
        elif kind == 4:
            second = second.replace(" ", rng.choice(["  ", "\u00a0", "\t"]), 1)
        elif kind == 5:
            second = second.replace("-", rng.choice(["–", "—", " - ", "- ", "‐"]), 1)
        elif kind == 6:
            parts = second.split(" ")
            rng.shuffle(parts)
            second = " ".join(parts)
        elif kind == 7:
            second = " ".join(second.split(" ")[:2])
        elif kind == 8:
            parts = second.split(" ")
            parts[rng.randrange(len(parts))] = rng.choice(GIVEN + SURNAMES)
            second = " ".join(parts)
        elif kind == 9:
            second = second + " " + rng.choice(["оглы", "кызы", "Ivan"])
        elif kind == 10:
            i = rng.randrange(len(second) + 1)
            second = second[:i] + rng.choice(["1", "!", "№", "ʼ", "'", "."]) + second[i:]
        elif kind == 11:
            second = rng.choice(["", "   ", "-"])
    return (first, second) if rng.random() < 0.5 else (second, first)


snils_cases = [snils_case() for _ in range(2000)]
name_cases = [name_case() for _ in range(2000)]


def cli_snils(text):
    result = cli(["snils", "--", text])
    return ((result.stdout or result.stderr).rstrip("\n"), {0: True, 1: False}.get(result.returncode))


def cli_names(pair):
    result = cli(["compare-names", "--", pair[0], pair[1]])
    return (result.stdout or result.stderr).rstrip("\n").split("\n")


started = time.time()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    expected_snils = list(pool.map(cli_snils, snils_cases))
    expected_names = list(pool.map(cli_names, name_cases))
cli_time = time.time() - started
page_snils = driver.execute_script(
    "return arguments[0].map(function (t) { var v = SpravkaChecks.explainSNILS(t); return [v.message, v.isValid]; });", snils_cases)
page_names = driver.execute_script(
    "return arguments[0].map(function (p) { return SpravkaChecks.explainNames(SpravkaChecks.compareNames(p[0], p[1])); });", name_cases)
snils_differ = [(c, e, p) for c, e, p in zip(snils_cases, expected_snils, page_snils) if (e[0], e[1]) != (p[0], p[1])]
names_differ = [(c, e, p) for c, e, p in zip(name_cases, expected_names, page_names) if e != p]
for case, cli_says, page_says in (snils_differ + names_differ)[:10]:
    fail(f"verdicts differ on {case!r}:\n  cli:  {cli_says}\n  page: {page_says}")
kinds_snils = len({e[1] for e in expected_snils})
print(f"SNILS verdicts: {len(snils_cases) - len(snils_differ)} of {len(snils_cases)} generated cases equal spravka snils "
      f"({sum(1 for e in expected_snils if e[1] is True)} valid, {sum(1 for e in expected_snils if e[1] is False)} invalid, "
      f"{sum(1 for e in expected_snils if e[1] is None)} not a SNILS)")
print(f"name verdicts: {len(name_cases) - len(names_differ)} of {len(name_cases)} generated pairs equal spravka compare-names "
      f"({len({tuple(e) for e in expected_names})} distinct answers; CLI runs took {cli_time:.0f} s)")

# ---------------------------------------------------------------------------------------------
# Speed on a slow desktop: CPU slowed 4x, key press to the next question drawn (a harness
# injected here, not in the page: keydown time to the first animation frame after the step changes).

driver.set_window_size(1280, 900)
driver.get(base + "/operator/?region=55&until=all")
wait(lambda: state()[0] == "question", "the first question")
driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
driver.execute_script("""
    window.__latencies = [];
    var pressed = null;
    document.addEventListener('keydown', function () { pressed = performance.now(); }, true);
    new MutationObserver(function () {
      if (pressed === null) return;
      var start = pressed; pressed = null;
      requestAnimationFrame(function () { window.__latencies.push(performance.now() - start); });
    }).observe(document.getElementById('console-step'), { childList: true });
""")
story = {"symptom": "profile-not-found", "who": "parent", "gosuslugi_account": "confirmed", "dnevnik_profile": "yes",
         "fio_match": "yes", "snils_in_dnevnik": "yes", "snils_match": "yes", "region_choice": "correct"}
for _ in range(20):
    current = state()
    if current[0] != "question":
        break
    value = story.get(current[1], "unknown")
    keys(str(0 if value == "unknown" else current[2].index(value) + 1))
    wait(lambda: state() != current, "the next step")
time.sleep(0.3)
latencies = driver.execute_script("return window.__latencies;")
driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
if latencies:
    print(f"key press to next step drawn, CPU slowed 4x, {len(latencies)} answers (--until all): "
          f"median {statistics.median(latencies):.0f} ms, worst {max(latencies):.0f} ms")
else:
    fail("no latency measured")

# Screenshots of a question and a result, at 1280 and 375 px.
for width in (1280, 375):
    driver.set_window_size(width, 1000)
    driver.get(base + "/operator/?region=55&symptom=profile-not-found")
    wait(lambda: state()[0] == "question", "a question")
    driver.save_screenshot(str(shots / f"operator-question-{width}.png"))
    keys("1")
    wait(lambda: state()[0] == "question" and state()[3].startswith("Вопрос 2"), "the second question")
    keys("2")
    wait(lambda: state()[0] == "result", "a result")
    driver.save_screenshot(str(shots / f"operator-result-{width}.png"))

outside = []
for entry in driver.get_log("performance"):
    message = json.loads(entry["message"])["message"]
    if message.get("method") == "Network.requestWillBeSent":
        url = message["params"]["request"]["url"]
        if not (url.startswith(base) or url.startswith("data:") or url.startswith("blob:")):
            outside.append(url)
for url in outside:
    fail(f"request outside the site: {url}")
for entry in driver.get_log("browser"):
    if "Content Security Policy" in entry.get("message", "") or entry.get("level") == "SEVERE":
        fail(f"browser console: {entry['message']}")
driver.quit()
server.shutdown()

# Bytes on the wire for a first visit, at nginx's gzip level (the page, its CSS and scripts, and
# the JSON it loads for region 55).
page = (site / "operator" / "index.html").read_text(encoding="utf-8")
linked = re.findall(r'(?:href|src)="(/(?:css|js)/[^"]+)"', page)
files = ["operator/index.html"] + [p.lstrip("/") for p in linked] + ["diagnose/contract.json", "operator/regions.json", "operator/55.json"]
total = 0
for name in files:
    total += len(gzip.compress((site / name).read_bytes(), compresslevel=1))
print(f"first visit to /operator/?region=55: {len(files)} files, {total / 1024:.1f} KiB gzipped (level 1, as nginx's default)")

if failures:
    print(f"\n{len(failures)} failures")
    sys.exit(1)
print("operators' console: every check passed")
