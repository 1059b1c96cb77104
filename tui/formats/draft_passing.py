"""How much a sentence's date looks mentioned in passing, beside the clause's own: the date in a
relative clause or in brackets, a year beside a finer date, a date counted from another
happening, or a saying's date when the words said go on to a dated deed."""

from __future__ import annotations

import re

from tui.core.model import Resolution
from tui.formats.draft_mentions import Mention
from tui.formats.draft_text import IRREGULAR_PAST, WHEN_CLAUSE

RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|where)\b[^,]*$", re.IGNORECASE)
"""A relative clause the text before a date ends in: "Kopp, who was last seen in"."""
_FINE = frozenset({"day", "part-of-day", "hour", "minute", "week", "month"})


def passing_scores(
    text: str, s_start: int, candidates: list[Mention], naming: set[int]
) -> dict[int, int]:
    """Each candidate date's score by its number: the lowest are the clause's own. A date that
    names a happening (``naming``) counts twice as passing."""
    finer = any(
        isinstance(o.result, Resolution) and o.result.granularity in _FINE for o in candidates
    )
    return {
        m.number: _passing(text, s_start, m, finer)
        + 2 * (m.number in naming)
        + said_before_a_deed(text, s_start, m, candidates)
        for m in candidates
    }


def _passing(text: str, s_start: int, m: Mention, finer: bool) -> int:
    """How much a date looks mentioned in passing: higher is less likely the clause's own. A
    year beside a finer date (``finer``) is more likely in passing ("on Monday apologised for
    the 2010 spill")."""
    before = text[s_start : m.start]
    score = 0
    relative = RELATIVE_CLAUSE.search(before, max(0, before.rfind(",")))  # it opens at the last
    if relative or before.count("(") > before.count(")"):
        score += 2
    if m.quoted and m.anchor is None:
        score += 1
    if WHEN_CLAUSE.match(text, m.end):
        score -= 1  # "from 1968, when the Soviets invaded": the date of the clause it opens
    if isinstance(m.result, Resolution):
        if m.result.granularity in ("year", "decade", "century") and finer:
            score += 1
        if not m.result.is_dated or m.anchor is not None:
            score += 1  # counted from another happening, it is less sure than the clause's own
    else:
        score += 2
    return score


def said_before_a_deed(text: str, s_start: int, m: Mention, ms: list[Mention]) -> int:
    """1 for the date of a saying whose words go on to a dated deed ("said on Friday that he
    had resigned on Dec. 25"): the deed is the news, on its own date; 0 otherwise."""
    if not _SAID_JUST_BEFORE.search(text, s_start, m.start):
        return 0
    return int(any(_DEED_BEFORE.match(text, m.end, o.start) for o in ms if o.start > m.end))


_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DEED_BEFORE = re.compile(
    rf"\s+(?:that\s+)?(?:[\w'’.-]+\s+){{1,5}}?(?:had\s+)?(?:\w{{3,}}ed|{IRREGULAR_PAST})\s+"
    r"(?:[\w'’.-]+\s+){0,4}?(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)
"""A deed told in the past in the words said, right before its own date: " that he had
resigned on", " the suspect fled the city on"."""
