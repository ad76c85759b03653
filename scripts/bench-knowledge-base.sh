#!/usr/bin/env bash
# Times `spravka check` on a generated knowledge base of 2,000 articles (plus every region
# and the whole diagnostic model), built in release. Prints the median of several runs.
#
#   scripts/bench-knowledge-base.sh [ARTICLES] [RUNS]
#
# Target: well under a second for 2,000 articles.
set -euo pipefail

count="${1:-2000}"
runs="${2:-5}"
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build-kb}"
corpus="$(mktemp -d "${TMPDIR:-/tmp}/spravka-kb-bench.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT

python3 - "$corpus/Articles" "$count" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
def write(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

regions = []
with open("Sources/KnowledgeBase/Regions/FederalSubject.swift", encoding="utf-8") as f:
    for line in f:
        if 'FederalSubject(code: "' in line:
            code = line.split('code: "')[1].split('"')[0]
            name = line.split('name: "')[1].split('"')[0]
            regions.append((code, name))

write("regions/_defaults.md", "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\n"
      "dnevnik_status: unknown\nsupport: Обратитесь к администратору Дневник.ру в своей школе.\n---\n")
for code, name in regions:
    write(f"regions/{code}.md", f"---\ncode: \"{code}\"\nname: {name}\nname_in: в регионе {code}\nsite: {code}.dnevnik.ru\n"
          f"hotline: 8-800-000-00-{code}\n---\nЭлектронный дневник {{{{region.name_in}}}}.\n")

facts = [("symptom", "gosuslugi-login-fails profile-not-found asks-dnevnik-login no-children-visible wrong-profile other"),
         ("who", "parent student staff"), ("age", "under-14 14-17 18-plus"),
         ("gosuslugi_account", "none simplified standard confirmed child"), ("gosuslugi_login_ok", "yes no"),
         ("teen_linked_to_parent", "yes no"), ("dnevnik_profile", "yes no"), ("fio_match", "yes no"),
         ("snils_in_dnevnik", "yes no"), ("snils_match", "yes no"), ("birthdate_match", "yes no"),
         ("family_linked_in_dnevnik", "yes no"), ("signed_in_elsewhere", "yes no"), ("region_choice", "correct wrong")]
for fact, values in facts:
    options = "".join(f"  {v}: Ответ «{v}»\n" for v in values.split()) + "  unknown: Не знаю\n"
    write(f"diagnosis/questions/{fact}.md", f"---\nfact: {fact}\noperator: Вопрос про {fact}?\nparent: Вопрос про {fact}?\n"
          f"options:\n{options}---\nКак проверить: откройте профиль на Госуслугах.\n")
causes = {"gosuslugi-credentials": "caller", "gosuslugi-no-account": "caller", "gosuslugi-not-confirmed": "caller",
          "child-account-missing": "parent", "teen-not-linked": "parent, student", "dnevnik-no-profile": "school",
          "fio-mismatch": "caller, school", "snils-missing": "school", "snils-mismatch": "school",
          "birthdate-mismatch": "school", "family-not-linked": "school", "signed-in-as-someone-else": "caller",
          "wrong-region": "caller", "escalate": "school, hotline"}
for cause, parties in causes.items():
    write(f"diagnosis/causes/{cause}.md", f"---\ncause: {cause}\ntitle: Причина {cause}\nfix_by: [{parties}]\n"
          f"article: article-0\ncheck: Проверьте.\nsay: Скажите: {{{{region.support}}}}\n---\n"
          "1. Откройте Госуслуги.\n2. Проверьте данные.\n3. Прочитайте [инструкцию](article-0#шаги).\n")

def target(n):
    """An article shown in every region: every tenth one is restricted to a single region."""
    n %= count
    return n - 1 if n % 10 == 9 else n

topics = ["gosuslugi", "login", "children", "data", "remedy", "school", "background", "faq"]
paragraph = ("Чтобы войти в **Дневник.ру**, нужна *подтверждённая* учётная запись на Госуслугах. "
             "Дневник.ру сверяет ФИО и СНИЛС (детям до 14 лет — ФИО и дату рождения), поэтому данные "
             "в обеих системах должны совпадать буква в букву, включая «е» и «ё». ")
for i in range(count):
    related = ", ".join(f"article-{target(i + k)}" for k in (1, 7, 13) if target(i + k) != i)
    restriction = f"regions: [{regions[i % len(regions)][0]}]\n" if i % 10 == 9 else ""
    hotline = "Горячая линия: {{region.hotline}}.\n\n" if restriction else ""
    body = [f"Для школ {{{{region.name_in}}}}: {paragraph}\n\n{hotline}## Шаги\n\n"]
    for step in range(1, 9):
        body.append(f"{step}. Откройте {{{{region.site}}}} и нажмите «Войти через Госуслуги», "
                    f"затем смотрите [статью {step}](article-{target(i + step)}#шаги).\n")
    body.append("\n## Если не получилось\n\n" + paragraph * 3 + "\n\n")
    body.append("| Возраст | Что сверяют |\n|---|---|\n| до 14 | ФИО и дата рождения |\n| 14 и старше | ФИО и СНИЛС |\n\n")
    body.append(f"> {{{{region.support}}}} Подробнее: [куда обращаться](article-0#если-не-получилось), "
                "<https://gosuslugi.ru>.\n")
    write(f"articles/article-{i}.md", f"---\ntitle: Статья {i} о входе через Госуслуги\n"
          f"summary: \"Что делать, если: случай {i}\"\naudience: [parent, student-14-17]\n"
          f"topic: {topics[i % len(topics)]}\nupdated: 2024-09-01\n{restriction}related: [{related}]\n"
          f"order: {i % 50}\n---\n" + "".join(body))
PY

echo "building spravka (release, scratch path $scratch)…" >&2
swift build -c release --scratch-path "$scratch" --product spravka >&2
spravka="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/spravka"

files=$(find "$corpus/Articles" -name '*.md' | wc -l)
bytes=$(du -sk "$corpus/Articles" | cut -f1)
echo "corpus: $count articles, $files files, ${bytes} KiB" >&2

# The corpus is clean: a check that finds anything is a broken benchmark.
if ! output=$(cd "$corpus" && "$spravka" check); then
    echo "$output" | tail -20 >&2
    echo "the generated corpus does not check clean" >&2
    exit 1
fi
echo "$output" | tail -1 >&2

# Wall time is what a person waits; CPU time (user + sys) is steadier on a shared machine.
times=()
cpus=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    cpu=$( { cd "$corpus" && SWIFT_BACKTRACE=enable=no TIMEFORMAT='%3U %3S' bash -c "time '$spravka' check >/dev/null"; } 2>&1 )
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    cpus+=($(echo "$cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }'))
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "spravka check, $count articles: median $(median "${times[@]}") ms wall, $(median "${cpus[@]}") ms CPU, of $runs runs (wall: ${times[*]} ms; load average: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'))"
