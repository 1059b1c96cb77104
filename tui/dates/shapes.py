"""The shapes of date expressions: the base ``Parsed``, the helpers every shape builds with, and
the shapes that wrap others (intervals, hedges) or name no date (vague references).

A shape is what the grammar recognised, independent of any anchor; its ``build`` turns it into a
``Resolution`` with the interval it covers and the reason, in words. Day-level shapes are in
``days``, months and longer in ``periods``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from tui.core import deeptime
from tui.core.model import Granularity, Resolution
from tui.dates.labels import day_label, describe_span, narrowed, until

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PART_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 24), "NI": (21, 30)}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


# -- results ----------------------------------------------------------------------------------


def _result(
    expression: str,
    value: str,
    start: datetime,
    end: datetime,
    granularity: Granularity,
    approximate: bool,
    why: str,
    part: str | None = None,
    days: tuple[int, int] | None = None,
) -> Resolution:
    resolution = Resolution(expression, value, start, end, granularity, approximate, "", part, days)
    label = ("~" if approximate else "") + describe_span(resolution)
    return Resolution(
        expression,
        value,
        start,
        end,
        granularity,
        approximate,
        f"{expression} → {label}: {why}",
        part,
        days,
    )


def deep_result(
    expression: str,
    value: str,
    days: tuple[int, int],
    granularity: Granularity,
    approximate: bool,
    why: str,
) -> Resolution:
    """A resolution that begins before AD 1: its day numbers, with ``start`` and ``end`` clamped
    (``tui.core.deeptime``)."""
    start, end = deeptime.bounds(days)
    return _result(expression, value, start, end, granularity, approximate, why, None, days)


def day_span(r: Resolution) -> tuple[int, int]:
    """The day numbers a day-or-coarser resolution covers, deep or not."""
    if r.days is not None:
        return r.days
    first = r.start.toordinal() - 1
    last = r.end.toordinal() - 1
    return first, last + (r.end.time() != time())


def _reason(resolution: Resolution) -> str:
    """The "why" half of a resolution's explanation, to build a larger explanation on."""
    return resolution.explanation.split(": ", 1)[-1]


@lru_cache(maxsize=4096)
def _on(anchor: datetime, label: str) -> str:
    return f"{label} on {day_label(anchor)}"


class Refusal(ValueError):
    """A shape that cannot be placed, with the reason a user is shown as it is."""


BEFORE_YEAR_ONE = (
    "a date before year 1 (BC) in a form the resolver does not read: write it as '44 BC', "
    "'March 15, 44 BC', 'the 5th century BC' or 'between 500 and 400 BC'"
)


def _iso_day(d: date) -> str:
    """``0079-08-24``: the year always in four digits, which ``%Y`` does not promise."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _iso_minute(d: datetime) -> str:
    return f"{_iso_day(d)}T{d.hour:02d}:{d.minute:02d}"


def _day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _days_apart(days: int) -> str:
    """ "3 days before", "the day after": as a person says it."""
    n = abs(days)
    return f"{'the day' if n == 1 else f'{n} days'} {'before' if days < 0 else 'after'}"


def _iso_week(d: date) -> tuple[str, datetime]:
    """The TIMEX3 value of the ISO week holding a day (``2016-W37``), and its Monday."""
    year, week, weekday = d.isocalendar()
    return f"{year:04d}-W{week:02d}", _day(d - timedelta(days=weekday - 1))


def _mod_word(mod: str | None) -> str:
    return {
        "early": "the early part of ",
        "mid": "the middle of ",
        "late": "the late part of ",
        "earlier": "the part before the anchor's day of ",
        "later": "the part after the anchor's day of ",
    }.get(mod or "", "")


def _part(
    start: datetime, end: datetime, mod: str | None, anchor: datetime
) -> tuple[datetime, datetime, str]:
    """The part of [start, end) a modifier picks, and its words for the explanation. "Earlier
    this month" on the 18th is the 1st to the 17th, not the first ten days: "earlier" and
    "later" run to and from the anchor's day when the period holds it (refused when that day is
    the period's first or last), and are the early or late third of one that does not ("later
    in 1990")."""
    day = _day(anchor.date())
    if mod in ("earlier", "later") and start <= day < end:
        after = day + timedelta(days=1)
        if mod == "earlier" and start < day:
            return start, day, _mod_word(mod)
        if mod == "later" and after < end:
            return after, end, _mod_word(mod)
        edge = "first" if mod == "earlier" else "last"
        raise Refusal(f"the anchor's day is the period's {edge}: none of it is {mod}")
    s, e = narrowed(start, end, third(mod))
    return s, e, _mod_word(third(mod))


def third(mod: str | None) -> str | None:
    """The third of a period a modifier names where no anchor lies in it: "earlier" is early."""
    return {"earlier": "early", "later": "late"}.get(mod or "", mod)


class Parsed:
    """A recognised shape, independent of any anchor."""

    approximate: bool = False

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        """Place the shape against the anchor."""
        raise NotImplementedError


@dataclass(frozen=True)
class Refused(Parsed):
    """A shape recognised but contradicting itself ("Monday, 30 September 2016", a Friday)."""

    reason: str

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        raise Refusal(self.reason)


