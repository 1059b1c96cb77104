"""Shapes a month long or longer: months, quarters, halves, seasons, years, decades, centuries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tui.core.deeptime import (
    century_days,
    century_value,
    day_number,
    millennium_days,
    millennium_value,
    year_iso,
)
from tui.core.model import Resolution
from tui.dates.labels import SEASON_NAMES
from tui.dates.shapes import (
    LEANS,
    MONTHS,
    SEASON_MONTHS,
    Parsed,
    _mod_word,
    _month_start,
    _month_year,
    _on,
    _part,
    _result,
    deep_result,
    third,
)


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
        elif self.month is None:
            raise ValueError("a month is named or counted")
        elif self.year is not None:
            start, why = datetime(self.year, self.month, 1), "an explicit month"
        elif self.year_offset is not None:
            start = datetime(anchor.year + self.year_offset, self.month, 1)
            why = f"{MONTHS[self.month - 1].capitalize()} of the year of {_on(anchor, label)}"
            if self.year_offset == 0 and self.lean == "future" and self.month < anchor.month:
                start = datetime(anchor.year + 1, self.month, 1)  # "takes effect this January"
                why = (
                    f"the coming {MONTHS[self.month - 1].capitalize()} as of "
                    f"{_on(anchor, label)}{LEANS['future']} and this year's is over"
                )
        else:
            year = _month_year(anchor, self.month, self.lean)
            start = datetime(year, self.month, 1)
            direction = (
                "coming" if (year, self.month) > (anchor.year, anchor.month) else "most recent"
            )
            month = MONTHS[self.month - 1].capitalize()
            why = f"the {direction} {month} as of {_on(anchor, label)}"
            why += LEANS.get(self.lean or "", "")
        last = (start.year, start.month) == (9999, 12)  # the calendar's last month ends in it
        end = datetime.max if last else _month_start(start.year, start.month + 1)
        s, e, part = _part(start, end, self.mod, anchor)
        return _result(
            expression,
            f"{start.year:04d}-{start.month:02d}",
            s,
            e,
            "month",
            self.approximate,
            part + why,
        )


@dataclass(frozen=True)
class Quarter(Parsed):
    """A quarter: numbered (in the anchor's year unless given, or unless it is told as done before
    it begins: "earned $10 million in the third quarter" in March is last year's; a quarter just
    ended is still reported in the future tense), current, latest completed, or counted."""

    number: int | None = None
    year: int | None = None
    year_offset: int = 0
    offset: int | None = None
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        current = (anchor.month - 1) // 3
        if self.offset is not None:
            index = anchor.year * 4 + current + self.offset
            year, q = divmod(index, 4)
            why = {0: "the quarter of", -1: "the latest completed quarter before"}.get(
                self.offset, f"{abs(self.offset)} quarters from"
            )
            why = f"{why} {_on(anchor, label)}"
        elif self.number is None:
            raise ValueError("a quarter is numbered or counted")
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
            elif self.year is None and self.lean == "past" and q > current:
                year -= 1  # told as done, it cannot be a quarter still to begin
                why = f"quarter {q + 1} of the year before {_on(anchor, label)}{LEANS['past']}"
            elif self.year is None and self._just_reported(q, anchor):
                year -= 1  # "will report fourth-quarter results", in January
                why = f"quarter {q + 1} of the year before {_on(anchor, label)}, just ended"
                why += ", as the results still to come are for a quarter over"
            elif (
                self.year is None
                and self.lean in ("future", "reported")
                and anchor - _month_start(year, q * 3 + 4) > _LONG_OVER
            ):
                year += 1  # still to come, it is not a quarter over for half a year
                why = f"quarter {q + 1} of the year after {_on(anchor, label)}{LEANS['future']}"
        start = datetime(year, q * 3 + 1, 1)
        return _result(
            expression,
            f"{year:04d}-Q{q + 1}",
            start,
            _month_start(year, q * 3 + 4),
            "quarter",
            False,
            why,
        )

    def _just_reported(self, q: int, anchor: datetime) -> bool:
        """Whether the results still to come are for quarter ``q`` of the year before, over
        within the last ``_JUST_OVER``, while this year's has not begun."""
        if self.lean != "reported" or q <= (anchor.month - 1) // 3:
            return False
        return anchor - _month_start(anchor.year - 1, q * 3 + 4) <= _JUST_OVER


