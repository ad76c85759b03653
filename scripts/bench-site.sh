#!/usr/bin/env bash
# Times `spravka build` in release mode: a clean build of every region, then a rebuild with
# nothing changed, each the best of 3, and prints pages per second. With `--hugo` it also
# builds Hugo's twin of the site (Debian's hugo): one Hugo page for every HTML page Spravka
# wrote, an article's page from the same Markdown body (region variables replaced), under a
# minimal layout. Both write to a RAM disk (/dev/shm), are timed in the same run, alternating,
# best of 3, and the ratio is printed (below 1: Spravka is faster).
#
#   scripts/bench-site.sh [--hugo]
#   SPRAVKA=/path/to/spravka scripts/bench-site.sh --hugo    (time that binary instead)
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BACKTRACE=enable=no
if [ -n "${SPRAVKA:-}" ]; then  # a given binary, e.g. an earlier build to compare with
    spravka="$SPRAVKA"
else
    swift build -c release --product spravka >/dev/null
    spravka="$(swift build -c release --show-bin-path)/spravka"
fi
ram=/dev/shm
[ -d "$ram" ] && [ -w "$ram" ] || ram="${TMPDIR:-/tmp}"
work="$(mktemp -d "$ram/bench-site.XXXXXX")"
trap 'rm -rf "$work"' EXIT
out="$work/public"
runs=3

now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.3f}')"; }
best() { printf '%s\n' "$@" | sort -g | head -1; }

spravka_clean() {  # prints wall seconds; the tool's output goes to $work/spravka.out
    rm -rf "$out"
    local start end
    start=$(now)
    "$spravka" build --output "$out" --timings >"$work/spravka.out"
    end=$(now)
    seconds "$start" "$end"
}

spravka_again() {
    local start end
    start=$(now)
    "$spravka" build --output "$out" >"$work/again.out"
    end=$(now)
    seconds "$start" "$end"
}

hugo_site="$work/hugo"
hugo_clean() {
    rm -rf "$hugo_site/public"
    local start end
    start=$(now)
    hugo --source "$hugo_site" --destination "$hugo_site/public" --quiet >/dev/null
    end=$(now)
    seconds "$start" "$end"
}

# Hugo's twin is made from the page list of a first Spravka build.
first=$(spravka_clean)
pages=$(grep -oE 'собрано: [0-9]+' "$work/spravka.out" | grep -oE '[0-9]+')

if [ "${1:-}" = "--hugo" ]; then
    command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
    mkdir -p "$hugo_site/content" "$hugo_site/layouts/_default"
    printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' > "$hugo_site/config.toml"
    printf '<!doctype html><html lang="ru"><title>{{ .Title }}</title><main>{{ .Content }}</main></html>\n' > "$hugo_site/layouts/_default/single.html"
    printf '<!doctype html><html lang="ru"><title>{{ .Title }}</title><main>{{ .Content }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</main></html>\n' > "$hugo_site/layouts/_default/list.html"
    printf '<!doctype html><html lang="ru"><title>404</title><main>Нет такой страницы</main></html>\n' > "$hugo_site/layouts/404.html"
    python3 - "$out" "$hugo_site/content" <<'PY'
import pathlib, re, sys
site, content = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
articles = pathlib.Path("Articles")

def split(path):
    """Front matter as flat `key: value` pairs, and the body."""
    text = path.read_text()
    end = text.find("\n---\n", 4)
    fields = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(": ")
        if sep and not line.startswith(" "):
            fields[key] = value.strip().strip('"')
    return fields, text[end + 5:]

defaults, _ = split(articles / "regions/_defaults.md")
regions = {}
for path in sorted((articles / "regions").glob("[0-9][0-9].md")):
    fields, body = split(path)
    values = dict(defaults) if fields.get("dnevnik_ru") in ("yes", "partly") else {}
    values.update({k: v for k, v in fields.items() if v})
    regions[path.stem] = (values, body)

def page(target, title, body):
    target.parent.mkdir(parents=True, exist_ok=True)
    title = title.replace('"', "'")
    target.write_text(f'---\ntitle: "{title}"\n---\n' + body)

for html in sorted(site.rglob("*.html")):
    parts = html.relative_to(site).parts
    if len(parts) < 2 or parts[0] not in regions:
        continue  # the chooser is Hugo's home page, the 404 page its 404 layout
    code, rest = parts[0], parts[1:-1]
    values, region_body = regions[code]
    resolve = lambda text: re.sub(r"\{\{region\.([a-z_]+)\}\}", lambda m: values.get(m.group(1), m.group(0)), text)
    source = articles / "regions" / code / f"{rest[0]}.md" if rest else None
    if source is not None and not source.exists():
        source = articles / "articles" / f"{rest[0]}.md"
    if len(rest) == 1 and source.exists():
        fields, body = split(source)
        page(content / code / f"{rest[0]}.md", resolve(fields.get("title", rest[0])), resolve(body))
    elif not rest:  # the region's home: Hugo's section page
        page(content / code / "_index.md", values.get("name", code), region_body)
    else:  # leaflet, search, wizard: the region's own text
        page(content / code / ("/".join(rest) + ".md"), "/".join(rest), region_body)
PY
fi

clean_times=("$first"); again_times=(); hugo_times=()
for run in $(seq 1 $runs); do
    [ "$run" -gt 1 ] && clean_times+=("$(spravka_clean)")
    cp "$work/spravka.out" "$work/spravka-last.out"
    again_times+=("$(spravka_again)")
    if [ "${1:-}" = "--hugo" ]; then hugo_times+=("$(hugo_clean)"); fi
done
clean=$(best "${clean_times[@]}"); again=$(best "${again_times[@]}")
cat "$work/spravka-last.out"
grep -oE 'изменено файлов: [0-9]+' "$work/again.out" | sed 's/^/no-change rebuild: /'
python3 - "$pages" "$clean" "$again" <<'PY'
import sys
pages, clean, again = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"spravka clean build: {pages} pages in {clean:.3f} s = {pages/clean:.0f} pages/s (best of 3)")
print(f"spravka no-change rebuild: {again:.3f} s = {again/clean*100:.1f}% of the clean build (best of 3)")
PY
size=$(du -sk "$out" | cut -f1)
echo "site: ${size} KiB on disk; search index of region 55: $(stat -c %s "$out/55/search-index.json") bytes"

if [ "${1:-}" = "--hugo" ]; then
    hugo_time=$(best "${hugo_times[@]}")
    hugo_pages=$(find "$hugo_site/public" -name '*.html' | wc -l)
    [ "$hugo_pages" -eq "$pages" ] || echo "warning: Hugo wrote $hugo_pages pages, Spravka $pages" >&2
    python3 - "$pages" "$clean" "$hugo_pages" "$hugo_time" <<'PY'
import sys
pages, clean, hugo_pages, hugo = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print(f"hugo clean build: {hugo_pages} pages in {hugo:.3f} s = {hugo_pages/hugo:.0f} pages/s (best of 3)")
print(f"spravka / hugo: {clean/hugo:.2f} (below 1: spravka is faster)")
PY
    echo "runs (s): spravka ${clean_times[*]}; no-change ${again_times[*]}; hugo ${hugo_times[*]}"
fi
