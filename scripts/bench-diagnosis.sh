#!/usr/bin/env bash
# Measures how many questions `spravka diagnose` asks, over the WHOLE answer space.
#
# Enumerates every combination of answers to every fact of the diagnostic contract
# (`unknown` included; implied facts take their implied value), runs the interview's own
# choice of questions on each, and compares with the lower bound: for each combination, the
# smallest set of facts whose values decide every cause, found by search. Target: the mean
# within 5 % of the lower bound's mean. Exits 1 when the target is missed.
#
# Usage: scripts/bench-diagnosis.sh [--symptom S]
# Environment: SCRATCH (build folder, default .build-bench-diagnosis).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build-bench-diagnosis}"

swift build -c release --scratch-path "$scratch" --product spravka >&2
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"

echo "spravka tree --stats $*  (release build, $(uname -sm))"
output="$("$bin/spravka" tree --stats "$@")"
echo "$output"

excess="$(echo "$output" | awk '/mean above lower bound/ { print $5 }')"
if awk -v e="$excess" 'BEGIN { exit !(e > 5.0) }'; then
    echo "FAIL: mean is $excess % above the lower bound (target: within 5 %)"
    exit 1
fi
echo "OK: mean is $excess % above the lower bound (target: within 5 %)"
