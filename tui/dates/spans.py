"""Shapes that name a length of time or a stretch between two ends: durations and day ranges.

A duration ("3 months", "for decades") is not a date: against a publication it places nothing,
and the resolver says so with its ISO 8601 value (``P3M``); after an event it is the stretch
from that event, as "for five days" after a ceasefire is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from tui.core.model import Resolution
from tui.dates.days import ExplicitDay, RelativeDay, Weekday
from tui.dates.periods import Month, Year, _month_start
from tui.dates.shapes import (
    LEANS,
    Interval,
    Parsed,
    Refusal,
    _day,
    _iso_day,
    _on,
    _reason,
    _result,
    joined,
)

UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
"""TIMEX3's unit letters; seconds, minutes and hours come after a ``T``."""
_CLOCK_UNITS = {"second", "minute", "hour"}
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7}
_MONTHS = {"month": 1, "year": 12, "decade": 120, "century": 1200}

DURATION_REASON = "a duration is not a date: give the start, or anchor it on the event it follows"


@dataclass(frozen=True)
class Duration(Parsed):
    """A length of time: ``amount`` of ``unit`` (None when the text gives no number: "for
    years")."""

    amount: float | None
    unit: str

    @property
    def value(self) -> str:
        """The ISO 8601 / TIMEX3 value: ``P3M``, ``PT24H``, ``PXDE`` for "decades"."""
        if self.amount is None:
            number = "X"
        else:
            number = str(int(self.amount)) if self.amount == int(self.amount) else str(self.amount)
        clock = "T" if self.unit in _CLOCK_UNITS else ""
        return f"P{clock}{number}{UNIT_CODES[self.unit]}"

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        """The stretch from an event: the resolver asks for it only when the anchor is an event."""
        if self.amount is None:
            raise Refusal(f"{DURATION_REASON} (and this one gives no length: {self.value})")
        start = anchor if self.unit in _CLOCK_UNITS else _day(anchor.date())
        approximate = self.amount != int(self.amount)
        if self.unit in _MONTHS and not approximate:
            months = int(self.amount) * _MONTHS[self.unit]
            moved = _month_start(start.year, start.month + months)
            end = moved.replace(day=min(start.day, _month_length(moved))) + (start - _day(start))
        else:
            days = self.amount * _DAYS.get(self.unit, 30.44 * _MONTHS.get(self.unit, 0))
            end = start + timedelta(days=days)
        if self.unit in _CLOCK_UNITS:
            value = f"{_iso_day(start)}T{start:%H:%M}/{_iso_day(end)}T{end:%H:%M}"
        else:
            last = end - timedelta(days=1)
            value = f"{_iso_day(start)}/{_iso_day(last)}"
        return _result(
            expression,
            value,
            start,
            end,
            "interval",
            approximate,
            f"{self.words} ({self.value}) from {_on(anchor, label)}",
        )

    @property
    def words(self) -> str:
        """ "5 days", "2.5 years", "1 century"."""
        amount = self.amount or 0
        number = str(int(amount)) if amount == int(amount) else str(amount)
        unit = "centuries" if self.unit == "century" else self.unit + "s"
        return f"{number} {unit if amount != 1 else self.unit}"


def _month_length(first: datetime) -> int:
    following = _month_start(first.year, first.month + 1)
    return (following - first).days


def core_duration(shape: Parsed | None) -> Duration | None:
    """The duration a shape is, under any hedges ("nearly three years"), or None."""
    while shape is not None and not isinstance(shape, Duration):
        shape = getattr(shape, "inner", None)
    return shape


