"""Labels: a resolved span in words, for lists, headings, exports and the palette.

English whatever the locale, and without strftime, which lists of 100k events pay for.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from tui.core import deeptime
from tui.core.model import Resolution

PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
REFERENCE_NAMES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}


def format_label(resolution: Resolution | None) -> str:
    """A short label for lists: ``Sat 17 Sep 2016``, ``Sep 2016``, ``Sat 17 Sep 2016, night``."""
    if resolution is None:
        return "undated"
    return ("~" if resolution.approximate else "") + describe_span(resolution)


WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def day_label(moment: datetime | date) -> str:
    """``Sat 17 Sep 2016``: English whatever the locale, and without strftime, which lists of
    100k pay for."""
    return (
        f"{WEEKDAY_ABBREVIATIONS[moment.weekday()]} {moment.day} "
        f"{MONTH_ABBREVIATIONS[moment.month - 1]} {year_label(moment.year)}"
    )


def year_label(year: int) -> str:
    """``2016``; ``AD 79`` below 1000, where four digits ("0079") read as a code, not a year."""
    return str(year) if year >= 1000 else f"AD {year}"


def describe_span(r: Resolution) -> str:
    """The resolved span in words, at its own granularity, with the part of it that "early",
    "mid" or "late" picked out ("early Dec 2024", "the late 1970s"); before AD 1 with "BC"
    ("15 Mar 44 BC", "the 5th century BC")."""
    start, g = r.start, r.granularity
    if not r.is_dated:
        if r.value == "PAST_REF" and r.days is None:
            return f"before {day_label(r.end)}"  # "the past" amid dated headings reads as a date
        return REFERENCE_NAMES.get(r.value, r.value)
    if r.days is not None:
        return deeptime.label(r)
    if g in ("day", "part-of-day"):
        text = day_label(start)
        return f"{text}, {PART_NAMES[r.part_of_day]}" if r.part_of_day else text
    if g in ("hour", "minute", "second"):
        return f"{day_label(start)}, {start.hour:02d}:{start.minute:02d}"
    if g == "weekend":
        return f"weekend of {day_label(start)}"
    if g == "interval":
        return _interval(r)
    if g == "season":
        return _season(r)
    if g == "century":
        first_year = int(r.value) * 100
        part = _part_of(r, datetime(max(first_year, 1), 1, 1), _first_day(first_year + 100, 1))
        return f"the {part or ''}{ordinal(int(r.value) + 1)} century"
    whole = _whole_period(r)
    if whole is None:
        return r.value
    first, after = whole
    part = _part_of(r, first, after)
    if part == _SOME_DAYS:
        return _days(r)
    if g == "week":
        if part is None:
            return f"week of {day_label(start)}"  # a rolling week ("the past week")
        return {
            "": "week",
            "early ": "early in the week",
            "mid-": "the middle of the week",
            "late ": "late in the week",
        }[part] + f" of {day_label(first)}"
    part = part or ""
    if g == "month":
        return part + _month_label(first)
    if g == "quarter":
        return f"{part}Q{(first.month - 1) // 3 + 1} {year_label(first.year)}"
    if g == "half":
        return f"{part}H{1 if first.month < 7 else 2} {year_label(first.year)}"
    if g == "year":
        return f"{part}{year_label(first.year)}"
    return f"the {part}{r.value}0s"


def _season(r: Resolution) -> str:
    """ "winter 2015" by the year its value names (a winter runs into the next year), with the
    part of it the span covers: "late summer 2016", or its days ("later this winter")."""
    year = int(r.value[:4]) if _YEAR_VALUE.match(r.value) else r.start.year
    name = f"{SEASON_NAMES[r.value[-2:]]} {year_label(year)}"
    if year < 1:
        return name
    month = _SEASON_STARTS[r.value[-2:]] + 12 * (year - 1)
    first, after = (datetime(m // 12 + 1, m % 12 + 1, 1) for m in (month, month + 3))
    part = _part_of(r, first, after)
    if part == _SOME_DAYS:
        return f"{_days(r)} ({name})"
    return (part or "") + name


_SEASON_STARTS = {"SP": 2, "SU": 5, "FA": 8, "WI": 11}
"""The month a season begins, counted from 0: a meteorological season, as the resolver's."""


def _days(r: Resolution) -> str:
    """ "Mon 12 Sep 2016 – Sat 17 Sep 2016", or one day's label when the span is one day."""
    begin, last = day_label(r.start), day_label(_last_day(r))
    return begin if begin == last else f"{begin} – {last}"


