"""TimelineJS3 JSON: export a timeline to it, and import one into format v1."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta
from urllib.parse import urlparse

import yaml

from tui.core.model import Event, Resolution, Timeline
from tui.core.urls import web_url
from tui.dates import format_label, resolve

SCHEMA_LINE = "# yaml-language-server: $schema=timeline.schema.json"


class ImportProblem(Exception):
    """A file that cannot be imported, and why."""


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


def _event(timeline: Timeline, event: Event) -> dict[str, object] | None:
    r = event.resolution
    if r is None:
        return None
    start = _date_parts(r.start, r.granularity)
    start["display_date"] = format_label(
        r
    )  # what the numbers cannot say: "~", "night", "early", "the 1990s"
    slide: dict[str, object] = {
        "start_date": start,
        "text": {
            "headline": html.escape(event.title),
            "text": "".join(
                [f"<p>{html.escape(event.details)}</p>" if event.details else ""]
                + [
                    f"<blockquote>{html.escape(q.text)}"
                    + (f" — {html.escape(q.by)}" if q.by else "")
                    + "</blockquote>"
                    for q in event.quotes
                ]
            ),
        },
        "unique_id": event.id or f"event-{event.order + 1}",
    }
    if r.granularity == "interval":
        slide["end_date"] = _date_parts(
            r.end - timedelta(days=1), "day"
        )  # its last day; r.end is exclusive
    if event.tags:
        slide["group"] = event.tags[0]
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None and web_url(source.url):
        slide["media"] = {"url": source.url, "credit": source.outlet or source.title}
    return slide


def to_timelinejs(timeline: Timeline) -> dict[str, object]:
    """A TimelineJS3 document: a title slide and one slide per dated event."""
    slides = [s for s in (_event(timeline, e) for e in timeline.events) if s is not None]
    return {
        "title": {
            "text": {
                "headline": html.escape(timeline.title),
                "text": html.escape(timeline.summary or ""),
            }
        },
        "events": slides,
    }


_TAG = re.compile(r"<[^>]+>")


def _plain(value: object) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", str(value or ""))).split())


def _when(date_object: object, where: str) -> str:
    if not isinstance(date_object, dict) or "year" not in date_object:
        raise ImportProblem(f"{where} has no start_date with a year")
    try:
        year = int(date_object["year"])
        parts = [f"{year:04d}"]
        for key in ("month", "day"):
            if date_object.get(key) in (None, ""):
                break
            parts.append(f"{int(date_object[key]):02d}")
        when = "-".join(parts)
        if len(parts) == 3 and date_object.get("hour") not in (None, ""):
            when += f"T{int(date_object['hour']):02d}:{int(date_object.get('minute') or 0):02d}"
    except (TypeError, ValueError) as exc:
        raise ImportProblem(f"{where} has a date that is not numbers: {exc}") from None
    return when


def _displayed(date_object: dict[str, object], numeric: str) -> str:
    """The slide's ``display_date`` as the ``when`` when it says more than the numbers and agrees
    with them ("the 1990s" for 1990, "Sat 17 Sep 2016, night", "~" as "about"); else the numbers."""
    display = _plain(date_object.get("display_date"))
    approximate = display.startswith("~")
    display = display.removeprefix("~").strip()
    if not display:
        return numeric
    anchor = datetime.fromisoformat((numeric + "-01-01")[:10])
    shown, plain = resolve(display, anchor), resolve(numeric, anchor)
    if isinstance(shown, Resolution) and not shown.is_dated:
        return display  # "the past" stays vague rather than becoming the day it was sorted by
    if (
        not isinstance(shown, Resolution)
        or not isinstance(plain, Resolution)
        or not plain.start <= shown.start < plain.end
    ):
        return numeric
    if approximate:
        return f"about {display}"
    return numeric if (shown.start, shown.end) == (plain.start, plain.end) else display


def import_timelinejs(raw: bytes, path: str) -> str:
    """Format-v1 YAML for a TimelineJS3 JSON file: dates, headlines, text, groups as tags, media as sources."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"not UTF-8 at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            f"line {exc.lineno} column {exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ImportProblem("not a TimelineJS3 file: expected an object with an 'events' list")
    title_slide = data.get("title") if isinstance(data.get("title"), dict) else {}
    title = _plain((title_slide.get("text") or {}).get("headline")) or "Imported timeline"
    sources: dict[str, dict[str, str]] = {}
    by_url: dict[str, str] = {}
    events = []
    for number, slide in enumerate(data["events"], start=1):
        where = f"event {number}"
        if not isinstance(slide, dict):
            raise ImportProblem(f"{where} is not an object")
        when = _when(slide.get("start_date"), where)
        text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
        event: dict[str, object] = {
            "title": _plain(text.get("headline")) or f"Event {number}",
            "when": when,
        }
        if isinstance(slide.get("end_date"), dict) and slide["end_date"].get("year"):
            event["when"] = f"{when}/{_when(slide['end_date'], where)}"
        else:
            event["when"] = _displayed(slide["start_date"], when)
        if slide.get("unique_id"):
            event["id"] = str(slide["unique_id"])
        media = slide.get("media") if isinstance(slide.get("media"), dict) else {}
        url = str(media.get("url") or "")
        if web_url(url):
            if url not in by_url:
                host = urlparse(url).hostname or "source"
                source_id = (
                    f"{re.sub(r'[^a-z0-9]+', '-', host.lower()).strip('-')}-{len(sources) + 1}"
                )
                by_url[url] = source_id
                sources[source_id] = {
                    "title": _plain(media.get("caption")) or _plain(media.get("credit")) or url,
                    "outlet": _plain(media.get("credit")) or host,
                    "url": url,
                    "published": when[:10] if len(when) >= 10 else f"{when[:4]}-01-01",
                }
            event["source"] = by_url[url]
        details = _plain(text.get("text"))
        if details:
            event["details"] = details
        if slide.get("group"):
            event["tags"] = [_plain(slide["group"])]
        events.append(event)
    if not sources:
        sources["imported"] = {
            "title": f"Imported from {path}",
            "published": events[0]["when"][:10]
            if events and len(str(events[0]["when"])) >= 10
            else "1970-01-01",
        }
        for event in events:
            event["source"] = "imported"
    body = yaml.safe_dump(
        {"title": title, "sources": sources, "events": events},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return (
        f"{SCHEMA_LINE}\n# Imported from TimelineJS ({path}). TimelineJS does not record when each\n"
        "# source was published: each 'published' is its first event's date. Check them.\n" + body
    )
