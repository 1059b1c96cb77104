"""The chronology: one virtual widget that draws only the visible lines of any number of events.

Like Textual's own Tree, it keeps a flat list of lines (day headings, event rows and the detail
lines of expanded events) and renders each on demand through a strip cache, so 100,000 events
cost a list of small tuples, not 100,000 widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Event, Timeline
from tui.core.textsafe import one_line
from tui.dates import format_label

HEADING, ROW, DETAIL = 0, 1, 2
Line = tuple[int, int, int]
"""(kind, index into the shown events, detail line number)."""


def detail_lines(timeline: Timeline, event: Event) -> list[Text]:
    """What an expanded event shows: details, its date and how it was resolved, source, tags, quotes."""
    out: list[Text] = []
    dim = Style(dim=True)
    if event.details:
        out += [Text(one_line(line)) for line in event.details.strip().splitlines()]
    when = Text.assemble(("when: ", dim), one_line(event.when))
    if event.resolution is not None:
        when.append("  →  " + one_line(event.resolution.explanation.split(": ", 1)[-1]))
    elif event.unresolved_reason:
        when.append(f"  →  undated: {one_line(event.unresolved_reason)}", "italic")
    out.append(when)
    if event.anchor:
        out.append(Text.assemble(("anchored on: ", dim), one_line(event.anchor)))
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        line = Text.assemble(("source: ", dim), one_line(source.title))
        if source.outlet:
            line.append(f", {one_line(source.outlet)}")
        line.append(f", published {one_line(source.published)}")
        out.append(line)
    if event.tags:
        out.append(Text.assemble(("tags: ", dim), one_line(", ".join(event.tags))))
    for quote in event.quotes:
        line = Text.assemble(("“", dim), (one_line(quote.text), "italic"), ("”", dim))
        if quote.by:
            line.append(f" — {one_line(quote.by)}")
        if not quote.found:
            line.append("  (not found in the source's text)", "bold red")
        out.append(line)
    if len({e for e in timeline.paths}) > 1:
        out.append(
            Text.assemble(("file: ", dim), f"{one_line(Path(event.path).name)}:{event.line}")
        )
    return out


class EventList(ScrollView, can_focus=True):
    """A scrollable, expandable chronology of events."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False),
        Binding("k,up", "cursor_up", "Up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter,space", "toggle", "Expand"),
    ]
    COMPONENT_CLASSES = {
        "event-list--heading",
        "event-list--cursor",
        "event-list--detail",
        "event-list--file",
    }
    DEFAULT_CSS = """
    EventList > .event-list--heading { color: $accent; text-style: bold; }
    EventList > .event-list--cursor { background: $primary 40%; }
    EventList:focus > .event-list--cursor { background: $primary; color: $text; }
    EventList > .event-list--detail { color: $text-muted; }
    EventList > .event-list--file { color: $text-disabled; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)
    """Index, in the shown events, of the selected one."""

    class Highlighted(Message):
        """The selection moved to another event."""

        def __init__(self, event: Event | None) -> None:
            super().__init__()
            self.event = event

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.timeline: Timeline | None = None
        self.shown: Sequence[Event] = ()
        self.expanded: set[str] = set()
        self._lines: list[Line] = []
        self._row_of: list[int] = []
        self._labels: dict[int, str] = {}
        self._details: dict[str, list[Text]] = {}
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)

    # -- data ---------------------------------------------------------------------------

    def show(
        self,
        timeline: Timeline,
        events_shown: Sequence[Event] | None = None,
        *,
        keep: str | None = None,
    ) -> None:
        """Show a timeline (or a filtered part of it), keeping the selection on ``keep`` if present."""
        if timeline is not self.timeline:
            self._details.clear()
            self._labels.clear()
        self.timeline = timeline
        self.shown = timeline.events if events_shown is None else events_shown
        self._rebuild()
        index = 0
        if keep is not None:
            index = next((i for i, e in enumerate(self.shown) if e.key == keep), 0)
        self.cursor = min(index, max(len(self.shown) - 1, 0))
        self.scroll_to_cursor(center=True, animate=False)

    @property
    def current(self) -> Event | None:
        """The selected event, if any."""
        return self.shown[self.cursor] if 0 <= self.cursor < len(self.shown) else None

    def label(self, event: Event) -> str:
        """The event's date label, computed once per distinct resolution."""
        key = id(event.resolution)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = format_label(event.resolution)
        return label

    def _rebuild(self) -> None:
        """Flatten headings, rows and expanded details into lines."""
        lines: list[Line] = []
        rows: list[int] = []
        previous = None
        append = lines.append
        expanded = self.expanded
        for index, event in enumerate(self.shown):
            label = self.label(event)
            if label != previous:
                append((HEADING, index, 0))
                previous = label
            rows.append(len(lines))
            append((ROW, index, 0))
            if expanded and event.key in expanded:
                lines.extend((DETAIL, index, n) for n in range(len(self._detail(event))))
        self._lines, self._row_of = lines, rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(lines))
        self.refresh()

    def _detail(self, event: Event) -> list[Text]:
        """The event's detail lines, wrapped to the widget's width."""
        lines = self._details.get(event.key)
        if lines is None and self.timeline is not None:
            width = max(self.size.width - 8, 20)
            lines = self._details[event.key] = [
                piece
                for text in detail_lines(self.timeline, event)
                for piece in text.wrap(self.app.console, width)
            ]
        return lines or []

    # -- actions ------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._cache.clear()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def _move(self, index: int) -> None:
        if self.shown:
            self.cursor = max(0, min(index, len(self.shown) - 1))
            self.scroll_to_cursor()

    def scroll_to_cursor(self, *, center: bool = False, animate: bool = False) -> None:
        """Bring the selected row (and its details when expanded) into view."""
        if not self._row_of:
            return
        top = self._row_of[self.cursor]
        event = self.current
        bottom = top + (len(self._detail(event)) if event and event.key in self.expanded else 0)
        height = max(self.scrollable_content_region.height, 1)
        if center:
            self.scroll_to(y=max(0, top - height // 2), animate=animate)
        elif top < self.scroll_y:
            heading_above = top > 0 and self._lines[top - 1][0] == HEADING
            self.scroll_to(y=top - heading_above, animate=animate)
        elif bottom >= self.scroll_y + height:
            self.scroll_to(y=min(top, bottom - height + 1), animate=animate)

    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._move(self.cursor - 1)

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(len(self.shown) - 1)

    def action_page_down(self) -> None:
        self._move(
            self._event_at(self._row_of[self.cursor] + self.scrollable_content_region.height)
            if self._row_of
            else 0
        )

    def action_page_up(self) -> None:
        self._move(
            self._event_at(self._row_of[self.cursor] - self.scrollable_content_region.height)
            if self._row_of
            else 0
        )

    def action_toggle(self) -> None:
        """Expand the selected event in place, or collapse it, splicing its detail lines in or out."""
        event = self.current
        if event is None:
            return
        row = self._row_of[self.cursor]
        if event.key in self.expanded:
            self.expanded.discard(event.key)
            delta = -len(self._detail(event))
            del self._lines[row + 1 : row + 1 - delta]
        else:
            self.expanded.add(event.key)
            details = [(DETAIL, self.cursor, n) for n in range(len(self._detail(event)))]
            delta = len(details)
            self._lines[row + 1 : row + 1] = details
        following = self._row_of[self.cursor + 1 :]
        self._row_of[self.cursor + 1 :] = [line + delta for line in following]
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self._lines))
        self.refresh()
        self.scroll_to_cursor()

    def events_on_screen(self) -> tuple[int, int]:
        """Indices of the first and last shown events with a line on screen."""
        top = int(self.scroll_y)
        return self._event_at(top), self._event_at(top + self.scrollable_content_region.height - 1)

    def _event_at(self, line: int) -> int:
        line = max(0, min(line, len(self._lines) - 1))
        return self._lines[line][1] if self._lines else 0

    def on_click(self, event: events.Click) -> None:
        line = event.y + int(self.scroll_y)
        if 0 <= line < len(self._lines):
            kind, index, _ = self._lines[line]
            if kind == HEADING:
                return
            if index == self.cursor:
                self.action_toggle()
            else:
                self._move(index)

    def on_resize(self) -> None:
        if self._details:
            self._details.clear()
            self._rebuild()
        else:
            self._cache.clear()
            self.virtual_size = Size(self.size.width, len(self._lines))

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line_number = y + int(self.scroll_y)
        width = self.size.width
        if line_number >= len(self._lines):
            if line_number == 0 and self.timeline is not None and self.timeline.events:
                return self._nothing_matches(width)
            return Strip.blank(width, self.rich_style)
        kind, index, detail = self._lines[line_number]
        selected = kind != HEADING and index == self.cursor
        key = (line_number, width, selected, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._draw(kind, index, detail, selected, width)
        return strip

    def _nothing_matches(self, width: int) -> Strip:
        text = Text(
            " No event matches: Escape clears the search, t then Escape clears the tag.", "italic"
        )
        text.truncate(width, overflow="ellipsis")
        return Strip(list(text.render(self.app.console, end=""))).extend_cell_length(
            width, self.rich_style
        )

    def _draw(self, kind: int, index: int, detail: int, selected: bool, width: int) -> Strip:
        event = self.shown[index]
        base = self.rich_style
        if kind == HEADING:
            text = Text(
                " " + self.label(event), self.get_component_rich_style("event-list--heading")
            )
        elif kind == ROW:
            marker = "▾ " if event.key in self.expanded else "▸ "
            text = Text.assemble("   ", marker, one_line(event.title))
            if self.timeline is not None and len(self.timeline.paths) > 1:
                text.append(
                    f"  {one_line(Path(event.path).name)}",
                    self.get_component_rich_style("event-list--file"),
                )
        else:
            text = Text("       ") + self._detail(event)[detail]
            text.stylize(self.get_component_rich_style("event-list--detail"))
        if selected:
            text.stylize(self.get_component_rich_style("event-list--cursor"))
        text.truncate(width, overflow="ellipsis")
        segments: Iterable[Segment] = text.render(self.app.console, end="")
        style = self.get_component_rich_style("event-list--cursor") if selected else base
        return Strip(list(segments)).extend_cell_length(width, style).crop(0, width)
