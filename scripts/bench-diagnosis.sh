#!/usr/bin/env bash
# Measures how many questions `spravka diagnose` asks (release build; not part of the timed tests).
#
# 1. Over the WHOLE answer space: every combination of answers to every fact of the contract
#    (`unknown` included; implied facts take their implied value), each counted once. For
#    `--until all` and `--until first-fix`: mean and worst number of questions, and the lower
#    bound for each combination (the fewest facts that settle it, or for first-fix that show a
#    cause certain or settle it: what a caller whose answers were known in advance could get
#    away with). `tree --stats --until first-fix` also checks first-fix's promises on every
#    combination.
# 2. On a SKEWED HOTLINE: calls drawn from the distribution below (generated here, seeded).
#    The hotline's log is what its operators' interviews (`spravka diagnose`, `--until all` by
#    default; no weights yet) would have written for a first batch of calls (`spravka stats
#    --replay --log`); `spravka stats --write-weights` learns the answers' weights from it into
#    a copy of Articles/; then a fresh batch from the same distribution is replayed in both
#    modes with and without those weights. The same is reported for weights learnt from a log
#    of first-fix interviews, which only ever saw the questions asked before a first fix.
#
# Goals (exit 1 when missed):
#   - `all`: mean within 5 % of its lower bound (version 1's goal);
#   - first-fix asks at least 20 % fewer questions than `all` over every combination;
#   - on the skewed hotline, learnt weights ask at least 10 % fewer questions than none
#     (first-fix, the wizard's and the short call's mode).
#
# The skewed hotline (shares of calls; every fact a scenario does not set is answered as for
# a caller with nothing wrong, or «Не знаю» with probability 0.15):
#   30 %  profile-not-found, the parent's Gosuslugi account is simplified or standard
#   20 %  profile-not-found, FIO differs between Gosuslugi and Dnevnik.ru
#   12 %  no-children-visible, the family link is missing in Dnevnik.ru
#   10 %  gosuslugi-login-fails, a confirmed account (lost password)
#    8 %  asks-dnevnik-login, no SNILS in the Dnevnik.ru profile
#    7 %  wrong-profile, someone else still signed in
#    5 %  profile-not-found, a pupil under 14 without a child account
#    8 %  other or «Не знаю», nothing found (escalate)
#
# Usage: scripts/bench-diagnosis.sh [CALLS]   (CALLS per batch, default 4000)
# Environment: SCRATCH (build folder, default .build-bench-diagnosis).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build-bench-diagnosis}"
calls="${1:-4000}"

swift build -c release --scratch-path "$scratch" --product spravka >&2
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
spravka="$bin/spravka"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== the whole answer space (release build, $(uname -sm))"
"$spravka" tree --stats --until all | tee "$work/all.txt"
echo
"$spravka" tree --stats --until first-fix | tee "$work/first-fix.txt"
field() { awk -v key="$2" -v n="$3" '$0 ~ key { print $n; exit }' "$work/$1.txt" | tr -d ','; }
all_mean="$(field all "questions asked" 4)"; all_max="$(field all "questions asked" 6)"
all_bound="$(awk '/lower bound/ { getline; print $2; exit }' "$work/all.txt" | tr -d ',')"
ff_mean="$(field first-fix "questions asked" 4)"; ff_max="$(field first-fix "questions asked" 6)"
ff_bound="$(awk '/lower bound/ { getline; print $2; exit }' "$work/first-fix.txt" | tr -d ',')"
promises="$(awk -F': *' '/first-fix promises/ { print $2; exit }' "$work/first-fix.txt")"

echo
echo "== a skewed hotline: $calls calls to learn from, $calls fresh calls to measure"
python3 - "$calls" "$work" <<'PY'
import json, random, sys
calls, work = int(sys.argv[1]), sys.argv[2]
fine = {
    "who": "parent", "age": "18-plus", "gosuslugi_account": "confirmed", "gosuslugi_login_ok": "yes",
    "teen_linked_to_parent": "yes", "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes",
    "snils_match": "yes", "birthdate_match": "yes", "family_linked_in_dnevnik": "yes",
    "signed_in_elsewhere": "no", "region_choice": "correct",
}
scenarios = [  # share, what the scenario sets
    (30, lambda r: {"symptom": "profile-not-found", "gosuslugi_account": r.choice(["simplified", "standard"])}),
    (20, lambda r: {"symptom": "profile-not-found", "fio_match": "no"}),
    (12, lambda r: {"symptom": "no-children-visible", "family_linked_in_dnevnik": "no"}),
    (10, lambda r: {"symptom": "gosuslugi-login-fails"}),
    (8, lambda r: {"symptom": "asks-dnevnik-login", "snils_in_dnevnik": "no"}),
    (7, lambda r: {"symptom": "wrong-profile", "signed_in_elsewhere": "yes"}),
    (5, lambda r: {"symptom": "profile-not-found", "who": "student", "age": "under-14", "gosuslugi_account": "none"}),
    (8, lambda r: {"symptom": r.choice(["other", "unknown"])}),
]
def call(r):
    pick = r.randrange(100)
    for share, make in scenarios:
        if pick < share:
            answers = make(r)
            break
        pick -= share
    for fact, value in fine.items():
        if fact not in answers:
            answers[fact] = "unknown" if r.random() < 0.15 else value
    # What the answers imply (docs/architecture.md: implied facts), so that no call contradicts itself.
    if answers["who"] in ("parent", "staff"): answers["age"] = "18-plus"
    symptom = answers["symptom"]
    if symptom == "gosuslugi-login-fails": answers["gosuslugi_login_ok"] = "no"
    elif symptom not in ("other", "unknown"): answers["gosuslugi_login_ok"] = "yes"
    if answers["snils_in_dnevnik"] == "no": answers["snils_match"] = "unknown"
    if answers["snils_match"] in ("yes", "no"): answers["snils_in_dnevnik"] = "yes"
    return {"v": 1, "date": "2026-09-%02d" % (1 + r.randrange(30)), "region": "55",
            "answers": answers, "causes": [], "questions": 0}
