"""Rules tried before all others: durations, ranges, years written with AD, times with zones,
short decades, weekends counted back and the small hours of a day.

They come first because the older rules read some of these wrongly: "a year" as last year, a
bare "90s" not at all, "1957-58" as nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.dates.days import ZONE_OFFSETS, ClockTime, ExplicitDay, RelativeDay, Week, Weekday, Weekend
from tui.dates.periods import Decade, Quarter, Year
from tui.dates.rulebook import first_rule as rule
from tui.dates.rulebook import parse_normalized
from tui.dates.shapes import Interval, Parsed, Ref, fiscal
from tui.dates.spans import DayRange, Duration, Range, Since, core_duration
from tui.dates.words import _MONTH_WORD, NUMBERS, _mod_from, _month, _number

_UNIT = r"(second|minute|hour|day|week|month|year|decade|century|centurie)s?"
_AMOUNT = (
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True))
    + r")"
)
_SPAN_LEAD = (
    r"(?:(?:for|over|during|throughout|in) )?(?:the (?:past|last|next|previous|following) )?"
)


def _unit(word: str) -> str:
    return "century" if word.startswith("centur") else word


@rule(_SPAN_LEAD + _AMOUNT + r"( and a half)?[ -]" + _UNIT + r"( and a half)?(?: long)?")
def _duration(m: re.Match[str]) -> Parsed | None:
    """ "3 months", "24 hours", "a decade", "for three months", "the past three years"."""
    amount: float | None = _number(m[1])
    if amount is None:
        try:
            amount = float(m[1])
        except ValueError:
            return None
    return Duration(amount + (0.5 if m[2] or m[4] else 0), _unit(m[3]))


@rule(
    r"(?:(?:for|over|during|in) )?(?:the (?:past|last|next) )?(?:several|a few|few|many|some) "
    + _UNIT[:-2]
    + r"s|for (?:the (?:past|last) )?"
    + _UNIT[:-2]
    + r"s|"
    + _UNIT[:-2]
    + r"s"
)
def _unknown_duration(m: re.Match[str]) -> Parsed:
    """ "for decades", "several weeks", "years": a duration with no number (``PXDE``)."""
    word = next(g for g in m.groups() if g)
    return Duration(None, _unit(word))


def _dated(shape: Parsed | None) -> bool:
    """Whether a shape names a date, so that it can be one end of a range."""
    return shape is not None and not isinstance(shape, Ref) and core_duration(shape) is None


def _range(first: str, last: str) -> Parsed | None:
    a, b = parse_normalized(first), parse_normalized(last)
    if a is None or b is None or not (_dated(a) and _dated(b)):
        return None
    if isinstance(a, ClockTime) and isinstance(b, ClockTime):
        if a.day is None:  # "from 10 a.m. to 2 p.m. EDT Saturday": the day and zone of both
            a = replace(a, day=b.day, zone=a.zone or b.zone)
        b = replace(b, zone=b.zone or a.zone)  # "10 a.m. EDT to 2 p.m. Saturday"
    return Range(a, b)


@rule(r"(1\d{3}|20\d{2}) ?([-–/]) ?(\d{2}|\d{4})")
def _year_range(m: re.Match[str]) -> Parsed | None:
    """ "1957-58", "1990-91", "2009-2010"; "2011-12" stays the ISO month December 2011."""
    if len(m[3]) == 2 and m[2] == "-" and 1 <= int(m[3]) <= 12 and " " not in m[0]:
        return None
    return _years(int(m[1]), m[3])


def _years(first: int, last_written: str) -> Parsed | None:
    """The years from ``first`` to a last year written in full or by its last two digits
    ("1999-00" ends in 2000). Two digits that would carry into the next century for a long
    stretch ("2016-13": 2016 to 2113) are no range anyone writes, and are not read as one."""
    last = int(last_written)
    if len(last_written) == 2:
        carried = last < first % 100
        last += first - first % 100 + (100 if carried else 0)
        if carried and last - first > CARRIED_YEARS:
            return None
    return Interval(Year(first), Year(last)) if last > first else None


CARRIED_YEARS = 20
"""The longest range whose two-digit end carries into the next century ("1998-02")."""


_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_TO = r" ?(?:-|–|to|and|through|until|till) ?"


@rule(
    r"(?:from |between )?("
    + _MONTH_WORD
    + r") "
    + _D
    + _TO
    + r"(?:("
    + _MONTH_WORD
    + r") )?"
    + _D
    + r"(?:,? (\d{4}))?"
)
def _day_range_month_first(m: re.Match[str]) -> Parsed:
    """ "March 3-5", "from March 3 to April 5", "Sept. 12-17, 2016"."""
    return DayRange(
        _month(m[1]),
        int(m[2]),
        int(m[4]),
        int(m[5]) if m[5] else None,
        _month(m[3]) if m[3] else None,
    )


@rule(
    r"(?:from |between )?"
    + _D
    + r"(?: ("
    + _MONTH_WORD
    + r"))?"
    + _TO
    + _D
    + r" (?:of )?("
    + _MONTH_WORD
    + r")(?:,? (\d{4}))?"
)
def _day_range_day_first(m: re.Match[str]) -> Parsed:
    """ "3 to 5 March", "3-5 March 2013", "30 December to 2 January"."""
    last_month = _month(m[4])
    first_month = _month(m[2]) if m[2] else last_month
    return DayRange(
        first_month,
        int(m[1]),
        int(m[3]),
        int(m[5]) if m[5] else None,
        last_month if m[2] else None,
    )


@rule(r"(.+?0s) and (.+?0s)")
def _decades_on_end(m: re.Match[str]) -> Parsed | None:
    """ "the late 1980s and early 1990s": one stretch when the two decades follow each other
    (two apart, "the 1960s and 1980s", are two times, not a span)."""
    first, last = parse_normalized(m[1]), parse_normalized(m[2])
    if not (isinstance(first, Decade) and isinstance(last, Decade)):
        return None
    if first.start_year is None or last.start_year != first.start_year + 10:
        return None
    return Interval(first, last)


@rule(r"between (.+?) and (.+)")
def _between(m: re.Match[str]) -> Parsed | None:
    return _range(m[1], m[2])


@rule(r"(?:from )?(.+?) (?:to|until|till|through|thru) (.+)")
def _from_to(m: re.Match[str]) -> Parsed | None:
    return _range(m[1], m[2])


@rule(r"(?:ad|a\.d\.?|ce) (\d{1,4})|(\d{1,4}) (?:ad|a\.d\.?|ce)|the year (\d{1,4})")
def _year_ad(m: re.Match[str]) -> Parsed | None:
    """ "AD 79", "476 AD", "the year 800": years below 1000 when the text says they are years."""
    year = int(m[1] or m[2] or m[3])
    return Year(year) if year >= 1 else None


_ERA_AD = r"(?:ad|a\.d\.?|ce)"


@rule(
    r"(?:(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?)?("
    + _MONTH_WORD
    + r")(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (?:"
    + _ERA_AD
    + r" (\d{1,4})|(\d{1,4}) "
    + _ERA_AD
    + r")"
)
def _date_ad(m: re.Match[str]) -> Parsed | None:
    """ "August 24, AD 79", "24 August AD 79", "August 79 AD": a day or month of a year the
    era marker says is a year, read as the same date with its year written in four digits."""
    day = m[1] or m[3]
    if m[1] and m[3]:
        return None
    year = int(m[4] or m[5])
    if year < 1:
        return None
    return parse_normalized(f"{m[2]} {day + ', ' if day else ''}{year:04d}")


@rule(
    r"(?:between |from )?(\d{1,4})(?: "
    + _ERA_AD
    + r")? ?(?:and|to|-|–|until|through) ?(\d{1,4}) "
    + _ERA_AD
)
def _range_ad(m: re.Match[str]) -> Parsed | None:
    """ "between 900 and 950 AD", "from 476 to 800 AD": the era marker makes both ends years."""
    first, last = int(m[1]), int(m[2])
    return Interval(Year(first), Year(last)) if 1 <= first <= last else None


@rule(
    r"(?:the )?(1\d{3}|20\d{2}) fiscal year"
    r"|(?:the )?fiscal (?:year )?(1\d{3}|20\d{2}) ?[-/] ?(\d{2}|\d{4})"
    r"|(?:the )?fiscal (?:year )?(1\d{3}|20\d{2})(?:['’]s| s)? (first|second|third|fourth) quarter"
)
def _fiscal_period(m: re.Match[str]) -> Parsed | None:
    """ "the 2013 fiscal year", "fiscal 2012-13" (both years: where it starts is the company's),
    "fiscal 2013's second quarter"; fiscal years are named by their year, as TimeBank does."""
    if m[1]:
        return fiscal(Year(int(m[1])))
    if m[2]:
        years = _years(int(m[2]), m[3])
        return None if years is None else fiscal(years)
    return fiscal(Quarter(("first", "second", "third", "fourth").index(m[5]) + 1, int(m[4])))


_ZONE = "|".join(ZONE_OFFSETS)


@rule(
    r"(.+?),? (?:at )?(\d{1,2})(?::(\d{2}))? ?(am|pm)? ("
    + _ZONE
    + r")|(\d{1,2})(?::(\d{2}))? ?(am|pm)? ("
    + _ZONE
    + r"),? (?:on )?(.+)"
)
def _time_with_zone(m: re.Match[str]) -> Parsed | None:
    """ "20 March 2013 10:00 GMT", "10 a.m. EST on March 20, 2013": the time and its zone kept."""
    day_text, hour, minute, half, zone = (
        m.group(1, 2, 3, 4, 5) if m[1] else (m[10], m[6], m[7], m[8], m[9])
    )
    if minute is None and half is None:
        return None
    day = parse_normalized(day_text)
    if not isinstance(day, ExplicitDay) or day.part is not None or day.hour is not None:
        return None
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half == "pm" else 0)
    minutes = int(minute or 0)
    if h > 23 or minutes > 59:
        return None
    return replace(day, hour=h, minute=minutes, zone=zone)


@rule(r"(?:the )?(early |mid |late )?(\d)0 ?s")
def _short_decade(m: re.Match[str]) -> Parsed:
    """ "90s" (its apostrophe dropped): the latest 1990s or 2090s begun by the anchor's year."""
    return Decade(digit=int(m[2]), mod=_mod_from(m[1]))


@rule(r"the (week|weekend) before last|(two|three|four|2|3|4) weekends? ago")
def _before_last(m: re.Match[str]) -> Parsed | None:
    if m[1] == "week":
        return Week(-2)
    back = 1 if m[1] else (_number(m[2]) or 2) - 1
    return Weekend("last", back=back)


@rule(r"(?:the )?(?:early|small|wee) hours of (?:the )?(.+)|(.+) in the (?:early|small|wee) hours")
def _small_hours(m: re.Match[str]) -> Parsed | None:
    """ "The early hours of Sunday": the early part of that day (its first eight hours)."""
    day = parse_normalized(m[1] or m[2])
    if isinstance(day, (Weekday, RelativeDay)) and day.part is None:
        return replace(day, mod="early")
    return day if isinstance(day, ExplicitDay) and day.hour is None else None


@rule(r"(?:ever )?since (.+)")
def _since(m: re.Match[str]) -> Parsed | None:
    """ "since Monday": from then to the anchor, not the Monday alone."""
    start = parse_normalized(m[1])
    if start is None or isinstance(start, (Interval, Duration, Ref)):
        return None
    if isinstance(start, Weekday) and start.direction == "recent":
        start = replace(start, direction="on")  # the one on or before the anchor, never after
    return Since(start)
