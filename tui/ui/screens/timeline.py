"""The timeline view: it composes the title line, banner, problems, list and search, and wires
them to the loader; each part lives in a widget or module named for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input

from tui.core.deeptime import end_seconds, seconds
from tui.core.model import Event, Timeline
from tui.core.textsafe import one_line
from tui.dates import describe_range
from tui.ui.editor import edit_file, edit_target
from tui.ui.filters import Filters, SearchIndex
from tui.ui.messages import JumpTo
from tui.ui.session import Session
from tui.ui.widgets.density import DensityStrip
from tui.ui.widgets.event_details import Key
from tui.ui.widgets.event_list import EventList
from tui.ui.widgets.loader import TimelineLoader
from tui.ui.widgets.problems import Banner, ProblemsPanel
from tui.ui.widgets.search_box import SearchBox
from tui.ui.widgets.title_line import TitleLine

if TYPE_CHECKING:
    from tui.infra.prefetch import Prefetch
    from tui.load.loader import LoadResult


KEYS: list[BindingType] = [
    # the app's keys first, so that a narrow footer still shows them
    Binding("q", "app.quit", "Quit"),
    Binding("question_mark", "app.help", "Help"),
    Binding("s", "source", "Source"),
    # priority: run as the key arrives, so the keys typed after it go to the search box
    Binding("slash", "search", "Search", priority=True),
    Binding("enter", "keep_search", "Keep the search", priority=True),
    Binding("t", "tag", "Tag"),
    Binding("e", "edit", "Edit"),
    Binding("r", "reload", "Reload"),
    Binding("v", "axis", "Axis"),
    Binding("escape", "clear_filter", "Clear filter"),
]
"""The timeline's keys, in the order the footer shows them."""


