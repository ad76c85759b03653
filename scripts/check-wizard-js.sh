#!/usr/bin/env bash
# Proves that the browser engine (site/js/engine.js, used by the wizard and the operators' console) gives the same answers as the
# Swift engine of `spravka diagnose` (Sources/Diagnosis/Engine/) on every path through the
# interview, in both modes (`--until all` and `--until first-fix`, with «Проверить остальные
# причины» after a first fix), without answer weights and with them: both list every reachable
# interview state (the question asked and the length shown, or the findings; see
# Tests/SiteBuilderTests/Wizard/WizardEnumeration.swift) and the lists must be identical.
# The same run checks first-fix's promises on every combination of answers
# (Tests/DiagnosisTests/AnswerSpace/FirstFixCheckTests.swift). Exits 1 on the first difference.
#
# SPRAVKA_SCRATCH_PATH picks the build folder (default .build, which `swift test` has built).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then
    echo "== installing Node.js"
    apt-get update -qq && apt-get install -y -qq nodejs >/dev/null
fi
scratch="${SPRAVKA_SCRATCH_PATH:-.build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/swift-test.log"
start=$(date +%s)
if ! SPRAVKA_WIZARD_ENUMERATION="$work/swift.txt" SPRAVKA_WHOLE_ANSWER_SPACE=1 \
        swift test --scratch-path "$scratch" \
        --filter 'WizardParityTests.testEnumeration|FirstFixCheckTests' >"$log" 2>&1; then
    tail -40 "$log"; echo "the Swift enumeration or the first-fix check failed"; exit 1
fi
grep -h "Swift engine enumeration\|first-fix promises" "$log" || { tail -40 "$log"; echo "the Swift enumeration did not run"; exit 1; }
echo "(swift test including any build: $(( $(date +%s) - start )) s)"
node scripts/check-wizard-js.js "$work/swift.txt.contract.json" "$work/swift.txt"
node scripts/check-wizard-js.js "$work/swift.txt.weighted.contract.json" "$work/swift.txt.weighted"
