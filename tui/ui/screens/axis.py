"""The axis view: the list's events on a scaled line of time, in lanes, from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

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
from tui.formats.axis_picture import Picture, gutter_width
from tui.ui.widgets.axis import AxisView, axis_for, built_axis
from tui.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from tui.ui.screens.timeline import TimelineScreen

PAN_SHARE = 0.25
"""How much of the screen one pan key moves."""
LAYING_OUT = "the axis laid out in a thread"
"""The worker's description: Textual's default is the repr of its function, arguments and all,
which on 100,000 events takes seconds on the event loop before the thread even starts."""
IN_THREAD_FROM = 5_000
"""From this many events the axis is laid out in a thread (100,000 take seconds); fewer take
milliseconds, drawn at once rather than after a "laying out" line."""


KEYS: list[BindingType] = [
    # how to leave first, so that a narrow footer still shows it; in the search box Escape
    # clears the search instead, and the footer says so
    Binding("escape", "clear_search", "Clear search"),
    Binding("v,escape", "back", "List", key_display="v"),
    Binding("plus,equals_sign,i", "zoom(2)", "Zoom", key_display="+/-"),
    Binding("minus,o", "zoom(0.5)", "Zoom out", show=False),
    Binding("l,shift+right", f"pan({PAN_SHARE})", "Pan", key_display="h/l"),
    Binding("h,shift+left", f"pan(-{PAN_SHARE})", "Pan left", show=False),
    Binding("right,j", "step(1)", "Next", show=False),
    Binding("left,k", "step(-1)", "Previous", show=False),
    # priority: run as the key arrives, so the keys typed after it go to the search box
    Binding("slash", "search", "Search", priority=True),
    Binding("t", "tag", "Tag"),
    Binding("enter", "pick", "Open"),
    Binding("0", "fit", "Fit"),
    Binding("L", "lanes", "Lanes"),
    Binding("z", "fold", "Fold"),
    Binding("s", "source", "Source"),
]
"""The axis's keys, in the order the footer shows them."""


@dataclass(frozen=True, slots=True)
class Choice:
    """What the axis hands back to the list: the very event to select (not its id, which two
    events may share), and whether to expand it."""

    event: Event
    expand: bool


