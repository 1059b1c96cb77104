"""Building one file's timeline from its located tree: the top level, events and their quotes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.model import Event, Quote, Source, Timeline
from tui.load.anchors import resolve_all
from tui.load.consistency import check_quoted_dates, check_wall_times
from tui.load.doubts import Comments, doubts_above
from tui.load.fields import EVENT_KEYS, QUOTE_KEYS, TOP_KEYS, Entries, Reporter, entries_of
from tui.load.merging import chronological
from tui.load.sources import place_published, read_sources, read_zone

if TYPE_CHECKING:
    from tui.load.quotes import QuoteFinder
    from tui.load.yamltree import Node, Progress

PARSE_SHARE = 0.6
"""Parsing's share of a load's time, for progress reports; building events is the rest."""

PROGRESS_EVENTS = 2000
"""Events built between two progress reports."""

Built = tuple[Event, "Node | None", "Node | None"]
"""An event as written, with its ``when`` and ``anchor`` nodes for later messages."""


@cache
def _converted() -> Node:
    """The placeholder for a converted event, from the parser's module, imported on first use."""
    from tui.load.yamltree import CONVERTED

    return CONVERTED


class Builder(Reporter):
    """Converts one file's located tree into the model, reporting problems as it goes."""

    def __init__(self, path: str, base_dir: Path, progress: Progress | None = None) -> None:
        super().__init__(path)
        self.base_dir = base_dir
        self.progress = progress
        self.finders: dict[str, QuoteFinder] = {}
        self.early_sources: dict[str, Source] | None = None
        self.streamed: list[Built | None] = []
        self.streamed_count = 0
        self.stream_events: bool | None = None
        self.comments = Comments()
        """The comment lines of a file that holds a ``# doubtful:`` one (``comment_lines``)."""

    def stream(self, key: str, item: Node, root: Node) -> Node:
        """Convert each event the moment the parser finishes it (a ``yamltree.ItemHook``).

        A 100k-event tree took 4 KB an event before it was converted; converted one by one, only
        the model is left. This needs the sources, so it happens when 'sources' comes before
        'events' in the file (as it usually does); otherwise events are converted after parsing.
        The sources are read here without the time zone, which may come later in the file; their
        publication times are placed in it when the whole file is read.
        """
        entries = entries_of(root)
        if key != "events" or item.kind != "map" or "events" in entries:
            return item  # a second 'events' is ignored
        if self.stream_events is None:
            self.stream_events = "sources" in entries
            if self.stream_events:
                self.early_sources = read_sources(self, entries, root, None, self.base_dir)
        if not self.stream_events:
            return item
        built = self.event(item, self.streamed_count, self.early_sources or {})
        self.streamed.append(built)
        self.streamed_count += built is not None
        return _converted()

    def timeline(self, root: Node, *, fallback_title: str) -> Timeline:
        """Build the timeline from the top-level mapping."""
        entries = self.fields(root, TOP_KEYS, "the timeline")
        title = self.text(entries, "title", root, "the timeline", required=True) or fallback_title
        summary = self.text(entries, "summary", root, "the timeline")
        zone_name, zone = read_zone(self, entries, root)
        if self.early_sources is None:
            sources = read_sources(self, entries, root, zone, self.base_dir)
        else:
            sources = {
                source_id: place_published(self, source, zone)
                for source_id, source in self.early_sources.items()
            }
        events = self.events(entries, root, sources, zone_name)
        return Timeline(
            title=title,
            summary=summary,
            timezone=zone_name,
            sources=sources,
            events=chronological(events),
            diagnostics=self.sorted_diagnostics(),
            paths=(self.path,),
        )

    def events(
        self, entries: Entries, root: Node, sources: dict[str, Source], zone_name: str
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
                built = self.event(item, len(events), sources)
            if built is not None:
                event, when_node, anchor_node = built
                events.append(event)
                when_nodes.append(when_node)
                anchor_nodes.append(anchor_node)
        resolved = resolve_all(self, events, when_nodes, anchor_nodes, sources, zone_name)
        check_quoted_dates(self, resolved, when_nodes, sources, zone_name)
        check_wall_times(self, resolved, when_nodes, zone_name)
        return resolved

    def event(self, node: Node, order: int, sources: dict[str, Source]) -> Built | None:
        """One event as written, or None when it is not a mapping."""
        if node.kind != "map":
            self.error(node, "each event must be a mapping with title and when")
            return None
        event_id = self.text(entries_of(node), "id", node, f"event {order + 1}")
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
        event = Event(
            id=event_id,
            title=title,
            when=when,
            source=source,
            anchor=self.text(entries, "anchor", node, what),
            details=self.text(entries, "details", node, what),
            tags=self.tags(entries, what),
            quotes=self.quotes(entries, what, source, sources),
            path=self.path,
            line=node.line,
            column=node.column,
            order=order,
            doubts=doubts_above(self.comments, node.line, node.column),
        )
        when_entry = entries.get("when")
        anchor_entry = entries.get("anchor")
        return (
            event,
            when_entry[1] if when_entry else None,
            anchor_entry[1] if anchor_entry else None,
        )

    def quotes(
        self, entries: Entries, what: str, event_source: str | None, sources: dict[str, Source]
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
        items: list[Node] = node.value  # type: ignore[assignment]
        for item in items:
            if item.kind == "scalar" and not item.is_null:
                fields: Entries = {"text": (item, item)}
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
            source = sources.get(source_id) if source_id else None
            offset = self.locate(text, source, fields["text"][1])
            by = self.text(fields, "by", item, f"a quote of {what}")
            quote = Quote(text, by, source_id, offset is not None, offset, item.line, item.column)
            quotes.append(quote)
        return tuple(quotes)

    def locate(self, quote: str, source: Source | None, node: Node) -> int | None:
        """Where a quote starts in its source's text; a warning, with the closest passage, when
        it is not there."""
        if source is None or source.text is None:
            return None
        finder = self.finders.get(source.id)
        if finder is None:
            from tui.load.quotes import QuoteFinder

            finder = self.finders[source.id] = QuoteFinder(source.text)
        span = finder.find(quote)
        if span is not None:
            return span[0]
        closest = finder.closest(quote)
        self.warn(
            node,
            f"quote does not occur in the text of source '{source.id}'"
            + (f"; {closest}" if closest else ""),
        )
        return None
