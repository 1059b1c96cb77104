"""Pick a tag to filter the timeline by."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import Timeline
from tui.core.textsafe import one_line
from tui.ui.widgets.choices import Choices


class TagScreen(ModalScreen[str | None]):
    """A list of the timeline's tags with their counts; Enter filters, Escape clears."""

    BINDINGS = [Binding("escape", "dismiss_none", "No tag filter")]

    def __init__(self, timeline: Timeline) -> None:
        super().__init__()
        self.counts = Counter(tag for event in timeline.events for tag in event.tags)

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(f"{one_line(tag)}  ({count})"), id=tag)
            for tag, count in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        yield Choices(*options, id="tags")

    def on_mount(self) -> None:
        self.query_one(OptionList).border_title = "Filter by tag"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