_JUST_OVER = timedelta(days=100)
"""How long ago a quarter may have ended and still be the one whose results are to come."""
_LONG_OVER = timedelta(days=183)
"""How long a quarter told in the future tense may have been over and still be this year's: its
figures may be reported or revised for months ("will release its final estimate of
second-quarter growth on Sept. 28"); "Sales will rebound in the first quarter", on Dec. 30, is
next year's."""


@dataclass(frozen=True)
class Half(Parsed):
    """The first or second half of a year."""

    number: int
    year: int | None = None
    year_offset: int = 0
    lean: str | None = None
    """The sentence's tense: a half not yet begun told in the past is last year's ("Earnings
    rose in the second half", in January), one already over told ahead is next year's."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = self.year if self.year is not None else anchor.year + self.year_offset
        month = 1 if self.number == 1 else 7
        why = f"half {self.number} of the year of {_on(anchor, label)}"
        if self.year is None and self.year_offset == 0:
            which = ("first", "second")[self.number - 1]
            if self.lean == "past" and datetime(year, month, 1) > anchor:
                year, why = year - 1, f"the {which} half of the year before {_on(anchor, label)}"
            elif self.lean == "future" and _month_start(year, month + 6) <= anchor:
                year, why = year + 1, f"the {which} half of the year after {_on(anchor, label)}"
            why += LEANS.get(self.lean or "", "")
        start = datetime(year, month, 1)
        return _result(
            expression,
            f"{year:04d}-H{self.number}",
            start,
            _month_start(year, start.month + 6),
            "half",
            False,
            "an explicit half-year" if self.year else why,
        )


@dataclass(frozen=True)
class Season(Parsed):
    """A season: the one under way on the anchor, else the anchor's year's, or by the tense
    the last or the next ("froze in winter" in May is the winter before); "last" is the last
    whole one before the anchor, "next" the next to begin; a written year says otherwise."""

    season: str
    year: int | None = None
    offset: int = 0
    mod: str | None = None
    this: bool = False
    lean: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        name, month = SEASON_NAMES[self.season], SEASON_MONTHS[self.season]
        year = anchor.year
        under_way = next(
            (
                y
                for y in (year - 1, year)
                if datetime(y, month, 1) <= anchor < _month_start(y, month + 3)
            ),
            None,
        )
        if self.year is not None:
            year, why = self.year, "an explicit season"
        elif self.offset < 0 or (self.lean == "past" and under_way is None and not self.this):
            while _month_start(year, month + 3) > anchor:
                year -= 1
            why = f"the last whole {name} before {_on(anchor, label)}"
            why += "" if self.offset else LEANS["past"]
        elif self.offset > 0 or (self.lean == "future" and under_way is None and not self.this):
            while datetime(year, month, 1) <= anchor:
                year += 1
            why = f"the next {name} after {_on(anchor, label)}"
            why += "" if self.offset else LEANS["future"]
        elif under_way is not None:
            year, why = under_way, f"the {name} under way on {_on(anchor, label)}"
        else:
            why = f"the {name} of the year of {_on(anchor, label)}"
        start = datetime(year, SEASON_MONTHS[self.season], 1)
        s, e, part = _part(start, _month_start(year, start.month + 3), self.mod, anchor)
        return _result(expression, f"{year:04d}-{self.season}", s, e, "season", False, part + why)


@dataclass(frozen=True)
class Year(Parsed):
    """A year: explicit, or counted from the anchor's (this year, last year, five years ago)."""

    year: int | None = None
    offset: int = 0
    mod: str | None = None
    approximate: bool = False
    lean: str | None = None
    """The sentence's tense: the end of the year told as past, early in a year, is last year's."""
    bare: bool = False
    """Written "the year", which a report early in January means as the year just ended."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = self.year if self.year is not None else anchor.year + self.offset
        if self._end_told_as_past(year, anchor) or self._just_ended(anchor):
            year -= 1  # "targets were missed by the end of the year", in January
        if self.year is not None:
            why = "an explicit year"
        else:
            offset = year - anchor.year
            when = {0: "the year of", -1: "the year before", 1: "the year after"}.get(
                offset, f"{abs(offset)} years {'before' if offset < 0 else 'after'}"
            )
            why = f"{when} {_on(anchor, label)}" + (LEANS["past"] if offset != self.offset else "")
        if year < 1:
            days = _narrow_days(day_number(year), day_number(year + 1), third(self.mod))
            why = _mod_word(third(self.mod)) + why
            return deep_result(expression, year_iso(year), days, "year", self.approximate, why)
        after = datetime(year + 1, 1, 1) if year < 9999 else datetime.max
        s, e, part = _part(datetime(year, 1, 1), after, self.mod, anchor)
        return _result(expression, f"{year:04d}", s, e, "year", self.approximate, part + why)

    def _just_ended(self, anchor: datetime) -> bool:
        """Whether this is "the year" told as done in January ("Sales rose 3 percent for the
        year"): the year whose figures are in is the one just ended, not the one begun."""
        return self.bare and self.lean == "past" and self.mod is None and anchor.month == 1

    def _end_told_as_past(self, year: int, anchor: datetime) -> bool:
        """Whether this is "the end of the year" told as done while the anchor's year-end is
        still to come: then it is the year before's."""
        if self.year is not None or self.offset or self.mod != "late" or self.lean != "past":
            return False
        if not 1 <= year < 9999:
            return False
        return _part(datetime(year, 1, 1), datetime(year + 1, 1, 1), "late", anchor)[0] > anchor


@dataclass(frozen=True)
class Decade(Parsed):
    """A decade, as TIMEX3 writes it: the 1990s is ``199``."""

    start_year: int | None = None
    offset: int = 0
    mod: str | None = None
    digit: int | None = None
    """The tens digit of a decade written short ("the '00s"): the latest such decade begun by
    the anchor's year, so "the '00s" is the 2000s in 2016 and the 1900s in 1998."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.digit is not None:
            first = 2000 + 10 * self.digit
            first = first if first <= anchor.year else first - 100
            why = f"the latest '{self.digit}0s begun by {_on(anchor, label)}"
        elif self.start_year is not None:
            first, why = self.start_year, "an explicit decade"
        else:
            first = (anchor.year // 10 + self.offset) * 10
            why = f"the decade before {_on(anchor, label)}"
        s, e, part = _part(datetime(first, 1, 1), datetime(first + 10, 1, 1), self.mod, anchor)
        return _result(expression, f"{first // 10:03d}", s, e, "decade", False, part + why)


def _narrow_days(first: int, after: int, mod: str | None) -> tuple[int, int]:
    """``narrowed`` for day numbers: the early, middle or late third, in whole days."""
    if mod is None:
        return first, after
    size = -(-(after - first) // 3)
    if mod == "early":
        return first, first + size
    if mod == "mid":
        return first + size, after - size
    return after - size, after


@dataclass(frozen=True)
class Century(Parsed):
    """A century: the 20th century is ``19``; the 5th century BC (500-401 BC) is EDTF's
    ``-04XX``."""

    number: int
    bc: bool = False
    mod: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.bc:
            days = _narrow_days(*century_days(self.number, True), third(self.mod))
            why = _mod_word(third(self.mod)) + "an explicit century BC"
            value = century_value(self.number, True)
            return deep_result(expression, value, days, "century", False, why)
        first = (self.number - 1) * 100
        start, end = datetime(max(first, 1), 1, 1), datetime(first + 100, 1, 1)
        s, e, part = _part(start, end, self.mod, anchor)
        why = part + "an explicit century"
        return _result(expression, f"{self.number - 1:02d}", s, e, "century", False, why)


@dataclass(frozen=True)
class Millennium(Parsed):
    """A millennium BC: the 3rd millennium BC (3000-2001 BC) is EDTF's ``-2XXX``."""

    number: int
    mod: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        days = _narrow_days(*millennium_days(self.number), third(self.mod))
        why = _mod_word(third(self.mod)) + "an explicit millennium BC"
        return deep_result(expression, millennium_value(self.number), days, "century", False, why)
