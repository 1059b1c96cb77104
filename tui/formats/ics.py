"""iCalendar (RFC 5545): all-day events for days, timed ones for times, UIDs that stay put.

What a calendar cannot show is left out, and the command line says so: an undated event, a vague
reference ("recently"), a span longer than a month (a year-long all-day block would cover every
day of a calendar without saying anything), and a time outside years 1 to 9999 in UTC.

A UID is the event's ``id`` and its file's name (its path from the common folder when two merged
files share a name), so that retitling the timeline, reordering it or
deleting another event leaves every calendar entry where it was. An event without an ``id`` gets
one from its title and ``when``; give it an ``id`` to keep it stable when those change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from functools import lru_cache
from pathlib import PurePath

from tui.core.model import Event, Resolution, Timeline, Unresolved
from tui.core.urls import web_url
from tui.dates import format_label, resolve
from tui.formats.escape import ics_fold, ics_text
from tui.formats.filenames import file_keys
from tui.formats.moments import TIMED, utc_stamp, ymd
from tui.formats.options import LeftOut, Options

LONGEST = timedelta(days=31)
"""The longest span a calendar entry is made for: a month."""


def _problem(event: Event, zone: str) -> str | None:
    """Why ``event`` cannot be a calendar entry, or None when it can."""
    r = event.resolution
    if r is None:
        return "no date"
    if not r.is_dated:
        return "a vague reference, not a date"
    if r.days is not None:
        return "dated before AD 1, which iCalendar cannot hold"
    if not _timed(r) and r.end == datetime.max:
        return "ending on the calendar's last day, after which iCalendar has no day to end on"
    if r.end - r.start > LONGEST:
        return f"spanning {format_label(r)}, longer than a month"
    if _timed(r) and (utc_stamp(r.start, zone) is None or utc_stamp(r.end, zone) is None):
        return "a time outside the years 1 to 9999 in UTC"
    return None


def _timed(r: Resolution) -> bool:
    """Whether the entry has times, not whole days: an hour or finer, or an interval whose ends
    are times of day ("from 10 a.m. to 2 p.m. Saturday")."""
    if r.granularity in TIMED:
        return True
    return r.granularity == "interval" and (r.start.time() != time() or r.end.time() != time())


def left_out(timeline: Timeline, options: Options | None = None) -> list[LeftOut]:
    """The events the calendar leaves out, each with the reason."""
    options = options or Options()
    out = []
    for event in timeline.events:
        problem = _problem(event, options.zone_of(event, timeline))
        if problem is not None:
            out.append(LeftOut(event, problem))
    return out


def uid(event: Event, file: str | None = None) -> str:
    """A UID from the event's ``id`` and its file's name (``file``, from ``file_keys``), never
    its position or the title."""
    file = file or _stem(event.path)
    key = event.id
    if key is None:
        import hashlib  # here, not at the top: it loads OpenSSL (3 MiB), and only ics needs it

        digest = hashlib.sha256(f"{event.title}\x00{event.when}".encode()).hexdigest()[:16]
        key = f"untitled-id-{digest}"
    return f"{file}/{key}@timeline-explorer"


def _unique(key: str, taken: set[str]) -> str:
    """``key``, or with ``-2``, ``-3``... when an earlier entry has it: a calendar keeps one
    entry per UID, so two events with one UID (two untitled twins) would show as one."""
    name, _, host = key.partition("@")
    candidate, number = key, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}-{number}@{host}"
    taken.add(candidate)
    return candidate


@lru_cache(maxsize=256)
def _stem(path: str) -> str:
    return PurePath(path).stem or "timeline"


def _stamp(timeline: Timeline) -> str:
    """A DTSTAMP from the sources, never the clock, so the same timeline gives the same file."""
    published = [s.published_at for s in timeline.sources.values() if s.published_at is not None]
    latest = max(published, key=lambda p: p.replace(tzinfo=None)) if published else None
    return utc_stamp(latest or datetime(1970, 1, 1), timeline.timezone) or "19700101T000000Z"


def _names_its_date(event: Event) -> bool:
    """True when ``when`` gives its date by itself ("2016-09-17", "1953"), so that quoting it
    beside the date would say the date twice."""
    return event.anchor is None and _explicit(event.when)


@lru_cache(maxsize=4096)
def _explicit(when: str) -> bool:
    """True when ``when`` resolves to the same value against two anchors years apart."""
    try:
        values = {_value(resolve(when, anchor)) for anchor in _ANCHORS}
    except (RecursionError, ValueError, OverflowError):
        return False
    return len(values) == 1 and None not in values


_ANCHORS = (datetime(2001, 3, 14), datetime(2007, 10, 2))


def _value(result: Resolution | Unresolved) -> str | None:
    return result.value if isinstance(result, Resolution) else None


def _description(timeline: Timeline, event: Event) -> str:
    """Details, quotes, and the date as the article gave it when that says more than DTSTART."""
    r = event.resolution
    lines = [event.details.strip()] if event.details else []
    lines += [f"“{q.text}”" + (f" — {q.by}" if q.by else "") for q in event.quotes]
    if r is not None:
        said = "" if _names_its_date(event) else f" (“{event.when}”)"
        lines.append(f"Date: {format_label(r)}{said}")
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        lines.append(f"Source: {source.title}" + (f", {source.outlet}" if source.outlet else ""))
    return "\n".join(lines)


def _event_lines(timeline: Timeline, event: Event, stamp: str, zone: str, key: str) -> list[str]:
    r = event.resolution
    assert r is not None
    lines = ["BEGIN:VEVENT", f"UID:{ics_text(key)}", f"DTSTAMP:{stamp}"]
    if _timed(r):
        # an interval "to 2 p.m." holds that minute; the calendar's entry ends as it starts
        end = r.end - timedelta(minutes=1) if r.granularity == "interval" else r.end
        lines += [f"DTSTART:{utc_stamp(r.start, zone)}", f"DTEND:{utc_stamp(end, zone)}"]
    else:
        end = r.end if r.end.date() > r.start.date() else r.start + timedelta(days=1)
        lines += [f"DTSTART;VALUE=DATE:{ymd(r.start)}", f"DTEND;VALUE=DATE:{ymd(end)}"]
    lines.append(f"SUMMARY:{ics_text(('~' if r.approximate else '') + event.title)}")
    lines.append(f"DESCRIPTION:{ics_text(_description(timeline, event))}")
    source = timeline.sources.get(event.source) if event.source else None
    url = web_url(source.url) if source is not None else None
    if url is not None:
        lines.append(f"URL:{url}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(ics_text(t) for t in event.tags))
    lines.append("END:VEVENT")
    return lines


def render(timeline: Timeline, options: Options | None = None) -> Iterator[str]:
    """The timeline's events as a VCALENDAR, CRLF line endings, lines folded at 75 octets."""
    options = options or Options()
    stamp = _stamp(timeline)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Timeline Explorer//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(timeline.title)}",
    ]
    yield "".join(ics_fold(line) for line in head)
    files = file_keys(timeline.paths)
    taken: set[str] = set()
    for event in timeline.events:
        zone = options.zone_of(event, timeline)
        if _problem(event, zone) is None:
            key = _unique(uid(event, files.get(event.path)), taken)
            lines = _event_lines(timeline, event, stamp, zone, key)
            yield "".join(ics_fold(line) for line in lines)
    yield ics_fold("END:VCALENDAR")


def to_ics(timeline: Timeline) -> str:
    """The whole calendar as one string."""
    return "".join(render(timeline))
