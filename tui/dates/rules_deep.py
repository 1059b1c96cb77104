"""Rules for deep time: years, days, centuries and millennia BC, centuries AD, and "c." / "circa".

A year BC is held as an astronomical year (44 BC is -43, 1 BC is 0) and resolved to day numbers
(``tui.core.deeptime``); "3,000 years ago" needs no rule here, since ``Year`` counts back past
AD 1 on its own. A BC form these rules do not read is refused by the grammar with the forms it
does read, never guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tui.core.deeptime import day_iso, day_number
from tui.core.model import Resolution
from tui.dates.periods import Century, Millennium, Year
from tui.dates.rulebook import first_rule as rule
from tui.dates.rulebook import parse_normalized
from tui.dates.shapes import (
    MONTHS,
    Approximately,
    Interval,
    Parsed,
    Refused,
    deep_result,
)
from tui.dates.words import _MONTH_WORD, DAY_ORDINALS, _mod_from, _month

_BC = r" ?(?:bce?|b\.c(?:\.e)?\.?)"
_AD = r" ?(?:ad|a\.d\.?|ce|c\.e\.?)"
_YEARS = r"(\d{1,3}(?:,\d{3})+|\d+)"
_ORDINAL = (
    r"(\d{1,2})(?:st|nd|rd|th)|("
    + "|".join(sorted((w for w in DAY_ORDINALS if " " not in w), key=len, reverse=True))
    + ")"
)
_PART = r"(?:the )?(early |mid |late )?(?:the )?"


def _bc_year(written: str) -> int | None:
    """The astronomical year of a year written BC (44 BC is -43), or None for "0 BC"."""
    n = int(written.replace(",", ""))
    return 1 - n if n >= 1 else None


def _ordinal(digits: str | None, word: str | None) -> int:
    return int(digits) if digits else DAY_ORDINALS[word or ""]


@dataclass(frozen=True)
class DeepDay(Parsed):
    """A day in a year BC ("March 15, 44 BC"): read as written, in the proleptic Gregorian
    calendar, with no weekday (it would be the Gregorian one, not what a source would say)."""

    year: int
    month: int
    day: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        first = day_number(self.year, self.month, self.day)
        return deep_result(
            expression,
            day_iso(first),
            (first, first + 1),
            "day",
            False,
            "an explicit day BC",
        )


@dataclass(frozen=True)
class DeepMonth(Parsed):
    """A month in a year BC ("March 44 BC")."""

    year: int
    month: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        first = day_number(self.year, self.month)
        year, month = (self.year, self.month + 1) if self.month < 12 else (self.year + 1, 1)
        after = day_number(year, month)
        value = day_iso(first)[:-3]
        return deep_result(
            expression, value, (first, after), "month", False, "an explicit month BC"
        )


@rule(r"(?:the year |the )?" + r"(early |mid |late )?" + _YEARS + _BC)
def _year_bc(m: re.Match[str]) -> Parsed | None:
    """ "44 BC", "500 BCE", "the year 44 B.C.", "late 44 BC"."""
    year = _bc_year(m[2])
    return None if year is None else Year(year, mod=_mod_from(m[1]))


@rule(
    r"("
    + _MONTH_WORD
    + r") (\d{1,2})(?:st|nd|rd|th)?,? "
    + _YEARS
    + _BC
    + r"|(\d{1,2})(?:st|nd|rd|th)? (?:of )?("
    + _MONTH_WORD
    + r"),? "
    + _YEARS
    + _BC
)
def _day_bc(m: re.Match[str]) -> Parsed | None:
    """ "March 15, 44 BC", "15 March 44 BC", "the 15th of March, 44 BC"."""
    name, day, written = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
    year = _bc_year(written)
    if year is None:
        return None
    month = _month(name)
    try:
        day_number(year, month, int(day))
    except ValueError:
        return Refused(
            f"there is no such day: {MONTHS[month - 1].capitalize()} {written} BC has no day {day}"
        )
    return DeepDay(year, month, int(day))


@rule(r"(" + _MONTH_WORD + r"),? (?:of )?" + _YEARS + _BC)
def _month_bc(m: re.Match[str]) -> Parsed | None:
    """ "March 44 BC"."""
    year = _bc_year(m[2])
    return None if year is None else DeepMonth(year, _month(m[1]))


@rule(_PART + r"(?:" + _ORDINAL + r") (century|millennium)" + _BC)
def _period_bc(m: re.Match[str]) -> Parsed | None:
    """ "the 5th century BC", "the early fifth century BCE", "the 3rd millennium BC"."""
    number = _ordinal(m[2], m[3])
    if number < 1:
        return None
    if m[4] == "century":
        return Century(number, bc=True, mod=_mod_from(m[1]))
    return Millennium(number, mod=_mod_from(m[1]))


@rule(_PART + r"(?:" + _ORDINAL + r") century(?:" + _AD + r")?")
def _century_ad(m: re.Match[str]) -> Parsed | None:
    """ "the 1st century AD", "the first century", "the late fifth century CE"."""
    number = _ordinal(m[2], m[3])
    return Century(number, mod=_mod_from(m[1])) if number >= 1 else None


@rule(
    r"(?:between |from )?"
    + _YEARS
    + r"(?:"
    + _BC
    + r")? ?(?:and|to|-|–|until|through) ?"
    + _YEARS
    + _BC
)
def _range_bc(m: re.Match[str]) -> Parsed | None:
    """ "between 500 and 400 BC", "500-400 BC", "from 500 BC to 400 BC": both ends BC."""
    first, last = _bc_year(m[1]), _bc_year(m[2])
    if first is None or last is None:
        return None
    return Interval(Year(first), Year(last))


@rule(r"(?:c\.?|ca\.?|circa) (.+)")
def _circa(m: re.Match[str]) -> Parsed | None:
    """ "c. 3000 BC", "ca. 1200": about that year or period; the abbreviation is read only
    before a year, a century or a range of them."""
    inner = parse_normalized(m[1])
    if isinstance(inner, (Year, Century, Millennium, Interval, DeepDay, DeepMonth)):
        return Approximately(inner, "circa")
    return None


@rule(r"(-?\d{4}[^/ ]*)/(-?\d{4}[^/ ]*)")
def _edtf_deep_interval(m: re.Match[str]) -> Parsed | None:
    """An EDTF interval with an end before AD 1: ``-0499/-0399``, ``-0043-03-15/-0043-03-20``."""
    if not (m[1].startswith("-") or m[2].startswith("-")):
        return None
    first, last = parse_normalized(m[1]), parse_normalized(m[2])
    return Interval(first, last) if first is not None and last is not None else None


_QUALIFIERS = {"?": "uncertain (?)", "~": "approximate (~)", "%": "uncertain and approximate (%)"}


@rule(r"(-)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?")
def _edtf_deep(m: re.Match[str]) -> Parsed | None:
    """EDTF's astronomical years, as the exports write them: ``-0043``, ``-0043-03-15``, and
    ``0079`` (a four-digit year below 1000 is a year). EDTF's ``Y-12000`` is not read: folded to
    lower case and spaces, its sign could not be told from ``Y12000``'s."""
    shape = _edtf_deep_shape(m)
    if shape is None or m[5] is None or isinstance(shape, Refused):
        return shape
    return Approximately(shape, _QUALIFIERS[m[5]])


def _edtf_deep_shape(m: re.Match[str]) -> Parsed | None:
    if m[1] is None and int(m[2]) != 0:  # year 0 is 1 BC, as the exports write it: "0000-01-01"
        return Year(int(m[2])) if int(m[2]) < 1000 and not m[3] else None
    year = -int(m[2])
    if m[3] is None:
        return Year(year)
    month = int(m[3])
    if not 1 <= month <= 12:
        return None
    if m[4] is None:
        return DeepMonth(year, month)
    try:
        day_number(year, month, int(m[4]))
    except ValueError:
        return Refused(f"there is no such day: {m[0]} is not in the calendar")
    return DeepDay(year, month, int(m[4]))
