"""Deep time: days before 1 January AD 1, which Python's ``datetime`` cannot hold.

The representation: a ``Resolution`` that begins before AD 1 carries ``days``, the day numbers
of its interval [start, end), counted in the proleptic Gregorian calendar (ISO 8601's) from
day 0 = 0001-01-01, negative before it. Years are astronomical: year 0 is 1 BC, year -43 is
44 BC. Its ``start`` and ``end`` are then only clamped to what ``datetime`` can hold (``start``
the earliest datetime), so old code never crashes; everything that orders or places events asks
``seconds`` for the position instead. Years 1 to 9999 with no ``days`` are exactly as before.

The value is EDTF (ISO 8601-2) with astronomical years: ``-0043`` for 44 BC, ``-0043-03-15``,
``-04XX`` for the 5th century BC (500-401 BC, astronomical -499 to -400), ``-2XXX`` for the
3rd millennium BC, and ``Y-12000`` past four digits. TIMEX3's ``BC0044`` is never written.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from tui.core.model import Resolution

CYCLE_DAYS = 146_097
"""Days in 400 Gregorian years: the calendar (weekdays included) repeats after them exactly."""
CYCLE_YEARS = 400
EARLIEST = datetime(1, 1, 1)
"""Where a deep-time resolution's ``start`` is clamped to."""
_DAY = 86_400.0
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_number(year: int, month: int = 1, day: int = 1) -> int:
    """The day number of a proleptic Gregorian date in any astronomical year (0001-01-01 is 0);
    raises ValueError for a day the calendar does not have."""
    cycles, within = divmod(year - 1, CYCLE_YEARS)
    return cycles * CYCLE_DAYS + date(within + 1, month, day).toordinal() - 1


def ymd(number: int) -> tuple[int, int, int]:
    """The astronomical (year, month, day) of a day number."""
    cycles, within = divmod(number, CYCLE_DAYS)
    d = date.fromordinal(within + 1)
    return d.year + cycles * CYCLE_YEARS, d.month, d.day


def clamped(number: int) -> datetime:
    """The day as a ``datetime`` where one exists, else the nearest one that does."""
    if number < 0:
        return EARLIEST
    if number >= date.max.toordinal():
        return datetime.max.replace(hour=0, minute=0, second=0, microsecond=0)
    return EARLIEST + timedelta(days=number)


def bounds(days: tuple[int, int]) -> tuple[datetime, datetime]:
    """The ``start`` and ``end`` a deep-time resolution carries: clamped, and ``end`` after
    ``start`` so that code computing with them never steps outside the calendar."""
    start, end = clamped(days[0]), clamped(days[1])
    return start, max(end, start + timedelta(days=1))


def _datetime_seconds(moment: datetime) -> float:
    return (moment.replace(tzinfo=None) - EARLIEST).total_seconds()


def seconds(r: Resolution) -> float:
    """Where a resolution begins, in seconds since 0001-01-01 (negative before it): the one
    position every consumer that orders or places events uses."""
    if r.days is not None:
        return r.days[0] * _DAY
    return _datetime_seconds(r.start)


def end_seconds(r: Resolution) -> float:
    """Where a resolution ends (exclusive), as ``seconds`` counts."""
    if r.days is not None:
        return r.days[1] * _DAY
    return _datetime_seconds(r.end)


def year_iso(year: int) -> str:
    """An astronomical year as EDTF writes it: ``2016``, ``0079``, ``0000`` (1 BC), ``-0043``,
    and with a ``Y`` past four digits (``Y-12000``)."""
    if -9999 <= year <= 9999:
        return f"-{-year:04d}" if year < 0 else f"{year:04d}"
    return f"Y{year}"


def day_iso(number: int) -> str:
    """``-0043-03-15``: the extended ISO 8601 day, astronomical year."""
    year, month, day = ymd(number)
    return f"{year_iso(year)}-{month:02d}-{day:02d}"


def year_words(year: int) -> str:
    """``44 BC`` for astronomical -43, ``1 BC`` for 0, ``AD 79`` for 79."""
    return f"{1 - year} BC" if year < 1 else f"AD {year}"