@dataclass(frozen=True)
class Ref(Parsed):
    """PRESENT_REF, PAST_REF or FUTURE_REF: a vague reference, not a date."""

    kind: str

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        day = _day(anchor.date())
        start, end = {
            "PRESENT_REF": (day, day + timedelta(days=1)),
            "PAST_REF": (day - timedelta(days=365), day),
            "FUTURE_REF": (day + timedelta(days=1), day + timedelta(days=366)),
        }[self.kind]
        word = {
            "PRESENT_REF": "the present of",
            "PAST_REF": "some time before",
            "FUTURE_REF": "some time after",
        }[self.kind]
        return _result(
            expression,
            self.kind,
            start,
            end,
            "reference",
            False,
            f"a vague reference to {word} {_on(anchor, label)}, not a date",
        )


def _with_part(
    expression: str, start: datetime, part: str | None, mod: str | None, approximate: bool, why: str
) -> Resolution:
    if part is not None:
        lo, hi = PART_HOURS[part]
        return _result(
            expression,
            f"{_iso_day(start)}T{part}",
            start + timedelta(hours=lo),
            start + timedelta(hours=hi),
            "part-of-day",
            approximate,
            why,
            part,
        )
    s, e = narrowed(start, until(start, timedelta(days=1)), mod)
    return _result(expression, f"{_iso_day(start)}", s, e, "day", approximate, _mod_word(mod) + why)


def _month_start(year: int, month: int) -> datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1)


UPCOMING_MONTHS = 4
"""A month named without a year is the coming one when at most this many months ahead, else the
last one.

News looks back more than forward; in the dev set a month two or three ahead is almost always this
coming one, and one five or more ahead almost always last year's.
"""


LEANS = {"future": ", as the sentence looks ahead", "past": ", as the sentence looks back"}
"""What an explanation adds when the tense of the sentence chose the direction."""


def _month_year(anchor: datetime, month: int, lean: str | None = None) -> int:
    """The year of a month named without one: by the tense when it is known, else by
    UPCOMING_MONTHS."""
    ahead = (month - anchor.month) % 12
    if ahead == 0:
        return anchor.year
    if lean is not None:
        return anchor.year + (month < anchor.month if lean == "future" else -(month > anchor.month))
    if ahead <= UPCOMING_MONTHS:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month < anchor.month else anchor.year - 1


@dataclass(frozen=True)
class Interval(Parsed):
    """An EDTF interval: ``2016-09-12/2016-09-17``."""

    first: Parsed
    last: Parsed

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        a = self.first.build(expression, anchor, label)
        b = self.last.build(expression, anchor, label)
        return joined(expression, a, b)


def joined(expression: str, a: Resolution, b: Resolution) -> Resolution:
    """The interval from the start of ``a`` to the end of ``b``, refused if it runs backwards."""
    deep = a.days is not None or b.days is not None
    if (deeptime.end_seconds(b) <= deeptime.seconds(a)) if deep else b.end <= a.start:
        raise Refusal(f"the interval ends ({b.value}) before it starts ({a.value})")
    why_a, why_b = _reason(a), _reason(b)
    name_a, name_b = (describe_span(a), describe_span(b)) if deep else (a.value, b.value)
    why = (
        f"from {why_a} ({name_a}) to {why_b} ({name_b})"
        if why_a != why_b
        else f"from {name_a} to {name_b}: {why_a}"
    )
    value, approximate = f"{a.value}/{b.value}", a.approximate or b.approximate
    if deep:
        days = (day_span(a)[0], day_span(b)[1])
        return deep_result(expression, value, days, "interval", approximate, why)
    return _result(expression, value, a.start, b.end, "interval", approximate, why)


@dataclass(frozen=True)
class Approximately(Parsed):
    """Any shape, hedged ("nearly", "about") or EDTF-qualified (``?``, ``~``, ``%``)."""

    inner: Parsed
    word: str
    reason: str | None = None
    """Why the date is only approximate, when it is not a hedge word's doing ("a fiscal
    year's months are its keeper's")."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        r = self.inner.build(expression, anchor, label)
        why = _reason(r)
        return _result(
            expression,
            r.value,
            r.start,
            r.end,
            r.granularity,
            True,
            f"{why} (approximate: {self.reason or repr(self.word)})",
            r.part_of_day,
            r.days,
        )


def fiscal(shape: Parsed) -> Parsed:
    """A fiscal period, placed as the calendar's: approximate, as its months are its keeper's."""
    return Approximately(
        shape, "fiscal", "a fiscal year's months are its keeper's, not the calendar's"
    )


def leaning(shape: Parsed, tense: str) -> Parsed:
    """The shape read in a sentence's tense ("past" or "future"), where the tense can choose the
    date."""
    if not is_dataclass(shape):
        return shape
    record: Any = shape
    names = {f.name for f in fields(record)}
    if "lean" in names:
        if getattr(record, "lean_word", None):
            return shape
        return cast(Parsed, replace(record, lean=tense))
    for inner in ("inner", "day"):
        if inner in names and isinstance(getattr(shape, inner), Parsed):
            return cast(Parsed, replace(record, **{inner: leaning(getattr(shape, inner), tense)}))
    if {"first", "last"} <= names:  # a range: "will run Monday through Wednesday"
        ends = {end: leaning(getattr(shape, end), tense) for end in ("first", "last")}
        return cast(Parsed, replace(record, **ends))
    return shape