class AxisScreen(Screen[Choice | None]):
    """Time across, a ruler, lanes of marks and bars, and the selected event spelled out below.

    It shows the list's events and filters through the list's screen: a search or a tag chosen
    here filters the list too, and the axis follows whatever the list's filters become."""

    BINDINGS: ClassVar[list[BindingType]] = KEYS
    AUTO_FOCUS = ""
    """The keys are the axis's, not the hidden search box's."""

    class Built(Message):
        """An axis laid out in a thread, for the events, lanes and folding it was asked for."""

        def __init__(self, request: tuple[Sequence[Event], LaneMode, bool], axis: Axis) -> None:
            super().__init__()
            self.request = request
            self.axis = axis

    def __init__(self, host: TimelineScreen) -> None:
        super().__init__()
        self.host = host
        assert host.timeline is not None
        self.timeline: Timeline = host.timeline
        self.events: Sequence[Event] = host.events.shown
        current = host.events.current
        self.selected = next((i for i, e in enumerate(self.events) if e is current), 0)
        self.lanes: LaneMode = "none"
        self.fold = True
        self.view: View | None = None
        self._axis: Axis | None = None
        self._lines: dict[str, Text] = {}
        """What the title and status lines show, so that a zoom redraws only what changed."""
        self._keep: tuple[float, float] | None = None
        """The stretch of the scale to keep on screen (left, width) once the axis is built."""
        self._painted_columns = 0
        """The scale's width when last drawn: a resize keeps the stretch of time on screen."""

    def compose(self) -> ComposeResult:
        yield Static(id="axis-title")
        yield AxisView(id="axis")
        yield Static(id="axis-status")
        yield SearchBox(id="axis-search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchBox).events = len(self.timeline.events)
        self.watch(self.host, "filters", self._filtered, init=False)
        self.watch(self.host, "timeline", self._reloaded, init=False)
        self.call_after_refresh(self._lay_out)

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        """A new width shows the same stretch of time across all of it."""
        was, now = self._painted_columns, self._columns
        if self.view is not None and was and was != now:
            self.view = View(self.view.left, self.view.per_column * was / now)
        self._paint()

    def _reloaded(self, timeline: Timeline | None) -> None:
        """The file was saved and reloaded under the axis: show what it holds now."""
        if timeline is not None:
            self.timeline = timeline
            self.query_one(SearchBox).events = len(timeline.events)
            self._filtered()

    @property
    def _columns(self) -> int:
        return self.query_one(AxisView).columns

    # -- laying out, in a thread when it is not built yet -------------------------------------

    def _lay_out(self) -> None:
        """Show the axis of the events for the lanes and folding: at once when it was built
        before, else built in a thread under a line that says so, the keys live meanwhile."""
        request = (self.events, self.lanes, self.fold)
        axis = built_axis(*request[:2], fold=self.fold)
        if axis is None and len(self.events) < IN_THREAD_FROM:
            axis = axis_for(*request[:2], fold=self.fold)
        if axis is not None:
            self._show(axis)
            return
        self._axis = self.view = None
        self.query_one(AxisView).wait(f"laying out {len(self.events):,} events…")
        self._paint_lines()
        self.run_worker(
            partial(self._build, request),
            thread=True,
            exclusive=True,
            group="axis",
            description=LAYING_OUT,  # else Textual takes the repr of every event as one
        )

    def _build(self, request: tuple[Sequence[Event], LaneMode, bool]) -> None:
        self.post_message(self.Built(request, axis_for(request[0], request[1], fold=request[2])))

    def on_axis_screen_built(self, message: Built) -> None:
        events, lanes, fold = message.request
        if events is self.events and (lanes, fold) == (self.lanes, self.fold):
            self._show(message.axis)

    def _show(self, axis: Axis) -> None:
        self._axis = axis
        keep, self._keep = self._keep, None
        columns = max(self.query_one(AxisView).size.width - gutter_width(axis), 1)
        if keep is None:
            self.view = fit(axis, columns, room=columns // 5)
        else:
            self.view = View(keep[0], keep[1] / columns)
        self._paint()

    def _filtered(self) -> None:
        """The list's filters changed (here or under a tag screen): show what it shows now,
        keeping the selected event if it is still among them."""
        current = self.events[self.selected] if self.events else None
        self.events = self.host.events.shown
        self._keep = None  # other events, other folds: the scale is another
        self.selected = next((i for i, e in enumerate(self.events) if e is current), 0)
        self._lay_out()

    # -- drawing ------------------------------------------------------------------------------

    def _position(self) -> float | None:
        """Where the selected event sits on the scale, if it has a place there."""
        if self._axis is None:
            return None
        n = self._axis.item_of.get(self.selected)
        return self._axis.starts[n] if n is not None else None

    def _paint(self) -> None:
        if self.view is not None and self._axis is not None:
            selected = self.selected if self.events else None
            self.query_one(AxisView).show(self._axis, self.view, selected)
            self._painted_columns = self._columns
        self._paint_lines()

    def _paint_lines(self) -> None:
        """The title line (range, unit, lanes, filters) and the selected event's lines."""
        notes = [self.host.filters.summary(len(self.events), self.timeline)]
        picture = self.query_one(AxisView).picture
        if picture is not None and self._axis is not None and self.view is not None:
            notes += _scale_notes(self._axis, self.view, picture, self.timeline.timezone)
            notes.append(f"lanes by {self.lanes}" if self.lanes != "none" else "")
            notes.append("" if self.fold else "folding off")
        width = max(self.size.width - 2, 10)
        event = self.events[self.selected] if self.events else None
        for name, text in (
            ("#axis-title", title_line(self.timeline, notes, width)),
            ("#axis-status", status_lines(event, width, bool(self.timeline.events))),
        ):
            if self._lines.get(name) != text:
                self._lines[name] = text
                self.query_one(name, Static).update(text, layout=False)  # their heights are set

    # -- actions ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search box has the keys they are text, and Escape clears the search."""
        return (action == "clear_search") == isinstance(self.focused, Input)

    def action_step(self, delta: int) -> None:
        """The next or previous event in time order (the list's order), brought into view."""
        if not self.events:
            return
        self.selected = max(0, min(self.selected + delta, len(self.events) - 1))
        position = self._position()
        if position is not None and self.view is not None:
            self.view = follow(self.view, self._columns, position)
        self._paint()

    def action_zoom(self, factor: float) -> None:
        if self.view is not None and self._axis is not None:
            self.view = zoom(self._axis, self.view, self._columns, factor, self._position())
            self._paint()

    def action_pan(self, share: float) -> None:
        if self.view is not None:
            self.view = pan(self.view, share * self._columns)
            self._paint()

    def action_fit(self) -> None:
        if self._axis is not None:
            self.view = fit(self._axis, self._columns, room=self._columns // 5)
            self._paint()

    def action_lanes(self) -> None:
        """None, by first tag, by source: the same stretch of time stays on screen."""
        if self.view is not None:
            self._keep = (self.view.left, self.view.per_column * self._columns)
        self.lanes = LANE_MODES[(LANE_MODES.index(self.lanes) + 1) % len(LANE_MODES)]
        self._lay_out()

    def action_fold(self) -> None:
        """Long empty stretches folded or at their true length: a new scale, fitted again."""
        self.fold = not self.fold
        self._keep = None
        self._lay_out()
        self.notify("Long empty stretches folded" if self.fold else "Folding off: true lengths")

    def on_axis_view_picked(self, message: AxisView.Picked) -> None:
        self.selected = message.index
        self._paint()

    def action_search(self) -> None:
        """The list's search, typed here: each change filters the list and the axis alike."""
        search = self.query_one(SearchBox)
        search.value = self.host.filters.text
        search.display = True
        self.set_focus(search)

    def on_search_box_search(self, message: SearchBox.Search) -> None:
        self.host.filters = replace(self.host.filters, text=message.text)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        """Enter in the search box: back to the axis with the filter kept."""
        message.stop()
        self._close_search()

    def _close_search(self) -> None:
        self.query_one(SearchBox).display = False
        self.set_focus(None)

    def action_tag(self) -> None:
        """The list's tag and source filter, chosen over the axis."""
        self.host.action_tag()

    def action_pick(self) -> None:
        self.dismiss(Choice(self.events[self.selected], True) if self.events else None)

    def action_clear_search(self) -> None:
        """Escape in the search box clears it (as under the list) and closes the box."""
        self.query_one(SearchBox).value = ""
        self.host.filters = replace(self.host.filters, text="")
        self._close_search()

    def action_back(self) -> None:
        """Back to the list with the filters kept."""
        self.dismiss(Choice(self.events[self.selected], False) if self.events else None)

    def action_source(self) -> None:
        if not self.events:
            return
        event = self.events[self.selected]
        if event.source is None or event.source not in self.timeline.sources:
            self.notify("This event names no source.", severity="warning")
            return
        from tui.ui.screens.source import SourceScreen

        self.app.push_screen(SourceScreen(self.timeline, event))


def title_line(timeline: Timeline, notes: list[str], width: int) -> Text:
    """The timeline's title, cut to leave room for the notes after it: the filter first (bold),
    then the stretch on screen and its unit (dim), lanes and folding."""
    title = Text(one_line(timeline.title), "bold")
    rest = Text()
    for n, note in enumerate(notes):
        if note:
            rest.append(f"   {note}", "bold" if n == 0 else "dim" if n in (1, 4) else "")
    title.truncate(max(width - rest.cell_len, 12), overflow="ellipsis")
    title.append_text(rest)
    title.truncate(width, overflow="ellipsis")
    return title


def status_lines(event: Event | None, width: int, any_events: bool = True) -> Text:
    """The selected event: title and date on one line, how the date was worked out below."""
    if event is None:
        if not any_events:
            return Text("The timeline has no events yet.", "italic")
        return Text("No event is shown: the filter hides them all.", "italic")
    r = event.resolution
    head = Text.assemble(
        (one_line(event.title), "bold"), "   ", format_label(r), f"   {one_line(event.when)}"
    )
    why = Text(one_line(r.explanation if r else f"undated: {event.unresolved_reason}"), "dim")
    for line in (head, why):
        line.truncate(width, overflow="ellipsis")
    return Text("\n").join((head, why))


def open_axis(screen: TimelineScreen) -> None:
    """Push the axis over the list; back with Enter, the event picked there is selected and
    expanded. The search typed in the axis is the list's search box's text when it returns."""
    if screen.timeline is None:
        return

    def done(choice: Choice | None) -> None:
        screen.query_one("#search", Input).value = screen.filters.text
        events = screen.events
        index = next((i for i, e in enumerate(events.shown) if choice and e is choice.event), None)
        if choice is None or index is None:
            return
        events.cursor = index  # the list shows these events already: nothing to lay out again
        events.scroll_to_cursor(center=True)
        events.focus()
        if choice.expand and not events.is_expanded(choice.event):
            events.action_expand()

    screen.app.push_screen(AxisScreen(screen), done)


def _scale_notes(axis: Axis, view: View, picture: Picture, zone: str) -> list[str]:
    """What the title line says of the scale on screen: its stretch and unit, and what the bars
    count."""
    if not len(axis):
        return []
    first = moment_words(axis.scale.time(view.at(0)))
    stretch = f"{first} – {day_label(picture.last)}   {picture.unit} ({one_line(zone)})"
    return [stretch, f"{picture.counted:,} counted in the bars" if picture.counted else ""]
