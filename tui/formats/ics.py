"""iCalendar (RFC 5545) export: all-day events for dates, timed ones for times; stable UIDs."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tui.core.model import Event, Timeline
from tui.core.urls import web_url

_TIMED = ("hour", "minute", "second", "part-of-day")


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Split a content line into 75-octet pieces, continuation lines starting with a space."""
    pieces, current = [], ""
    for char in line:
        limit = 75 if not pieces else 74
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return [pieces[0]] + [" " + p for p in pieces[1:]]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "timeline"


def _stamp(timeline: Timeline) -> str:
    """A DTSTAMP derived from the sources, never the clock, so the same timeline gives the same file."""
    published = [s.published_at for s in timeline.sources.values() if s.published_at is not None]
    return (max(published) if published else datetime(1970, 1, 1)).strftime("%Y%m%dT%H%M%SZ")


def _utc(moment: datetime, zone: str) -> str:
    """A local time of the timeline's zone as UTC: a TZID would need a VTIMEZONE block (RFC 5545
    3.2.19), which strict clients require and which cannot be derived well from zoneinfo."""
    local = moment.replace(tzinfo=ZoneInfo(zone)) if moment.tzinfo is None else moment
    return f"{local.astimezone(UTC):%Y%m%dT%H%M%S}Z"


def _event_lines(timeline: Timeline, event: Event, stamp: str) -> list[str]:
    r = event.resolution
    assert r is not None
    uid = f"{_slug(timeline.title)}-{event.id or f'event-{event.order + 1}'}@timeline-explorer"
    lines = ["BEGIN:VEVENT", f"UID:{_escape(uid)}", f"DTSTAMP:{stamp}"]
    if r.granularity in _TIMED:
        lines += [
            f"DTSTART:{_utc(r.start, timeline.timezone)}",
            f"DTEND:{_utc(r.end, timeline.timezone)}",
        ]
    else:
        end = r.end if r.end > r.start else r.start + timedelta(days=1)
        lines += [f"DTSTART;VALUE=DATE:{r.start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    lines.append(f"SUMMARY:{_escape(('~' if r.approximate else '') + event.title)}")
    description = [event.details or "", f"When: {event.when} — {r.explanation}"]
    description += [f"“{q.text}”" + (f" — {q.by}" if q.by else "") for q in event.quotes]
    lines.append(f"DESCRIPTION:{_escape(chr(10).join(d for d in description if d))}")
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None and web_url(source.url):
        lines.append(f"URL:{source.url}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in event.tags))
    lines.append("END:VEVENT")
    return lines


def to_ics(timeline: Timeline) -> str:
    """The timeline's resolved events as a VCALENDAR; undated events cannot be placed and are left out."""
    stamp = _stamp(timeline)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Timeline Explorer//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(timeline.title)}",
    ]
    for event in timeline.events:
        if event.resolution is not None and event.resolution.is_dated:
            lines += _event_lines(timeline, event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))
