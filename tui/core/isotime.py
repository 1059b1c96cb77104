"""The one ISO 8601 reader for publication dates and anchors, and the one time-zone rule.

The rule: a ``published`` date-time is placed in its file's ``timezone`` when the file names one
(an offset written on it is converted); with no ``timezone`` its own wall clock is kept, so an
article's "yesterday" is the day before the date its writer saw. Days and coarser values are
compared in their own file's zone; instants (hours and finer) in UTC.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_DATE = re.compile(r"\s*([+-]?\d{4,})-(\d{1,2})(?:-(\d{1,2}))?")
_TIME = re.compile(
    r"[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?: ?(?:Z|[+-](\d{2})(?::?(\d{2}))?))?", re.I
)
ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}" + _TIME.pattern, re.I)
"""The shape of an ISO date-time (stripped): text of this shape is read by ``parse_iso`` or
refused. No run of spaces is matched twice over, so a long text fails in linear time."""

FINER_THAN_A_DAY = frozenset(("second", "minute", "hour", "part-of-day"))
"""Granularities that name an instant (or a few hours), compared across zones in UTC."""


def parse_iso(text: str) -> datetime | None:
    """An ISO date or date-time; an offset, when one is written, is kept (the value is aware).
    A week ("2016-W37") is not a day, though Python's reader takes it for its Monday."""
    text = text.strip()
    if _WEEK.match(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


_WEEK = re.compile(r"[+-]?\d{4}-?W", re.I)
_ORDINAL = re.compile(r"\s*[+-]?\d{4}-(\d{3})\s*$")


def wall_clock(value: datetime, zone: tzinfo | None) -> datetime | None:
    """``value`` as naive wall-clock time in ``zone``; a naive value is taken as already there.

    With no zone an offset is dropped and the wall clock kept. None when the converted time falls
    outside the years 1 to 9999 (``9999-12-31T23:00-05:00`` in UTC).
    """
    if value.tzinfo is None or zone is None:
        return value.replace(tzinfo=None)
    try:
        return value.astimezone(zone).replace(tzinfo=None)
    except (OverflowError, ValueError):
        return None


def in_utc(value: datetime, zone: tzinfo | None) -> datetime:
    """A naive wall-clock time in ``zone`` as naive UTC, for comparing instants across files; the
    value itself where that would leave the years 1 to 9999."""
    if zone is None:
        return value
    try:
        return value.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError):
        return value


def iso_problem(text: str) -> str:
    """Why ``text`` is not an ISO date or date-time, as precisely as can be said."""
    if _WEEK.match(text.strip()):
        return "is an ISO week, not a day: give the day as YYYY-MM-DD"
    ordinal = _ORDINAL.match(text)
    if ordinal is not None:
        return f"is an ordinal date (day {int(ordinal[1])} of the year): write it as YYYY-MM-DD"
    match = _DATE.match(text)
    if match is None:
        return "is not an ISO date or date-time (e.g. 2016-09-18)"
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return f"has month {month}, and months run from 01 to 12"
    if not 1 <= year <= 9999:
        return f"has year {year}; years 1 to 9999 are supported"
    if match[3] is not None:
        day, last = int(match[3]), calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            name = calendar.month_name[month]
            return (
                f"is a day the calendar does not have: {name} {year} has {last} days"
                if day > last
                else "has day 0, and days start at 01"
            )
    return time_problem(text, match.end()) or (
        "is not an ISO date or date-time (e.g. 2016-09-18 or 2016-09-18T14:30+03:00)"
    )


def time_problem(text: str, at: int) -> str | None:
    """Why the time of an ISO date-time starting at ``at`` is no time ("T10:60", "+05:99"), or
    None. Python's reader takes an offset's minutes up to 99, so they are checked here too."""
    time = _TIME.match(text, at)
    if time is not None:
        for value, (what, limit) in zip(time.groups(), _TIME_FIELDS, strict=True):
            if value is not None and int(value) > limit:
                return f"has {what} {value}, and {what}s run from 00 to {limit}"
    return None


_TIME_FIELDS = (
    ("hour", 23),
    ("minute", 59),
    ("second", 59),
    ("offset hour", 23),
    ("offset minute", 59),
)


_NO_PLACE = frozenset({"localtime", "posixrules", "Factory"})
"""Zone files that name no place: the machine's own zone (a file would read one way here and
another elsewhere), the rules file behind POSIX strings, and the placeholder with no offset."""
_ALIAS_TREES = ("posix/", "right/")
"""Copies of the zone tree: ``right/`` counts leap seconds, which no clock in a story does."""


def placeless(name: str) -> bool:
    """Whether ``name`` is a zone file that names no place, which a timeline may not use."""
    return name in _NO_PLACE or name.startswith(_ALIAS_TREES)


@cache
def zone_named(name: str) -> ZoneInfo | None:
    """The zone a file names (checked when it loaded), or None when there is no such zone: the
    one place a zone's name is turned into a zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if placeless(name):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