def _timeline_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens rather than at start-up."""
    from tui.ui.palette import TimelineCommands

    return TimelineCommands


class TimelineScreen(Screen[None]):
    """One timeline (or several merged): the list, a problems panel, a banner for broken reloads."""

    BINDINGS: ClassVar[list[BindingType]] = KEYS
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_timeline_commands}
    AUTO_FOCUS = "#events"

    timeline: reactive[Timeline | None] = reactive(None, init=False, always_update=True)
    filters: reactive[Filters] = reactive(Filters, init=False)

    def __init__(
        self,
        paths: list[str],
        session: Session | None = None,
        *,
        prefetch: Prefetch | None = None,
        back: bool = False,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.back = back
        """Opened from the picker: Escape with no filter to clear goes back to it."""
        self.session = session or Session()
        self._prefetch = prefetch
        self._partial = False
        self._announce = False
        self._index = SearchIndex()

    def compose(self) -> ComposeResult:
        yield TitleLine(id="title")
        yield Banner(id="banner")
        yield ProblemsPanel(id="problems")
        yield DensityStrip(id="density")
        yield EventList(id="events")
        yield SearchBox(id="search")
        yield TimelineLoader(self.paths, use_cache=self.session.use_cache, prefetch=self._prefetch)
        yield Footer()

    @property
    def events(self) -> EventList:
        return self.query_one(EventList)

    def key_of(self, event: Event) -> Key:
        return self.events.key_of(event)

    def on_mount(self) -> None:
        self.query_one(TitleLine).say(_plain(f"Loading {self._names()} …"))
        result = self.query_one(TimelineLoader).start()
        if result is not None:
            self._show(result, reload=False, partial=False)

    # -- what the loader reports -----------------------------------------------------------

    def on_timeline_loader_progress(self, message: TimelineLoader.Progress) -> None:
        """The first load's share done, or a reload's beside the title still shown: a large
        file takes seconds, and the screen should not look as if the save went unseen."""
        if self.timeline is None:
            self.query_one(TitleLine).say(_plain(f"Loading {self._names()} … {message.share:.0%}"))
        elif message.share < 1:
            self.query_one(TitleLine).show_note(f"reloading … {message.share:.0%}")

    def on_timeline_loader_loaded(self, message: TimelineLoader.Loaded) -> None:
        self._show(message.result, reload=message.reload, partial=message.partial)

    def on_timeline_loader_deleted(self, message: TimelineLoader.Deleted) -> None:
        """The file is gone: what was loaded stays, and the banner says so."""
        self.query_one(Banner).say(
            f"{one_line(message.path)} was deleted or moved — showing what was loaded"
        )

    def _show(self, result: LoadResult, *, reload: bool, partial: bool) -> None:
        """Show a finished load; a broken save keeps the last good timeline under a banner."""
        errors = [d for d in result.diagnostics if d.is_error]
        self.query_one(TitleLine).show_note("")
        banner = self.query_one(Banner)
        announce, self._announce = self._announce, False
        if reload and self.timeline is not None and (result.timeline is None or errors):
            first = errors[0] if errors else result.diagnostics[0]
            where = f"{Path(first.path).name}:{first.line}:{first.column}"
            banner.say(
                f"Not reloaded: {one_line(where)}: {one_line(first.message)} — "
                "showing the last good version; the file's problems as it is now are below",
                names=first,
            )
            self._show_problems(result, fatal=False)
            return
        banner.clear()
        self._show_problems(result, fatal=True)
        self._partial = partial
        if result.timeline is not None:
            self.timeline = result.timeline
            if announce:
                self.notify(_reloaded(self._names(), result), markup=False)

    def _show_problems(self, result: LoadResult, *, fatal: bool) -> None:
        """After a broken save the panel lists the saved file's problems, not the shown ones';
        when nothing could be loaded at all the panel takes the list's place."""
        cannot_open = fatal and result.timeline is None
        self.query_one(ProblemsPanel).show(result.diagnostics, fatal=cannot_open)
        self.events.display = not cannot_open
        if cannot_open:
            self.query_one(TitleLine).say(_plain(f"Cannot open {self._names()}", "bold"))
        self.refresh_bindings()

    def watch_timeline(self, timeline: Timeline | None) -> None:
        self.refresh_bindings()
        if timeline is None:
            return
        self.query_one(SearchBox).events = len(timeline.events)
        title = one_line(timeline.title)
        if self._partial:
            self.query_one(TitleLine).show_timeline(
                title, "", "", note=f"loading the rest of {self._names()} …"
            )
        else:
            self.query_one(TitleLine).show_timeline(
                title, _span(timeline), _count(len(timeline.events), "event")
            )
        self.apply_filter()

    # -- filters ---------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the events that pass the filters, keeping the selection where it can."""
        if self.timeline is None:
            return
        shown = self._index.apply(self.timeline, self.filters)
        self.events.show(self.timeline, shown, keep=self.events.current_key)
        self.query_one(TitleLine).show_filters(self.filters.summary(len(shown), self.timeline))

    def watch_filters(self, old: Filters, new: Filters) -> None:
        self.apply_filter()
        if old.active != new.active:  # Escape's footer entry; not on every key typed
            self.refresh_bindings()

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a timeline leave the footer while there is none, and once the app is
        quitting no key opens anything (a screen pushed then would be torn down half built).
        Enter and Escape show in the footer only while they keep or clear a search or filter."""
        if self.session.quitting:
            return False
        if action in ("source", "search", "tag", "axis") and self.timeline is None:
            return False
        if action == "search" and isinstance(self.focused, Input):
            return False  # '/' typed into the search is text
        if action == "clear_filter":
            searching = self.query_one("#search", Input).display
            return self.back or self.filters.active or searching
        # Enter elsewhere expands an event
        return action != "keep_search" or isinstance(self.focused, Input)

    def action_reload(self) -> None:
        self._announce = True
        self.query_one(TimelineLoader).load(reload=True)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        self.set_focus(search)
        self.refresh_bindings()

    def on_search_box_search(self, message: SearchBox.Search) -> None:
        self.filters = replace(self.filters, text=message.text)

    def action_keep_search(self) -> None:
        """Enter in the search box: back to the list with the filter kept, before the next key."""
        self.set_focus(self.events)

    def action_clear_filter(self) -> None:
        search = self.query_one("#search", Input)
        if self.back and not self.filters.active and not search.display:
            self.dismiss()
            return
        search.value = ""
        search.display = False
        self.filters = Filters()
        self.events.focus()
        self.refresh_bindings()

    def action_tag(self) -> None:
        if self.timeline is None:
            return
        from tui.ui.screens.tags import TagScreen

        def chosen(choice: tuple[frozenset[str], frozenset[str]] | None) -> None:
            tags, sources = choice or (frozenset(), frozenset())
            self.filters = replace(self.filters, tags=tags, sources=sources)

        current = self.filters
        self.app.push_screen(TagScreen(self.timeline, current.tags, current.sources), chosen)

    def action_axis(self) -> None:
        """The axis of the events shown; back to the list with the event picked there."""
        from tui.ui.screens.axis import open_axis

        if self.timeline is not None:
            open_axis(self)

    def action_source(self) -> None:
        event = self.events.current
        if event is None or self.timeline is None:
            return
        from tui.ui.screens.source import SourceScreen

        if event.source is None or event.source not in self.timeline.sources:
            self.notify("This event names no source.", severity="warning")
            return

        def back(key: Key | None) -> None:
            if key is not None:
                self.post_message(JumpTo(key))

        self.app.push_screen(SourceScreen(self.timeline, event, self.key_of), back)

    def action_edit(self) -> None:
        """Open $EDITOR at the error the banner names, else at the selected event, else at the
        first error of a file that cannot be opened; then reload."""
        event = self.events.current if self.timeline is not None else None
        named = self.query_one(Banner).names
        first = self.query_one(ProblemsPanel).first_error
        target = edit_target(self.paths, named, event, first)
        if target is None:
            return
        edit_file(self.app, *target, self._edited)

    def _edited(self, path: str) -> None:
        """Reload after an edit; a copy made of an installed timeline opens in its place."""
        if path not in self.paths:
            self.paths = [path]
        self.query_one(TimelineLoader).open(self.paths)

    def on_jump_to(self, message: JumpTo) -> None:
        self.select(message.key)

    def select(self, key: Key) -> None:
        """Select an event by key, clearing filters that hide it."""
        events = self.events
        if not any(events.key_of(e) == key for e in events.shown):
            self.query_one("#search", Input).value = ""
            self.filters = Filters()
        if self.timeline is not None:
            events.show(self.timeline, events.shown, keep=key)
        events.focus()

    def _names(self) -> str:
        return (
            ", ".join(one_line(Path(p).name) for p in self.paths) or "anything: no timeline files"
        )


def _plain(text: str, style: str = "") -> Text:
    return Text(text, style)


def _span(timeline: Timeline) -> str:
    dated = [e.resolution for e in timeline.events if e.resolution and e.resolution.is_dated]
    if timeline.span is None or not dated:
        return ""
    return describe_range(min(dated, key=seconds), max(dated, key=end_seconds))


def _reloaded(names: str, result: LoadResult) -> str:
    """What ``r`` says once the reload is shown."""
    events = len(result.timeline.events) if result.timeline is not None else 0
    problems = _count(len(result.diagnostics), "problem")
    return f"Reloaded {names}: {_count(events, 'event')}, {problems}"


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"
