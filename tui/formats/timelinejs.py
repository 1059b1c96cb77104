"""TimelineJS3 JSON export (https://timeline.knightlab.com/docs/json-format.html).

What TimelineJS shows is in its documented fields: a title slide, one slide per dated event with
its date parts, ``display_date`` (what the numbers cannot say: "~", "night", "the 1990s"),
``text.headline``, ``text.text`` (details as paragraphs, quotes as blockquotes, the source as a
linked credit), ``group`` (the first tag) and ``unique_id``. An article's URL is the ``media`` of
the first slide that cites it only, so that TimelineJS does not show the same page on every
slide. Slides never get an invented date: undated events and vague references have none.

What TimelineJS has no field for travels in a ``timeline_explorer`` object, which TimelineJS
ignores and ``timeline import timelinejs`` reads back: the summary, the time zone, the sources
with their ``published`` and article text (so that quotes are checked again after an import),
and for each event its ``when``, anchor, source, every tag, details and
quotes. Events without a date are kept there too, under ``undated``, so that a round trip loses
none of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

from tui.core import deeptime
from tui.core.model import Event, Timeline
from tui.core.urls import web_url
from tui.dates import format_label
from tui.formats.escape import html_block, html_text, one_json_line
from tui.formats.filenames import file_keys
from tui.formats.htmltext import CREDIT_CLASS
from tui.formats.options import LeftOut, Options

EXTENSION = "timeline_explorer"
"""The key of what TimelineJS has no field for; its ``version`` says how to read it."""


def _date_parts(moment: datetime, granularity: str) -> dict[str, object]:
    parts: dict[str, object] = {"year": moment.year}
    if granularity in ("decade", "century", "year"):
        return parts
    parts["month"] = moment.month
    if granularity in ("month", "quarter", "half", "season"):
        return parts
    parts["day"] = moment.day
    if granularity in ("hour", "minute", "second"):
        parts["hour"], parts["minute"] = moment.hour, moment.minute
    return parts


def _deep_parts(number: int, granularity: str) -> dict[str, object]:
    """The date parts of a day before AD 1: TimelineJS3 gives ``year`` to JavaScript's
    ``Date.setFullYear``, whose years are astronomical (-43 is 44 BC), as ours are."""
    year, month, day = deeptime.ymd(number)
    parts: dict[str, object] = {"year": year}
    if granularity in ("year", "decade", "century"):
        return parts
    parts["month"] = month
    if granularity != "month":
        parts["day"] = day
    return parts


def left_out(timeline: Timeline, options: Options | None = None) -> list[LeftOut]:
    """The events that get no slide: TimelineJS needs a date, and a vague one is not a date."""
    return [
        LeftOut(e, "no date" if e.resolution is None else "a vague reference, not a date")
        for e in timeline.events
        if e.resolution is None or not e.resolution.is_dated
    ]


def _carried(event: Event) -> dict[str, object]:
    """What the slide's documented fields cannot hold, for the import to read back exactly."""
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when,
        "anchor": event.anchor,
        "source": event.source,
        "tags": list(event.tags),
        "details": event.details,
        "quotes": [{"text": q.text, "by": q.by, "source": q.source} for q in event.quotes],
    }


def _text(timeline: Timeline, event: Event) -> str:
    parts = [html_block(event.details)] if event.details else []
    parts += [
        f"<blockquote>“{html_text(q.text)}”"
        + (f"<cite>{html_text(q.by)}</cite>" if q.by else "")
        + "</blockquote>"
        for q in event.quotes
    ]
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        name = html_text(source.title) + (f", {html_text(source.outlet)}" if source.outlet else "")
        url = web_url(source.url)
        linked = f'<a href="{html_text(url)}">{name}</a>' if url else name
        parts.append(f'<p class="{CREDIT_CLASS}">Source: {linked}</p>')
    return "".join(parts)


