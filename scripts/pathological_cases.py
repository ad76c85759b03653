"""The hostile inputs of cmark's pathological_tests.py and the foundation issue, shared by
scripts/bench-pathological.sh. Each case maps a size n to its Markdown input."""

CASES = {
    "nested strong emph": lambda n: "*a **a " * n + "b" + " a** a*" * n,
    "many emph closers with no openers": lambda n: "a_ " * n,
    "many emph openers with no closers": lambda n: "_a " * n,
    "many link closers with no openers": lambda n: "a]" * n,
    "many link openers with no closers": lambda n: "[a" * n,
    "mismatched openers and closers": lambda n: "*a_ " * n,
    "openers and closers multiple of 3": lambda n: "a**b" + "c* " * n,
    "link openers and emph closers": lambda n: "[ a_" * n,
    "pattern [ (]( repeated": lambda n: "[ (](" * n,
    "nested brackets": lambda n: "[" * n + "a" + "]" * n,
    "nested block quotes": lambda n: "> " * n + "a",
    # These two grow quadratically with their count, so they use fewer repetitions.
    "deeply nested lists": lambda n: "".join("  " * i + "* a\n" for i in range(n // 30)),
    "backticks of growing length": lambda n: "".join("e" + "`" * i for i in range(1, n // 30)),
    "unclosed links A": lambda n: "[a](<b" * n,
    "unclosed links B": lambda n: "[a](b" * n,
    "image in brackets ![[]()": lambda n: "![[]()" * n,
    "unclosed <!--": lambda n: "</" + "<!--" * n,
    "many < without >": lambda n: "<a" * n,
    "many entities": lambda n: "&" * n,
    "table with thousands of columns": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n" + ("|" + "b|" * n + "\n") * 3,
    "many table rows": lambda n: "| a | b |\n|---|---|\n" + "| c | d |\n" * n,
    "many link reference definitions": lambda n: "".join(f"[l{i}]: /u{i}\n" for i in range(n)) + "[l0] [l1]\n",
}
