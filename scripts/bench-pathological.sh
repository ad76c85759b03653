#!/usr/bin/env bash
# Times `spravka markdown` (release) on each hostile input at size n and 2n; linear time
# shows as a ratio near 2. cmark's time at 2n is printed beside it for comparison.
#
#   scripts/bench-pathological.sh [N]      (default 30000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-30000}"
command -v cmark >/dev/null || { apt-get update -qq && apt-get install -y -qq cmark >/dev/null; }
if [ -n "${SPRAVKA_BIN:-}" ]; then
    spravka="$SPRAVKA_BIN"   # an already built release binary
else
    swift build -c release --product spravka >/dev/null
    spravka="$(swift build -c release --show-bin-path)/spravka"
fi
python3 - "$spravka" "$n" <<'PY'
import subprocess, sys, time
sys.path.insert(0, "scripts")
from pathological_cases import CASES
spravka, n = sys.argv[1], int(sys.argv[2])

def run(cmd, data, limit=60):
    best = None
    for _ in range(3):
        start = time.perf_counter()
        try:
            subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=limit)
        except subprocess.TimeoutExpired:
            return float("inf")
        except subprocess.CalledProcessError:
            return float("nan")
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best

print(f"{'case':40} {'bytes(2n)':>10} {'n':>9} {'2n':>9} {'ratio':>6} {'cmark 2n':>9}")
worst = 0.0
for name, make in CASES.items():
    small, large = make(n).encode(), make(2 * n).encode()
    t1 = run([spravka, "markdown"], small)
    t2 = run([spravka, "markdown"], large)
    tc = run(["cmark"], large, limit=20)
    worst = max(worst, t2)
    cm = "timeout" if tc == float("inf") else ("crashed" if tc != tc else f"{tc*1000:7.0f}ms")
    print(f"{name:40} {len(large):>10} {t1*1000:7.0f}ms {t2*1000:7.0f}ms {t2/max(t1,1e-4):6.2f} {cm:>9}")
print(f"slowest at 2n: {worst*1000:.0f} ms")
PY