@dataclass(frozen=True)
class DayRange(Parsed):
    """Days of one or two months: "March 3-5", "3 to 5 March", "Dec. 30 to Jan. 2, 2016"."""

    month: int
    first_day: int
    last_day: int
    year: int | None = None
    last_month: int | None = None
    lean: str | None = None
    """The sentence's tense, which picks the year of a range written without one."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        last_month = self.last_month or self.month
        if self.year is not None:
            last = date(self.year, last_month, self.last_day)
            first_year = self.year - (last_month < self.month)
            first = date(first_year, self.month, self.first_day)
            why = "an explicit range of days"
        else:
            start = ExplicitDay(month=self.month, day=self.first_day, lean=self.lean).build(
                expression, anchor, label
            )
            first = start.start.date()
            last = date(first.year + (last_month < self.month), last_month, self.last_day)
            why = f"a range of days, {_reason(start)}"
        if last < first:
            raise Refusal(f"the range ends ({_iso_day(last)}) before it starts ({_iso_day(first)})")
        return _result(
            expression,
            f"{_iso_day(first)}/{_iso_day(last)}",
            _day(first),
            _day(last) + timedelta(days=1),
            "interval",
            False,
            why,
        )


@dataclass(frozen=True)
class Range(Interval):
    """A range in words ("from Monday to Wednesday", "between 2010 and 2012"). A weekday that
    starts it is the one on or before its end: "from Monday to Wednesday" on a Sunday is last
    week's Monday, though a bare "Monday" there would be tomorrow."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        last = self.last.build(expression, anchor, label)
        first = self.first
        if isinstance(first, Weekday) and first.direction == "recent":
            on_or_before = replace(first, direction="on", lean=None)
            return joined(expression, on_or_before.build(expression, last.start, label), last)
        if _yearless(first) and not _yearless(self.last):  # "between April and June 2020"
            start = _in_year(first, last.start.year).build(expression, anchor, label)
            if last.end <= start.start:  # "from November to February 2021"
                start = _in_year(first, last.start.year - 1).build(expression, anchor, label)
            return joined(expression, start, last)
        start = first.build(expression, anchor, label)
        if last.end <= start.start and _yearless(self.last):
            last = self.last.build(expression, start.start, "the range's start")
            if last.end <= start.start:  # "from October to March": further than the coming months
                ahead = replace(self.last, lean="future")  # type: ignore[type-var]
                last = ahead.build(expression, start.start, "the range's start")
                why = last.explanation.replace(LEANS["future"], ", as a range runs forward")
                last = replace(last, explanation=why)
        return joined(expression, start, last)


def _in_year(shape: Parsed, year: int) -> Parsed:
    """A month, or a month's day, named without a year (``_yearless``), placed in ``year``: the
    year the range's end writes."""
    if isinstance(shape, Month):
        return replace(shape, year=year)
    if isinstance(shape, ExplicitDay) and shape.month is not None and shape.day is not None:
        try:
            return replace(shape, day_date=date(year, shape.month, shape.day))
        except ValueError:
            return shape  # a 29 February the year lacks: left to its own rule
    return shape


def _yearless(shape: Parsed) -> bool:
    """A month, or a month's day, named without a year: "from November to February" runs on
    into the next year, from wherever its start falls."""
    if isinstance(shape, Month):
        return (
            shape.month is not None
            and shape.year is None
            and shape.offset is None
            and (shape.year_offset is None)
        )
    return isinstance(shape, ExplicitDay) and shape.day_date is None and shape.month is not None


@dataclass(frozen=True)
class Since(Parsed):
    """ "since Monday", "since 1990": from the time named to the anchor, which is how long what
    is told has run on (to the anchor's day, month or year, as finely as the start is told)."""

    start: Parsed

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        start = self.start
        if _yearless(start):  # "since Nov. 13" in August is the last Nov. 13, not the coming one
            start = replace(start, lean="past")  # type: ignore[type-var]
        began = start.build(expression, anchor, label)
        if began.days is not None or not began.is_dated:
            raise Refusal(f"'{expression}' runs from a time the calendar here cannot place")
        if began.start > anchor:
            raise Refusal(f"'{expression}' begins after the anchor: nothing has run on from it")
        if began.granularity in ("year", "decade", "century"):
            now: Parsed = Year(offset=0)
        elif began.granularity in ("month", "season", "quarter", "half"):
            now = Month(offset=0)
        else:
            now = RelativeDay(0)
        return joined(expression, began, now.build(expression, anchor, label))
