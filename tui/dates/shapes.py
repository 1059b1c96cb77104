"""The shapes of date expressions, and how each is placed against an anchor.

A shape (``Parsed``) is what the grammar in ``dategrammar`` recognised, independent of any anchor;
its ``build`` turns it into a ``Resolution`` with the interval it covers and the reason, in words.
"""

from __future__ import annotations

from calendar import isleap
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from tui.core.model import Resolution
from tui.dates.labels import MONTH_ABBREVIATIONS, SEASON_NAMES, day_label, describe_span

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
    granularity: str,
    approximate: bool,
    why: str,
    part: str | None = None,
) -> Resolution:
    resolution = Resolution(expression, value, start, end, granularity, approximate, "", part)
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
    )


def _reason(resolution: Resolution) -> str:
    """The "why" half of a resolution's explanation, to build a larger explanation on."""
    return resolution.explanation.split(": ", 1)[-1]


@lru_cache(maxsize=4096)
def _on(anchor: datetime, label: str) -> str:
    return f"{label} on {day_label(anchor)}"


def _day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _days_apart(days: int) -> str:
    """ "3 days before", "1 day after"."""
    n = abs(days)
    return f"{n} day{'s' * (n != 1)} {'before' if days < 0 else 'after'}"


def _iso_week(d: date) -> tuple[str, datetime]:
    """The TIMEX3 value of the ISO week holding a day (``2016-W37``), and its Monday."""
    year, week, weekday = d.isocalendar()
    return f"{year}-W{week:02d}", _day(d - timedelta(days=weekday - 1))


