"""Render a loaded timeline for other tools: json, markdown, csv, ics and TimelineJS."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime

from tui.core.model import Event, Resolution, Timeline
from tui.core.urls import web_url
from tui.dates import format_label

FORMATS = ("json", "markdown", "csv", "ics", "timelinejs", "svg", "html")


def render(timeline: Timeline, fmt: str) -> str:
    """The timeline as text in one of FORMATS."""
    return "".join(render_chunks(timeline, fmt))


def render_chunks(timeline: Timeline, fmt: str) -> Iterator[str]:
    """The timeline as text in pieces, so a 100k-event export never holds its whole output at once."""
    if fmt == "json":
        yield from json_chunks(timeline)
        return
    yield _render_whole(timeline, fmt)


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
"""One encoder for every event: ``json.dumps`` with options builds a new one per call."""


def json_chunks(timeline: Timeline) -> Iterator[str]:
    """The JSON export, one event per line: readable, and written by the C encoder (indent= is not)."""
    data = to_json(timeline, events=False)
    head = _ENCODE(data)[:-1]
    yield head + ', "events": [\n'
    last = len(timeline.events) - 1
    for index, event in enumerate(timeline.events):
        yield _ENCODE(event_json(event)) + (",\n" if index < last else "\n")
    yield "]}\n"


def _render_whole(timeline: Timeline, fmt: str) -> str:
    if fmt == "markdown":
        return to_markdown(timeline)
    if fmt == "csv":
        return to_csv(timeline)
    if fmt == "ics":
        from tui.formats.ics import to_ics

        return to_ics(timeline)
    if fmt == "timelinejs":
        from tui.formats.timelinejs import to_timelinejs

        return json.dumps(to_timelinejs(timeline), ensure_ascii=False, indent=2) + "\n"
    if fmt == "svg":
        from tui.formats.svg import to_svg

        return to_svg(timeline)
    if fmt == "html":
        from tui.formats.html import to_html

        return to_html(timeline)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _span(r: Resolution | None) -> tuple[datetime, datetime] | None:
    """The dates an export states: none for a vague reference ("a few years ago" is the past, and
    the interval the explorer sorts it by is not a claim about when it happened)."""
    return None if r is None or not r.is_dated else (r.start, r.end)


def event_json(event: Event) -> dict[str, object]:
    """One event as the export contract describes it."""
    r = event.resolution
    span = _span(r)
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when,
        "date": r.value if r else None,
        "start": _iso(span[0]) if span else None,
        "end": _iso(span[1]) if span else None,
        "granularity": r.granularity if r else None,
        "approximate": r.approximate if r else False,
        "explanation": r.explanation if r else event.unresolved_reason,
        "source": event.source,
        "anchor": event.anchor,
        "tags": list(event.tags),
        "details": event.details,
        "file": event.path,
        "line": event.line,
        "quotes": [
            {"text": q.text, "by": q.by, "source": q.source, "found": q.found, "offset": q.offset}
            for q in event.quotes
        ],
    }


def to_json(timeline: Timeline, *, events: bool = True) -> dict[str, object]:
    """The whole timeline as plain data, events in the order the explorer shows them."""
    data: dict[str, object] = {
        "title": timeline.title,
        "summary": timeline.summary,
        "timezone": timeline.timezone,
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "outlet": s.outlet,
                "url": s.url,
                "published": s.published,
            }
            for s in timeline.sources.values()
        ],
        "diagnostics": [
            {
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "severity": d.severity,
                "message": d.message,
            }
            for d in timeline.diagnostics
        ],
    }
    if events:
        data["events"] = [event_json(e) for e in timeline.events]
    return data


def _md(text: str) -> str:
    """Escape the characters Markdown would read as formatting or links."""
    out = []
    for char in text:
        out.append("\\" + char if char in "\\`*_[]<>|" else char)
    return "".join(out).replace("\n", " ")


def to_markdown(timeline: Timeline) -> str:
    """A readable chronology: a heading per date, each event with its details and quotes."""
    lines = [f"# {_md(timeline.title)}", ""]
    if timeline.summary:
        lines += [_md(timeline.summary), ""]
    current = None
    for event in timeline.events:
        label = format_label(event.resolution)
        if label != current:
            lines += [f"## {_md(label)}", ""]
            current = label
        lines.append(f"### {_md(event.title)}")
        lines.append("")
        resolved = event.resolution.explanation.partition(" → ")[2] if event.resolution else ""
        lines.append(
            f"- *When:* {_md(event.when)}"
            + (
                f" → {_md(resolved)}"
                if resolved
                else f" (undated: {_md(event.unresolved_reason or 'no date')})"
            )
        )
        source = timeline.sources.get(event.source) if event.source else None
        if source is not None:
            name = _md(source.title) + (f", {_md(source.outlet)}" if source.outlet else "")
            link = f"[{name}](<{source.url}>)" if web_url(source.url) else name
            lines.append(f"- *Source:* {link}, published {_md(source.published)}")
        if event.tags:
            lines.append("- *Tags:* " + ", ".join(_md(t) for t in event.tags))
        lines.append("")
        if event.details:
            lines += [_md(event.details), ""]
        for quote in event.quotes:
            lines.append(f"> “{_md(quote.text)}”" + (f" — {_md(quote.by)}" if quote.by else ""))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


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


def to_csv(timeline: Timeline) -> str:
    """One row per event with a header; tags joined with '; '. ``date`` is the TIMEX3 value for
    tools, ``label`` the date as the explorer shows it ("~Sat 17 Sep 2016", "early Dec 2024")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        r = event.resolution
        span = _span(r)
        writer.writerow(
            [
                r.value if r else "",
                _iso(span[0]) if span else "",
                _iso(span[1]) if span else "",
                format_label(r),
                ("true" if r.approximate else "false") if r else "",
                event.title,
                event.when,
                event.source or "",
                "; ".join(event.tags),
                event.details or "",
            ]
        )
    return buffer.getvalue()
