"""The axis drawn in the terminal: the layout of ``tui.formats.axis``, in the theme's colours."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Event
from tui.formats.axis import Axis, LaneMode, View, build_axis
from tui.formats.axis_picture import Line, Picture, draw, gutter_width

STYLES = (
    "label", "tick", "fold", "lane", "bar", "bar-approx", "mark", "mark-approx", "title",
    "density", "vague", "note",
)  # fmt: skip


_AXES: dict[tuple[int, LaneMode, bool], tuple[Sequence[Event], Axis]] = {}
AXES_KEPT = 6
_BUILDING = threading.Lock()


def axis_for(events: Sequence[Event], lanes: LaneMode = "none", *, fold: bool = True) -> Axis:
    """The axis of an event list, built once: the density strip and the axis view share it, so
    opening the view on 100,000 events does not lay them out a second time."""
    key = (id(events), lanes, fold)
    with _BUILDING:  # a second caller waits for the first one's build instead of racing it
        hit = _AXES.get(key)
        if hit is not None and hit[0] is events:
            return hit[1]
        axis = build_axis(events, lanes, fold=fold)
        while len(_AXES) >= AXES_KEPT:
            _AXES.pop(next(iter(_AXES)))
        _AXES[key] = (events, axis)
        return axis


class AxisView(Widget):
    """Lines of a ``Picture``, each drawn once per picture; a click on a mark picks its event."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"axis--{name}" for name in (*STYLES, "selected")}
    DEFAULT_CSS = """
    AxisView { height: 1fr; }
    AxisView > .axis--label { color: $text; text-style: bold; }
    AxisView > .axis--tick { color: $text-muted; }
    AxisView > .axis--fold { color: $warning; text-style: bold; }
    AxisView > .axis--lane { color: $accent; text-style: bold; }
    AxisView > .axis--bar { color: $primary; }
    AxisView > .axis--bar-approx { color: $primary 50%; }
    AxisView > .axis--mark { color: $text; text-style: bold; }
    AxisView > .axis--mark-approx { color: $text-disabled; }
    AxisView > .axis--title { color: $text; }
    AxisView > .axis--density { color: $primary; }
    AxisView > .axis--vague { color: $text-muted; text-style: italic; }
    AxisView > .axis--note { color: $text-muted; }
    AxisView > .axis--selected { background: $accent; color: $text; text-style: bold; }
    """

    class Picked(Message):
        """A click on an event's mark, bar or title."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.axis: Axis | None = None
        self.view: View | None = None
        self.selected: int | None = None
        self.picture: Picture | None = None
        self._strips: dict[int, Strip] = {}
        self._key: tuple[object, ...] | None = None

    @property
    def columns(self) -> int:
        """Columns of the scale: the width less the lanes' labels."""
        gutter = gutter_width(self.axis) if self.axis is not None else 0
        return max(self.size.width - gutter, 1)

    def show(self, axis: Axis, view: View, selected: int | None) -> None:
        """Draw ``axis`` through ``view``; nothing is laid out again when nothing changed."""
        self.axis, self.view, self.selected = axis, view, selected
        self._lay_out()

    def _lay_out(self) -> None:
        if self.axis is None or self.view is None or not self.size.width:
            return
        key = (id(self.axis), self.view, self.selected, self.size.width, self.size.height)
        if key == self._key:
            return
        self._key = key
        self.picture = draw(self.axis, self.view, self.size.width, self.size.height, self.selected)
        self._strips.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        strip = self._strips.get(y)
        if strip is None:
            line = self.picture.lines[y] if self.picture and y < len(self.picture.lines) else ()
            strip = self._strips[y] = self._strip(line)
        return strip

    def _strip(self, line: Line) -> Strip:
        width = self.size.width
        base = self.rich_style
        selected = self.get_component_rich_style("axis--selected")
        segments: list[Segment] = []
        at = 0
        for span in sorted(line, key=lambda s: s.column):
            start = max(span.column, at)
            text = span.text[start - span.column :]
            if not text or start >= width:
                continue
            if start > at:
                segments.append(Segment(" " * (start - at), base))
            style: Style = base + self.get_component_rich_style(f"axis--{span.style}")
            segments.append(Segment(text, style + selected if span.selected else style))
            at = start + cell_len(text)
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def on_click(self, event: events.Click) -> None:
        if self.picture is None or not 0 <= event.y < len(self.picture.lines):
            return
        for span in self.picture.lines[event.y]:
            if span.event is not None and span.column <= event.x < span.column + len(span.text):
                self.post_message(self.Picked(span.event))
                return