for name, seed in (("history", 1), ("fresh", 2)):
    r = random.Random(seed)
    with open(f"{work}/{name}.jsonl", "w") as out:
        for _ in range(calls):
            out.write(json.dumps(call(r), ensure_ascii=False, separators=(",", ":")) + "\n")
PY
# The hotline's log: its operators' interviews of the first batch, before any weights; the
# weights learnt from it go into a copy of Articles/ (and from a first-fix log into another).
learn() { # MODE: log the first batch in MODE, learn weights into $work/Articles-MODE
    "$spravka" stats "$work/history.jsonl" --replay --until "$1" --log "$work/log-$1.jsonl" >/dev/null
    cp -R Articles "$work/Articles-$1"
    for question in "$work/Articles-$1"/diagnosis/questions/*.md; do
        grep -q '^weights:' "$question" && { echo "Articles/ already has weights; the bench needs it without"; exit 1; }
    done
    "$spravka" stats "$work/log-$1.jsonl" --write-weights --articles "$work/Articles-$1" > "$work/weights-$1.txt"
    "$spravka" check --articles "$work/Articles-$1" >/dev/null || { echo "the written weights do not pass spravka check"; exit 1; }
}
learn all
learn first-fix
echo "weights learnt from the log of --until all interviews:"
sed -n '/Веса/,$p' "$work/weights-all.txt" | sed -E 's#[^ ]*/(Articles-all/)#\1#'
: > "$work/replay.txt"
replay() { "$spravka" stats "$work/fresh.jsonl" --replay --until "$1" ${2:+--articles "$2"} | tee -a "$work/replay.txt"; }
replay first-fix; replay first-fix "$work/Articles-all"; replay all; replay all "$work/Articles-all"
replay first-fix "$work/Articles-first-fix"; replay all "$work/Articles-first-fix"
mean() { sed -n "$1p" "$work/replay.txt" | sed -E 's/.*в среднем ([0-9.]+).*/\1/'; }
worst() { sed -n "$1p" "$work/replay.txt" | sed -E 's/.*больше всего ([0-9]+).*/\1/'; }
skew_ff="$(mean 1)"; skew_ff_w="$(mean 2)"; skew_all="$(mean 3)"; skew_all_w="$(mean 4)"
skew_ff_wf="$(mean 5)"; skew_all_wf="$(mean 6)"

echo
echo "== summary"
awk -v am="$all_mean" -v ax="$all_max" -v ab="$all_bound" -v fm="$ff_mean" -v fx="$ff_max" -v fb="$ff_bound" \
    -v sf="$skew_ff" -v sfw="$skew_ff_w" -v sa="$skew_all" -v saw="$skew_all_w" -v wf="$(worst 2)" -v w0="$(worst 1)" \
    -v sfwf="$skew_ff_wf" -v sawf="$skew_all_wf" '
function fewer(with, without) { d = (1 - with / without) * 100; return d >= 0 ? sprintf("%.1f %% fewer", d) : sprintf("%.1f %% more", -d) }
BEGIN {
    printf "every combination   all:       mean %.4f, worst %d; lower bound mean %.4f (%.2f %% above)\n", am, ax, ab, (am / ab - 1) * 100
    printf "every combination   first-fix: mean %.4f, worst %d; lower bound mean %.4f (%.2f %% above)\n", fm, fx, fb, (fm / fb - 1) * 100
    printf "first-fix asks %.1f %% fewer questions than all (goal: at least 20 %%)\n", (1 - fm / am) * 100
    printf "skewed hotline      first-fix: %.4f without weights (worst %d), %.4f with learnt weights (worst %d): %s (goal: at least 10 %% fewer)\n", sf, w0, sfw, wf, fewer(sfw, sf)
    printf "skewed hotline      all:       %.4f without weights, %.4f with learnt weights: %s\n", sa, saw, fewer(saw, sa)
    printf "  weights learnt from first-fix interviews instead: first-fix %.4f (%s), all %.4f (%s)\n", sfwf, fewer(sfwf, sf), sawf, fewer(sawf, sa)
}'
echo "first-fix promises: $promises"

status=0
awk -v m="$all_mean" -v b="$all_bound" 'BEGIN { exit !(m / b - 1 > 0.05) }' && { echo "FAIL: all is more than 5 % above its lower bound"; status=1; }
awk -v a="$all_mean" -v f="$ff_mean" 'BEGIN { exit !(f > 0.8 * a) }' && { echo "FAIL: first-fix asks less than 20 % fewer questions than all"; status=1; }
awk -v s="$skew_ff" -v w="$skew_ff_w" 'BEGIN { exit !(w > 0.9 * s) }' && { echo "FAIL: learnt weights save less than 10 % on the skewed hotline"; status=1; }
case "$promises" in hold*) ;; *) echo "FAIL: first-fix breaks its promises"; status=1 ;; esac
[ "$status" -eq 0 ] && echo "OK: every goal met"
exit "$status"
