"""Shapes a day long or shorter, and weeks: relative days, weekdays, weekends, holidays, explicit
days and clock times, each placed against the anchor."""

from __future__ import annotations

from calendar import isleap, monthrange
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone

from tui.core.isotime import wall_clock, zone_named
from tui.core.model import Resolution
from tui.dates.labels import MONTH_ABBREVIATIONS, PART_NAMES, ordinal
from tui.dates.shapes import (
    LEANS,
    MONTHS,
    WEEKDAYS,
    Parsed,
    Refusal,
    _day,
    _days_apart,
    _iso_day,
    _iso_minute,
    _iso_week,
    _month_start,
    _month_year,
    _on,
    _part,
    _reason,
    _result,
    _with_part,
)


@dataclass(frozen=True)
class RelativeDay(Parsed):
    """A day counted from the anchor: today, yesterday, five days ago, the next day."""

    offset: int
    part: str | None = None
    mod: str | None = None
    approximate: bool = False

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        d = anchor.date() + timedelta(days=self.offset)
        start = _day(d)
        if self.offset == 0:
            why = f"the day of {_on(anchor, label)}"
        elif abs(self.offset) == 1 and self.part in PART_NAMES:
            side = "before" if self.offset < 0 else "after"
            why = f"the {PART_NAMES[self.part]} of the day {side} {_on(anchor, label)}"
        else:
            why = f"{_days_apart(self.offset)} {_on(anchor, label)}"
        return _with_part(expression, start, self.part, self.mod, self.approximate, why)


@dataclass(frozen=True)
class HoursApart(Parsed):
    """ "48 hours ago", "36 hours later": the day the count lands on. From an anchor with a time
    that day is exact; from a date alone the count may land on either of two days, so it is the
    nearer one, approximate unless the count is whole days."""

    hours: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        n = abs(self.hours)
        why = f"{n} hour{'s' * (n != 1)} {'before' if self.hours < 0 else 'after'} "
        if anchor.hour or anchor.minute:
            moment = anchor + timedelta(hours=self.hours)
            return _with_part(
                expression,
                _day(moment.date()),
                None,
                None,
                False,
                f"{why}{_on(anchor, label)} at {anchor:%H:%M}",
            )
        day = anchor.date() + timedelta(days=round(self.hours / 24))
        why += f"{_on(anchor, label)}, whose time is not given"
        return _with_part(expression, _day(day), None, None, self.hours % 24 != 0, why)


