#!/usr/bin/env bash
# The differential suite: Spravka against cmark (CommonMark) and cmark-gfm (GFM) on the
# peers' regression suites and the spec examples inside containers
# (Tests/MarkdownTests/Differential/), with the per-source counts; installs cmark and
# cmark-gfm if they are missing. `swift test` runs the same tests when the tools are there.
#
#   scripts/diff-markdown.sh
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v cmark >/dev/null || need+=(cmark)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
SPRAVKA_REQUIRE_TOOLS=1 swift test --filter 'MarkdownTests.DifferentialTests' >"$log" 2>&1
status=$?
set -e
grep '^differential,' "$log" || { tail -40 "$log"; exit 1; }
if [ "$status" -ne 0 ]; then
    # Every difference in full: the input, cmark's HTML and Spravka's.
    grep -A40 'differs from' "$log" | head -400
fi
exit "$status"
