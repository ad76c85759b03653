#!/usr/bin/env bash
# Times `spravka build` in release mode: a clean build of every region, then a rebuild with
# nothing changed, and prints pages per second. Optionally compares with Hugo building the
# same number of Markdown pages (Debian's hugo), with `--hugo`.
#
#   scripts/bench-site.sh [--hugo]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product spravka >/dev/null
spravka="$(swift build -c release --show-bin-path)/spravka"
out="$(mktemp -d)/public"

measure() {  # prints wall seconds and the tool's own output
    local start end
    start=$(date +%s.%N)
    "$@" >/tmp/bench-site.out
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}

clean=$(measure "$spravka" build --output "$out" --timings)
pages=$(grep -oE 'собрано: [0-9]+' /tmp/bench-site.out | grep -oE '[0-9]+')
cat /tmp/bench-site.out
again=$(measure "$spravka" build --output "$out")
grep -oE 'изменено файлов: [0-9]+' /tmp/bench-site.out | sed 's/^/no-change rebuild: /'
python3 - "$pages" "$clean" "$again" <<'PY'
import sys
pages, clean, again = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"clean build: {pages} pages in {clean:.2f} s = {pages/clean:.0f} pages/s")
print(f"no-change rebuild: {again:.2f} s ({again/clean*100:.0f}% of the clean build)")
PY
size=$(du -sk "$out" | cut -f1)
echo "site: ${size} KiB on disk; search index of region 55: $(stat -c %s "$out/55/search-index.json") bytes"

if [ "${1:-}" = "--hugo" ]; then
    command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
    site="$(mktemp -d)"
    mkdir -p "$site/content" "$site/layouts/_default"
    printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' > "$site/config.toml"
    printf '<!doctype html><html lang="ru"><title>{{ .Title }}</title><main>{{ .Content }}</main></html>\n' > "$site/layouts/_default/single.html"
    printf '<!doctype html><html lang="ru"><title>{{ .Title }}</title><main>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</main></html>\n' > "$site/layouts/_default/list.html"
    # The same articles, once per region, as Hugo content.
    python3 - "$site/content" <<'PY'
import pathlib, re, sys
out = pathlib.Path(sys.argv[1])
regions = sorted(p.stem for p in pathlib.Path("Articles/regions").glob("[0-9][0-9].md"))
for region in regions:
    (out / region).mkdir(parents=True, exist_ok=True)
    for path in sorted(pathlib.Path("Articles/articles").glob("*.md")):
        text = path.read_text()
        end = text.find("\n---\n", 4)
        title = next((l[7:] for l in text[4:end].splitlines() if l.startswith("title: ")), "x").replace('"', "'")
        (out / region / path.name).write_text(f'---\ntitle: "{title}"\n---\n' + text[end + 5:])
PY
    hugo_time=$(measure hugo --source "$site" --destination "$site/public" --quiet)
    hugo_pages=$(find "$site/public" -name '*.html' | wc -l)
    python3 -c "print(f'hugo: {$hugo_pages} pages in {$hugo_time:.2f} s = {$hugo_pages/$hugo_time:.0f} pages/s')"
fi
