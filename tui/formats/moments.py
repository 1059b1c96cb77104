"""Dates as the exports write them: years of four digits, instants with their UTC offset, days
before AD 1 as extended ISO 8601 with astronomical years (``-0043-03-15``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from tui.core.deeptime import day_iso
from tui.core.isotime import zone_named
from tui.core.model import Resolution

TIMED = frozenset({"hour", "minute", "second", "part-of-day"})
"""Granularities that name a time of day, not only a day: the ones whose zone matters."""

_SHORT_YEAR = re.compile(r"^(\d{1,3})(?=-)")


def zone(name: str) -> ZoneInfo:
    """The IANA zone, or UTC for a name the loader has already reported."""
    return zone_named(name) or ZoneInfo("UTC")


def aware(moment: datetime, zone_name: str) -> datetime:
    """``moment`` with its offset: a naive local time is read in ``zone_name``."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone(zone_name))


def iso(moment: datetime, zone_name: str) -> str:
    """ISO 8601 with the UTC offset in force at that moment ("2016-09-17T21:00:00+03:00")."""
    if moment.tzinfo is None:
        return _local_iso(moment, moment.fold, zone_name)
    return _isoformat(moment)


@lru_cache(maxsize=1 << 16)
def _local_iso(moment: datetime, fold: int, zone_name: str) -> str:
    """``iso`` of a wall-clock time, remembered: a timeline's events share their days, and each
    offset is a zone lookup. ``fold`` is in the key since wall-clock times that compare equal
    can be an hour apart (when clocks go back)."""
    return _isoformat(moment.replace(tzinfo=zone(zone_name)))


def _isoformat(local: datetime) -> str:
    try:
        return local.isoformat()
    except OverflowError:  # an offset before year 1 or after 9999 cannot be computed
        return local.replace(tzinfo=None).isoformat()


def utc_stamp(moment: datetime, zone_name: str) -> str | None:
    """An RFC 5545 UTC date-time (``20160917T180000Z``), or None when it falls outside years
    1 to 9999, which neither Python nor iCalendar can hold."""
    try:
        instant = aware(moment, zone_name).astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return f"{ymd(instant)}T{instant.hour:02d}{instant.minute:02d}{instant.second:02d}Z"


def ymd(moment: datetime) -> str:
    """``YYYYMMDD`` with the year zero-padded: strftime writes year 5 as ``5``."""
    return f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"


def timex_value(r: Resolution) -> str:
    """The TIMEX3 value with each year written in four digits (``0005-03-01``, not ``5-03-01``)."""
    return "/".join(_SHORT_YEAR.sub(lambda m: m.group(1).zfill(4), p) for p in r.value.split("/"))


def start_end_iso(r: Resolution, zone_name: str) -> tuple[str, str]:
    """A resolution's start and (exclusive) end as the exports write them: with their offset
    (``iso``), or for one that begins before AD 1 its days (``-0043-03-15``), which no offset
    can be computed for."""
    if r.days is not None:
        return day_iso(r.days[0]), day_iso(r.days[1])
    return iso(r.start, zone_name), iso(r.end, zone_name)
