"""Load timeline files (format v1) into the model, collecting every problem with its line and column.

Reading, YAML parsing (``yamltree``), checking the format, finding quotes and resolving dates all
happen here, so that nothing past the loader ever raises because of what a file holds.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.model import (
    Diagnostic,
    Event,
    Quote,
    Resolution,
    Severity,
    Source,
    Timeline,
    Unresolved,
)
from tui.core.urls import url_problem
from tui.dates import resolve
from tui.dates.tense import tense_in_quotes

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from tui.load.quotes import QuoteFinder
    from tui.load.yamltree import Node, Problem, Progress

PARSE_SHARE = 0.6
"""Parsing's share of a load's time, for progress reports; building events is the rest."""

PROGRESS_EVENTS = 2000
"""Events built between two progress reports."""

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest timeline or article file read; a larger one is refused with a message."""

TOP_KEYS = ("title", "summary", "timezone", "sources", "events")
SOURCE_KEYS = ("title", "outlet", "url", "published", "file", "text")
EVENT_KEYS = ("id", "title", "when", "source", "anchor", "details", "tags", "quotes")
QUOTE_KEYS = ("text", "by", "source")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: a timeline (None when nothing could be trusted) and every problem found."""

    timeline: Timeline | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def ok(self) -> bool:
        """True when a timeline loaded without errors (warnings allowed)."""
        return self.timeline is not None and not any(d.is_error for d in self.diagnostics)


def file_stamp(path: str | Path) -> tuple[int, int] | None:
    """A file's modification time and size, to notice a save; None when it cannot be read."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def article_paths(timeline: Timeline) -> list[str]:
    """The article files a timeline's sources read (``file:``), so a viewer can watch them too."""
    return sorted({str(Path(s.path).parent / s.file) for s in timeline.sources.values() if s.file})


def read_bytes(path: Path) -> tuple[bytes | None, Diagnostic | None]:
    """A file's bytes, or why they cannot be read (a folder, too large, unreadable)."""
    name = str(path)
    try:
        if path.is_dir():
            return None, Diagnostic(name, 1, 1, "error", "is a folder, not a timeline file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, Diagnostic(
                name,
                1,
                1,
                "error",
                f"file is {size / 2**20:.0f} MiB; files over "
                f"{MAX_FILE_BYTES // 2**20} MiB are refused",
            )
        return path.read_bytes(), None
    except OSError as exc:
        return None, Diagnostic(name, 1, 1, "error", f"cannot read file: {exc.strerror or exc}")


def decode(data: bytes, name: str) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 text (a BOM is dropped), or where the first byte that is not UTF-8 sits."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return None, Diagnostic(name, 1, 1, "error", "the file is UTF-16; save it as UTF-8")
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, Diagnostic(
            name,
            line,
            column,
            "error",
            f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start}; "
            "save the file as UTF-8",
        )


def read_text(path: Path) -> tuple[str | None, Diagnostic | None]:
    """Read a UTF-8 file (BOM allowed), or say exactly why it cannot be read."""
    data, problem = read_bytes(path)
    if data is None:
        return None, problem
    return decode(data, str(path))


def load_file(
    path: str | Path, *, use_cache: bool = False, progress: Progress | None = None
) -> LoadResult:
    """Load one timeline file, from the cache when asked and the file is unchanged.

    ``progress`` hears the share done now and then: parsing is the first 60%, building the rest.
    """
    file = Path(path)
    data, problem = read_bytes(file)
    if data is None:
        return LoadResult(None, (problem,) if problem else ())
    if use_cache:
        from tui.infra import cache

        entry = cache.entry_path(file, data)
        cached = _from_cache(entry, file)
        if cached is not None:
            return cached
    text, problem = decode(data, str(path))
    del data
    if text is None:
        result = LoadResult(None, (problem,) if problem else ())
    else:
        from tui.load.yamltree import parse

        builder = _Builder(str(path), file.parent, progress)
        with _collector_paused():
            parsed = parse(
                text,
                (lambda share: progress(PARSE_SHARE * share)) if progress else None,
                builder.stream,
            )
            del text  # a 100k-event file's text is 40 MB that need not live beside its tree
            result = load_parsed(parsed, str(path), file.parent, builder=builder)
    if use_cache:
        cache.write_entry(
            entry, (result.timeline, result.diagnostics), result.timeline, file.parent
        )
    return result


