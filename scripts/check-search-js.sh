#!/usr/bin/env bash
# Proves that the browser search (site/js/search.js) gives the same answers as the Swift
# search (Sources/SiteBuilder/Search/): replays in Node the stems, tokens, layout conversions
# and ranked query results (scores, weak answers; synonyms and BM25F included) that the Swift
# side recorded in Tests/SiteBuilderTests/Fixtures/Search/ on the indexes of regions 55 and 77
# (SearchCorpusTests checks that Swift still gives those answers). Exits 1 on any mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then
    echo "== installing Node.js"
    apt-get update -qq && apt-get install -y -qq nodejs >/dev/null
fi
exec node scripts/check-search-js.js
