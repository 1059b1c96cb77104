"""The fallback: an explicit date written in an order the rules do not know, read from its parts.

It replaces dateparser, which answered a day for almost anything ("3 months" became a day three
months back, "dec" in "decades" became December). An expression is read here only when every
word of it is a word of a calendar date (one month name, a day, a year, a time, a weekday, glue
such as "of"), and only at the granularity written: a month and a year give that month, not a
day in it; a weekday that does not match the date is refused with the reason.
"""

from __future__ import annotations

import re
from datetime import date

from tui.dates.shapes import MONTHS, WEEKDAYS, Parsed, Refused

_MONTH_WORDS = {m: i + 1 for i, m in enumerate(MONTHS)} | {
    m[:3]: i + 1 for i, m in enumerate(MONTHS)
}
_MONTH_WORDS["sept"] = 9
_WEEKDAY_WORDS = set(WEEKDAYS) | {d[:3] for d in WEEKDAYS} | {"tues", "thur", "thurs"}
_TOKEN = re.compile(
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?)"
    r"|(?P<number>\d+)(?:st|nd|rd|th)?"
    r"|(?P<word>[a-z]+)\.?"
    r"|(?P<punct>[,/\-])"
)
_GLUE = {"of", "the", "on", "at", "in"}
_SIGNED = re.compile(r"(?:^|[\s,])-\d")
"""A number with a minus sign ("Jan 1 -5000"): a year before AD 1 or a typo, never the year
without its sign."""
MAX_LENGTH = 40
"""Longer than this, an expression is not a bare date (the longest legitimate one is about 30)."""


def _tokens(text: str) -> list[re.Match[str]] | None:
    """The tokens of a date-only expression, or None when anything else is written."""
    tokens = []
    position = 0
    for match in _TOKEN.finditer(text):
        if text[position : match.start()].strip():
            return None
        word = match["word"]
        if word is not None and not (
            word in _MONTH_WORDS or word in _WEEKDAY_WORDS or word in _GLUE
        ):
            return None
        tokens.append(match)
        position = match.end()
    return tokens if not text[position:].strip() else None


def read(text: str) -> Parsed | None:
    """The date a normalised expression writes in an order the rules do not know, read from its
    parts (refused with the reason when they disagree); None when it is not only a date."""
    from tui.dates.days import ExplicitDay
    from tui.dates.periods import Month

    if len(text) > MAX_LENGTH:
        return None
    tokens = _tokens(text)
    if not tokens:
        return None
    if _SIGNED.search(text):
        return Refused("a minus sign before a number of a date: write a year before AD 1 as 'BC'")
    months = [_MONTH_WORDS[t["word"]] for t in tokens if t["word"] in _MONTH_WORDS]
    weekdays = [t["word"][:3] for t in tokens if t["word"] in _WEEKDAY_WORDS]
    numbers = [int(t["number"]) for t in tokens if t["number"]]
    times = [_clock(t["time"]) for t in tokens if t["time"]]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) != 1 or len(years) > 1 or len(days) > 1 or len(times) > 1 or len(weekdays) > 1:
        return None
    if None in times or (times and not days):
        return None
    if not days:
        return Month(month=months[0], year=years[0]) if years and not weekdays else None
    weekday = next(i for i, w in enumerate(WEEKDAYS) if w[:3] == weekdays[0]) if weekdays else None
    if not years:
        return None if times else ExplicitDay(month=months[0], day=days[0], weekday=weekday)
    try:
        day = date(years[0], months[0], days[0])
    except ValueError:
        return Refused(
            f"there is no such day: {MONTHS[months[0] - 1].capitalize()} {days[0]}, {years[0]}"
            + (" (the calendar runs to year 9999)" if years[0] > 9999 else "")
        )
    if times:
        hour, minute = times[0]  # type: ignore[misc]
        return ExplicitDay(day, hour=hour, minute=minute, weekday=weekday)
    return ExplicitDay(day, weekday=weekday)


_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2})(?::\d{2})?)? ?(?:([ap])\.?m\.?)?")


def _clock(text: str) -> tuple[int, int] | None:
    """Hours and minutes of "10:30", "10 pm", "10:30 p.m.", or None when no such time exists."""
    match = _CLOCK.fullmatch(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[3] == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None