def _from_cache(entry: Path, file: Path) -> LoadResult | None:
    from tui.infra import cache

    with _collector_paused():
        cached = cache.read_entry(entry, file.parent)
    return LoadResult(*cached) if isinstance(cached, tuple) and len(cached) == 2 else None


def load_cached(paths: Sequence[str | Path], *, largest: int) -> LoadResult | None:
    """The timeline from the cache alone, when every file is cached and none is over ``largest`` bytes.

    This is the fast path to a first screen: nothing is parsed or resolved, and the YAML parser is
    not even imported. None means the caller must ``load`` (in a worker, for a large file).
    """
    from tui.infra import cache

    results = []
    for path in paths:
        file = Path(path)
        try:
            if file.stat().st_size > largest:
                return None
            data = file.read_bytes()
        except OSError:
            return None
        cached = _from_cache(cache.entry_path(file, data), file)
        if cached is None:
            return None
        results.append(cached)
    if not results:
        return None
    return results[0] if len(results) == 1 else merge(results)


def load(
    paths: Sequence[str | Path], *, use_cache: bool = True, progress: Progress | None = None
) -> LoadResult:
    """Load several files and merge them into one chronology, each event keeping its file."""
    if not paths:
        return LoadResult(
            None,
            (
                Diagnostic(
                    "(no files)",
                    1,
                    1,
                    "error",
                    "no timeline files given, or none (*.yaml) in the folder",
                ),
            ),
        )
    results = [
        load_file(p, use_cache=use_cache, progress=_part_of(progress, i, len(paths)))
        for i, p in enumerate(paths)
    ]
    if len(results) == 1:
        return results[0]
    return merge(results)


def _part_of(progress: Progress | None, index: int, count: int) -> Progress | None:
    """The progress of file ``index`` of ``count`` as a share of them all."""
    if progress is None or count == 1:
        return progress
    return lambda share: progress((index + share) / count)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large, acyclic object graph.

    Building 100k events allocates millions of objects, and the collector would otherwise walk
    them again and again; the model holds no cycles, so nothing is missed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_text(text: str, path: str = "<string>", *, base_dir: Path | None = None) -> LoadResult:
    """Load a timeline from its text; ``base_dir`` is where ``file:`` paths are relative to."""
    from tui.load.yamltree import parse

    with _collector_paused():
        return load_parsed(parse(text), path, base_dir)


def load_parsed(
    parsed: tuple[Node | None, list[Problem]],
    path: str,
    base_dir: Path | None,
    *,
    builder: _Builder | None = None,
) -> LoadResult:
    """Build the timeline from a parsed tree, once the text itself is no longer needed.

    ``builder`` is the one that saw the parse (``_Builder.stream``) and holds the events it
    already converted.
    """
    root, yaml_problems = parsed
    if builder is None:
        builder = _Builder(path, base_dir if base_dir is not None else Path.cwd())
    if root is None:
        builder.diagnostics.clear()  # what the events said matters less than the file being broken
    for problem in yaml_problems:
        builder.report(problem.line, problem.column, "error", problem.message)
    if root is None:
        if not yaml_problems:
            builder.report(
                1, 1, "error", "file is empty; a timeline needs a title, sources and events"
            )
        return LoadResult(None, builder.sorted_diagnostics())
    if root.kind != "map":
        builder.error(
            root, "a timeline file is a mapping with title, sources and events at the top"
        )
        return LoadResult(None, builder.sorted_diagnostics())
    timeline = builder.timeline(root, fallback_title=Path(path).stem)
    return LoadResult(timeline, timeline.diagnostics)


