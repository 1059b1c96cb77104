"""`check` compares an event's `when` with the dates its own quotes name."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from tests.support import REPO
from tui.dates import find_expressions, resolve
from tui.dates.words import may_name_a_date
from tui.load.loader import load_text

DRAFT_DEVSET = next(
    (p / "shared" / "draft-devset.jsonl" for p in REPO.parents if (p / "shared").is_dir()),
    REPO.parent / "shared" / "draft-devset.jsonl",
)

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


@pytest.mark.parametrize(
    "quote",
    [
        "the talks began at Christmas",
        "the talks began on Thanksgiving",
        "the talks began at Easter",
        "the talks began in nineteen ninety-six",
        "the talks began on Halloween",
    ],
)
def test_a_quote_naming_a_holiday_or_a_spelled_year_is_compared_too(quote):
    (warning,) = [w for w in _warnings("on Tuesday", quote) if w.startswith("when ")]
    assert "but its quote says" in warning


def _dated_expressions(sentence: str, anchor: datetime) -> list[str]:
    found = [f.text for f in find_expressions(sentence)]
    return [text for text in found if getattr(resolve(text, anchor), "is_dated", False)]


@pytest.mark.skipif(not DRAFT_DEVSET.exists(), reason="needs ../shared/draft-devset.jsonl")
def test_no_sentence_of_real_news_that_names_a_date_is_passed_over_by_the_quick_test():
    passed_over = []
    for line in DRAFT_DEVSET.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        anchor = datetime.fromisoformat(article["published"][:10])
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", article["text"]):
            if not may_name_a_date(sentence):
                passed_over += _dated_expressions(sentence, anchor)
    assert passed_over == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials met officials and ministers while allies discussed the agreement.",
        "Talks stalled as monitors reported shelling near the northern districts.",
        "« Le cessez-le-feu tient », a déclaré le ministre.",
    ],
)
def test_a_sentence_without_a_date_word_or_digit_is_passed_over(sentence):
    assert not may_name_a_date(sentence)
    assert find_expressions(sentence) == []


TOLD = """\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    text: "{quote}"
events:
  - title: Deed
    when: {when}
    quotes: ["{quote}"]
"""


def _told(when: str, quote: str) -> list[str]:
    text = TOLD.format(when=when, quote=quote)
    return [d.message for d in load_text(text, "t.yaml").diagnostics]


def test_a_date_after_publication_told_in_the_past_is_questioned_with_the_earlier_day():
    assert _told("Monday", "The envoy headed Monday to Geneva.") == [
        "when 'Monday' gives Mon 19 Sep 2016, after the source's publication, but its quote "
        "tells it in the past ('headed'); if it had happened by then, it was Mon 12 Sep 2016: "
        "write that date"
    ]


@pytest.mark.parametrize(
    ("when", "quote"),
    [
        ("Monday", "The workers will be paid Monday."),
        ("Monday", "The vote is scheduled Monday."),
        ("Monday", "Traders were likely to buy as soon as trading opened Monday."),
        ("Monday", "Talks resume Monday."),
        ("Friday", "The ceasefire began Friday."),
        ("2016-09-19", "The envoy headed Monday to Geneva."),
    ],
    ids=[
        "a future verb",
        "a plan",
        "to before it",
        "present tense",
        "before publication",
        "a date written out",
    ],
)
def test_a_date_whose_quote_is_no_past_deed_after_publication_is_not_questioned(when, quote):
    assert _told(when, quote) == []


ANCHORED = """\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    text: >-
      Warplanes struck on Saturday. The strike was halted. Talks will resume.
      Talks resume Tuesday, officials said.
events:
  - id: strike
    title: Strike
    when: on Saturday
    quotes: ["Warplanes struck on Saturday."]
  - title: After
    when: {when}
    anchor: strike
    quotes: ["{quote}"]
"""


def _anchored(when: str, quote: str) -> list[str]:
    text = ANCHORED.format(when=when, quote=quote)
    return [d.message for d in load_text(text, "t.yaml").diagnostics]


def test_an_anchored_deed_told_as_done_but_dated_after_the_article_is_questioned():
    assert _anchored("three days later", "The strike was halted.") == [
        "when 'three days later' gives Tue 20 Sep 2016, after the source's publication on "
        "Sun 18 Sep 2016, but its quote tells it as done: an article cannot report what "
        "happened after it; check the anchor and the count"
    ]


@pytest.mark.parametrize(
    ("when", "quote"),
    [("three days later", "Talks will resume."), ("hours later", "The strike was halted.")],
    ids=["a plan", "before publication"],
)
def test_an_anchored_plan_or_a_deed_before_the_article_is_not_questioned(when, quote):
    assert _anchored(when, quote) == []


def test_an_anchored_plan_told_with_said_is_not_questioned():
    assert _anchored("three days later", "Talks resume Tuesday, officials said.") == []