def _clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _last_day(r: Resolution) -> datetime:
    """The last day an interval touches: its end is exclusive, so an end at midnight closes the
    day before, and an end at a time of day ("until 16:00") closes that day."""
    at_midnight = (r.end.hour, r.end.minute, r.end.second) == (0, 0, 0)
    return max(r.start, r.end - timedelta(days=1)) if at_midnight else r.end


_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _month_label(moment: datetime) -> str:
    return f"{MONTH_ABBREVIATIONS[moment.month - 1]} {year_label(moment.year)}"


def _interval(r: Resolution) -> str:
    """``Mon 12 Sep 2016 – Sat 17 Sep 2016``, with the times an end writes (``…, 14:05 – 16:00``
    within one day): the end's clock is read from the value, since ``end`` is exclusive."""
    start, last = r.start, _last_day(r)
    left, _, right = r.value.partition("/")
    ends = [_coarse_shape(v) for v in (left, right)]
    if "T" not in r.value and any(ends):  # "1990 – May 1999": each end as finely as written
        return " – ".join(
            {"year": year_label(day.year), "month": _month_label(day)}.get(g or "", day_label(day))
            for g, day in zip(ends, (start, last), strict=True)
        )
    end_clock = right.partition("T")[2][:5] or None
    begin = day_label(start) + (
        f", {_clock(start)}" if (start.hour, start.minute) != (0, 0) else ""
    )
    if end_clock is not None and start.date() == last.date():
        return f"{begin} – {end_clock}"
    return f"{begin} – {day_label(last)}" + (f", {end_clock}" if end_clock else "")


def _coarse_shape(value: str) -> str | None:
    """ "year" or "month" for an interval's end written that coarsely, else None."""
    if _YEAR_VALUE.fullmatch(value):
        return "year"
    return "month" if _MONTH_VALUE.fullmatch(value) else None


def describe_range(first: Resolution, last: Resolution) -> str:
    """From the earliest resolution to the latest, for a timeline's header: an interval or a week
    at either end gives only its outer day ("Thu 2 Aug – Sun 19 Aug 1990", not "– week of Mon 13
    Aug 1990", which reads as ending before the events of Thursday 16th), and a range within one
    label is that label once."""
    begin, end = describe_span(first), describe_span(last)
    if begin == end:
        return begin
    if first.granularity == "interval":
        begin = begin.partition(" – ")[0] if first.days is not None else day_label(first.start)
    elif first.granularity == "week" and first.days is None:
        begin = day_label(first.start)
    if last.granularity == "interval":
        end = end.rpartition(" – ")[2] if last.days is not None else day_label(_last_day(last))
    elif last.granularity == "week" and last.days is None:
        end = day_label(_last_day(last))
    return begin if begin == end else f"{begin} – {end}"


def narrowed(start: datetime, end: datetime, mod: str | None) -> tuple[datetime, datetime]:
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


_SOME_DAYS = "days"
"""A part of a period that is no third of it ("earlier this month" on the 18th: the 1st to the
17th): labelled by its days."""


def ordinal(n: int) -> str:
    """ "1st", "12th", "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _part_of(r: Resolution, first: datetime, after: datetime) -> str | None:
    """ "early ", "mid-", "late " or "" (the whole): which part of [first, after) the span covers;
    _SOME_DAYS for a part that is no third, None when it does not lie inside it."""
    if not first <= r.start < r.end <= after:
        return None
    for mod, part in ((None, ""), ("early", "early "), ("mid", "mid-"), ("late", "late ")):
        if (r.start, r.end) == narrowed(first, after, mod):
            return part
    return _SOME_DAYS


def _whole_period(r: Resolution) -> tuple[datetime, datetime] | None:
    """The whole week, month, quarter, half, year or decade that a resolution lies in."""
    start, g = r.start, r.granularity
    if g == "week":
        monday = datetime(start.year, start.month, start.day) - timedelta(days=start.weekday())
        return monday, until(monday, timedelta(days=7))
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(g)
    if months is not None:
        first_month = (start.month - 1) // months * months
        first = datetime(start.year, first_month + 1, 1)
        after_month = first_month + months
        return first, _first_day(start.year + after_month // 12, after_month % 12 + 1)
    if g == "decade":
        year = start.year // 10 * 10
        return datetime(year, 1, 1), _first_day(year + 10, 1)
    return None


def until(start: datetime, length: timedelta) -> datetime:
    """The end of a stretch from ``start``; the calendar's last instant for a stretch that would
    end past it (31 December 9999 ends at 9999-12-31T23:59:59.999999, not in the year 10000)."""
    try:
        return start + length
    except OverflowError:
        return datetime.max


def _first_day(year: int, month: int) -> datetime:
    """The first day of a month that ends a period; the calendar's last instant past 9999."""
    return datetime(year, month, 1) if year <= 9999 else datetime.max