def merge(results: Sequence[LoadResult]) -> LoadResult:
    """Merge loaded files into one timeline; clashing source ids are prefixed with their file's name."""
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    timelines = [r.timeline for r in results if r.timeline is not None]
    if not timelines:
        return LoadResult(None, diagnostics)
    sources: dict[str, Source] = {}
    events: list[Event] = []
    for timeline in timelines:
        renames: dict[str, str] = {}
        for source in timeline.sources.values():
            new_id = source.id
            if new_id in sources:
                new_id = f"{Path(source.path).stem}/{source.id}"
                renames[source.id] = new_id
            sources[new_id] = replace(source, id=new_id)
        for event in timeline.events:
            if renames:
                event = replace(
                    event,
                    source=renames.get(event.source, event.source) if event.source else None,
                    quotes=tuple(
                        replace(q, source=renames.get(q.source, q.source)) if q.source else q
                        for q in event.quotes
                    ),
                )
            events.append(replace(event, order=len(events)))
    ordered = _chronological(events)
    merged = Timeline(
        title=" + ".join(t.title for t in timelines),
        summary=None,
        timezone=timelines[0].timezone,
        sources=sources,
        events=ordered,
        diagnostics=diagnostics,
        paths=tuple(p for t in timelines for p in t.paths),
    )
    return LoadResult(merged, diagnostics)


