"""Import a TimelineJS3 JSON file into format v1: keep what was there, never invent.

A slide that cannot become an event (no start date, a year outside 1 to 9999, a month 13, a
headline that is not text, ...) is reported with its number and skipped; the rest is imported.
A slide is credited to the source its own ``media`` names, or to the file itself, never to
another slide's media. Every ``when`` written is one the loader resolves: the file is loaded
before it is returned, and a ``when`` that does not resolve, or lands outside the slide's own
date, falls back to the slide's numbers. What a file exported by ``timeline export --format
timelinejs`` carries under ``timeline_explorer`` (summary, time zone, sources, each event's
``when``, tags and quotes) is read back, so a round trip keeps it.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePath
from urllib.parse import urlsplit

import yaml

from tui.core import deeptime
from tui.core.deeptime import end_seconds, seconds
from tui.core.isotime import iso_problem, parse_iso, zone_named
from tui.core.model import Resolution
from tui.core.textsafe import one_line
from tui.core.urls import url_problem
from tui.dates import resolve
from tui.formats.htmltext import html_parts, plain
from tui.formats.timelinejs import EXTENSION
from tui.load.loader import load_text

SCHEMA_LINE = "# yaml-language-server: $schema=timeline.schema.json"
LONGEST_DISPLAY_DATE = 100
"""A ``display_date`` longer than this is no date a slide shows; the numbers are used."""

_FALLBACK_SOURCE = "imported"


class ImportProblem(Exception):
    """A file that cannot be imported at all, and why."""


class _SlideProblem(Exception):
    """One slide that cannot become an event, and why."""


@dataclass(frozen=True, slots=True)
class Imported:
    """The YAML of an imported timeline, how many events it holds, and what was not carried."""

    text: str
    events: int
    notes: tuple[str, ...]


def _dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str | None:
    """Text as TimelineJS files hold it: a string, or a number written in place of one."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _number(value: object, name: str, low: int, high: int) -> int:
    """A date part as an int within [low, high], or a _SlideProblem saying what is wrong."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,12}\s*", value)
    ):
        number = int(value)
    if number is None:
        raise _SlideProblem(f"its {name} {one_line(str(value))[:40]!r} is not a whole number")
    if not low <= number <= high:
        shown = str(number) if len(str(number)) <= 12 else f"{str(number)[:12]}…"
        raise _SlideProblem(f"its {name} {shown} is outside {low} to {high}")
    return number


_PARTS = ("year", "month", "day", "hour", "minute")


def _finer_without_coarser(date: dict[str, object], where: str, missing: str) -> None:
    """A _SlideProblem when the date gives a part finer than the one it lacks ("an hour but no
    day"): dropping it would date the slide more loosely than it says, without a word."""
    finer = [p for p in _PARTS[_PARTS.index(missing) + 1 :] if _present(date, p)]
    if finer:
        article = "an" if finer[0] == "hour" else "a"
        raise _SlideProblem(f"its {where} gives {article} {finer[0]} but no {missing}")


def _present(date: dict[str, object], key: str) -> bool:
    return date.get(key) not in (None, "")


def numeric_when(value: object, where: str) -> tuple[str, datetime]:
    """The date object's ISO ``when`` (``2016-09-17``, ``2016-09``, ``2016-09-17T21:00``) and the
    moment it starts, checked part by part: a year a timeline can hold, a real month and day."""
    date = _dict(value)
    if not _present(date, "year"):
        raise _SlideProblem(f"its {where} has no year")
    year = _number(date["year"], f"{where} year", DEEPEST_YEAR, 9999)
    if year < 1:
        return _deep_when(date, where, year), deeptime.EARLIEST
    when, moment = f"{year:04d}", datetime(year, 1, 1)
    if not _present(date, "month"):
        _finer_without_coarser(date, where, "month")
        return when, moment
    month = _number(date["month"], f"{where} month", 1, 12)
    when, moment = f"{when}-{month:02d}", datetime(year, month, 1)
    if not _present(date, "day"):
        _finer_without_coarser(date, where, "day")
        return when, moment
    day = _number(date["day"], f"{where} day", 1, calendar.monthrange(year, month)[1])
    when, moment = f"{when}-{day:02d}", datetime(year, month, day)
    if not _present(date, "hour"):
        _finer_without_coarser(date, where, "hour")
        return when, moment
    hour = _number(date["hour"], f"{where} hour", 0, 23)
    minute = _number(date["minute"], f"{where} minute", 0, 59) if _present(date, "minute") else 0
    return f"{when}T{hour:02d}:{minute:02d}", datetime(year, month, day, hour, minute)


DEEPEST_YEAR = -99_999
"""The earliest astronomical year a slide may give (100,000 BC); TimelineJS3 writes years before
AD 1 as JavaScript does, astronomically: -43 is 44 BC."""


def _deep_when(date: dict[str, object], where: str, year: int) -> str:
    """A slide's date before AD 1 as a ``when`` the resolver reads: "44 BC", "March 44 BC",
    "March 15, 44 BC"; a time of day is dropped, since deep time holds days at the finest."""
    bc = f"{1 - year} BC"
    if not _present(date, "month"):
        return bc
    month = _number(date["month"], f"{where} month", 1, 12)
    if not _present(date, "day"):
        return f"{calendar.month_name[month]} {bc}"
    day = _number(date["day"], f"{where} day", 1, calendar.monthrange(2000 + year % 400, month)[1])
    return f"{calendar.month_name[month]} {day}, {bc}"


def _resolution(when: str, anchor: datetime) -> Resolution | None:
    """``when`` resolved, or None: nothing the resolver may raise on odd input stops an import."""
    try:
        result = resolve(when, anchor)
    except (RecursionError, ValueError, OverflowError):
        return None
    return result if isinstance(result, Resolution) else None


def displayed_when(date: dict[str, object], numeric: str, moment: datetime) -> str:
    """The ``display_date`` as the ``when`` when it says more than the numbers and agrees with
    them ("the 1990s" for 1990, "Sat 17 Sep 2016, night", "~" as "about"); else the numbers."""
    display = plain(date.get("display_date"))
    approximate = display.startswith("~")
    display = display.removeprefix("~").strip()
    if not display or len(display) > LONGEST_DISPLAY_DATE:
        return numeric
    shown, exact = _resolution(display, moment), _resolution(numeric, moment)
    if shown is not None and not shown.is_dated:
        return display  # "the past" stays vague rather than becoming the day it was sorted by
    if shown is None or exact is None or not _within(shown, exact):
        return numeric
    if approximate:
        return f"about {display}"
    same = (seconds(shown), end_seconds(shown)) == (seconds(exact), end_seconds(exact))
    return numeric if same else display


def _within(resolution: Resolution, exact: Resolution) -> bool:
    """True when ``resolution`` starts within ``exact``, before AD 1 as after."""
    return seconds(exact) <= seconds(resolution) < end_seconds(exact)


def _agrees(resolution: Resolution | None, numeric: str) -> bool:
    """True when the event's date starts within the slide's own numbers."""
    if resolution is None:
        return False
    start = numeric.partition("/")[0]
    start = start[:10] if start[:1].isdigit() else start
    exact = _resolution(start, datetime(2000, 1, 1))
    if exact is None:
        return True
    if resolution.days is None and resolution.start.tzinfo is not None:
        resolution = replace(resolution, start=resolution.start.replace(tzinfo=None))
    return _within(resolution, exact)


class _BlockDumper(yaml.SafeDumper):
    """A safe dumper that writes text of several lines (an article) as a ``|`` block, as a
    person would, where PyYAML can; it quotes the text itself when a block cannot hold it."""


def _text_block(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _text_block)


def _interval(start: str, end: str) -> str | None:
    """The slide's span as a ``when``, keeping the times it has: an EDTF interval of days
    (``2016-09-12/2016-09-17``), "A to B" when either end has a time, which EDTF's form does not
    take here; None when the end is not after the start (the start alone is then written)."""
    if "T" not in start + end:
        return f"{start}/{end}" if end > start else None
    if end[:10] < start[:10] or (end[:10] == start[:10] and ("T" not in end or end <= start)):
        return None
    return f"{start} to {end}"


def _reversed(start: str, end: str) -> bool:
    """Whether a span's end is before its start: on an earlier day, or earlier the same day."""
    if end[:10] != start[:10]:
        return end[:10] < start[:10]
    return "T" in start and "T" in end and end < start


def _published(moment: datetime, precise: str) -> str:
    return f"{moment:%Y-%m-%d}" if len(precise) >= 10 else f"{moment.year:04d}-01-01"


def _carried_sources(
    carried: dict[str, object], note: Callable[[str], None]
) -> dict[str, dict[str, str]]:
    """The sources our own export carried, checked: one incomplete, or whose publication date
    is no date, is named in a note (the latter then takes its latest slide's date)."""
    sources = {}
    given = carried.get("sources")
    if given is not None and not isinstance(given, dict):
        note(f"the sources of {EXTENSION} are not an object; not carried")
    for key, value in _dict(given).items():
        source = _dict(value)
        title, published = _str(source.get("title")), _str(source.get("published"))
        if not isinstance(key, str) or not key or title is None or published is None:
            note(f"source {key!r} of {EXTENSION} is incomplete; not carried")
            continue
        entry = {"title": title}
        for field in ("outlet", "url"):
            text = _str(source.get(field))
            if text:
                entry[field] = text
        if parse_iso(published) is None:
            note(
                f"source {key!r} of {EXTENSION}: its published {published[:40]!r} "
                f"{iso_problem(published)}; the date of its latest slide is written instead"
            )
        else:
            entry["published"] = published
        article = source.get("text")
        if isinstance(article, str) and article.strip():
            entry["text"] = article
        sources[key] = entry
    return sources


class _Importer:
    """Collects the events, sources and notes of one file."""

    def __init__(self, data: dict[str, object], path: str) -> None:
        self.path = PurePath(path).name or path
        """The file's name only: the YAML is published, the folders it was imported from are not."""
        self.carried = _dict(data.get(EXTENSION))
        self.notes: list[str] = []
        self.sources: dict[str, dict[str, str]] = {}
        self.latest: dict[str, datetime] = {}
        self.events: list[dict[str, object]] = []
        self.fallbacks: list[list[str]] = []
        """Per event, the ``when`` values to try, in order, should the one written not resolve."""
        self.starts: list[str] = []
        """Per event, the slide's start date, which its resolved date must start within."""
        self.ids: set[str] = set()
        self.sources = _carried_sources(self.carried, self.note)

    def note(self, text: str) -> None:
        self.notes.append(one_line(text))

    def source_for(self, slide: dict[str, object], number: int, moment: datetime, when: str) -> str:
        media = _dict(slide.get("media"))
        url = _str(media.get("url")) or ""
        if url and url_problem(url) is not None:
            self.note(f"slide {number}: its media URL {url[:80]!r} {url_problem(url)}; not carried")
            url = ""
        key = next((k for k, s in self.sources.items() if url and s.get("url") == url), None)
        if key is None and url:
            host = urlsplit(url).hostname or "source"
            key = f"{re.sub(r'[^a-z0-9]+', '-', host.lower()).strip('-') or 'source'}-{number}"
            credit = plain(media.get("credit"))
            self.sources[key] = {
                "title": plain(media.get("caption")) or credit or url,
                "outlet": credit or host,
                "url": url,
            }
        if key is None:
            key = _FALLBACK_SOURCE
            self.sources.setdefault(key, {"title": f"Imported from {self.path}"})
        self.cited(key, moment, when)
        return key

    def cited(self, key: str, moment: datetime, when: str) -> None:
        """Note that a slide at ``moment`` cites the source: a source with no publication date
        is given its latest slide's."""
        if "published" not in self.sources[key]:
            latest = self.latest.get(key)
            if latest is None or moment > latest:
                self.latest[key] = moment
                self.sources[key]["_published"] = _published(moment, when)

    def slide(self, value: object, number: int) -> None:
        slide = _dict(value)
        if not slide:
            raise _SlideProblem("it is not an object")
        numeric, moment = numeric_when(slide.get("start_date"), "start_date")
        interval = None
        if _present(_dict(slide.get("end_date")), "year"):
            end, _ = numeric_when(slide.get("end_date"), "end_date")
            interval = _interval(numeric, end)
            if _reversed(numeric, end):
                self.note(
                    f"slide {number}: its end_date {end} is before its start_date {numeric}; "
                    "the start alone is written"
                )
        text = _dict(slide.get("text"))
        headline = text.get("headline")
        if headline is not None and _str(headline) is None:
            raise _SlideProblem("its headline is not text")
        carried = _dict(slide.get(EXTENSION))
        event: dict[str, object] = {"title": plain(headline) or f"Slide {number}"}
        key = _str(carried.get("id")) or _str(slide.get("unique_id"))
        if key and key in self.ids:
            self.note(f"slide {number}: its id {key!r} is taken by an earlier slide; left out")
        elif key:
            event["id"] = key
            self.ids.add(key)
        when = _str(carried.get("when"))
        start_date = _dict(slide.get("start_date"))
        if _present(slide, "display_date"):  # the slide's own overrides its start date's
            start_date = {**start_date, "display_date": slide["display_date"]}
        shown = displayed_when(start_date, numeric, moment)
        candidates = list(dict.fromkeys(w for w in (when, interval, shown, numeric) if w))
        event["when"] = candidates[0]
        anchor = _str(carried.get("anchor"))
        if when and anchor:
            event["anchor"] = anchor
        source = _str(carried.get("source"))
        if source in self.sources:
            self.cited(source, moment, numeric)
        else:
            source = self.source_for(slide, number, moment, numeric)
        event["source"] = source
        self._content(event, carried, text, slide, number)
        self.events.append(event)
        self.fallbacks.append(candidates[1:])
        self.starts.append(numeric)

    def _content(
        self,
        event: dict[str, object],
        carried: dict[str, object],
        text: dict[str, object],
        slide: dict[str, object],
        number: int,
    ) -> None:
        body = text.get("text")
        if body is not None and _str(body) is None:
            self.note(f"slide {number}: its text is not text; not carried")
            body = None
        details, quotes = html_parts(_str(body) or "")
        carried_details = carried.get("details")
        if isinstance(carried_details, str) or (carried and carried_details is None):
            details = carried_details or ""
        if details:
            event["details"] = details
        tags = carried.get("tags")
        if isinstance(tags, list) and all(isinstance(t, str) for t in tags):
            event["tags"] = [t for t in tags if t.strip()] or None
        elif _str(slide.get("group")):
            event["tags"] = [plain(slide.get("group"))]
        if not event.get("tags"):
            event.pop("tags", None)
        carried_quotes = carried.get("quotes")
        if isinstance(carried_quotes, list):
            quotes = [
                (said, _str(q.get("by")), _str(q.get("source")))
                for q in map(_dict, carried_quotes)
                if (said := _str(q.get("text")))
            ]
        if quotes:
            event["quotes"] = [
                {k: v for k, v in (("text", t), ("by", b), ("source", s)) if v}
                for t, b, s in ((t, b, s if s in self.sources else None) for t, b, s in quotes)
            ]

    def undated(self, value: object, number: int) -> None:
        """An event the export kept under ``undated``: it had no date to give a slide."""
        carried = _dict(value)
        when = _str(carried.get("when"))
        if not when:
            self.note(f"undated event {number} of {EXTENSION} has no when; left out")
            return
        event: dict[str, object] = {"title": _str(carried.get("title")) or f"Event {number}"}
        key = _str(carried.get("id"))
        if key and key not in self.ids:
            event["id"] = key
            self.ids.add(key)
        event["when"] = when
        anchor = _str(carried.get("anchor"))
        if anchor:
            event["anchor"] = anchor
        source = _str(carried.get("source"))
        if source not in self.sources:
            source = _FALLBACK_SOURCE
            self.sources.setdefault(source, {"title": f"Imported from {self.path}"})
        event["source"] = source
        self._content(event, carried, {}, {}, number)
        self.events.append(event)
        self.fallbacks.append([])
        self.starts.append("")

    def era(self, value: object, number: int) -> None:
        """An era (a named stretch of the timeline) as an interval event tagged ``era``."""
        era = _dict(value)
        start, moment = numeric_when(era.get("start_date"), "start_date")
        end, _ = numeric_when(era.get("end_date"), "end_date")
        headline = plain(_dict(era.get("text")).get("headline"))
        if _reversed(start, end):
            self.note(
                f"era {number}: it ends ({end}) before it starts ({start}); its start is kept"
            )
        self.events.append(
            {
                "title": headline or f"Era {number}",
                "when": _interval(start, end) or start,
                "tags": ["era"],
                "source": self.source_for({}, number, moment, start),
            }
        )
        self.fallbacks.append([start])
        self.starts.append(start)

    def yaml(self, title: str, summary: str | None, timezone: str | None) -> str:
        guessed = any("published" not in source for source in self.sources.values())
        sources = {
            key: {k: v for k, v in source.items() if k != "_published"}
            | {"published": source.get("published") or source.get("_published", "1970-01-01")}
            for key, source in self.sources.items()
        }
        document: dict[str, object] = {"title": title}
        if summary:
            document["summary"] = summary
        if timezone:
            document["timezone"] = timezone
        document["sources"] = sources
        document["events"] = self.events
        body = yaml.dump(
            document,
            Dumper=_BlockDumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100,
        )
        header = f"{SCHEMA_LINE}\n# Imported from TimelineJS ({one_line(self.path)}).\n"
        if guessed:
            header += (
                "# TimelineJS does not record when a source was published: each 'published' is\n"
                "# the date of the latest slide citing it. Check them.\n"
            )
        return header + body

    def settle(self, title: str, summary: str | None, timezone: str | None) -> str:
        """The YAML, after making sure that every ``when`` in it resolves as the slide says."""
        text = self.yaml(title, summary, timezone)
        for attempt in range(4):
            result = load_text(text)
            timeline = result.timeline
            errors = [d for d in result.diagnostics if d.is_error]
            if timeline is None or (errors and attempt == 3):
                first = errors[0] if errors else None
                raise ImportProblem(
                    "the imported timeline does not load"
                    + (f": line {first.line}: {one_line(first.message)}" if first else "")
                )
            changed = False
            by_order = {e.order: e for e in timeline.events}
            for index, event in enumerate(self.events):
                loaded = by_order.get(index)
                good = loaded is not None and loaded.resolution is not None
                if good and self.starts[index] and not errors:
                    good = _agrees(loaded.resolution if loaded else None, self.starts[index])
                if good or not self.fallbacks[index]:
                    continue
                event["when"] = self.fallbacks[index].pop(0)
                event.pop("anchor", None)
                changed = True
            if not changed:
                return text
            text = self.yaml(title, summary, timezone)
        return text


def _unchecked_quotes(
    events: list[dict[str, object]], sources: dict[str, dict[str, str]]
) -> list[str]:
    """A note per source whose quotes cannot be checked: the file carries no article text."""
    cited: dict[str, int] = {}
    for event in events:
        quotes = event.get("quotes")
        for quote in quotes if isinstance(quotes, list) else []:
            key = str(quote.get("source") or event.get("source"))
            cited[key] = cited.get(key, 0) + 1
    return [
        f"source {key!r}: {count} quote{'s' * (count != 1)} cannot be checked, the file "
        "carries no article text; add the article as its 'file:' or 'text:'"
        for key, count in cited.items()
        if "text" not in sources.get(key, {})
    ]


def import_timelinejs(raw: bytes, path: str) -> Imported:
    """Format-v1 YAML for a TimelineJS3 JSON file: dates, headlines, text, groups and carried
    tags, media as sources; each slide that cannot be imported is named in ``notes``."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"not UTF-8 at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            f"line {exc.lineno} column {exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    except RecursionError:
        raise ImportProblem("nested too deeply to be a TimelineJS3 file") from None
    except ValueError as exc:
        raise ImportProblem(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ImportProblem("not a TimelineJS3 file: expected an object with an 'events' list")
    importer = _Importer(data, path)
    carried = importer.carried
    title_slide = _dict(data.get("title"))
    if "title" in data and not title_slide:
        importer.note("the title slide is not an object; not carried")
    title_text = title_slide.get("text")
    if title_text is not None and not isinstance(title_text, dict):
        importer.note("the title slide's text is not an object; not carried")
    title_text = _dict(title_text)
    title = _str(carried.get("title")) or plain(title_text.get("headline")) or "Imported timeline"
    summary = _str(carried.get("summary")) or plain(title_text.get("text")) or None
    if _dict(title_slide.get("media")):
        url = _str(_dict(title_slide.get("media")).get("url")) or "(no URL)"
        importer.note(
            f"the title slide's media {url[:80]!r} is not carried: a timeline has no "
            "place for a picture of its own"
        )
    for number, slide in enumerate(data["events"], start=1):
        try:
            importer.slide(slide, number)
        except _SlideProblem as problem:
            importer.note(f"slide {number}: {problem}; skipped")
    eras = data.get("eras")
    for number, era in enumerate(eras if isinstance(eras, list) else [], start=1):
        try:
            importer.era(era, number)
        except _SlideProblem as problem:
            importer.note(f"era {number}: {problem}; skipped")
    if isinstance(eras, list) and eras:
        importer.note(f"{len(eras)} era{'s' * (len(eras) != 1)} carried as events tagged 'era'")
    undated = carried.get("undated")
    for number, event in enumerate(undated if isinstance(undated, list) else [], start=1):
        importer.undated(event, number)
    if not importer.events:
        raise ImportProblem(
            "no slide could be imported" + (f": {importer.notes[0]}" if importer.notes else "")
        )
    importer.notes += _unchecked_quotes(importer.events, importer.sources)
    zone = _str(carried.get("timezone"))
    if zone and zone_named(zone) is None:
        importer.note(f"{EXTENSION}: its timezone {zone[:40]!r} names no place's zone; UTC is used")
        zone = None
    text = importer.settle(title, summary, zone)
    return Imported(text, len(importer.events), tuple(importer.notes))
