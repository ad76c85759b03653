#!/usr/bin/env bash
# `spravka stats --access-log` on a generated nginx access log of N lines (default 1,000,000):
# a day's mix of page views, searches (some with SNILS- or phone-like numbers), result clicks,
# votes, the wizard and the console, 404s and crawlers, plain and gzipped. Prints the run time
# and the peak resident memory of each (release build; GNU time).
#
#   scripts/bench-access-log.sh [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$lines" "$work/access.log" <<'PY'
import random, sys, urllib.parse
count, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
queries = ["снилс", "не могу войти в дневник", "профиль не найден", "дочь 13 лет", "как привязать ребёнка",
           "подтвердить учётную запись", "код не приходит", "112-233-445 95", "+7 913 123-45-67", "аккаунт ребёнка",
           "госуслуги дневник", "ошибка входа", "второй родитель", "смс не приходит", "школа не добавила"]
articles = ["login-website", "login-mobile-app", "data-snils", "child-account-create", "teen-link-to-parent",
            "gosuslugi-confirm-bank", "remedy-fio-mismatch", "remedy-teen-not-linked", "faq-common-questions"]
regions = ["55", "29", "01", "77", "78"]
agents = ["Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/124 Mobile Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile Safari/604.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124 YaBrowser/24.4 Safari/537.36",
          "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
          "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
with open(path, "w") as out:
    for i in range(count):
        region = rng.choice(regions)
        kind = rng.random()
        status = 200
        if kind < 0.25:
            target = f"/{region}/search/?q=" + urllib.parse.quote_plus(rng.choice(queries))
        elif kind < 0.35:
            target = f"/{region}/{rng.choice(articles)}/?q=" + urllib.parse.quote_plus(rng.choice(queries))
        elif kind < 0.65:
            target = f"/{region}/{rng.choice(articles)}/"
        elif kind < 0.70:
            target = f"/{region}/vote/{rng.choice(['yes', 'no'])}/?a={rng.choice(articles)}"
        elif kind < 0.75:
            target = f"/{region}/diagnose/"
        elif kind < 0.77:
            target = "/operator/"
        elif kind < 0.80:
            target, status = f"/{region}/old-{rng.randrange(40)}/", 404
        else:
            target = rng.choice(["/css/site.0123456789ab.css", "/js/search.0123456789ab.js", f"/{region}/", "/"])
        ip = f"{rng.randrange(1, 255)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"
        minute = i * 1440 // count
        out.write(f'{ip} - - [08/Dec/2026:{minute // 60:02d}:{minute % 60:02d}:00 +0300] "GET {target} HTTP/1.1" '
                  f'{status} {rng.randrange(200, 60000)} "-" "{rng.choice(agents)}"\n')
PY
gzip -k -1 "$work/access.log"
swift build -c release --product spravka >/dev/null
spravka="$(swift build -c release --show-bin-path)/spravka"
echo "access log: $lines lines, $(du -h "$work/access.log" | cut -f1) plain, $(du -h "$work/access.log.gz" | cut -f1) gzipped"
for file in "$work/access.log" "$work/access.log.gz"; do
    /usr/bin/time -f "%e s, peak RSS %M KiB" -o "$work/time" "$spravka" stats --access-log "$file" >"$work/report.txt"
    echo "$(basename "$file"): $(cat "$work/time"); report: $(grep -c . "$work/report.txt") lines"
done
