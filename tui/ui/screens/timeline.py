"""The timeline view: the chronology, its problems, search and tag filters, and live reload."""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from tui.infra.prefetch import Prefetch
    from tui.load.loader import LoadResult

from tui.core.model import Diagnostic, Event, Timeline
from tui.core.textsafe import one_line
from tui.dates import describe_range
from tui.load.loader import article_paths, file_stamp, load, load_cached
from tui.ui.widgets.density import DensityStrip
from tui.ui.widgets.event_list import EventList

POLL_SECONDS = 0.5
TYPE_AHEAD_EVENTS = 20_000
"""From this many events a search waits for a pause in typing: filtering 100k events takes 0.1 s a key."""
TYPE_AHEAD_SECONDS = 0.12
FIRST_SCREEN_BYTES = 1 << 20
"""Files up to this size are opened from the cache before the first frame; larger ones in a worker."""


def _problem_text(diagnostics: tuple[Diagnostic, ...]) -> Text:
    """``file:line:column: severity: message`` for each problem, as ``timeline check`` prints them."""
    text = Text()
    for d in diagnostics:
        text.append(f"{one_line(Path(d.path).name)}:{d.line}:{d.column}: ", "bold")
        text.append(f"{d.severity}: ", "red" if d.is_error else "yellow")
        text.append(one_line(d.message) + "\n")
    text.rstrip()
    return text


def haystack(event: Event) -> str:
    """What a search looks in, lower case: title, details, tags and quotes, kept apart by newlines."""
    return "\n".join(
        [event.title, event.details or "", *event.tags, *(q.text for q in event.quotes)]
    ).lower()


