"""The timeline's time zone and its sources: publication dates and the articles' text."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.isotime import iso_problem, parse_iso, placeless, wall_clock, zone_named
from tui.core.model import Source
from tui.core.textsafe import excerpt
from tui.core.urls import url_problem
from tui.load.fields import SOURCE_KEYS, Entries, Reporter, did_you_mean
from tui.load.reading import Unreadable, decode, regular_bytes

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from tui.load.yamltree import Node

MAX_ZONE_NAME = 64
"""Longer than any IANA zone name; a longer ``timezone`` is refused before the zone files are."""


def read_zone(r: Reporter, entries: Entries, root: Node) -> tuple[str, ZoneInfo | None]:
    """The timeline's IANA time zone; UTC when absent or unknown."""
    from zoneinfo import available_timezones

    name = r.text(entries, "timezone", root, "the timeline")
    if name is None:
        return "UTC", None
    zone = zone_named(name) if len(name) <= MAX_ZONE_NAME else None
    if zone is not None:
        return name, zone
    if placeless(name):
        r.error(
            entries["timezone"][1],
            f"time zone '{name}' is a zone file that names no place ("
            + (
                "this machine's own zone, which another machine reads otherwise"
                if name == "localtime"
                else "a rules file or a copy of the zone database"
            )
            + "): name the place the story's clocks show, such as Europe/London; using UTC",
        )
        return "UTC", None
    zones = sorted(z for z in available_timezones() if not placeless(z))
    inside = [zone for zone in zones if zone.startswith(f"{name.rstrip('/')}/")]
    if inside:
        r.error(
            entries["timezone"][1],
            f"time zone '{name}' is a region, not a zone: name one in it, such as '{inside[0]}'; "
            "using UTC",
        )
        return "UTC", None
    suggestion = did_you_mean(name, zones) if len(name) < 100 else ""
    shown = name if len(name) <= MAX_ZONE_NAME else name[:MAX_ZONE_NAME] + "…"
    r.error(
        entries["timezone"][1],
        f"unknown time zone '{shown}'{suggestion} (use an IANA name such as Europe/London); "
        "using UTC",
    )
    return "UTC", None


def published_at(text: str, zone: ZoneInfo | None) -> tuple[datetime | None, str | None]:
    """A ``published`` value as wall-clock time in the file's zone, or why it is not one."""
    value = parse_iso(text)
    if value is None:
        return None, iso_problem(text)
    placed = wall_clock(value, zone)
    if placed is None:
        return None, "falls outside the years 1 to 9999 once placed in the timeline's time zone"
    return placed, None


def read_sources(
    r: Reporter, entries: Entries, root: Node, zone: ZoneInfo | None, base_dir: Path
) -> dict[str, Source]:
    """Every source by id."""
    entry = entries.get("sources")
    if entry is None or entry[1].is_null:
        r.error(
            entry[0] if entry else root,
            "the timeline needs 'sources': the articles its events cite",
        )
        return {}
    node = entry[1]
    if node.kind != "map":
        r.error(node, "'sources' must be a mapping from source id to source")
        return {}
    sources: dict[str, Source] = {}
    items: Entries = node.value  # type: ignore[assignment]
    for source_id, (key, value) in items.items():
        source = _source(r, source_id, key, value, zone, base_dir)
        if source is not None:
            sources[source_id] = source
    return sources


def place_published(r: Reporter, source: Source, zone: ZoneInfo | None) -> Source:
    """A source read before the time zone was known, with its publication placed in that zone."""
    if not source.published:
        return source
    value, _ = published_at(source.published, zone)
    if value is None and source.published_at is not None:
        r.report(
            source.line,
            source.column,
            "error",
            f"published '{source.published}' of source '{source.id}' falls outside the years "
            "1 to 9999 once placed in the timeline's time zone",
        )
    return replace(source, published_at=value)


def _source(
    r: Reporter, source_id: str, key: Node, node: Node, zone: ZoneInfo | None, base_dir: Path
) -> Source | None:
    """One source; None when it is not even a mapping."""
    what = f"source '{source_id}'"
    if node.kind != "map":
        r.error(
            node if not node.is_null else key, f"{what} must be a mapping with title and published"
        )
        return None
    entries = r.fields(node, SOURCE_KEYS, what)
    title = r.text(entries, "title", key, what, required=True) or source_id
    url = r.text(entries, "url", key, what)
    problem = url_problem(url) if url is not None else None
    if problem is not None:
        r.warn(entries["url"][1], f"url of {what} {problem}; it will not be opened")
    published = r.text(entries, "published", key, what, required=True) or ""
    when = None
    if published:
        when, why = published_at(published, zone)
        if why is not None:
            r.error(entries["published"][1], f"published '{published}' {why}")
    file = r.text(entries, "file", key, what)
    text = r.text(entries, "text", key, what)
    if file is not None:
        if text is not None:
            r.warn(entries["file"][0], f"{what} has both 'file' and 'text'; using 'text'")
        else:
            text = _article(r, base_dir, file, entries["file"][1])
    return Source(
        source_id,
        title,
        r.text(entries, "outlet", key, what),
        url,
        published,
        when,
        file,
        text,
        r.path,
        key.line,
        key.column,
    )


def leads_outside(base_dir: Path, file: str) -> bool:
    """Whether ``file`` leads out of the timeline's folder: an absolute path, a ``..``, or a link
    whose target lies elsewhere."""
    if Path(file).is_absolute() or ".." in Path(file).parts:
        return True
    try:
        return not (base_dir / file).resolve().is_relative_to(base_dir.resolve())
    except (OSError, RuntimeError):  # a loop of links: reading it says so
        return False


def _article(r: Reporter, base_dir: Path, file: str, node: Node) -> str | None:
    """Read a source's article text, warning when it cannot be read (and saying what it is)."""
    named = excerpt(file)
    if not file.strip():  # a blank path would name this timeline's own folder
        r.warn(
            node, f"file '{file}' names no file: give the article's path, relative to this timeline"
        )
        return None
    if "\0" in file:
        r.warn(node, f"file '{named}' holds a NUL character, which no file name can")
        return None
    if leads_outside(base_dir, file):
        r.warn(
            node,
            f"file '{named}' leads outside this timeline's folder: it is read, but an export that "
            "carries article text refuses it; keep articles beside the timeline or below it",
        )
    try:
        data = regular_bytes(base_dir / file)
    except Unreadable as why:
        reason = str(why).removeprefix("cannot read file: ")
        r.warn(node, f"cannot read file '{named}': {excerpt(reason, 200)}{_UNCHECKED}")
        return None
    text, problem = decode(data, file)
    if problem is not None:
        r.warn(node, f"cannot read file '{named}': {problem.message}{_UNCHECKED}")
    return text


_UNCHECKED = " (the quotes citing it go unchecked until it can be read)"
