"""The axis drawn in the terminal: the layout of ``tui.formats.axis``, in the theme's colours."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Event
from tui.core.textsafe import one_line
from tui.formats.axis import Axis, LaneMode, View, build_axis
from tui.formats.axis_picture import Line, Picture, Span, draw, gutter_width

STYLES = (
    "label", "tick", "fold", "lane", "bar", "bar-approx", "mark", "mark-approx", "title",
    "density", "vague", "note",
)  # fmt: skip


_AXES: dict[tuple[int, LaneMode, bool], tuple[Sequence[Event], Axis]] = {}
AXES_KEPT = 6
PICTURES_KEPT = 32
STRIPS_KEPT = 512
"""Pictures kept per axis, so zooming back out or panning back draws nothing again."""
_BUILDING = threading.Lock()


def axis_for(events: Sequence[Event], lanes: LaneMode = "none", *, fold: bool = True) -> Axis:
    """The axis of an event list, built once: the density strip and the axis view share it, so
    opening the view on 100,000 events does not lay them out a second time."""
    key = (id(events), lanes, fold)
    with _BUILDING:  # a second caller waits for the first one's build instead of racing it
        hit = _AXES.get(key)
        if hit is not None and hit[0] is events:
            return hit[1]
        with sharing_the_loop():
            axis = build_axis(events, lanes, fold=fold)
        while len(_AXES) >= AXES_KEPT:
            _AXES.pop(next(iter(_AXES)))
        _AXES[key] = (events, axis)
        return axis


def built_axis(
    events: Sequence[Event], lanes: LaneMode = "none", *, fold: bool = True
) -> Axis | None:
    """The axis of an event list if it is already built, without waiting for one being built."""
    hit = _AXES.get((id(events), lanes, fold))
    return hit[1] if hit is not None and hit[0] is events else None


SWITCH_WHILE_BUILDING = 0.0005
"""Seconds a thread laying out an axis holds the interpreter before the event loop may take it:
at Python's default (5 ms) the loop, which lets go at each read and write of the terminal, waits
that long each time it wants it back, and a keypress takes seconds to show while 100,000 events
are laid out."""


class _Sharing:
    """Threads laying out or counting an axis, and the switch interval they found."""

    lock = threading.Lock()
    threads = 0
    interval = 0.0


@contextmanager
def sharing_the_loop() -> Iterator[None]:
    """Work off the event loop's thread that does not starve it (``SWITCH_WHILE_BUILDING``),
    for as long as any such work runs."""
    if threading.current_thread() is threading.main_thread():
        yield
        return
    with _Sharing.lock:
        if not _Sharing.threads:
            _Sharing.interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_Sharing.interval, SWITCH_WHILE_BUILDING))
        _Sharing.threads += 1
    try:
        yield
    finally:
        with _Sharing.lock:
            _Sharing.threads -= 1
            if not _Sharing.threads:
                sys.setswitchinterval(_Sharing.interval)


class AxisView(Widget):
    """Lines of a ``Picture``, each drawn once per picture; a click on a mark picks its event."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"axis--{name}" for name in (*STYLES, "selected")}

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
        self.note = ""
        """A line shown while there is no picture: what is being laid out."""
        self._strips: LRUCache[tuple[Line, int], Strip] = LRUCache(STRIPS_KEPT)
        """Drawn lines by their spans: the lines a zoom leaves alone are not drawn again."""
        self._styles: dict[str, Style] = {}
        self._key: tuple[object, ...] | None = None
        self._pictures: LRUCache[tuple[object, ...], Picture] = LRUCache(PICTURES_KEPT)
        self._titles: Callable[[int], str] = str

    @property
    def columns(self) -> int:
        """Columns of the scale: the width less the lanes' labels."""
        gutter = gutter_width(self.axis) if self.axis is not None else 0
        return max(self.size.width - gutter, 1)

    def wait(self, note: str) -> None:
        """No picture until an axis is shown: ``note`` says why."""
        self.axis = self.view = self.picture = None
        self.note, self._key = note, None
        self._strips.clear()
        self.refresh()

    def show(self, axis: Axis, view: View, selected: int | None) -> None:
        """Draw ``axis`` through ``view``; nothing is laid out again when nothing changed."""
        if axis is not self.axis:
            self._pictures.clear()
            self._key = None
            self._titles = cache(lambda i: one_line(axis.events[i].title))
        self.axis, self.view, self.selected = axis, view, selected
        self._lay_out()

    def _lay_out(self) -> None:
        if self.axis is None or self.view is None or not self.size.width:
            return
        key = (self.view, self.selected, self.size.width, self.size.height)
        if key == self._key:
            return
        self._key = key
        picture = self._pictures.get(key)
        if picture is None:
            picture = self._pictures[key] = draw(
                self.axis, self.view, *self.size, self.selected, titles=self._titles
            )
        self.picture = picture
        self.refresh()

    def on_resize(self) -> None:
        self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        if self.picture is None:
            note = self.note if y == 0 else ""
            line: Line = (Span(1, note, "note"),) if note else ()
        else:
            line = self.picture.lines[y] if y < len(self.picture.lines) else ()
        key = (line, self.size.width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._strip(line)
        return strip

    def _style(self, name: str) -> Style:
        """A part's style over the widget's, looked up once per change of the theme."""
        style = self._styles.get(name)
        if style is None:
            base = self.rich_style
            style = base if name == "" else base + self.get_component_rich_style(f"axis--{name}")
            self._styles[name] = style
        return style

    def _strip(self, line: Line) -> Strip:
        width = self.size.width
        base = self._style("")
        segments: list[Segment] = []
        at = 0
        for span in sorted(line, key=lambda s: s.column):
            start = max(span.column, at)
            text = span.text[start - span.column :]
            if not text or start >= width:
                continue
            if start > at:
                segments.append(Segment(" " * (start - at), base))
            style = self._style(span.style)
            segments.append(
                Segment(text, style + self._style("selected") if span.selected else style)
            )
            at = start + cell_len(text)
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def on_click(self, event: events.Click) -> None:
        if self.picture is None or not 0 <= event.y < len(self.picture.lines):
            return
        for span in self.picture.lines[event.y]:
            if span.event is not None and span.column <= event.x < span.column + len(span.text):
                self.post_message(self.Picked(span.event))
                return
