"""Date resolution on real news (issue 3): our resolver against plain dateparser, in one run.

``python -m tui.bench resolver [--devset PATH] [--misses N]``

Scores exact TIMEX3 value match on the dev set's rows not anchored to another expression, for
``tui.dates.resolve`` and for plain ``dateparser.parse`` (the anchor as RELATIVE_BASE, past dates
preferred; its day counts as right when it falls in the annotated year, month or day), then times ``timeline when --batch`` over every row against a
plain dateparser loop over the same rows, each as a whole process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "resolver-devset.tsv"
DATEPARSER_LOOP = """
import sys, dateparser
from datetime import datetime
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or line.startswith("doc\\t"):
        continue
    fields = line.rstrip("\\n").split("\\t")
    anchor = datetime.fromisoformat(fields[1])
    dateparser.parse(fields[3], settings={"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past"})
"""


def rows(devset: Path) -> list[list[str]]:
    """The dev set's data rows: doc, anchor, type, expression, value, mod, anchored_to."""
    lines = [line.rstrip("\n").split("\t") for line in devset.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return [r for r in lines[1:] if len(r) >= 7]


def _plain_dateparser_value(expression: str, anchor_text: str) -> str | None:
    import dateparser

    from ..dates import parse_anchor

    parsed = dateparser.parse(expression, languages=["en"],
                              settings={"RELATIVE_BASE": parse_anchor(anchor_text), "PREFER_DATES_FROM": "past"})
    return parsed.date().isoformat() if parsed else None


def _dateparser_agrees(day: str | None, value: str) -> bool:
    """Dateparser only answers days, so it gets the benefit of the doubt: its day counts as right
    when it falls in the annotated year, month or day ("1997-10-08" for "1997-10")."""
    return day is not None and value[:1].isdigit() and "W" not in value and "Q" not in value \
        and day.startswith(value)


def accuracy(data: list[list[str]], misses: int) -> tuple[float, float, int]:
    """(ours, dateparser's) share of exact values, and the number of rows scored."""
    from ..dates import Resolution, parse_anchor, resolve

    scored = [r for r in data if r[6] != "other"]
    ours = theirs = 0
    wrong: Counter[str] = Counter()
    for _, anchor_text, _, expression, value, _, _ in (r[:7] for r in scored):
        result = resolve(expression, parse_anchor(anchor_text), anchor_label="the source's publication")
        got = result.value if isinstance(result, Resolution) else None
        ours += got == value
        if got != value:
            wrong[f"{expression!r} @ {anchor_text[:10]}: got {got or result.reason}, annotated {value}"] += 1
        theirs += _dateparser_agrees(_plain_dateparser_value(expression, anchor_text), value)
    for line, count in wrong.most_common(misses):
        print(f"  {count:3d}× {line}")
    return ours / len(scored), theirs / len(scored), len(scored)


def timing(devset: Path, data: list[list[str]]) -> tuple[float, float]:
    """Whole-process seconds for `timeline when --batch` and for a plain dateparser loop."""
    batch_input = "".join(f"{r[1]}\t{r[3]}\n" for r in data).encode()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "when", "--batch"], input=batch_input,
                   stdout=subprocess.DEVNULL, check=True)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", DATEPARSER_LOOP, str(devset)], stdout=subprocess.DEVNULL, check=True)
    return ours, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Print both scores, the error ratio and the speed ratio against their targets."""
    parser = argparse.ArgumentParser(prog="python -m tui.bench resolver", description=__doc__)
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--misses", type=int, default=0, help="show the N most common misses")
    args = parser.parse_args(argv)
    if not args.devset.exists():
        print(f"resolver dev set not found at {args.devset}", file=sys.stderr)
        return 2
    data = rows(args.devset)
    ours, theirs, count = accuracy(data, args.misses)
    error_ratio = (1 - theirs) / (1 - ours) if ours < 1 else float("inf")
    ours_s, theirs_s = timing(args.devset, data)
    checks = [
        (f"exact on {count} rows not anchored to another expression", f"{ours:.1%}", ours >= 0.90, ">= 90%"),
        ("plain dateparser on the same rows", f"{theirs:.1%}", True, "baseline"),
        ("fewer errors than dateparser", f"{error_ratio:.2f}x", error_ratio >= 3, ">= 3x"),
        (f"when --batch {ours_s:.2f}s vs dateparser loop {theirs_s:.2f}s", f"{ours_s / theirs_s:.2f}x",
         ours_s / theirs_s <= 0.5, "<= 0.5x"),
    ]
    for name, value, ok, target in checks:
        print(f"{name:58} {value:>8}  target {target:8} {'PASS' if ok else 'FAIL'}")
    return 0 if all(ok for _, _, ok, _ in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
