"""A length of time that runs up to the article: "in the past four years" is a stretch of dates.

The resolver places no bare duration ("four years" names no time), but one that ends now names
its start too: "four others in the past four years" are attacks from four years ago to this
year, which the resolver writes as a range (1994/1998).
"""

from __future__ import annotations

import re

from tui.formats.draft_text import EVENT_NOUNS

_UP_TO_NOW = re.compile(
    r"^(?:(?:in|over|during|within)\s+)?the\s+(?:past|last)\s+"
    r"(?P<amount>(?!one\b|a\b|an\b)[\w-]+)\s+(?P<unit>day|week|month|year)s$",
    re.IGNORECASE,
)
_COUNTED = re.compile(rf"\b(?:(?:{EVENT_NOUNS})s|others)\b", re.IGNORECASE)
"""Happenings counted over a stretch: "the slayings of 14 women", "the attack and four others"."""
_PERFECT = re.compile(r"\b(?:has|have)\s+\w+(?:ed|en)\b|\b(?:every|each)\b|[,;.]", re.IGNORECASE)
"""What parts a count from its stretch: a clause break, a state ("the jobs he has held") or a
habit ("sales every month")."""
_THIS = {"day": "today", "week": "this week", "month": "this month", "year": "this year"}


def up_to_now(before: str, when: str) -> tuple[str, str] | None:
    """ "in the past four years" as the range the resolver reads, "four years ago to this year",
    with the doubt to show, when the words ``before`` it count happenings over that stretch
    ("four other attacks in the past four years"); None for a trend or a state ("profit fell in
    each of the past three years", "the jobs he has held over the past 20 years")."""
    found = _UP_TO_NOW.match(when.strip())
    counted = list(_COUNTED.finditer(before, max(0, len(before) - 120)))
    if found is None or not counted or _PERFECT.search(before, counted[-1].end()):
        return None
    unit = found.group("unit").lower()
    stretch = f"{found.group('amount')} {unit}s ago to {_THIS[unit]}"
    return stretch, f"{when!r} runs up to the article: taken as {stretch}"