def ordinal(number: int) -> str:
    """``1st``, ``2nd``, ``11th``, ``23rd``."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


def century_value(number: int, bc: bool) -> str:
    """EDTF for a century by its ordinal: the 5th century BC is ``-04XX`` (astronomical -499 to
    -400, which is 500 to 401 BC); the 1st century AD stays TIMEX3's ``00``."""
    return f"-{number - 1:02d}XX" if bc else f"{number - 1:02d}"


def century_days(number: int, bc: bool) -> tuple[int, int]:
    """The days of the ``number``-th century: BC from (100·n) BC to the end of (100·n − 99) BC;
    AD as TIMEX3 counts it (the 1st century is years 0-99, the 20th 1900-1999)."""
    if bc:
        first = 1 - 100 * number
        return day_number(first), day_number(first + 100)
    first = (number - 1) * 100
    return day_number(first), day_number(first + 100)


def millennium_value(number: int) -> str:
    """EDTF for a millennium BC by its ordinal: the 3rd millennium BC is ``-2XXX``."""
    return f"-{number - 1}XXX"


def millennium_days(number: int) -> tuple[int, int]:
    """The days of the ``number``-th millennium BC: (1000·n) BC to the end of (1000·n − 999)
    BC."""
    first = 1 - 1000 * number
    return day_number(first), day_number(first + 1000)


_CENTURY_BC = re.compile(r"^-(\d{2})XX$")
_MILLENNIUM_BC = re.compile(r"^-(\d)XXX$")


def label(r: Resolution) -> str:
    """A deep-time resolution in words, at its granularity: ``15 Mar 44 BC``, ``Mar 44 BC``,
    ``44 BC``, ``the 5th century BC``, ``the 3rd millennium BC``, ``500 BC – 400 BC``."""
    assert r.days is not None
    first, after = r.days
    year, month, day = ymd(first)
    century = _CENTURY_BC.match(r.value)
    if century:
        number = int(century[1]) + 1
        part = _part(r.days, century_days(number, True))
        return f"the {part}{ordinal(number)} century BC"
    millennium = _MILLENNIUM_BC.match(r.value)
    if millennium:
        number = int(millennium[1]) + 1
        part = _part(r.days, millennium_days(number))
        return f"the {part}{ordinal(number)} millennium BC"
    if r.granularity == "interval":
        last_year, last_month, last_day = ymd(after - 1)
        if (month, day, last_month, last_day) == (1, 1, 12, 31):
            begin, end = year_words(year), year_words(last_year)
        else:
            begin, end = _day_words(first), _day_words(after - 1)
        return begin if begin == end else f"{begin} – {end}"
    if r.granularity == "day":
        return _day_words(first)
    if r.granularity == "month":
        return f"{_MONTHS[month - 1]} {year_words(year)}"
    part = (
        _part(r.days, (day_number(year), day_number(year + 1))) if r.granularity == "year" else ""
    )
    return part + year_words(year)


def _part(days: tuple[int, int], whole: tuple[int, int]) -> str:
    """ "early ", "mid-", "late " or "": which third of ``whole`` the days are."""
    if days == whole:
        return ""
    return "early " if days[0] == whole[0] else "late " if days[1] == whole[1] else "mid-"


def _day_words(number: int) -> str:
    year, month, day = ymd(number)
    return f"{day} {_MONTHS[month - 1]} {year_words(year)}"


def value_of(granularity: str, days: tuple[int, int]) -> str | None:
    """The EDTF value of a span of whole days at a granularity, or None when EDTF has no simple
    form for it here (a week, a quarter or a season in deep time)."""
    first, after = days
    year, month, _ = ymd(first)
    if granularity == "day":
        return day_iso(first)
    if granularity == "month":
        return f"{year_iso(year)}-{month:02d}"
    if granularity == "year":
        return year_iso(year)
    if granularity == "interval":
        return f"{day_iso(first)}/{day_iso(after - 1)}"
    return None


def shift_years(r: Resolution) -> int:
    """How many years, a multiple of 400, move a deep-time resolution into years 2000-2399,
    where ``datetime`` can hold it and the same calendar (weekdays, leap years) applies."""
    assert r.days is not None
    year = ymd(r.days[0])[0]
    return -(-(2000 - year) // CYCLE_YEARS) * CYCLE_YEARS
