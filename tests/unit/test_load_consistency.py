"""`check` compares an event's `when` with the dates its own quotes name."""

from __future__ import annotations

import pytest

from tui.load.loader import load_text

ARTICLE = "Officials said the talks began on Wednesday and ended on Friday, in September."
TIMELINE = f"""\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    text: "{ARTICLE}"
events:
  - title: Talks
    when: {{when}}
    quotes:
      - text: {{quote}}
"""


def _warnings(when: str, quote: str) -> list[str]:
    text = TIMELINE.format(when=when, quote=quote)
    return [d.message for d in load_text(text, "t.yaml").diagnostics]


def test_a_quote_that_dates_the_event_otherwise_earns_a_warning_naming_both():
    assert _warnings("on Tuesday", "the talks began on Wednesday") == [
        "when 'on Tuesday' gives Tue 13 Sep 2016, but its quote says 'on Wednesday', "
        "which gives Wed 14 Sep 2016"
    ]


@pytest.mark.parametrize(
    ("when", "quote"),
    [
        ("on Wednesday", "the talks began on Wednesday"),
        ("on Friday", "the talks began on Wednesday and ended on Friday"),
        ("2016-09-14", "the talks began on Wednesday"),
        ("on Wednesday", "ended on Friday, in September"),
        ("on Wednesday", "Officials said the talks"),
    ],
    ids=["the same", "one of several", "the same day written otherwise", "a coarser date", "none"],
)
def test_a_quote_that_agrees_or_names_no_date_is_fine(when, quote):
    assert _warnings(when, quote) == []


def test_an_anchored_event_is_not_compared_with_its_quotes():
    text = TIMELINE.format(when="on Wednesday", quote="the talks began on Wednesday") + (
        "  - title: End\n    anchor: talks\n    when: two days later\n"
        "    quotes: [the talks began on Wednesday]\n"
    )
    text = text.replace("  - title: Talks\n", "  - id: talks\n    title: Talks\n")
    assert [d.message for d in load_text(text, "t.yaml").diagnostics] == []
