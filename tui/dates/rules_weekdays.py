"""Weekdays counted within a month or from another week: "the second Tuesday of August", "the
last Friday in August 2016", "the Monday before last", "Friday the 13th".

Registered ahead of the day rules, which would otherwise read "the 4th Sunday in September" as
the 4th of September (a Sunday in 2016, so no weekday check could catch it).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime

from tui.core.model import Resolution
from tui.dates.days import Shifted, Weekday
from tui.dates.labels import MONTH_ABBREVIATIONS, ordinal
from tui.dates.rulebook import first_rule as rule
from tui.dates.shapes import (
    LEANS,
    MONTHS,
    WEEKDAYS,
    Parsed,
    Refusal,
    _month_start,
    _month_year,
    _on,
)
from tui.dates.shapes import _with_part as day_result
from tui.dates.words import _MONTH_WORD, _WD, _month

_NTH = {
    **{w: i + 1 for i, w in enumerate(("first", "second", "third", "fourth", "fifth"))},
    **{f"{i}{ordinal(i)[-2:]}": i for i in range(1, 6)},
    "last": -1,
}


@dataclass(frozen=True)
class NthWeekday(Parsed):
    """The nth (or last) weekday of a month; without a year, the month nearest the anchor, or
    the one the sentence's tense points to."""

    n: int
    weekday: int
    month: int
    year: int | None = None
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = self.year if self.year is not None else _month_year(anchor, self.month, self.lean)
        d = self._in(year)
        if self.year is None and (year, self.month) == (anchor.year, anchor.month):
            if self.lean == "past" and d is not None and d > anchor.date():
                year, d = year - 1, self._in(year - 1)  # "met on the 4th Sunday in September"
            elif self.lean == "future" and d is not None and d < anchor.date():
                year, d = year + 1, self._in(year + 1)
        name = f"{WEEKDAYS[self.weekday].capitalize()} of {MONTHS[self.month - 1].capitalize()}"
        if d is None:
            raise Refusal(
                f"{MONTHS[self.month - 1].capitalize()} {year} has no {ordinal(self.n)} "
                f"{WEEKDAYS[self.weekday].capitalize()}"
            )
        which = "the last" if self.n < 0 else f"the {ordinal(self.n)}"
        if self.year is not None:
            why = f"{which} {name} {year}"
        else:
            month = (year, self.month)
            at = (anchor.year, anchor.month)
            whose = "the coming" if month > at else "the anchor's" if month == at else "the last"
            why = f"{which} {name} {year} ({whose} {MONTHS[self.month - 1].capitalize()}) at "
            why += f"{_on(anchor, label)}{LEANS.get(self.lean or '', '')}"
        return day_result(expression, datetime(d.year, d.month, d.day), None, None, False, why)

    def _in(self, year: int) -> date | None:
        """The weekday's nth (or last) day in the month of ``year``; None when it has no nth."""
        days = [
            d
            for d in range(1, monthrange(year, self.month)[1] + 1)
            if date(year, self.month, d).weekday() == self.weekday
        ]
        if self.n > len(days):
            return None
        return date(year, self.month, days[self.n - 1] if self.n > 0 else days[-1])


@rule(
    r"(?:the )?("
    + "|".join(_NTH)
    + r") ("
    + _WD
    + r") (?:in|of) ("
    + _MONTH_WORD
    + r")(?:,? (\d{4}))?"
)
def _nth_weekday(m: re.Match[str]) -> Parsed:
    """ "the second Tuesday of August", "the last Friday in August 2016"."""
    return NthWeekday(_NTH[m[1]], WEEKDAYS.index(m[2]), _month(m[3]), int(m[4]) if m[4] else None)


@rule(r"(?:the )?(" + _WD + r") (before last|after next)")
def _weekday_two_away(m: re.Match[str]) -> Parsed:
    """ "the Monday before last" is the Monday before last Monday; "after next", after next."""
    if m[2] == "after next":
        return Shifted(Weekday(WEEKDAYS.index(m[1]), "next"), 7)
    return Shifted(Weekday(WEEKDAYS.index(m[1]), "last"), -7)


@rule(r"(" + _WD + r") the (\d{1,2})(?:st|nd|rd|th)")
def _weekday_the_nth(m: re.Match[str]) -> Parsed:
    """ "Friday the 13th": the most recent month whose 13th is a Friday, or by the tense the
    next."""
    return WeekdayOfMonth(WEEKDAYS.index(m[1]), int(m[2]))


@dataclass(frozen=True)
class WeekdayOfMonth(Parsed):
    """A day of the month that falls on a named weekday, in no named month: the nearest such
    day before the anchor, or after it when the sentence looks ahead, within a few months."""

    weekday: int
    day: int
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if not 1 <= self.day <= 31:
            raise Refusal(f"no month has a {ordinal(self.day)}")
        today = anchor.date()
        step = 1 if self.lean == "future" else -1
        for k in range(_NEAR_MONTHS + 1):
            first = _month_start(today.year, today.month + step * k)
            year, month = first.year, first.month
            if self.day <= monthrange(year, month)[1]:
                d = date(year, month, self.day)
                if d.weekday() == self.weekday and (d >= today if step > 0 else d <= today):
                    why = (
                        f"the {'next' if step > 0 else 'most recent'} "
                        f"{WEEKDAYS[self.weekday].capitalize()} {MONTH_ABBREVIATIONS[month - 1]} "
                        f"{self.day} as of {_on(anchor, label)}{LEANS.get(self.lean or '', '')}"
                    )
                    return day_result(
                        expression, datetime(d.year, d.month, d.day), None, None, False, why
                    )
        raise Refusal(
            f"no {WEEKDAYS[self.weekday].capitalize()} falls on a {ordinal(self.day)} within "
            f"{_NEAR_MONTHS} months of {_on(anchor, label)}: the writer may have slipped on the "
            "weekday or the day"
        )


_NEAR_MONTHS = 4
"""How far a weekday and a day of no named month are looked for: news writes "Tuesday the
19th" of a day within weeks, and a match a year off ("Tuesday the 19th" said in a September
whose 19th is a Monday) is a slip of the writer's, not a date."""


@dataclass(frozen=True)
class ReadsTwoWays(Parsed):
    """An expression news writes that means one of two days, refused with both."""

    reason: str

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        raise Refusal(self.reason)


@rule(r"overnight (?:on )?(" + _WD + r")")
def _overnight_weekday(m: re.Match[str]) -> Parsed:
    """ "overnight Monday": wire copy means both the night into Monday and the night after it,
    so it is refused with both rather than guessed."""
    day = m[1].capitalize()
    return ReadsTwoWays(
        f"'overnight {day}' may be the night before {day} or the night after it: write "
        f"'early {day}' or '{day} night'"
    )


@rule(r"(\S+(?: \S+)?) weeks? ago (?:last |this )?(" + _WD + r")")
def _weeks_ago_weekday(m: re.Match[str]) -> Parsed:
    """ "two weeks ago Tuesday": the Tuesday of the week two weeks back, or two weeks before
    last Tuesday; writers mean both, so it is refused rather than read as "two weeks ago"."""
    day = m[2].capitalize()
    weeks = f"{m[1]} week{'' if m[1] in ('a', 'one', '1') else 's'}"
    return ReadsTwoWays(
        f"it reads two ways: the {day} of the week {weeks} back, or {weeks} before last {day}; "
        "write the date"
    )