@dataclass(frozen=True)
class Overnight(Parsed):
    """The night around an anchor: an event's own night, or the night before a publication."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        on_event = label.startswith("event")
        night = anchor.date() if on_event else anchor.date() - timedelta(days=1)
        why = (
            f"the night of {_on(anchor, label)}"
            if on_event
            else f"the night before {_on(anchor, label)}"
        )
        return _with_part(expression, _day(night), "NI", None, False, why)


@dataclass(frozen=True)
class Weekday(Parsed):
    """A named weekday: the most recent one, the anchor's own day if it matches, or the next one.

    A bare weekday one day after the anchor's is read as the next day, as news uses it ("Tuesday"
    in a Monday article); "on Monday" and "since Monday" look back unless the sentence speaks of
    the future (``lean``: "the talks will resume on Monday").
    """

    weekday: int
    direction: str = "recent"
    """ "recent", "last", "next", "on" ("on Monday"), "this" (this week's, still to come) or
    "ahead" (on or after the anchor: "a week from Tuesday")."""
    part: str | None = None
    mod: str | None = None
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        today = anchor.date()
        back = (today.weekday() - self.weekday) % 7
        name = WEEKDAYS[self.weekday].capitalize()
        if self.direction == "next":
            ahead = (self.weekday - today.weekday()) % 7 or 7
            d, why = today + timedelta(days=ahead), f"the {name} after {_on(anchor, label)}"
        elif self.direction == "ahead":
            ahead = (self.weekday - today.weekday()) % 7
            d, why = today + timedelta(days=ahead), f"the {name} on or after {_on(anchor, label)}"
        elif self.lean == "future" and self.direction != "last" and back:
            d = today + timedelta(days=7 - back)
            why = f"the {name} after {_on(anchor, label)}{LEANS['future']}"
        elif self.direction == "last":
            d = today - timedelta(days=back or 7)
            why = f"the {name} before {_on(anchor, label)}"
        elif self.direction == "this" and self.lean != "past" and back:
            if self.weekday < today.weekday():
                raise Refusal(
                    f"'this {name}' said after the week's {name} may be that day or the coming "
                    "one, and the sentence's tense does not say"
                )
            d = today + timedelta(days=7 - back)
            why = f"the {name} of the week of {_on(anchor, label)}, still to come"
        elif back == 0:
            d, why = today, f"the same {name} as {_on(anchor, label)}"
        elif back == 6 and self.direction == "recent" and self.lean != "past":
            d, why = today + timedelta(days=1), f"the {name} just after {_on(anchor, label)}"
        else:
            d, why = today - timedelta(days=back), f"the {name} before {_on(anchor, label)}"
            if back == 6 and self.direction == "recent":
                why += LEANS["past"]
        return _with_part(expression, _day(d), self.part, self.mod, False, why)


@dataclass(frozen=True)
class Week(Parsed):
    """An ISO week counted from the anchor's: this week, last week, six weeks ago."""

    offset: int
    mod: str | None = None
    approximate: bool = False
    lean: str | None = None
    """The sentence's tense: "will vote this week", said on a Sunday, is the week it begins."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        sunday_ahead = (
            self.offset == 0
            and self.lean == "future"
            and self.mod is None
            and anchor.weekday() == 6
        )
        offset = 1 if sunday_ahead else self.offset
        value, monday = _iso_week(anchor.date() + timedelta(weeks=offset))
        start, end, part = _part(monday, monday + timedelta(days=7), self.mod, anchor)
        when = {0: "the week of", -1: "the week before", 1: "the week after"}.get(
            offset, f"{abs(offset)} weeks {'before' if offset < 0 else 'after'}"
        )
        tail = (
            ", as a Sunday's 'this week' of what is to come is the week it begins"
            if sunday_ahead
            else ""
        )
        return _result(
            expression,
            value,
            start,
            end,
            "week",
            self.approximate,
            f"{part}{when} {_on(anchor, label)}{tail}",
        )


@dataclass(frozen=True)
class PastWeek(Parsed):
    """ "the past week": the calendar week holding most of the seven days before the anchor, as
    TimeBank values it ("the last week" on a Friday is that Friday's week). The value, the
    interval and the explanation all name that one ISO week."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        value, monday = _iso_week(anchor.date() - timedelta(days=4))
        return _result(
            expression,
            value,
            monday,
            monday + timedelta(days=7),
            "week",
            False,
            f"the calendar week (Mon–Sun) holding most of the seven days before "
            f"{_on(anchor, label)}",
        )


@dataclass(frozen=True)
class Weekend(Parsed):
    """A weekend: "the weekend" is the most recent one (this one if the anchor is on it); "last
    weekend" said on a weekend is the one before; "this weekend" said on a weekday is the coming
    one, as is "next weekend"."""

    which: str = "recent"
    back: int = 0
    """Weekends further back: "the weekend before last" is one before "last weekend"."""
    lean: str | None = None
    """The sentence's tense: "will meet at the weekend" is the coming one, "erupted this
    weekend" the one just gone."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        today = anchor.date()
        on_weekend = today.weekday() >= 5
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
        ahead = self.which == "this" or (self.which == "recent" and self.lean == "future")
        if self.which == "last" and on_weekend:
            saturday -= timedelta(weeks=1)
        elif self.which == "next" or (ahead and not on_weekend and self.lean != "past"):
            saturday += timedelta(weeks=1)
        saturday -= timedelta(weeks=self.back)
        year, week, _ = saturday.isocalendar()
        relation = (
            "this weekend, at"
            if saturday <= today < saturday + timedelta(days=2)
            else "the weekend after"
            if saturday > today
            else "the weekend before"
            if not self.back
            else f"{self.back + 1} weekends before"
        )
        return _result(
            expression,
            f"{year:04d}-W{week:02d}-WE",
            _day(saturday),
            _day(saturday) + timedelta(days=2),
            "weekend",
            False,
            f"{relation} {_on(anchor, label)}",
        )


UPCOMING_DAYS = 122
"""A holiday named without a year is the coming one when at most this many days ahead (about
UPCOMING_MONTHS), else the last one: "Election Day" a week before it, "Thanksgiving" in January."""


@dataclass(frozen=True)
class Holiday(Parsed):
    """A named holiday: "Thanksgiving Day", "last Christmas", "Election Day"."""

    name: str
    direction: str = "nearest"
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        from tui.dates.holidays import holiday

        description, rule = holiday(self.name)  # type: ignore[misc]
        today = anchor.date()
        days = [rule(anchor.year + k) for k in (-1, 0, 1)]
        before = max(d for d in days if d < today)
        after = min(d for d in days if d > today)
        if self.direction == "this":
            d, which = days[1], "of the year of"
        elif today in days and self.direction == "nearest":
            d, which = today, "on the day of"
        elif self.direction == "last" or (
            self.direction == "nearest"
            and (
                self.lean == "past" or (self.lean is None and (after - today).days > UPCOMING_DAYS)
            )
        ):
            d, which = before, "the last before"
        else:
            d, which = after, "the next after"
        return _with_part(
            expression, _day(d), None, None, False, f"{description}, {which} {_on(anchor, label)}"
        )


@dataclass(frozen=True)
class WeekOf(Parsed):
    """The ISO week a day falls in: "the week of March 6", "Easter week"."""

    day: Parsed

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        inner = self.day.build(expression, anchor, label)
        value, monday = _iso_week(inner.start.date())
        return _result(
            expression,
            value,
            monday,
            monday + timedelta(days=7),
            "week",
            inner.approximate,
            f"the week of {_reason(inner)}",
        )


@dataclass(frozen=True)
class Shifted(Parsed):
    """A day counted from another day the expression names: "the day before last Tuesday"."""

    day: Parsed
    days: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if isinstance(self.day, RelativeDay) and self.day.part is None:
            return replace(self.day, offset=self.day.offset + self.days, mod=None).build(
                expression, anchor, label
            )
        inner = self.day.build(expression, anchor, label)
        return _with_part(
            expression,
            _day(inner.start.date() + timedelta(days=self.days)),
            None,
            None,
            inner.approximate,
            f"{_days_apart(self.days)} {_reason(inner)}",
        )


ZONE_OFFSETS = {
    "gmt": "+00:00",
    "utc": "+00:00",
    "z": "+00:00",
    "bst": "+01:00",
    "cet": "+01:00",
    "cest": "+02:00",
    "est": "-05:00",
    "edt": "-04:00",
    "cst": "-06:00",
    "cdt": "-05:00",
    "mst": "-07:00",
    "mdt": "-06:00",
    "pst": "-08:00",
    "pdt": "-07:00",
}
"""Zone abbreviations news writes after a time, and their offsets from UTC."""
ZONES = tuple(z.upper() for z in ZONE_OFFSETS if len(z) > 1)
"""The zone abbreviations a time may carry, as text writes them and a message lists them."""


def _written_in(start: datetime, zone: str, place_in: str | None, why: str) -> tuple[datetime, str]:
    """A time written in ``zone`` ("gmt", or an offset "+05:00"), named in the explanation, and
    shown on ``place_in``'s clock when one is asked for."""
    offset = ZONE_OFFSETS.get(zone, zone)
    named = f"{zone.upper()} (UTC{offset})" if zone in ZONE_OFFSETS else f"UTC{offset}"
    why += f" {named} as written"
    return (start, why) if place_in is None else _shown_in(start, offset, place_in, why)


def _shown_in(start: datetime, offset: str, zone_name: str, why: str) -> tuple[datetime, str]:
    """A time written at a UTC offset as the same instant on ``zone_name``'s clock, and the
    explanation saying so when the clock reads otherwise."""
    sign = -1 if offset.startswith("-") else 1
    written = start.replace(
        tzinfo=timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    )
    shown = wall_clock(written, zone_named(zone_name) or UTC)
    if shown is None:
        raise Refusal("the date falls outside the calendar's years 1 to 9999 in that zone")
    if shown == start:
        return shown, why  # the same clock, but ``fold`` may say it is the second 01:30 of a night
    day = "" if shown.date() == start.date() else f" on {shown:%a} {shown.day} {shown:%b}"
    return shown, f"{why}, {shown:%H:%M}{day} in {zone_name}"


JUST_PASSED_DAYS = 14
"""A date this many days behind the anchor stays in its year even in a sentence that looks ahead:
"return the child by Jan. 14" on 15 January is a deadline just passed, not next year's."""


@dataclass(frozen=True)
class ExplicitDay(Parsed):
    """A calendar date, with or without a year (without: the one nearest the anchor)."""

    day_date: date | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    hour: int | None = None
    minute: int = 0
    approximate: bool = False
    lean: str | None = None
    lean_word: str | None = None
    """The word that chose the direction ("last Oct. 23"), when it was not the sentence's tense."""
    zone: str | None = None
    """The zone a time was written in ("gmt", or an ISO offset "+05:00"): the time is kept as
    written, as TimeBank values keep it, and the zone and its offset are named in the explanation;
    ``place_in`` shows it on another zone's clock."""
    weekday: int | None = None
    """The weekday written with the date ("Monday 13 September"): checked against the day the
    rules place it on, never silently dropped."""
    place_in: str | None = None
    """The zone whose clock a time written with a ``zone`` is shown on; None keeps it as written."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.day_date is not None:
            d, why = self.day_date, "an explicit date"
        elif self.month is None or self.day is None:
            raise ValueError("a date names its month and day")
        else:
            if self.lean is not None:
                year = _leaning_year(anchor.date(), self.month, self.day, self.lean)
            else:
                year = _month_year(anchor, self.month)
                if self.month == anchor.month and self.day > anchor.day + 7:
                    year = anchor.year - 1 if _day_far_ahead(anchor, self.day) else anchor.year
            d = date(year, self.month, self.day)
            direction = "coming" if d > anchor.date() else "most recent"
            why = (
                f"the {direction} {MONTH_ABBREVIATIONS[d.month - 1]} {d.day} "
                f"as of {_on(anchor, label)}"
                f"{self._leaning()}"
            )
            if self.lean == "future" and d < anchor.date():
                why += " (a date just passed, as a deadline is, not one a year on)"
        if self.weekday is not None and d.weekday() != self.weekday:
            raise Refusal(self._wrong_weekday(d, why))
        if self.hour is not None:
            start = datetime(d.year, d.month, d.day) + timedelta(
                hours=self.hour, minutes=self.minute
            )
            if self.zone is not None:
                why += f", at {start:%H:%M}"
                start, why = _written_in(start, self.zone, self.place_in, why)
            value = _iso_minute(start)
            return _result(
                expression,
                value,
                start,
                start + timedelta(minutes=1),
                "minute",
                self.approximate,
                why,
            )
        return _with_part(expression, _day(d), self.part, None, self.approximate, why)

    def _leaning(self) -> str:
        if self.lean is None or self.lean_word is None:
            return LEANS.get(self.lean or "", "")
        return f", as '{self.lean_word}' {'looks ahead' if self.lean == 'future' else 'looks back'}"

    def _wrong_weekday(self, d: date, why: str) -> str:
        """ "13 September 2016 is a Tuesday, not a Monday": without a year, the year is the one
        the rules chose, which the reason names; no other year is near enough to be meant."""
        assert self.weekday is not None
        said = (
            f"{d.day} {MONTHS[d.month - 1].capitalize()} {d.year:04d} is a "
            f"{WEEKDAYS[d.weekday()].capitalize()}, not a {WEEKDAYS[self.weekday].capitalize()}"
        )
        if self.day_date is not None:
            return said
        return f"{said} (no year is written: it is {why})"


@dataclass(frozen=True)
class DayOfMonth(Parsed):
    """ "the 25th", with no month: the next one when the sentence looks ahead, else the most
    recent, as a weekday is ("on the 25th" in a story of the 18th is last month's)."""

    day: int
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        today = anchor.date()
        near = [
            date(first.year, first.month, self.day)
            for first in (_month_start(today.year, today.month + k) for k in range(-2, 3))
            if self.day <= monthrange(first.year, first.month)[1]
        ]
        if self.day == today.day:
            return _with_part(
                expression, _day(today), None, None, False, f"the day of {_on(anchor, label)}"
            )
        if self.lean == "future":
            d, which = min(x for x in near if x > today), "next"
        else:
            d, which = max(x for x in near if x < today), "most recent"
        why = f"the {which} {ordinal(self.day)} of a month as of {_on(anchor, label)}"
        return _with_part(
            expression, _day(d), None, None, False, why + LEANS.get(self.lean or "", "")
        )


@dataclass(frozen=True)
class DayOfCountedMonth(Parsed):
    """ "the 21st of last month": that day of a month counted from the anchor's."""

    day: int
    offset: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        first = _month_start(anchor.year, anchor.month + self.offset)
        if self.day > monthrange(first.year, first.month)[1]:
            raise Refusal(f"{first:%B %Y} has no {ordinal(self.day)}")
        which = {-1: "the month before", 0: "the month of", 1: "the month after"}[self.offset]
        why = f"the {ordinal(self.day)} of {which} {_on(anchor, label)}"
        d = date(first.year, first.month, self.day)
        return _with_part(expression, _day(d), None, None, False, why)


def _leaning_year(today: date, month: int, day: int, lean: str) -> int:
    """The year of a month and day in a sentence that looks ahead (the first on or after the anchor,
    or just passed) or back (the last on or before it), in the anchor's year or the one either
    side: a 29 February further off is refused as a slip, not placed in a leap year three years
    away."""
    years = [
        y for y in range(today.year - 1, today.year + 2) if month != 2 or day != 29 or isleap(y)
    ]
    if lean == "future":
        ahead = [y for y in years if (date(y, month, day) - today).days >= -JUST_PASSED_DAYS]
    else:
        ahead = [y for y in years if date(y, month, day) <= today]
    if not ahead:
        raise Refusal(
            "no 29 February falls within a year of the anchor on that side: "
            "a 29 February needs its year"
        )
    return min(ahead) if lean == "future" else max(ahead)


def _day_far_ahead(anchor: datetime, day: int) -> bool:
    """Whether a day later in the anchor's own month is too far ahead to be meant."""
    return day - anchor.day > 20


@dataclass(frozen=True)
class ClockTime(Parsed):
    """A time of day, on the anchor's day or on a weekday: "12:30 p.m. Saturday", "midnight
    Friday"."""

    hour: int
    minute: int
    day: Parsed | None = None
    zone: str | None = None
    """The zone written after the time ("4 a.m. EDT Thursday"), as for ``ExplicitDay``."""
    place_in: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.day is not None:
            base = self.day.build(expression, anchor, label)
            d, why = base.start.date(), _reason(base)
        else:
            d, why = anchor.date(), f"the day of {_on(anchor, label)}"
        start = _day(d) + timedelta(hours=self.hour, minutes=self.minute)
        at = (
            "midnight at the end of" if self.hour == 24 else f"{self.hour:02d}:{self.minute:02d} on"
        )
        why = f"{at} {why}"
        if self.zone is not None:
            start, why = _written_in(start, self.zone, self.place_in, why + ",")
        at_midnight = self.hour == 24 and start == _day(d) + timedelta(hours=24)
        value = f"{_iso_day(d)}T24" if at_midnight else f"{_iso_minute(start)}"
        return _result(expression, value, start, start + timedelta(minutes=1), "minute", False, why)
