"""Generate large, realistic timelines for benchmarks and scale tests.

Events use the `when` expressions real news timelines use, anchors on earlier events,
tags, and quotes that occur verbatim in their sources' texts. Output is deterministic for a seed.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

WHENS = (
    "Saturday",
    "on Monday",
    "last Friday",
    "yesterday",
    "today",
    "overnight",
    "last night",
    "early Sunday",
    "late Saturday",
    "Tuesday night",
    "this morning",
    "five days ago",
    "nearly a week ago",
    "last week",
    "this month",
    "in March",
    "early December",
    "last summer",
    "the third quarter",
    "2015",
    "the 1990s",
    "recently",
    "two weeks ago",
    "about three years ago",
)
ANCHORED_WHENS = ("the next day", "the day before", "two days later", "hours later", "overnight")
TAGS = (
    "airstrike",
    "diplomacy",
    "aid",
    "ceasefire",
    "un",
    "russia",
    "us",
    "aleppo",
    "deir-ez-zor",
    "casualties",
)
WORDS = [
    "officials",
    "said",
    "the",
    "convoy",
    "reached",
    "the",
    "city",
    "after",
    "talks",
    "stalled",
    "while",
    "monitors",
    "reported",
    "shelling",
    "near",
    "the",
    "northern",
    "districts",
    "and",
    "ministers",
    "met",
    "to",
    "discuss",
    "the",
    "agreement",
    "under",
    "pressure",
    "from",
    "allies",
]
SENTENCES_PER_ARTICLE = 40


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def _yaml_text(value: str) -> str:
    """Double-quote a string for YAML so that no value is misread."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(events: int, *, seed: int = 1, per_source: int = 50, inline: bool = True) -> str:
    """The YAML text of a timeline of ``events`` events, one source per ``per_source`` events."""
    rng = random.Random(seed)
    sources = max(1, events // per_source)
    out: list[str] = [
        f"title: Generated timeline of {events} events",
        "summary: Synthetic events with realistic date expressions for benchmarks.",
        "timezone: UTC",
        "sources:",
    ]
    texts: list[list[str]] = []
    base = date(2016, 9, 18)
    for s in range(sources):
        published = base - timedelta(days=s * 3)
        sentences = [_sentence(rng) for _ in range(SENTENCES_PER_ARTICLE)]
        texts.append(sentences)
        out += [
            f"  src-{s}:",
            f"    title: {_yaml_text(f'Report {s} on the ceasefire')}",
            "    outlet: Example News",
            f"    url: https://news.example.org/{s}",
            f"    published: {published.isoformat()}",
        ]
        if inline:
            out.append("    text: |")
            out += [f"      {line}" for line in sentences]
    out.append("events:")
    for i in range(events):
        s = min(i // per_source, sources - 1)
        anchored = i % per_source and rng.random() < 0.2
        when = rng.choice(ANCHORED_WHENS) if anchored else rng.choice(WHENS)
        quote = rng.choice(texts[s])
        out += [
            f"  - id: e{i}",
            f"    title: {_yaml_text(f'Event {i}: ' + _words(rng, 5))}",
            f"    when: {_yaml_text(when)}",
            f"    source: src-{s}",
        ]
        if anchored:
            out.append(f"    anchor: e{i - 1}")
        out += [
            f"    tags: [{', '.join(rng.sample(TAGS, 2))}]",
            f"    details: {_yaml_text(_sentence(rng))}",
            "    quotes:",
            f"      - text: {_yaml_text(quote[:60].rsplit(' ', 1)[0])}",
            "        by: A spokesman",
        ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write a generated timeline: ``python -m tests.bench generate 10000 -o big.yaml``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("events", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    Path(args.output).write_text(generate(args.events, seed=args.seed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