class TimelineScreen(Screen[None]):
    """One timeline (or several merged): the list, a problems panel, a banner for broken reloads."""

    BINDINGS = [
        Binding("s", "source", "Source"),
        # priority: run as the key arrives, so the keys typed after it go to the search box
        Binding("slash", "search", "Search", priority=True),
        Binding("enter", "keep_search", "Keep the search", show=False, priority=True),
        Binding("t", "tag", "Tag"),
        Binding("e", "edit", "Edit"),
        Binding("r", "reload", "Reload"),
        Binding("v", "axis", "Axis"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]
    AUTO_FOCUS = "#events"

    timeline: reactive[Timeline | None] = reactive(None, init=False, always_update=True)
    filter_text: reactive[str] = reactive("", init=False)
    filter_tag: reactive[str | None] = reactive(None, init=False)

    @dataclass
    class Loaded(Message):
        """A load finished in the worker."""

        result: LoadResult
        stamps: dict[str, tuple[int, int] | None]
        reload: bool
        partial: bool = False

    @dataclass
    class Progress(Message):
        """A load has done this share of its work (0 to 1)."""

        share: float

    def __init__(
        self, paths: list[str], *, use_cache: bool = True, prefetch: Prefetch | None = None
    ) -> None:
        super().__init__()
        self.paths = paths
        self.use_cache = use_cache
        self._child = prefetch
        self._partial = False
        self._typing: Timer | None = None
        self._heading = (Text(), Text())  # the timeline's title, and what follows it
        self._summary = ""
        self._problems: tuple[Diagnostic, ...] = ()
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._haystacks: tuple[Timeline, dict[int, str]] | None = None
        self._last_search: tuple[str, str | None, tuple[Event, ...]] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static(id="banner")
        with VerticalScroll(id="problems"):
            yield Static(id="problem-list")
        yield DensityStrip(id="density")
        yield EventList(id="events")
        yield Input(placeholder="search titles, details, tags and quotes", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#title", Static).update(Text(f"Loading {self._names()} …"))
        self.set_interval(POLL_SECONDS, self.check_for_changes)
        if self.use_cache and self._open_from_cache():
            return
        self.load(reload=False)

    def _open_from_cache(self) -> bool:
        """Show a small, cached timeline at once, so the first frame already has its events."""
        stamps = {path: file_stamp(path) for path in self.paths}
        result = load_cached(self.paths, largest=FIRST_SCREEN_BYTES)
        if result is None:
            return False
        self.on_timeline_screen_loaded(self.Loaded(result, stamps, reload=False))
        return True

    # -- loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self, reload: bool) -> None:
        """Load in a thread so that a large file never freezes the interface.

        The first load may already be running in a child (``prefetch``), which sends the first
        screenful ahead of the rest.
        """
        child = None if reload else self._child
        known = article_paths(self.timeline) if self.timeline is not None else []
        stamps = (
            child.stamps if child else {path: file_stamp(path) for path in [*self.paths, *known]}
        )
        reported = -1

        def progress(share: float) -> None:
            nonlocal reported
            if int(share * 100) > reported:
                reported = int(share * 100)
                self.post_message(self.Progress(share))

        results = (
            child.results(progress)
            if child
            else [(load(self.paths, use_cache=self.use_cache, progress=progress), True)]
        )
        for result, final in results:
            if get_current_worker().is_cancelled:
                return
            self.post_message(self.Loaded(result, stamps, reload, partial=not final))

    def on_unmount(self) -> None:
        if self._child is not None:
            self._child.cancel()

    def on_timeline_screen_progress(self, message: Progress) -> None:
        if self.timeline is None:
            self.query_one("#title", Static).update(
                Text(f"Loading {self._names()} … {message.share:.0%}")
            )

    def on_timeline_screen_loaded(self, message: Loaded) -> None:
        result = message.result
        articles = article_paths(result.timeline) if result.timeline is not None else []
        # Articles read for the first time are stamped now, after their load; the ones the shown
        # timeline already read were stamped before it, so a save during the load is not missed.
        self._stamps = message.stamps | {
            path: file_stamp(path) for path in articles if path not in message.stamps
        }
        errors = [d for d in result.diagnostics if d.is_error]
        banner = self.query_one("#banner", Static)
        if message.reload and self.timeline is not None and (result.timeline is None or errors):
            first = errors[0] if errors else result.diagnostics[0]
            where = f"{Path(first.path).name}:{first.line}:{first.column}"
            banner.update(
                Text(
                    f"Not reloaded: {one_line(where)}: {one_line(first.message)} — "
                    "showing the last good version; the saved file's problems are below",
                    "bold",
                )
            )
            banner.display = True
            self.show_problems(result, fatal=False)
            return
        banner.display = False
        self.show_problems(result)
        self._partial = message.partial
        if result.timeline is not None:
            self.timeline = result.timeline

    def show_problems(self, result: LoadResult, *, fatal: bool = True) -> None:
        """List problems in a panel; when nothing could be loaded (and ``fatal``) the panel takes the
        list's place. After a broken save the panel lists the saved file's problems, not the ones of
        the version still shown."""
        self._problems = result.diagnostics
        panel = self.query_one("#problems")
        panel.display = bool(result.diagnostics)
        cannot_open = fatal and result.timeline is None
        panel.set_class(cannot_open, "fatal")
        self.query_one("#problem-list", Static).update(_problem_text(result.diagnostics))
        self.query_one(EventList).display = not cannot_open
        if cannot_open:
            self.query_one("#title", Static).update(Text(f"Cannot open {self._names()}", "bold"))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a timeline leave the footer while there is none to show, and once the
        app is quitting no key opens anything (a screen pushed then would be torn down half built)."""
        if getattr(self.app, "quitting", False):
            return False
        if action in ("source", "search", "tag", "axis") and self.timeline is None:
            return False
        if action == "search" and isinstance(self.focused, Input):
            return False  # '/' typed into the search is text
        if action == "keep_search" and not isinstance(self.focused, Input):
            return False  # Enter elsewhere expands an event
        return True

    def _names(self) -> str:
        return (
            ", ".join(one_line(Path(p).name) for p in self.paths) or "anything: no timeline files"
        )

    def watch_timeline(self, timeline: Timeline | None) -> None:
        self.refresh_bindings()
        if timeline is None:
            return
        title = Text(one_line(timeline.title), "bold")
        if self._partial:
            self._heading = (
                title,
                Text.assemble((f"   loading the rest of {self._names()} …", "dim")),
            )
            self.apply_filter()
            return
        rest = Text()
        if timeline.span is not None:
            dated = [
                e.resolution for e in timeline.events if e.resolution and e.resolution.is_dated
            ]
            if dated:
                first = min(dated, key=lambda r: r.start)
                last = max(dated, key=lambda r: r.end)
                rest.append(f"   {describe_range(first, last)}", "dim")
        count = len(timeline.events)
        rest.append(f"   {count} event{'s' * (count != 1)}", "dim")
        self._heading = (title, rest)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the events that match the search and the tag, keeping the selection where it can."""
        if self.timeline is None:
            return
        event_list = self.query_one(EventList)
        keep = event_list.current.key if event_list.current else None
        shown = self.timeline.events
        if self.filter_tag is not None:
            shown = tuple(e for e in shown if self.filter_tag in e.tags)
        needle = self.filter_text.strip().lower()
        if needle:
            shown = self._search(shown, needle)
        event_list.show(self.timeline, shown, keep=keep)
        self._summary = self._filter_summary(len(shown))
        self._show_heading()

    def _show_heading(self) -> None:
        """The title line: a long timeline title is cut so that its dates, count and filter still show."""
        title, rest = self._heading
        rest = Text.assemble(rest, (f"   {self._summary}", "bold")) if self._summary else rest
        width = self.query_one("#title", Static).content_region.width or self.size.width
        title = title.copy()
        title.truncate(max(width - rest.cell_len, 12), overflow="ellipsis")
        line = Text.assemble(title, rest)
        line.truncate(width, overflow="ellipsis")
        self.query_one("#title", Static).update(line)

    def on_resize(self) -> None:
        if self.timeline is not None:
            self._show_heading()

    def _search(self, events: tuple[Event, ...], needle: str) -> tuple[Event, ...]:
        """Events whose text holds the needle; typing on narrows the last result instead of starting over."""
        if self._haystacks is None or self._haystacks[0] is not self.timeline:
            self._haystacks = (self.timeline, {id(e): haystack(e) for e in self.timeline.events})
            self._last_search = None
        texts = self._haystacks[1]
        previous = self._last_search
        if (
            previous is not None
            and needle.startswith(previous[0])
            and previous[1] == self.filter_tag
        ):
            events = previous[2]
        found = tuple(e for e in events if needle in texts[id(e)])
        self._last_search = (needle, self.filter_tag, found)
        return found

    def _filter_summary(self, count: int) -> str:
        parts = []
        if self.filter_text.strip():
            parts.append(f"search “{one_line(self.filter_text.strip())}”")
        if self.filter_tag is not None:
            parts.append(f"tag {one_line(self.filter_tag)}")
        return f"{count} shown: " + ", ".join(parts) if parts else ""

    def watch_filter_text(self) -> None:
        self.apply_filter()

    def watch_filter_tag(self) -> None:
        self.apply_filter()

    def check_for_changes(self) -> None:
        """Reload when a timeline or an article it reads changed on disk; say so when a timeline
        disappeared (a missing article is reported by the reload itself)."""
        if not self._stamps:
            return
        now = {path: file_stamp(path) for path in self._stamps}
        if now == self._stamps:
            return
        missing = [p for p in self.paths if now.get(p, True) is None]
        if missing:
            banner = self.query_one("#banner", Static)
            banner.update(
                Text(
                    f"{one_line(missing[0])} was deleted or moved — showing what was loaded", "bold"
                )
            )
            banner.display = True
            self._stamps = now
            return
        self.load(reload=True)

    # -- actions ------------------------------------------------------------------------

    def action_reload(self) -> None:
        self.load(reload=True)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        self.set_focus(search)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Filter as the user types; on a large timeline, once typing pauses, so keys never queue up."""
        if self._typing is not None:
            self._typing.stop()
            self._typing = None
        if self.timeline is not None and len(self.timeline.events) >= TYPE_AHEAD_EVENTS:
            self._typing = self.set_timer(
                TYPE_AHEAD_SECONDS, partial(setattr, self, "filter_text", event.value)
            )
        else:
            self.filter_text = event.value

    def action_keep_search(self) -> None:
        """Enter in the search box: back to the list with the filter kept, before the next key is read."""
        self.set_focus(self.query_one(EventList))

    def action_clear_filter(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.filter_text = ""
        self.filter_tag = None
        self.query_one(EventList).focus()

    def action_tag(self) -> None:
        if self.timeline is None:
            return
        if not any(e.tags for e in self.timeline.events):
            self.notify(
                "No event in this timeline has tags: add 'tags: [...]' to an event to filter by them."
            )
            return
        from tui.ui.screens.tags import TagScreen

        def chosen(tag: str | None) -> None:
            self.filter_tag = tag

        self.app.push_screen(TagScreen(self.timeline), chosen)

    def action_axis(self) -> None:
        """The axis of the events shown; back to the list with the event picked there."""
        from tui.ui.screens.axis import open_axis

        shown = self.query_one(EventList)
        key = shown.current.key if shown.current else None
        if self.timeline is not None:
            open_axis(self.app, self.timeline, shown.shown, key, self._picked)

    def _picked(self, key: str, expand: bool) -> None:
        self.jump_to(key)
        if expand and key not in self.query_one(EventList).expanded:
            self.query_one(EventList).action_toggle()

    def action_source(self) -> None:
        event = self.query_one(EventList).current
        if event is None or self.timeline is None:
            return
        from tui.ui.screens.source import SourceScreen

        if event.source is None or event.source not in self.timeline.sources:
            self.notify("This event names no source.", severity="warning")
            return
        self.app.push_screen(SourceScreen(self.timeline, event))

    def action_edit(self) -> None:
        """Open $EDITOR at the selected event, or at the first error of a file that cannot be opened; then reload."""
        event = self.query_one(EventList).current if self.timeline is not None else None
        errors = [d for d in self._problems if d.is_error]
        if event is not None:
            path, line = event.path, event.line
        elif errors and errors[0].path in self.paths:
            path, line = errors[0].path, errors[0].line
        else:
            return
        editor = shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")
        try:
            with self.app.suspend():
                subprocess.run([*editor, f"+{line}", path], check=False)
        except (OSError, SuspendNotSupported) as exc:
            self.notify(
                f"Cannot run the editor: {one_line(str(exc))}", severity="error", markup=False
            )
            return
        self.load(reload=True)

    def jump_to(self, key: str) -> None:
        """Select an event by key, clearing filters that hide it."""
        event_list = self.query_one(EventList)
        if not any(e.key == key for e in event_list.shown):
            self.filter_text, self.filter_tag = "", None
        if self.timeline is not None:
            event_list.show(self.timeline, event_list.shown, keep=key)
        event_list.focus()
