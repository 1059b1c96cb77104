"""Render a loaded timeline for other tools; ``FORMATS`` is the registry of output formats.

Adding a format is one entry: ``"svg": Format(svg.render)``, where ``render(timeline, options)``
yields the text in pieces, and ``left_out(timeline, options)`` (optional) names the events it
cannot hold and why, which the command line reports.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from tui.core.model import Event, Resolution, Timeline
from tui.core.urls import web_url
from tui.dates import format_label
from tui.formats.escape import csv_cell, one_json_line
from tui.formats.filenames import shown_path
from tui.formats.moments import start_end_iso, timex_value
from tui.formats.options import LeftOut, Options

__all__ = ["FORMATS", "Format", "LeftOut", "Options", "render", "render_chunks"]


def _nothing_left_out(timeline: Timeline, options: Options | None = None) -> list[LeftOut]:
    return []


@dataclass(frozen=True, slots=True)
class Format:
    """An output format: how to render it, which events it cannot hold, and whether it carries
    the articles' text (so that an export of one reads what it may not share)."""

    render: Callable[[Timeline, Options], Iterable[str]]
    left_out: Callable[[Timeline, Options], list[LeftOut]] = _nothing_left_out
    carries_articles: bool = False


def render(timeline: Timeline, fmt: str, options: Options | None = None) -> str:
    """The timeline as text in one of FORMATS."""
    return "".join(render_chunks(timeline, fmt, options))


def render_chunks(timeline: Timeline, fmt: str, options: Options | None = None) -> Iterable[str]:
    """The timeline in pieces, so that a 100k-event export never holds its whole output at once."""
    try:
        chosen = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return chosen.render(timeline, options or Options())


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""One encoder for every event: ``json.dumps`` with options builds a new one per call."""


def encode_json(value: object) -> str:
    """JSON text with U+2028, U+2029 and U+0085 escaped: valid in JSON strings, they end a line
    in JavaScript and in readers that split lines, so that one event would span several."""
    return one_json_line(_ENCODE(value))


def json_chunks(timeline: Timeline, options: Options | None = None) -> Iterator[str]:
    """The JSON export, one event per line: readable, and written by the C encoder (indent= is
    not)."""
    head = encode_json(to_json(timeline, events=False))[:-1]
    yield head + ', "events": [\n'
    last = len(timeline.events) - 1
    shown = shown_path(timeline.paths)
    for index, event in enumerate(timeline.events):
        zone = (options or Options()).zone_of(event, timeline)
        line = encode_json(event_json(event, zone, shown(event.path)))
        yield line + (",\n" if index < last else "\n")
    yield "]}\n"


def _dated(r: Resolution | None) -> Resolution | None:
    """The resolution when an export may state its dates: a vague reference ("a few years ago"
    is the past) has only the interval the explorer sorts it by, which is no claim about when."""
    return r if r is not None and r.is_dated else None


def event_json(event: Event, zone: str = "UTC", file: str | None = None) -> dict[str, object]:
    """One event as the export contract describes it; start and end carry their UTC offset, and
    ``file`` is its YAML's path as published (``shown_path``)."""
    r = event.resolution
    dated = _dated(r)
    start, end = start_end_iso(dated, zone) if dated else (None, None)
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when,
        "date": timex_value(r) if r else None,
        "start": start,
        "end": end,
        "granularity": r.granularity if r else None,
        "approximate": r.approximate if r else False,
        "explanation": r.explanation if r else event.unresolved_reason,
        "source": event.source,
        "anchor": event.anchor,
        "tags": list(event.tags),
        "details": event.details,
        "file": event.path if file is None else file,
        "line": event.line,
        "quotes": [
            {"text": q.text, "by": q.by, "source": q.source, "found": q.found, "offset": q.offset}
            for q in event.quotes
        ],
    }


def to_json(timeline: Timeline, *, events: bool = True) -> dict[str, object]:
    """The whole timeline as plain data, events in the order the explorer shows them."""
    shown = shown_path(timeline.paths)
    data: dict[str, object] = {
        "title": timeline.title,
        "summary": timeline.summary,
        "timezone": timeline.timezone,
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "outlet": s.outlet,
                "url": web_url(s.url),  # a rejected link is left out of every export
                "published": s.published,
                "file": s.file,
            }
            for s in timeline.sources.values()
        ],
        "diagnostics": [
            {
                "path": shown(d.path),
                "line": d.line,
                "column": d.column,
                "severity": d.severity,
                "message": d.message,
            }
            for d in timeline.diagnostics
        ],
    }
    if events:
        data["events"] = [event_json(e, timeline.timezone, shown(e.path)) for e in timeline.events]
    return data


CSV_COLUMNS = (
    "date",
    "start",
    "end",
    "label",
    "approximate",
    "title",
    "when",
    "source",
    "tags",
    "details",
)


def to_csv(timeline: Timeline, options: Options | None = None) -> Iterator[str]:
    """One row per event with a header; tags joined with '; '. ``date`` is the TIMEX3 value for
    tools, ``label`` the date as the explorer shows it ("~Sat 17 Sep 2016", "early Dec 2024").
    A text cell that a spreadsheet would run as a formula starts with an apostrophe, and so does
    a date before AD 1 (``'-0043-03-15``), which a spreadsheet would otherwise subtract."""
    options = options or Options()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        r = event.resolution
        dated = _dated(r)
        start, end = start_end_iso(dated, options.zone_of(event, timeline)) if dated else ("", "")
        writer.writerow(
            [
                csv_cell(timex_value(r)) if r else "",
                csv_cell(start),
                csv_cell(end),
                format_label(r),
                ("true" if r.approximate else "false") if r else "",
                csv_cell(event.title),
                csv_cell(event.when),
                csv_cell(event.source or ""),
                csv_cell("; ".join(event.tags)),
                csv_cell(event.details or ""),
            ]
        )
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _svg(timeline: Timeline, options: Options) -> Iterable[str]:
    from tui.formats.svg import to_svg

    return [to_svg(timeline)]


def _html(timeline: Timeline, options: Options) -> Iterable[str]:
    from tui.formats.html import to_html

    return [to_html(timeline)]


def _when_used(module: str, name: str) -> Callable[[Timeline, Options], Any]:
    """A format module's function, imported on its first call: an export to one format does
    not pay for importing every other."""

    def call(timeline: Timeline, options: Options | None = None) -> Any:
        return getattr(import_module(f"tui.formats.{module}"), name)(timeline, options or Options())

    return call


FORMATS: dict[str, Format] = {
    "json": Format(json_chunks),
    "markdown": Format(_when_used("markdown", "render")),
    "csv": Format(to_csv),
    "ics": Format(_when_used("ics", "render"), _when_used("ics", "left_out")),
    "timelinejs": Format(
        _when_used("timelinejs", "render"),
        _when_used("timelinejs", "left_out"),
        carries_articles=True,
    ),
    "svg": Format(_svg),
    "html": Format(_html),
}
"""Every output format by the name ``--format`` takes."""