def _narrow(start: datetime, end: datetime, mod: str | None) -> tuple[datetime, datetime]:
    """The part of an interval that 'early', 'mid' or 'late' picks out: thirds, in whole days
    (rounded up) from three days on, so a week is Mon–Wed, Thu, Fri–Sun."""
    if mod is None:
        return start, end
    span = end - start
    third = span / 3 if span < timedelta(days=3) else timedelta(days=-(-span.days // 3))
    if mod == "early":
        return start, start + third
    if mod == "mid":
        return start + third, end - third
    return end - third, end


def _mod_word(mod: str | None) -> str:
    return {
        "early": "the early part of ",
        "mid": "the middle of ",
        "late": "the late part of ",
    }.get(mod or "", "")


class Parsed:
    """A recognised shape, independent of any anchor."""

    approximate: bool = False

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        """Place the shape against the anchor."""
        raise NotImplementedError


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
            "PRESENT_REF": "the present",
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
        else:
            why = f"{_days_apart(self.offset)} {_on(anchor, label)}"
        return _with_part(expression, start, self.part, self.mod, self.approximate, why)


def _with_part(
    expression: str, start: datetime, part: str | None, mod: str | None, approximate: bool, why: str
) -> Resolution:
    if part is not None:
        lo, hi = PART_HOURS[part]
        return _result(
            expression,
            f"{start:%Y-%m-%d}T{part}",
            start + timedelta(hours=lo),
            start + timedelta(hours=hi),
            "part-of-day",
            approximate,
            why,
            part,
        )
    s, e = _narrow(start, start + timedelta(days=1), mod)
    return _result(expression, f"{start:%Y-%m-%d}", s, e, "day", approximate, _mod_word(mod) + why)


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
        elif self.lean == "future" and self.direction != "last" and back:
            d = today + timedelta(days=7 - back)
            why = f"the {name} after {_on(anchor, label)}{LEANS['future']}"
        elif self.direction == "last":
            d = today - timedelta(days=back or 7)
            why = f"the {name} before {_on(anchor, label)}"
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

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        value, monday = _iso_week(anchor.date() + timedelta(weeks=self.offset))
        start, end = _narrow(monday, monday + timedelta(days=7), self.mod)
        when = {0: "the week of", -1: "the week before", 1: "the week after"}.get(
            self.offset, f"{abs(self.offset)} weeks {'before' if self.offset < 0 else 'after'}"
        )
        return _result(
            expression,
            value,
            start,
            end,
            "week",
            self.approximate,
            f"{_mod_word(self.mod)}{when} {_on(anchor, label)}",
        )


@dataclass(frozen=True)
class PastWeek(Parsed):
    """ "the past week": the seven days before the anchor, named by the ISO week holding most of them."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        end = _day(anchor.date())
        value, _ = _iso_week(anchor.date() - timedelta(days=4))
        return _result(
            expression,
            value,
            end - timedelta(days=7),
            end,
            "week",
            False,
            f"the seven days before {_on(anchor, label)}",
        )


@dataclass(frozen=True)
class Weekend(Parsed):
    """A weekend: "the weekend" is the most recent one (this one if the anchor is on it); "last
    weekend" said on a weekend is the one before; "this weekend" said on a weekday is the coming
    one, as is "next weekend"."""

    which: str = "recent"

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        today = anchor.date()
        on_weekend = today.weekday() >= 5
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
        if self.which == "last" and on_weekend:
            saturday -= timedelta(weeks=1)
        elif self.which == "next" or (self.which == "this" and not on_weekend):
            saturday += timedelta(weeks=1)
        year, week, _ = saturday.isocalendar()
        relation = (
            "this weekend, at"
            if saturday <= today < saturday + timedelta(days=2)
            else "the weekend after"
            if saturday > today
            else "the weekend before"
        )
        return _result(
            expression,
            f"{year}-W{week:02d}-WE",
            _day(saturday),
            _day(saturday) + timedelta(days=2),
            "weekend",
            False,
            f"{relation} {_on(anchor, label)}",
        )


def _month_start(year: int, month: int) -> datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1)


@dataclass(frozen=True)
class Month(Parsed):
    """A month: named (nearest the anchor unless a year is given) or counted from the anchor's."""

    month: int | None = None
    year: int | None = None
    offset: int | None = None
    year_offset: int | None = None
    mod: str | None = None
    approximate: bool = False
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.offset is not None:
            start = _month_start(anchor.year, anchor.month + self.offset)
            when = {0: "the month of", -1: "the month before", 1: "the month after"}.get(
                self.offset, f"{abs(self.offset)} months {'before' if self.offset < 0 else 'after'}"
            )
            why = f"{when} {_on(anchor, label)}"
        elif self.year is not None:
            start, why = datetime(self.year, self.month, 1), "an explicit month"
        elif self.year_offset is not None:
            start = datetime(anchor.year + self.year_offset, self.month, 1)
            why = f"{MONTHS[self.month - 1].capitalize()} of the year of {_on(anchor, label)}"
        else:
            year = _month_year(anchor, self.month, self.lean)
            start = datetime(year, self.month, 1)
            direction = (
                "coming" if (year, self.month) > (anchor.year, anchor.month) else "most recent"
            )
            why = f"the {direction} {MONTHS[self.month - 1].capitalize()} at {_on(anchor, label)}"
            why += LEANS.get(self.lean or "", "")
        end = _month_start(start.year, start.month + 1)
        s, e = _narrow(start, end, self.mod)
        return _result(
            expression, f"{start:%Y-%m}", s, e, "month", self.approximate, _mod_word(self.mod) + why
        )


UPCOMING_MONTHS = 4
"""A month named without a year is the coming one when at most this many months ahead, else the last one.

News looks back more than forward; in the dev set a month two or three ahead is almost always this
coming one, and one five or more ahead almost always last year's.
"""


LEANS = {"future": ", as the sentence looks ahead", "past": ", as the sentence looks back"}
"""What an explanation adds when the tense of the sentence chose the direction."""


def _month_year(anchor: datetime, month: int, lean: str | None = None) -> int:
    """The year of a month named without one: by the tense when it is known, else by UPCOMING_MONTHS."""
    ahead = (month - anchor.month) % 12
    if ahead == 0:
        return anchor.year
    if lean is not None:
        return anchor.year + (month < anchor.month if lean == "future" else -(month > anchor.month))
    if ahead <= UPCOMING_MONTHS:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month < anchor.month else anchor.year - 1


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
        inner = self.day.build(expression, anchor, label)
        return _with_part(
            expression,
            _day(inner.start.date() + timedelta(days=self.days)),
            None,
            None,
            inner.approximate,
            f"{_days_apart(self.days)} {_reason(inner)}",
        )


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

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.day_date is not None:
            d, why = self.day_date, "an explicit date"
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
                f"the {direction} {MONTH_ABBREVIATIONS[d.month - 1]} {d.day} at {_on(anchor, label)}"
                f"{LEANS.get(self.lean or '', '')}"
            )
        if self.hour is not None:
            start = datetime(d.year, d.month, d.day) + timedelta(
                hours=self.hour, minutes=self.minute
            )
            return _result(
                expression,
                f"{start:%Y-%m-%dT%H:%M}",
                start,
                start + timedelta(minutes=1),
                "minute",
                self.approximate,
                why,
            )
        return _with_part(expression, _day(d), self.part, None, self.approximate, why)


def _leaning_year(today: date, month: int, day: int, lean: str) -> int:
    """The year of a month and day in a sentence that looks ahead (the first on or after the anchor,
    or just passed) or back (the last on or before it); 29 February looks as far as a leap year."""
    years = [
        y for y in range(today.year - 4, today.year + 5) if month != 2 or day != 29 or isleap(y)
    ]
    if lean == "future":
        return min(y for y in years if (date(y, month, day) - today).days >= -JUST_PASSED_DAYS)
    return max(y for y in years if date(y, month, day) <= today)


def _day_far_ahead(anchor: datetime, day: int) -> bool:
    """Whether a day later in the anchor's own month is too far ahead to be meant."""
    return day - anchor.day > 20


@dataclass(frozen=True)
class ClockTime(Parsed):
    """A time of day, on the anchor's day or on a weekday: "12:30 p.m. Saturday", "midnight Friday"."""

    hour: int
    minute: int
    day: Parsed | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.day is not None:
            base = self.day.build(expression, anchor, label)
            d, why = base.start.date(), _reason(base)
        else:
            d, why = anchor.date(), f"the day of {_on(anchor, label)}"
        start = _day(d) + timedelta(hours=self.hour, minutes=self.minute)
        value = f"{d:%Y-%m-%d}T24" if self.hour == 24 else f"{start:%Y-%m-%dT%H:%M}"
        at = (
            "midnight at the end of" if self.hour == 24 else f"{self.hour:02d}:{self.minute:02d} on"
        )
        return _result(
            expression, value, start, start + timedelta(minutes=1), "minute", False, f"{at} {why}"
        )


@dataclass(frozen=True)
class Quarter(Parsed):
    """A quarter: numbered (in the anchor's year unless given), current, latest completed, or counted."""

    number: int | None = None
    year: int | None = None
    year_offset: int = 0
    offset: int | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        current = (anchor.month - 1) // 3
        if self.offset is not None:
            index = anchor.year * 4 + current + self.offset
            year, q = divmod(index, 4)
            why = {0: "the quarter of", -1: "the latest completed quarter before"}.get(
                self.offset, f"{abs(self.offset)} quarters from"
            )
            why = f"{why} {_on(anchor, label)}"
        else:
            year = self.year if self.year is not None else anchor.year + self.year_offset
            q = self.number - 1
            why = (
                "an explicit quarter"
                if self.year is not None
                else f"quarter {q + 1} of the year of {_on(anchor, label)}"
            )
            if self.year_offset and self.year is None:
                why = f"quarter {q + 1} of the year before {_on(anchor, label)}"
        start = datetime(year, q * 3 + 1, 1)
        return _result(
            expression,
            f"{year}-Q{q + 1}",
            start,
            _month_start(year, q * 3 + 4),
            "quarter",
            False,
            why,
        )


@dataclass(frozen=True)
class Half(Parsed):
    """The first or second half of a year."""

    number: int
    year: int | None = None
    year_offset: int = 0

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = self.year if self.year is not None else anchor.year + self.year_offset
        start = datetime(year, 1 if self.number == 1 else 7, 1)
        return _result(
            expression,
            f"{year}-H{self.number}",
            start,
            _month_start(year, start.month + 6),
            "half",
            False,
            "an explicit half-year"
            if self.year
            else f"half {self.number} of the year of {_on(anchor, label)}",
        )


@dataclass(frozen=True)
class Season(Parsed):
    """A season: this year's unless "last"/"next" or a year says otherwise."""

    season: str
    year: int | None = None
    offset: int = 0
    mod: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.year is not None:
            year, why = self.year, "an explicit season"
        else:
            year = anchor.year
            if self.offset < 0:
                begins = datetime(year, SEASON_MONTHS[self.season], 1)
                year = year - 1 if begins > anchor else year
                why = f"the last {SEASON_NAMES[self.season]} before {_on(anchor, label)}"
            elif self.offset > 0:
                begins = datetime(year, SEASON_MONTHS[self.season], 1)
                year = year + 1 if begins <= anchor else year
                why = f"the next {SEASON_NAMES[self.season]} after {_on(anchor, label)}"
            else:
                why = f"the {SEASON_NAMES[self.season]} of the year of {_on(anchor, label)}"
        start = datetime(year, SEASON_MONTHS[self.season], 1)
        s, e = _narrow(start, _month_start(year, start.month + 3), self.mod)
        return _result(
            expression, f"{year}-{self.season}", s, e, "season", False, _mod_word(self.mod) + why
        )


@dataclass(frozen=True)
class Year(Parsed):
    """A year: explicit, or counted from the anchor's (this year, last year, five years ago)."""

    year: int | None = None
    offset: int = 0
    mod: str | None = None
    approximate: bool = False

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = self.year if self.year is not None else anchor.year + self.offset
        if self.year is not None:
            why = "an explicit year"
        else:
            when = {0: "the year of", -1: "the year before", 1: "the year after"}.get(
                self.offset, f"{abs(self.offset)} years {'before' if self.offset < 0 else 'after'}"
            )
            why = f"{when} {_on(anchor, label)}"
        s, e = _narrow(datetime(year, 1, 1), datetime(year + 1, 1, 1), self.mod)
        return _result(
            expression, str(year), s, e, "year", self.approximate, _mod_word(self.mod) + why
        )


@dataclass(frozen=True)
class Decade(Parsed):
    """A decade, as TIMEX3 writes it: the 1990s is ``199``."""

    start_year: int | None = None
    offset: int = 0
    mod: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        first = (
            self.start_year
            if self.start_year is not None
            else (anchor.year // 10 + self.offset) * 10
        )
        why = (
            "an explicit decade"
            if self.start_year is not None
            else f"the decade before {_on(anchor, label)}"
        )
        s, e = _narrow(datetime(first, 1, 1), datetime(first + 10, 1, 1), self.mod)
        return _result(
            expression, str(first // 10), s, e, "decade", False, _mod_word(self.mod) + why
        )


@dataclass(frozen=True)
class Century(Parsed):
    """A century: the 20th century is ``19``."""

    number: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        first = (self.number - 1) * 100
        return _result(
            expression,
            f"{self.number - 1:02d}",
            datetime(max(first, 1), 1, 1),
            datetime(first + 100, 1, 1),
            "century",
            False,
            "an explicit century",
        )


@dataclass(frozen=True)
class Span(Parsed):
    """A stretch of days from the anchor: "for five days" after an event."""

    days: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        start = _day(anchor.date())
        end = start + timedelta(days=self.days)
        last = end - timedelta(days=1)
        return _result(
            expression,
            f"{start:%Y-%m-%d}/{last:%Y-%m-%d}",
            start,
            end,
            "interval",
            False,
            f"{self.days} days from {_on(anchor, label)}",
        )


@dataclass(frozen=True)
class Interval(Parsed):
    """An EDTF interval: ``2016-09-12/2016-09-17``."""

    first: Parsed
    last: Parsed

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        a = self.first.build(expression, anchor, label)
        b = self.last.build(expression, anchor, label)
        if b.end <= a.start:
            raise ValueError("the interval ends before it starts")
        return _result(
            expression,
            f"{a.value}/{b.value}",
            a.start,
            b.end,
            "interval",
            a.approximate or b.approximate,
            "an explicit interval",
        )


@dataclass(frozen=True)
class Approximately(Parsed):
    """Any shape, hedged ("nearly", "about") or EDTF-qualified (``?``, ``~``, ``%``)."""

    inner: Parsed
    word: str

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
            f"{why} (approximate: '{self.word}')",
            r.part_of_day,
        )


def leaning(shape: Parsed, tense: str) -> Parsed:
    """The shape read in a sentence's tense ("past" or "future"), where the tense can choose the date."""
    names = {f.name for f in fields(shape)} if hasattr(shape, "__dataclass_fields__") else set()
    if "lean" in names:
        return replace(shape, lean=tense)
    for inner in ("inner", "day"):
        if inner in names and isinstance(getattr(shape, inner), Parsed):
            return replace(shape, **{inner: leaning(getattr(shape, inner), tense)})
    return shape
