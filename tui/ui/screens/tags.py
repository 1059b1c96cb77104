"""Filter by tags and sources: type to narrow the list, space to mark, Enter to apply."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.core.model import Timeline
from tui.core.textsafe import one_line

Choice = tuple[frozenset[str], frozenset[str]]
"""The chosen tags and the chosen source ids."""


class FilterList(SelectionList[str]):
    """The tags and sources, with the timeline's keys for moving: j and k beside the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class TagScreen(ModalScreen[Choice | None]):
    """The timeline's tags (most used first) and sources; several may be marked. An event is
    shown when it has one of the marked tags and comes from one of the marked sources."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "No tag or source filter"),
        Binding("enter", "apply", "Filter", priority=True),
    ]

    def __init__(
        self,
        timeline: Timeline,
        tags: frozenset[str] = frozenset(),
        sources: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.counts = Counter(tag for event in timeline.events for tag in event.tags)
        self.by_source = Counter(e.source for e in timeline.events if e.source is not None)
        self.titles = {sid: s.title for sid, s in timeline.sources.items()}
        self.marked: set[str] = {f"tag:{t}" for t in tags} | {f"source:{s}" for s in sources}

    def compose(self) -> ComposeResult:
        with Vertical(id="tags"):
            yield Input(
                placeholder="type to narrow the list", id="tag-filter", select_on_focus=False
            )
            yield FilterList(id="tag-list")
            yield Static(
                Text("space marks, Enter filters by the marked (or highlighted) ones", "dim")
            )

    def on_mount(self) -> None:
        self.query_one("#tags").border_title = "Filter by tag or source"
        self.query_one("#tag-filter").display = False
        self._fill("")
        self.query_one(FilterList).focus()

    def _entries(self) -> list[tuple[str, Text, str]]:
        """(value, label, the text a filter matches) for every tag, then every source."""
        tags = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        entries = [(f"tag:{tag}", Text(f"{one_line(tag)}  ({count})"), tag) for tag, count in tags]
        for sid, count in sorted(self.by_source.items(), key=lambda kv: (-kv[1], kv[0])):
            title = one_line(self.titles.get(sid, sid))
            label = Text.assemble(("source  ", "dim"), f"{title}  ({count})")
            entries.append((f"source:{sid}", label, f"{sid} {title}"))
        return entries

    def _fill(self, needle: str) -> None:
        chooser = self.query_one(FilterList)
        chooser.clear_options()
        wanted = needle.strip().lower()
        chooser.add_options(
            Selection(label, value, value in self.marked)
            for value, label, text in self._entries()
            if wanted in text.lower()
        )
        if chooser.option_count:
            chooser.highlighted = 0

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        value = event.selection.value
        if value in self.query_one(FilterList).selected:
            self.marked.add(value)
        else:
            self.marked.discard(value)

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the list narrows it, backspace widens it again (j, k and space keep
        their jobs)."""
        field = self.query_one("#tag-filter", Input)
        if field.has_focus:
            if event.key == "down":  # from the typed filter down to the list
                self.query_one(FilterList).focus()
                event.stop()
                event.prevent_default()
            return
        if event.key == "backspace" and field.value:
            field.value = field.value[:-1]
            event.stop()
            return
        if not event.is_printable or event.character in (None, "j", "k", " "):
            return
        field.display = True
        field.focus()
        field.value += event.character
        field.cursor_position = len(field.value)
        event.stop()

    @on(Input.Changed, "#tag-filter")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_apply(self) -> None:
        chooser = self.query_one(FilterList)
        marked = set(self.marked)
        if not marked and chooser.highlighted is not None:
            marked = {str(chooser.get_option_at_index(chooser.highlighted).value)}
        tags = frozenset(v[4:] for v in marked if v.startswith("tag:"))
        sources = frozenset(v[7:] for v in marked if v.startswith("source:"))
        self.dismiss((tags, sources))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