_INSTANT = timedelta(microseconds=1)
"""Taken from an exclusive end to reach the last minute or day inside it; the calendar's last
day ends at its last instant, which is inside it already."""
_SPANS = {
    "quarter": "month",
    "half": "month",
    "season": "month",
    "decade": "year",
    "century": "year",
}
"""Granularities longer than TimelineJS's unit for them, and the unit their last part is given in:
their slides get an end date, so that they show as a span."""


def _slide(
    timeline: Timeline, event: Event, media_shown: set[str], ids: set[str], files: dict[str, str]
) -> dict[str, object]:
    r = event.resolution
    assert r is not None
    begins, _, ends = r.value.partition("/")
    timed_start = r.granularity == "interval" and "T" in begins
    if r.days is not None:
        whole_years = r.granularity == "interval" and "-" not in begins.lstrip("-Y")
        start = _deep_parts(r.days[0], "year" if whole_years else r.granularity)
    else:
        start = _date_parts(r.start, "minute" if timed_start else r.granularity)
    start["display_date"] = format_label(r)
    slide: dict[str, object] = {
        "start_date": start,
        "text": {"headline": html_text(event.title), "text": _text(timeline, event)},
        "unique_id": _unique_id(event, ids, files),
    }
    if r.days is not None:
        if r.granularity == "interval":
            slide["end_date"] = _deep_parts(r.days[1] - 1, "year" if whole_years else "day")
    elif r.granularity == "interval" and "T" in ends:  # r.end is exclusive: a minute, or a day
        slide["end_date"] = _date_parts(r.end - _INSTANT, "minute")
    elif r.granularity == "interval":
        slide["end_date"] = _date_parts(r.end - _INSTANT, "day")
    elif r.granularity in _SPANS:  # a quarter is July to September, not a moment in July
        slide["end_date"] = _date_parts(r.end - _INSTANT, _SPANS[r.granularity])
    if event.tags:
        slide["group"] = html_text(event.tags[0])
    source = timeline.sources.get(event.source) if event.source else None
    url = web_url(source.url) if source is not None else None
    if source is not None and url is not None and source.id not in media_shown:
        media_shown.add(source.id)
        slide["media"] = {"url": url, "credit": html_text(source.outlet or source.title)}
    slide[EXTENSION] = _carried(event)
    return slide


def _unique_id(event: Event, ids: set[str], files: dict[str, str]) -> str:
    """The slide's ``unique_id``: the event's ``id``, prefixed with its file's name when another
    merged file has an event of that id (TimelineJS3 navigates by it, so each must differ)."""
    key = event.id or f"event-{event.order + 1}"
    if key in ids:
        key = f"{files.get(event.path, 'timeline')}/{key}"
    candidate, number = key, 1
    while candidate in ids:
        number += 1
        candidate = f"{key}-{number}"
    ids.add(candidate)
    return candidate


def to_timelinejs(timeline: Timeline) -> dict[str, object]:
    """A TimelineJS3 document: a title slide, one slide per dated event, and what TimelineJS has
    no field for under ``timeline_explorer``."""
    media_shown: set[str] = set()
    ids: set[str] = set()
    files = file_keys(timeline.paths)
    slides = [
        _slide(timeline, e, media_shown, ids, files)
        for e in timeline.events
        if e.resolution is not None and e.resolution.is_dated
    ]
    undated = [
        _carried(e) for e in timeline.events if e.resolution is None or not e.resolution.is_dated
    ]
    return {
        "title": {
            "text": {
                "headline": html_text(timeline.title),
                "text": html_block(timeline.summary or ""),
            }
        },
        "events": slides,
        EXTENSION: {
            "version": 1,
            "title": timeline.title,
            "summary": timeline.summary,
            "timezone": timeline.timezone,
            "sources": {
                s.id: {
                    "title": s.title,
                    "outlet": s.outlet,
                    "url": web_url(s.url),
                    "published": s.published,
                    "text": s.text,
                }
                for s in timeline.sources.values()
            },
            "undated": undated,
        },
    }


def render(timeline: Timeline, options: Options | None = None) -> Iterator[str]:
    """The TimelineJS3 document as indented JSON."""
    yield one_json_line(json.dumps(to_timelinejs(timeline), ensure_ascii=False, indent=2)) + "\n"