def _chronological(events_in_file_order: Sequence[Event]) -> tuple[Event, ...]:
    """Sort by start, a longer span first ("Dec 2016" before "Thu 1 Dec 2016", so each date's events
    stay under one heading), then file order; an undated event follows the event before it in the file."""
    keys: list[tuple[datetime, float, int, int]] = []
    previous = (datetime.min, 0.0, -1, 0)
    for event in events_in_file_order:
        r = event.resolution
        if r is not None:
            previous = (r.start, (r.start - r.end).total_seconds(), event.order, 0)
        else:
            previous = (*previous[:3], previous[3] + 1)
        keys.append(previous)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return tuple(events_in_file_order[i] for i in order)


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class _Builder:
    """Converts one file's located tree into the model, reporting problems as it goes."""

    def __init__(self, path: str, base_dir: Path, progress: Progress | None = None) -> None:
        self.path = path
        self.base_dir = base_dir
        self.progress = progress
        self.diagnostics: list[Diagnostic] = []
        self.finders: dict[str, QuoteFinder] = {}
        self.early_sources: dict[str, Source] | None = None
        self.streamed: list[tuple[Event, Node | None, Node | None] | None] = []
        self.streamed_count = 0
        self.stream_events: bool | None = None

    def stream(self, key: str, item: Node, root: Node) -> Node:
        """Convert each event the moment the parser finishes it (a ``yamltree.ItemHook``).

        A 100k-event tree took 4 KB an event before it was converted; converted one by one, only
        the model is left. This needs the sources, so it happens when 'sources' comes before
        'events' in the file (as it usually does); otherwise events are converted after parsing.
        The sources are read here without the time zone, which may come later in the file; their
        publication times are placed in it when the whole file is read.
        """
        entries: dict[str, tuple[Node, Node]] = root.value  # type: ignore[assignment]
        if (
            key != "events" or item.kind != "map" or "events" in entries
        ):  # a second 'events' is ignored
            return item
        if self.stream_events is None:
            self.stream_events = "sources" in entries
            if self.stream_events:
                self.early_sources = self.sources(entries, root, None)
        if not self.stream_events:
            return item
        from tui.load.yamltree import CONVERTED

        built = self.event(item, self.streamed_count, self.early_sources or {}, self.finders)
        self.streamed.append(built)
        self.streamed_count += built is not None
        return CONVERTED

    def report(self, line: int, column: int, severity: Severity, message: str) -> None:
        """Record a problem at a position."""
        self.diagnostics.append(Diagnostic(self.path, line, column, severity, message))

    def error(self, node: Node, message: str) -> None:
        """Record an error at a node."""
        self.report(node.line, node.column, "error", message)

    def warn(self, node: Node, message: str) -> None:
        """Record a warning at a node."""
        self.report(node.line, node.column, "warning", message)

    def sorted_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Problems in file order, so they read top to bottom like the file."""
        return tuple(sorted(self.diagnostics, key=lambda d: (d.line, d.column)))

    # -- fields ---------------------------------------------------------------------------

    def fields(self, node: Node, allowed: Sequence[str], what: str) -> dict[str, tuple[Node, Node]]:
        """A mapping's entries, warning about unknown keys with a suggestion for typos."""
        entries: dict[str, tuple[Node, Node]] = node.value  # type: ignore[assignment]
        for name, (key, _) in entries.items():
            if name not in allowed:
                self.warn(
                    key,
                    f"unknown key '{name}' in {what}{_did_you_mean(name, allowed)}"
                    f" (known keys: {', '.join(allowed)})",
                )
        return entries

    def text(
        self,
        entries: dict[str, tuple[Node, Node]],
        name: str,
        where: Node,
        what: str,
        *,
        required: bool = False,
    ) -> str | None:
        """A text field exactly as written; YAML 1.1 never turns it into a number or boolean."""
        entry = entries.get(name)
        if entry is None or entry[1].is_null:
            if required:
                at = entry[0] if entry else where
                self.error(at, f"{what} needs '{name}'" + (" (it is empty)" if entry else ""))
            return None
        value = entry[1]
        if value.kind != "scalar":
            kind = "a list" if value.kind == "seq" else "a mapping"
            self.error(value, f"'{name}' in {what} must be text, not {kind}")
            return None
        return value.value  # type: ignore[return-value]

    # -- the file -------------------------------------------------------------------------

    def timeline(self, root: Node, *, fallback_title: str) -> Timeline:
        """Build the timeline from the top-level mapping."""
        entries = self.fields(root, TOP_KEYS, "the timeline")
        title = self.text(entries, "title", root, "the timeline", required=True) or fallback_title
        summary = self.text(entries, "summary", root, "the timeline")
        zone_name, zone = self.zone(entries, root)
        if self.early_sources is None:
            sources = self.sources(entries, root, zone)
        else:
            sources = {
                source_id: replace(source, published_at=parse_published(source.published, zone))
                for source_id, source in self.early_sources.items()
            }
        events = self.events(entries, root, sources, zone_name)
        return Timeline(
            title=title,
            summary=summary,
            timezone=zone_name,
            sources=sources,
            events=_chronological(events),
            diagnostics=self.sorted_diagnostics(),
            paths=(self.path,),
        )

    def zone(
        self, entries: dict[str, tuple[Node, Node]], root: Node
    ) -> tuple[str, ZoneInfo | None]:
        """The timeline's IANA time zone; UTC when absent or unknown."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

        name = self.text(entries, "timezone", root, "the timeline")
        if name is None:
            return "UTC", None
        try:
            return name, ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            node = entries["timezone"][1]
            self.error(
                node,
                f"unknown time zone '{name}'{_did_you_mean(name, sorted(available_timezones()))}"
                " (use an IANA name such as Europe/London); using UTC",
            )
            return "UTC", None

    def sources(
        self, entries: dict[str, tuple[Node, Node]], root: Node, zone: ZoneInfo | None
    ) -> dict[str, Source]:
        """Every source by id."""
        entry = entries.get("sources")
        if entry is None or entry[1].is_null:
            self.error(
                entry[0] if entry else root,
                "the timeline needs 'sources': the articles its events cite",
            )
            return {}
        node = entry[1]
        if node.kind != "map":
            self.error(node, "'sources' must be a mapping from source id to source")
            return {}
        sources: dict[str, Source] = {}
        for source_id, (key, value) in node.value.items():  # type: ignore[union-attr]
            source = self.source(source_id, key, value, zone)
            if source is not None:
                sources[source_id] = source
        return sources

    def source(self, source_id: str, key: Node, node: Node, zone: ZoneInfo | None) -> Source | None:
        """One source; None when it is not even a mapping."""
        what = f"source '{source_id}'"
        if node.kind != "map":
            self.error(
                node if not node.is_null else key,
                f"{what} must be a mapping with title and published",
            )
            return None
        entries = self.fields(node, SOURCE_KEYS, what)
        title = self.text(entries, "title", key, what, required=True) or source_id
        url = self.text(entries, "url", key, what)
        problem = url_problem(url) if url is not None else None
        if problem is not None:
            self.warn(
                entries["url"][1],
                f"url of {what} {problem}; it will not be opened",
            )
        published = self.text(entries, "published", key, what, required=True) or ""
        published_at = None
        if published:
            published_at = parse_published(published, zone)
            if published_at is None:
                self.error(
                    entries["published"][1],
                    f"published '{published}' is not an ISO date or date-time (e.g. 2016-09-18)",
                )
        file = self.text(entries, "file", key, what)
        text = self.text(entries, "text", key, what)
        if file is not None:
            if text is not None:
                self.warn(entries["file"][0], f"{what} has both 'file' and 'text'; using 'text'")
            else:
                text = self.article(file, entries["file"][1])
        return Source(
            source_id,
            title,
            self.text(entries, "outlet", key, what),
            url,
            published,
            published_at,
            file,
            text,
            self.path,
            key.line,
            key.column,
        )

    def article(self, file: str, node: Node) -> str | None:
        """Read a source's article text, warning when it cannot be read."""
        text, problem = read_text(self.base_dir / file)
        if problem is not None:
            self.warn(
                node,
                f"cannot read file '{file}': {problem.message.removeprefix('cannot read file: ')}",
            )
        return text

    def events(
        self,
        entries: dict[str, tuple[Node, Node]],
        root: Node,
        sources: dict[str, Source],
        zone_name: str,
    ) -> list[Event]:
        """Every event in file order, with quotes located and dates resolved."""
        entry = entries.get("events")
        if entry is None or entry[1].is_null:
            self.error(entry[0] if entry else root, "the timeline needs 'events': a list of events")
            return []
        node = entry[1]
        if node.kind != "seq":
            self.error(node, "'events' must be a list (each event starts with '- ')")
            return []
        from tui.load.yamltree import CONVERTED

        events: list[Event] = []
        when_nodes: list[Node | None] = []
        anchor_nodes: list[Node | None] = []
        items: list[Node] = node.value  # type: ignore[assignment]
        if not items:
            self.warn(
                entry[0],
                "the timeline has no events yet: add one under 'events:' (title, when, source)",
            )
        streamed = iter(self.streamed)
        for position, item in enumerate(items):
            if self.progress is not None and not position % PROGRESS_EVENTS:
                self.progress(PARSE_SHARE + (1 - PARSE_SHARE) * position / len(items))
            if item is CONVERTED:
                built = next(streamed)
            else:
                items[position] = CONVERTED
                built = self.event(item, len(events), sources, self.finders)
            if built is not None:
                event, when_node, anchor_node = built
                events.append(event)
                when_nodes.append(when_node)
                anchor_nodes.append(anchor_node)
        return self.resolve_all(events, when_nodes, anchor_nodes, sources, zone_name)

    def event(
        self, node: Node, order: int, sources: dict[str, Source], finders: dict[str, QuoteFinder]
    ) -> tuple[Event, Node | None, Node | None] | None:
        """One event as written, or None when it is not a mapping."""
        if node.kind != "map":
            self.error(node, "each event must be a mapping with title and when")
            return None
        event_id = self.text(node.value, "id", node, f"event {order + 1}")  # type: ignore[arg-type]
        what = f"event '{event_id}'" if event_id is not None else f"event {order + 1}"
        entries = self.fields(node, EVENT_KEYS, what)
        title = self.text(entries, "title", node, what, required=True) or "(untitled)"
        when = self.text(entries, "when", node, what, required=True) or ""
        source = self.reference(entries, "source", node, what, sources)
        if source is None and "source" not in entries:
            if len(sources) == 1:
                source = next(iter(sources))
            elif sources:
                self.error(node, f"{what} needs 'source': the timeline has {len(sources)} sources")
        anchor = self.text(entries, "anchor", node, what)
        event = Event(
            id=event_id,
            title=title,
            when=when,
            source=source,
            anchor=anchor,
            details=self.text(entries, "details", node, what),
            tags=self.tags(entries, what),
            quotes=self.quotes(entries, what, source, sources, finders),
            path=self.path,
            line=node.line,
            column=node.column,
            order=order,
        )
        when_entry = entries.get("when")
        anchor_entry = entries.get("anchor")
        return (
            event,
            when_entry[1] if when_entry else None,
            anchor_entry[1] if anchor_entry else None,
        )

    def reference(
        self,
        entries: dict[str, tuple[Node, Node]],
        name: str,
        where: Node,
        what: str,
        sources: dict[str, Source],
    ) -> str | None:
        """A source id that must exist."""
        source_id = self.text(entries, name, where, what)
        if source_id is not None and source_id not in sources:
            self.error(
                entries[name][1],
                f"{what} cites unknown source '{source_id}'"
                f"{_did_you_mean(source_id, list(sources))}",
            )
            return None
        return source_id

    def tags(self, entries: dict[str, tuple[Node, Node]], what: str) -> tuple[str, ...]:
        """Tags as written: ``[no, on]`` stays two words."""
        entry = entries.get("tags")
        if entry is None or entry[1].is_null:
            return ()
        node = entry[1]
        if node.kind == "scalar":
            return (node.value,)  # type: ignore[return-value]
        if node.kind != "seq":
            self.error(node, f"'tags' of {what} must be a list such as [airstrike, aleppo]")
            return ()
        tags = []
        for item in node.value:  # type: ignore[union-attr]
            if item.kind != "scalar" or item.is_null:
                self.error(item, f"each tag of {what} must be a word or short text")
            else:
                tags.append(item.value)
        return tuple(tags)

    def quotes(
        self,
        entries: dict[str, tuple[Node, Node]],
        what: str,
        event_source: str | None,
        sources: dict[str, Source],
        finders: dict[str, QuoteFinder],
    ) -> tuple[Quote, ...]:
        """Quotes, each checked against its source's text."""
        entry = entries.get("quotes")
        if entry is None or entry[1].is_null:
            return ()
        node = entry[1]
        if node.kind != "seq":
            self.error(node, f"'quotes' of {what} must be a list of quotes, each with 'text'")
            return ()
        quotes = []
        for item in node.value:  # type: ignore[union-attr]
            if item.kind == "scalar" and not item.is_null:
                fields: dict[str, tuple[Node, Node]] = {"text": (item, item)}
            elif item.kind == "map":
                fields = self.fields(item, QUOTE_KEYS, f"a quote of {what}")
            else:
                self.error(item, f"each quote of {what} must be a mapping with 'text'")
                continue
            text = self.text(fields, "text", item, f"a quote of {what}", required=True)
            if text is None:
                continue
            source_id = (
                self.reference(fields, "source", item, f"a quote of {what}", sources)
                or event_source
            )
            found, offset = False, None
            source = sources.get(source_id) if source_id else None
            if source is not None and source.text is not None:
                finder = finders.get(source.id)
                if finder is None:
                    from tui.load.quotes import QuoteFinder

                    finder = finders[source.id] = QuoteFinder(source.text)
                span = finder.find(text)
                if span is None:
                    self.warn(
                        fields["text"][1],
                        f"quote does not occur in the text of source '{source.id}'",
                    )
                else:
                    found, offset = True, span[0]
            quotes.append(
                Quote(
                    text,
                    self.text(fields, "by", item, f"a quote of {what}"),
                    source_id,
                    found,
                    offset,
                    item.line,
                    item.column,
                )
            )
        return tuple(quotes)

    # -- dates ----------------------------------------------------------------------------

    def resolve_all(
        self,
        events: list[Event],
        when_nodes: list[Node | None],
        anchor_nodes: list[Node | None],
        sources: dict[str, Source],
        zone_name: str,
    ) -> list[Event]:
        """Resolve every `when`, anchored events after their anchors; report bad ids and cycles."""
        by_id: dict[str, int] = {}
        for index, event in enumerate(events):
            if event.id is None:
                continue
            if event.id in by_id:
                first = events[by_id[event.id]]
                self.report(
                    event.line,
                    event.column,
                    "error",
                    f"duplicate event id '{event.id}' (first at line {first.line})",
                )
            else:
                by_id[event.id] = index
        anchor_of: list[int | None] = [None] * len(events)
        for index, event in enumerate(events):
            if event.anchor is None:
                continue
            target = by_id.get(event.anchor)
            if target is None:
                self.error(
                    anchor_nodes[index] or when_nodes[index] or _at(event),
                    f"anchor '{event.anchor}' is not the id of any event"
                    f"{_did_you_mean(event.anchor, list(by_id))}",
                )
            else:
                anchor_of[index] = target
        self.break_cycles(events, anchor_of, anchor_nodes)

        outcome: list[Resolution | Unresolved | None] = [None] * len(events)
        for start in range(len(events)):
            chain = []
            index: int | None = start
            while index is not None and outcome[index] is None:
                chain.append(index)
                index = anchor_of[index]
            for index in reversed(chain):
                outcome[index] = self.resolve_one(
                    events, index, anchor_of[index], outcome, sources, zone_name
                )
        resolved = []
        for index, event in enumerate(events):
            result = outcome[index]
            if isinstance(result, Resolution):
                resolved.append(event.settled(result))
                continue
            reason = result.reason if isinstance(result, Unresolved) else "not resolved"
            if event.when and not isinstance(result, _NotAttempted):
                self.warn(
                    when_nodes[index] or _at(event), f"cannot resolve when '{event.when}': {reason}"
                )
            resolved.append(event.settled(None, reason))
        return resolved

    def break_cycles(
        self, events: list[Event], anchor_of: list[int | None], anchor_nodes: list[Node | None]
    ) -> None:
        """Report each anchor cycle once and cut it, so resolution always terminates."""
        state = [0] * len(events)
        for start in range(len(events)):
            path: list[int] = []
            index: int | None = start
            while index is not None and state[index] == 0:
                state[index] = 1
                path.append(index)
                index = anchor_of[index]
            if index is not None and state[index] == 1:
                cycle = path[path.index(index) :]
                names = " → ".join(str(events[i].id) for i in [*cycle, cycle[0]])
                for i in cycle:
                    self.error(anchor_nodes[i] or _at(events[i]), f"anchor cycle: {names}")
                    anchor_of[i] = None
                    events[i] = replace(events[i], anchor=None)
            for i in path:
                state[i] = 2

    def resolve_one(
        self,
        events: list[Event],
        index: int,
        anchor_index: int | None,
        outcome: list[Resolution | Unresolved | None],
        sources: dict[str, Source],
        zone_name: str,
    ) -> Resolution | Unresolved:
        """Resolve one event against its anchor event or its source's publication."""
        event = events[index]
        if not event.when:
            return _NotAttempted(event.when, "no 'when' given")
        if anchor_index is not None:
            anchor_result = outcome[anchor_index]
            anchor_event = events[anchor_index]
            if not isinstance(anchor_result, Resolution):
                return Unresolved(event.when, f"its anchor event '{anchor_event.id}' is undated")
            return resolve(
                event.when,
                anchor_result.start,
                anchor_label=f"event '{anchor_event.id}'",
                tz=zone_name,
            )
        if event.anchor is not None:
            return _NotAttempted(event.when, f"its anchor '{event.anchor}' is not an event id")
        source = sources.get(event.source) if event.source else None
        if source is None or source.published_at is None:
            return _NotAttempted(event.when, "no source publication date to resolve it against")
        return resolve(
            event.when,
            source.published_at,
            anchor_label="the source's publication",
            tz=zone_name,
            tense=tense_in_quotes(event.when, (q.text for q in event.quotes)),
        )


class _NotAttempted(Unresolved):
    """Left unresolved because of a problem already reported elsewhere, so no second warning."""


def _at(event: Event) -> Node:
    from tui.load.yamltree import Node

    return Node("scalar", "", event.line, event.column)


def parse_published(text: str, zone: ZoneInfo | None) -> datetime | None:
    """An ISO date or date-time as naive wall-clock time in the timeline's zone."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(zone or UTC).replace(tzinfo=None)
    return value


__all__ = [
    "LoadResult",
    "article_paths",
    "file_stamp",
    "load",
    "load_cached",
    "load_file",
    "load_text",
    "merge",
    "parse_published",
]
