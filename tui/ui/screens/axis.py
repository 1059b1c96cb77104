"""The axis view: the list's events on a scaled line of time, in lanes, from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.core.model import Event, Timeline
from tui.core.textsafe import one_line
from tui.dates import day_label, format_label
from tui.formats.axis import (
    LANE_MODES,
    Axis,
    LaneMode,
    View,
    fit,
    follow,
    moment_words,
    pan,
    zoom,
)
from tui.ui.widgets.axis import AxisView, axis_for

if TYPE_CHECKING:
    from tui.ui.screens.timeline import TimelineScreen

PAN_SHARE = 0.25
"""How much of the screen one pan key moves."""


@dataclass(frozen=True, slots=True)
class Choice:
    """What the axis hands back to the list: the event to select, and whether to expand it."""

    key: str
    expand: bool


class AxisScreen(Screen[Choice | None]):
    """Time across, a ruler, lanes of marks and bars, and the selected event spelled out below."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,j", "step(1)", "Next", show=False),
        Binding("left,k", "step(-1)", "Previous", show=False),
        Binding("plus,equals_sign,i", "zoom(2)", "Zoom", key_display="+/-"),
        Binding("minus,o", "zoom(0.5)", "Zoom out", show=False),
        Binding("l,shift+right", f"pan({PAN_SHARE})", "Pan", key_display="h/l"),
        Binding("h,shift+left", f"pan(-{PAN_SHARE})", "Pan left", show=False),
        Binding("0", "fit", "Fit"),
        Binding("L", "lanes", "Lanes"),
        Binding("z", "fold", "Fold"),
        Binding("enter", "pick", "Open"),
        Binding("s", "source", "Source"),
        Binding("v,escape", "back", "List"),
    ]
    DEFAULT_CSS = """
    AxisScreen #axis-title { height: 1; padding: 0 1; background: $panel; }
    AxisScreen #axis-status { height: 2; padding: 0 1; background: $panel; }
    """

    def __init__(
        self, timeline: Timeline, events: Sequence[Event], selected: str | None = None
    ) -> None:
        super().__init__()
        self.timeline = timeline
        self.events = events
        self.lanes: LaneMode = "none"
        self.fold = True
        self.selected = next((i for i, e in enumerate(events) if e.key == selected), 0)
        self.view: View | None = None

    @property
    def axis(self) -> Axis:
        """The events on the scale for the current lanes and folding, built once for each."""
        return axis_for(self.events, self.lanes, fold=self.fold)

    def compose(self) -> ComposeResult:
        yield Static(id="axis-title")
        yield AxisView(id="axis")
        yield Static(id="axis-status")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_paint)

    def _first_paint(self) -> None:
        self.action_fit()

    def on_resize(self) -> None:
        if self.view is not None:
            self._paint()

    @property
    def _columns(self) -> int:
        return self.query_one(AxisView).columns

    def _position(self) -> float | None:
        """Where the selected event sits on the scale, if it has a place there."""
        axis = self.axis
        n = axis.item_of.get(self.selected)
        return axis.starts[n] if n is not None else None

    def _paint(self) -> None:
        if self.view is None:
            return
        view_widget = self.query_one(AxisView)
        view_widget.show(self.axis, self.view, self.selected if self.events else None)
        picture = view_widget.picture
        title = Text(one_line(self.timeline.title), "bold")
        rest = Text()
        if picture is not None and len(self.axis):
            first = moment_words(self.axis.scale.time(self.view.at(0)))
            rest.append(
                f"   {first} – {day_label(picture.last)}   {picture.unit}"
                f" ({one_line(self.timeline.timezone)})",
                "dim",
            )
            if self.lanes != "none":
                rest.append(f"   lanes by {self.lanes}")
            if not self.fold:
                rest.append("   folding off")
            if picture.counted:
                rest.append(f"   {picture.counted:,} counted in the bars", "dim")
        width = max(self.size.width - 2, 10)
        title.truncate(max(width - rest.cell_len, 12), overflow="ellipsis")
        title.append_text(rest)
        title.truncate(width, overflow="ellipsis")
        self.query_one("#axis-title", Static).update(title)
        self.query_one("#axis-status", Static).update(self._status())

    def _status(self) -> Text:
        """The selected event: title and date on one line, how the date was worked out below."""
        if not self.events:
            return Text("No event is shown: the list's filter hides them all.", "italic")
        event = self.events[self.selected]
        r = event.resolution
        width = max(self.size.width - 2, 10)
        head = Text.assemble(
            (one_line(event.title), "bold"), "   ", format_label(r), f"   {one_line(event.when)}"
        )
        why = Text(one_line(r.explanation if r else f"undated: {event.unresolved_reason}"), "dim")
        for line in (head, why):
            line.truncate(width, overflow="ellipsis")
        return Text("\n").join((head, why))

    # -- actions ----------------------------------------------------------------------------

    def action_step(self, delta: int) -> None:
        """The next or previous event in time order (the list's order), brought into view."""
        if not self.events or self.view is None:
            return
        self.selected = max(0, min(self.selected + delta, len(self.events) - 1))
        position = self._position()
        if position is not None:
            self.view = follow(self.view, self._columns, position)
        self._paint()

    def action_zoom(self, factor: float) -> None:
        if self.view is not None:
            self.view = zoom(self.axis, self.view, self._columns, factor, self._position())
            self._paint()

    def action_pan(self, share: float) -> None:
        if self.view is not None:
            self.view = pan(self.view, share * self._columns)
            self._paint()

    def action_fit(self) -> None:
        self.view = fit(self.axis, self._columns, room=self._columns // 5)
        self._paint()

    def action_lanes(self) -> None:
        """None, by first tag, by source: the same stretch of time stays on screen, beside the
        lanes' names."""
        columns = self._columns
        self.lanes = LANE_MODES[(LANE_MODES.index(self.lanes) + 1) % len(LANE_MODES)]
        if self.view is not None:
            self.view = View(self.view.left, self.view.per_column * columns / self._columns)
        self._paint()

    def action_fold(self) -> None:
        """Long empty stretches folded or at their true length: the scale changes, so fit again."""
        self.fold = not self.fold
        self.action_fit()
        self.notify("Long empty stretches folded" if self.fold else "Folding off: true lengths")

    def on_axis_view_picked(self, message: AxisView.Picked) -> None:
        self.selected = message.index
        self._paint()

    def action_pick(self) -> None:
        self.dismiss(Choice(self.events[self.selected].key, True) if self.events else None)

    def action_back(self) -> None:
        self.dismiss(Choice(self.events[self.selected].key, False) if self.events else None)

    def action_source(self) -> None:
        if not self.events:
            return
        event = self.events[self.selected]
        if event.source is None or event.source not in self.timeline.sources:
            self.notify("This event names no source.", severity="warning")
            return
        from tui.ui.screens.source import SourceScreen

        self.app.push_screen(SourceScreen(self.timeline, event))


def open_axis(screen: TimelineScreen) -> None:
    """Push the axis over the list with the events it shows (the very sequence, so the density
    strip's layout is reused); back with Enter, the event picked there is selected and expanded."""
    timeline, events = screen.timeline, screen.events
    if timeline is None:
        return
    shown, current = events.shown, events.current

    def done(choice: Choice | None) -> None:
        event = next((e for e in shown if e.key == choice.key), None) if choice else None
        if choice is None or event is None:
            return
        screen.select(screen.key_of(event))
        if choice.expand and not screen.events.is_expanded(event):
            screen.events.action_expand()

    screen.app.push_screen(AxisScreen(timeline, shown, current.key if current else None), done)
