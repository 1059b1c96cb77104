"""The grammar of news date expressions: normalise, match a shape, and build the resolution.

The vocabulary is in ``words``, the rule book in ``rulebook``, the rules themselves in
``rules_days`` and ``rules_periods``, the finder for running text in ``finder``.

``parse_expression`` turns an expression into a ``Parsed`` shape without looking at any anchor,
so the shape of "five days ago" is cached once however many anchors it meets; ``Parsed.build``
then places it against an anchor. ``finder()`` finds candidate expressions in running text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from tui.core.isotime import iso_problem
from tui.dates import rules_days, rules_deep, rules_periods, rules_spans, rules_weekdays
from tui.dates.days import ZONE_OFFSETS, ZONES, ClockTime, ExplicitDay
from tui.dates.finder import finder
from tui.dates.rulebook import _RULES, MAX_LENGTH, parse_normalized, too_long
from tui.dates.shapes import BEFORE_YEAR_ONE, Approximately, Interval, Parsed, leaning
from tui.dates.spans import DURATION_REASON, core_duration
from tui.dates.words import _PREFIXES, normalize

__all__ = [
    "DURATION_REASON",
    "ZONES",
    "ZONE_OFFSETS",
    "Parsed",
    "core_duration",
    "finder",
    "leaning",
    "normalize",
    "parse_expression",
    "parse_normalized",
    "placed_in",
]

_RULES_IN_ORDER = (rules_spans, rules_deep, rules_weekdays, rules_days, rules_periods)
"""Rules are tried in the order they are registered: the spans' first, then the days' before the
periods'."""


@lru_cache(maxsize=8192)
def parse_expression(expression: str) -> Parsed | str | None:
    """The shape of an expression, a reason it is not a date, or None when it is not recognised."""
    if len(expression) > 4 * MAX_LENGTH:
        return too_long(len(expression))
    text = normalize(expression)
    if not text:
        return "the expression is empty"
    if len(text) > MAX_LENGTH:
        return too_long(len(text))
    edtf = _edtf(text)
    if edtf is not None:
        return edtf
    parsed = parse_normalized(text)
    if parsed is not None:
        return parsed
    if _BEFORE_CHRIST.search(text):
        return BEFORE_YEAR_ONE
    bare = _PREFIXES.sub("", text, count=1)
    if _ISO_MONTH.fullmatch(bare):
        return f"{bare} {iso_problem(bare)}"
    return _numeric_date(bare) or _impossible_day(bare) or _impossible_time(bare)


_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
"""An ISO month's shape: read by the rules when it is one, else refused saying why ("2016-13")."""


_BEFORE_CHRIST = re.compile(r"\b(?:bc|bce|b\.c(?:\.e)?)(?![a-z])")
"""A BC form no rule reads ("the spring of 44 BC"): refused with the forms that are read."""

_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?::(\d{2})|\.(\d{2})(?= ?[ap]m\b))?(?: ?(am|pm)\b)?")


def _impossible_time(text: str) -> str | None:
    """Why "23 a.m." or "10:61" is refused: a clock time no clock shows, never rolled over."""
    for match in _CLOCK.finditer(text):
        hour, minute, half = int(match[1]), match[2] or match[3], match[4]
        if half and not 1 <= hour <= 12:
            return f"“{match[0]}” is not a time: with a.m. or p.m. the hours run from 1 to 12"
        if minute is not None and (
            int(minute) > 59 or hour > 24 or (hour == 24 and minute != "00")
        ):
            return f"“{match[0]}” is not a time: the hours run to 23 and the minutes to 59"
    return None


def placed_in(parsed: Parsed, tz: str) -> Parsed:
    """A time written in a zone of its own ("10:00 GMT", "about 4 a.m. EDT Thursday", "10 a.m.
    EDT to 2 p.m. EDT"), set to be shown on ``tz``'s clock; anything else as it is."""
    if isinstance(parsed, Approximately):
        return replace(parsed, inner=placed_in(parsed.inner, tz))
    if isinstance(parsed, Interval):
        return replace(parsed, first=placed_in(parsed.first, tz), last=placed_in(parsed.last, tz))
    if isinstance(parsed, (ExplicitDay, ClockTime)) and parsed.zone is not None:
        return replace(parsed, place_in=tz)
    return parsed


def _numeric_date(text: str) -> Parsed | str | None:
    """ "31/12/2016" is a date; "12/11/2016" is refused, since it is 12 November in most of the
    world and 11 December in the United States, and guessing would be a date dressed up."""
    match = _NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first <= 12 and second <= 12 and first != second:
        return (
            f"{text} could be {date(year, second, first):%Y-%m-%d} (day first) or "
            f"{date(year, first, second):%Y-%m-%d} (month first); write it as YYYY-MM-DD"
        )
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return ExplicitDay(date(year, month, day))
    except ValueError as exc:
        return f"there is no such day ({exc})"


def _impossible_day(text: str) -> str | None:
    """Why "2024-02-30" or "June 31" is refused: a date's shape with a day the calendar lacks."""
    for pattern, handler in (
        (p, h) for p, h in _RULES if h in (rules_days._iso, rules_periods._month_day)
    ):
        match = pattern.match(text)
        if match:
            try:
                handler(match)
            except ValueError as exc:
                return f"there is no such day ({exc})"
    return None


_EDTF = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])?$")


def _edtf(text: str) -> Parsed | None:
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = _edtf(first.strip()), _edtf(last.strip())
        if a is not None and b is not None:
            return Interval(a, b)
        return None
    match = _EDTF.match(text)
    if not match or not match[2]:
        return parse_normalized(text) if match else None
    inner = parse_normalized(match[1])
    if inner is None:
        return None
    return Approximately(
        inner,
        {"?": "uncertain (?)", "~": "approximate (~)", "%": "uncertain and approximate (%)"}[
            match[2]
        ],
    )
