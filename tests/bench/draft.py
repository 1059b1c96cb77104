"""How well `timeline draft` finds and resolves the date expressions of real news (issue 6).

``python -m tests.bench draft [--devset PATH] [--misses N]``

Each article of the dev set is drafted. A drafted event is a hit when its `when` overlaps a DATE
or TIME expression the annotators marked and its resolved value equals theirs. Precision is hits
over drafted events, recall is annotated expressions hit over all of them. Values are compared as
the resolver benchmark compares them (ISO week numbers zero-padded).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tests.bench.resolver import canonical
from tui.core.model import Resolution
from tui.dates import parse_anchor
from tui.formats.draft import propose

DEFAULT_DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "draft-devset.jsonl"
TARGET_F1 = 0.80


def score(devset: Path, show_misses: int = 0) -> tuple[float, float, float]:
    """Draft every article and return (precision, recall, F1); print a sample of misses if asked."""
    drafted = hits = gold_total = gold_hit = 0
    misses: Counter[str] = Counter()
    for line in devset.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        anchor = parse_anchor(doc["published"])
        gold = [t for t in doc["timexes"] if t["type"] in ("DATE", "TIME")]
        gold_total += len(gold)
        matched: set[int] = set()
        touched: set[int] = set()
        for proposal in propose(doc["text"], anchor):
            drafted += 1
            value = proposal.result.value if isinstance(proposal.result, Resolution) else None
            overlapping = [
                i
                for i, t in enumerate(gold)
                if t["start"] < proposal.end and proposal.start < t["end"]
            ]
            touched.update(overlapping)
            good = [i for i in overlapping if canonical(gold[i]["value"]) == value]
            if good:
                hits += 1
                matched.update(good)
            else:
                want = gold[overlapping[0]]["value"] if overlapping else "(not annotated)"
                misses[f"{proposal.when!r}: drafted {value}, annotated {want}"] += 1
        gold_hit += len(matched)
        for i, t in enumerate(gold):
            if i not in touched:
                misses[f"{t['text']!r}: not drafted (annotated {t['value']})"] += 1
    precision = hits / drafted if drafted else 0.0
    recall = gold_hit / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"drafted events {drafted}, hits {hits}; annotated DATE/TIME {gold_total}, found {gold_hit}"
    )
    if show_misses:
        for text, count in misses.most_common(show_misses):
            print(f"  {count:3d}× {text}")
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    """Print precision, recall and F1 against the target; exit 1 below it."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench draft", description=__doc__)
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--misses", type=int, default=0, help="show the N most common misses")
    args = parser.parse_args(argv)
    if not args.devset.exists():
        print(f"draft dev set not found at {args.devset}", file=sys.stderr)
        return 2
    precision, recall, f1 = score(args.devset, args.misses)
    verdict = "PASS" if f1 >= TARGET_F1 else "FAIL"
    print(
        f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (target F1 >= {TARGET_F1}) {verdict}"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
