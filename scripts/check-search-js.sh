#!/usr/bin/env bash
# Proves that the browser search (site/js/search.js) gives the same answers as the Swift
# search (Sources/SiteBuilder/Search/): replays in Node the stems, tokens, layout conversions
# and query results that the Swift side recorded in Tests/SiteBuilderTests/Fixtures/Search/
# (SearchCorpusTests checks that Swift still gives those answers). Exits 1 on any mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then
    echo "== installing Node.js"
    apt-get update -qq && apt-get install -y -qq nodejs >/dev/null
fi
exec node scripts/check-search-js.js
