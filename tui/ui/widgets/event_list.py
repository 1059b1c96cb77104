"""The chronology: one virtual widget that draws only the visible lines of any number of events.

Like Textual's own Tree, it keeps a flat list of lines (day headings, event rows and the detail
lines of expanded events) and renders each on demand through a line cache, so 100,000 events
cost a list of small tuples, not 100,000 widgets. As in Tree, each line carries the widget's and
its component's styles, a theme change clears the cache, and a cursor move repaints only the
lines it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Event, Timeline
from tui.ui.cells import cells
from tui.ui.widgets.event_details import EventTexts, Key
from tui.ui.widgets.event_lines import HEADING, ROW, EventLines

ROW_INDENT = 5
DETAIL_INDENT = 7
NOTHING_MATCHES = " No event matches: Escape clears the search, t then Escape clears the tag."

STYLES = """
EventList > .event-list--heading { color: $accent; text-style: bold; }
EventList > .event-list--cursor { background: $primary 40%; }
EventList:focus > .event-list--cursor { background: $primary; color: $text; }
EventList > .event-list--detail { color: $text-muted; }
EventList > .event-list--file { color: $text-disabled; }
EventList > .event-list--doubt { color: $text-warning; }
EventList > .event-list--empty { color: $text-muted; text-style: italic; }
"""
"""The list's parts in the theme's colours: a theme change recolours them."""


class EventList(ScrollView, can_focus=True):
    """A scrollable, expandable chronology of events."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "step(1)", "Down", show=False),
        Binding("k,up", "step(-1)", "Up", show=False),
        Binding("g,home", "go(0)", "First", show=False),
        Binding("G,end", "go(-1)", "Last", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("enter,space", "expand", "Expand"),
        Binding("enter,space", "collapse", "Collapse"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "event-list--heading",
        "event-list--cursor",
        "event-list--detail",
        "event-list--file",
        "event-list--doubt",
        "event-list--empty",
    }
    DEFAULT_CSS = STYLES

    cursor: reactive[int] = reactive(0, always_update=True)
    """Index, in the shown events, of the selected one."""

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.timeline: Timeline | None = None
        self.shown: Sequence[Event] = ()
        self.expanded: set[Key] = set()
        self._lines = EventLines()
        self._texts = EventTexts()
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)

    def show(
        self,
        timeline: Timeline,
        events_shown: Sequence[Event] | None = None,
        *,
        keep: Key | None = None,
    ) -> None:
        """Show a timeline (or a filtered part of it), keeping the selection on ``keep``."""
        self._texts.use(timeline)
        self.timeline = timeline
        self.shown = timeline.events if events_shown is None else events_shown
        self._rebuild()
        index = 0
        if keep is not None:
            index = next((i for i, e in enumerate(self.shown) if self.key_of(e) == keep), 0)
        self.cursor = min(index, max(len(self.shown) - 1, 0))
        self.scroll_to_cursor(center=True, animate=False)

    def key_of(self, event: Event) -> Key:
        """The event's key in this list: unique even where the file repeats an id."""
        return self._texts.key_of(event)

    @property
    def current(self) -> Event | None:
        """The selected event, if any."""
        return self.shown[self.cursor] if 0 <= self.cursor < len(self.shown) else None

    @property
    def current_key(self) -> Key | None:
        event = self.current
        return None if event is None else self.key_of(event)

    def is_expanded(self, event: Event) -> bool:
        return self.key_of(event) in self.expanded

    def label(self, event: Event) -> str:
        return self._texts.label(event)

    @property
    def _width(self) -> int:
        """The columns lines may use: the scrollbar's are not theirs."""
        return self.scrollable_content_region.width or self.size.width

    def _rebuild(self) -> None:
        """Flatten headings, rows and expanded details into lines."""
        expanded = self.expanded

        def details(event: Event) -> int:
            return len(self.detail(event)) if expanded and self.key_of(event) in expanded else 0

        self._lines.build(self.shown, self.label, details)
        self._cache.clear()
        self.virtual_size = Size(self._width, len(self._lines))
        self.refresh()

    def _row_text(self, event: Event) -> Text:
        marker = "▾ " if self.is_expanded(event) else "▸ "
        doubt = self.get_component_rich_style("event-list--doubt", partial=True)
        text = Text.assemble(" ", ("?", doubt) if event.doubts else " ", " ", marker)
        text.append(cells(event.title))
        if self.timeline is not None and len(self.timeline.paths) > 1:
            text.append(
                f"  {cells(Path(event.path).name)}",
                self.get_component_rich_style("event-list--file", partial=True),
            )
        return text

    def detail(self, event: Event) -> list[Text]:
        """The event's detail lines, wrapped to the widget's width (the whole title first when
        its row cuts it)."""
        width = max(self._width - DETAIL_INDENT, 20)
        cut = self._row_text(event).cell_len > self._width
        return self._texts.details(event, width, self.app.console, cut)

    def _event_lines(self, index: int) -> tuple[int, int]:
        """(first line, number of lines) of the event's row and its details."""
        if not 0 <= index < len(self._lines.row_of):
            return 0, 0
        event = self.shown[index]
        return self._lines.row_of[index], 1 + (
            len(self.detail(event)) if self.is_expanded(event) else 0
        )

    def watch_cursor(self, old: int, new: int) -> None:
        """Repaint the rows the selection left and reached, and nothing else."""
        for index in {old, new}:
            self.refresh_lines(*self._event_lines(index))
        if self._is_open(old) != self._is_open(new):
            self.refresh_bindings()  # the footer's Expand or Collapse, only when it changes

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter offers to expand a folded event and to collapse an open one, as the footer says."""
        if action in ("expand", "collapse"):
            return self._is_open(self.cursor) == (action == "collapse")
        return True

    def _is_open(self, index: int) -> bool:
        return 0 <= index < len(self.shown) and self.is_expanded(self.shown[index])

    def _move(self, index: int) -> None:
        if self.shown:
            self.cursor = max(0, min(index, len(self.shown) - 1))
            self.scroll_to_cursor()

    def scroll_to_cursor(self, *, center: bool = False, animate: bool = False) -> None:
        """Bring the selected row (and its details when expanded) into view."""
        if not self._lines.row_of:
            return
        top, count = self._event_lines(self.cursor)
        bottom = top + count - 1
        height = max(self.scrollable_content_region.height, 1)
        if center:
            self.scroll_to(y=max(0, top - height // 2), animate=animate)
        elif top < self.scroll_y:
            self.scroll_to(y=top - self._lines.heading_above(top), animate=animate)
        elif bottom >= self.scroll_y + height:
            self.scroll_to(y=min(top, bottom - height + 1), animate=animate)

    def action_step(self, by: int) -> None:
        """The next event (1) or the one before (-1)."""
        self._move(self.cursor + by)

    def action_go(self, index: int) -> None:
        """The first event (0) or the last (-1)."""
        self._move(index if index >= 0 else len(self.shown) - 1)

    def action_page(self, direction: int) -> None:
        if self._lines.row_of:
            height = self.scrollable_content_region.height
            self._move(self._lines.event_at(self._lines.row_of[self.cursor] + direction * height))

    def action_expand(self) -> None:
        """Expand the selected event in place, or collapse it: its detail lines go in or out."""
        event = self.current
        if event is None:
            return
        key = self.key_of(event)
        count = len(self.detail(event))
        if key in self.expanded:
            self.expanded.discard(key)
            self._lines.splice(self.cursor, -count)
        else:
            self.expanded.add(key)
            self._lines.splice(self.cursor, count)
        self._cache.clear()
        self.virtual_size = Size(self._width, len(self._lines))
        self.refresh()
        self.scroll_to_cursor()
        self.refresh_bindings()

    action_collapse = action_expand  # the same toggle, offered as "Collapse" on an open event

    def on_click(self, event: events.Click) -> None:
        line = event.y + int(self.scroll_y)
        if 0 <= line < len(self._lines):
            kind, index, _ = self._lines.lines[line]
            if kind == HEADING:
                return
            if index == self.cursor:
                self.action_expand()
            else:
                self._move(index)

    def watch_show_vertical_scrollbar(self) -> None:
        """The scrollbar came or went: the lines have another width."""
        self.call_after_refresh(self.on_resize)

    def on_resize(self) -> None:
        if self._texts.rewrap():
            self._rebuild()
        else:
            self._cache.clear()
            self.virtual_size = Size(self._width, len(self._lines))

    def notify_style_update(self) -> None:
        """A theme or a focus change: the cached lines were drawn in the old colours."""
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        line_number = y + int(self.scroll_y)
        width = self._width
        if line_number >= len(self._lines):
            if line_number == 0 and self.timeline is not None and self.timeline.events:
                empty = self._style("event-list--empty")
                return strip_of(Text(NOTHING_MATCHES), empty, width, self.app.console)
            return Strip.blank(width, self.rich_style)
        kind, index, detail = self._lines.lines[line_number]
        selected = kind != HEADING and index == self.cursor
        key = (line_number, width, selected, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._draw(kind, index, detail, selected, width)
        return strip

    def _style(self, *components: str) -> Style:
        """The widget's style under each component's, as Tree combines them."""
        style = self.rich_style
        for component in components:
            style += self.get_component_rich_style(component, partial=True)
        return style

    def _draw(self, kind: int, index: int, detail: int, selected: bool, width: int) -> Strip:
        event = self.shown[index]
        cursor = ("event-list--cursor",) if selected else ()
        if kind == HEADING:
            text, style = Text(" " + self.label(event)), self._style("event-list--heading")
        elif kind == ROW:
            text, style = self._row_text(event), self._style(*cursor)
        else:
            text = Text(" " * DETAIL_INDENT) + self.detail(event)[detail]
            style = self._style("event-list--detail", *cursor)
        return strip_of(text, style, width, self.app.console)


def strip_of(text: Text, style: Style, width: int, console: Console) -> Strip:
    """One line: its text's own spans over the line's style, cut with "…" to the width."""
    text.truncate(width, overflow="ellipsis")
    segments = list(text.render(console, end=""))
    return Strip(segments).extend_cell_length(width).apply_style(style).crop(0, width)


def events_on_screen(events: EventList) -> tuple[int, int]:
    """Indices of the first and last shown events with a line on screen (for the density strip)."""
    top = int(events.scroll_y)
    bottom = top + events.scrollable_content_region.height - 1
    return events._lines.event_at(top), events._lines.event_at(bottom)
