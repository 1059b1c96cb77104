"""The density strip above the list: how many events fall in each stretch of the timeline, with the
part on screen marked; a click, or Enter on its cursor, jumps the list there."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import partial
from itertools import groupby
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Event
from tui.formats.axis import Axis, View, blocks, counts, fit
from tui.ui.widgets.axis import axis_for, sharing_the_loop
from tui.ui.widgets.event_list import EventList, events_on_screen

BUILD_DELAY = 0.05
"""The strip is counted just after a list is shown, so it never delays the list's first paint."""


class DensityStrip(Widget, can_focus=True):
    """One line of block characters over the whole timeline (long empty stretches folded)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move(-1)", "Earlier", show=False),
        Binding("right,l", "move(1)", "Later", show=False),
        Binding("enter,space", "jump", "Jump there"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "density--bar",
        "density--on-screen",
        "density--cursor",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._list: EventList | None = None
        self._shown: Sequence[Event] | None = None
        self._axis: Axis | None = None
        self._view: View | None = None
        self._bars = ""
        self._at: list[float | None] = []
        self.cursor: int | None = None
        self._styles: dict[str, Style] = {}
        self._asked: tuple[Sequence[Event], int] | None = None
        self._drawn: tuple[tuple[object, ...], Strip | None] = ((None, None, 0, "", False), None)
        """The line last drawn and what it showed: the lit columns, cursor, width, bars, focus."""

    def on_mount(self) -> None:
        self.call_after_refresh(self._follow_list)

    def _follow_list(self) -> None:
        self._list = self.screen.query_one(EventList)
        self.watch(self._list, "scroll_y", self._moved, init=False)
        self.watch(self._list, "cursor", self._moved, init=False)
        self._moved()

    def _moved(self) -> None:
        """The list scrolled or showed other events: mark the part on screen, recount if new.
        A scroll that leaves the same columns lit draws nothing, so the list's scrolling costs
        the strip a bisection or two."""
        if self._list is not None and self._list.shown is not self._shown:
            self._shown = self._list.shown
            self.set_timer(BUILD_DELAY, self._count)
            self.refresh()
        elif self._on_screen() != self._drawn[0][0]:
            self.refresh()

    def _count(self) -> None:
        if self._shown is not None and self.size.width:
            shown, width = self._shown, self.size.width
            asked = self._asked
            if asked is not None and asked[0] is shown and asked[1] == width:
                return  # counted, or being counted: a screen shown again is no new width
            self._asked = (shown, width)
            self.run_worker(
                partial(self._counted, shown, width),
                thread=True,
                exclusive=True,
                group="density",
                description="the density strip counted in a thread",  # not the events' repr
            )

    def _counted(self, shown: Sequence[Event], width: int) -> None:
        """In a thread: lay the events out and count them per column, then show the result."""
        with sharing_the_loop():
            axis = axis_for(shown)
            view = fit(axis, width)
            bars = blocks(counts(axis.starts, view.left, view.per_column, width))[0]
            at: list[float | None] = []
            last: float | None = None
            for index in range(len(shown)):
                n = axis.item_of.get(index)
                last = axis.starts[n] if n is not None else last
                at.append(last)
        first = next((a for a in at if a is not None), None)
        at = [first if a is None else a for a in at]  # events before the first dated one
        self.app.call_from_thread(self._show, shown, axis, view, bars, at)

    def _show(
        self, shown: Sequence[Event], axis: Axis, view: View, bars: str, at: list[float | None]
    ) -> None:
        if shown is self._shown:
            self._axis, self._view, self._bars, self._at = axis, view, bars, at
            self.refresh()

    def on_resize(self) -> None:
        if self._shown is not None:
            self._count()

    def _on_screen(self) -> tuple[int, int] | None:
        """The columns of the events the list has on screen."""
        if self._list is None or self._view is None or not self._at:
            return None
        first, last = events_on_screen(self._list)
        a, b = self._at[min(first, len(self._at) - 1)], self._at[min(last, len(self._at) - 1)]
        if a is None or b is None:
            return None
        return int(self._view.column(a)), int(self._view.column(b))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._drawn = ((None, None, 0, "", False), None)

    def _style(self, part: str) -> Style:
        style = self._styles.get(part)
        if style is None:
            base = self.rich_style
            style = self._styles[part] = (
                base + self.get_component_rich_style(part) if part else base
            )
        return style

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y != 0 or not self._bars:
            return Strip.blank(width, self._style(""))
        key = (self._on_screen(), self.cursor, width, self._bars, self.has_focus)
        drawn = self._drawn[1]
        if key == self._drawn[0] and drawn is not None:
            return drawn
        lit = key[0] or (-1, -2)

        def part(column: int) -> str:
            if column == self.cursor:
                return "density--cursor"
            return "density--on-screen" if lit[0] <= column <= lit[1] else "density--bar"

        segments = [
            Segment("".join(char for _, char in run), self._style(name))
            for name, run in groupby(enumerate(self._bars[:width]), key=lambda c: part(c[0]))
        ]
        strip = Strip(segments).extend_cell_length(width, self._style(""))
        self._drawn = (key, strip)
        return strip

    def on_focus(self) -> None:
        if self.cursor is None:
            lit = self._on_screen()
            self.cursor = lit[0] if lit else 0
        self._styles.clear()  # the cursor's style is another with the focus
        self.refresh()

    def on_blur(self) -> None:
        self._styles.clear()
        self.refresh()

    def action_move(self, delta: int) -> None:
        self.cursor = max(0, min((self.cursor or 0) + delta, self.size.width - 1))
        self.refresh()

    def action_jump(self) -> None:
        if self.cursor is not None:
            self.jump(self.cursor)

    def on_click(self, event: events.Click) -> None:
        self.cursor = event.x
        self.jump(event.x)

    def jump(self, column: int) -> None:
        """Select the first event at or after the stretch under ``column`` and centre it."""
        if self._axis is None or self._view is None or self._list is None or not len(self._axis):
            return
        n = min(bisect_left(self._axis.starts, self._view.at(column)), len(self._axis) - 1)
        self._list.cursor = self._axis.event_of[n]
        self._list.scroll_to_cursor(center=True)
        self._list.focus()
