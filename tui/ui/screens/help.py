"""The help: every key of the explorer (or of another screen, such as the review), with what it
does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("j / k, ↓ / ↑", "move"),
    ("g / Home, G / End", "first, last"),
    ("PageUp / PageDown", "page"),
    ("Enter / space / click", "expand or collapse an event"),
    ("s", "source view: the article with the quote highlighted; Escape or q back"),
    ("n / N", "in the source view: next / previous quote from that source"),
    ("o", "in the source view: open the source's URL (http and https only)"),
    ("/", "search titles, details, tags and quotes; Enter keeps it, Escape clears it"),
    ("t", "filter by tags and sources: type to narrow, space marks several, Enter filters"),
    ("e", "open the event in $EDITOR at its line, then reload"),
    ("r", "reload, and say so"),
    ("v", "axis view: time to scale; ←/→ events, +/- zoom, h/l pan, 0 fit, L lanes, z fold"),
    ("/ and t in the axis", "search and filter there too: one filter for the list and the axis"),
    ("Tab", "the density strip: ←/→ a stretch, Enter jumps the list there (or click it)"),
    ("ctrl+p", "command palette: jump to an event, a source or a date"),
    ("Escape", "back, or clear the filters; in a timeline opened from a folder, the folder"),
    ("?", "this help"),
    ("q", "quit"),
    ("? in the margin", "the event rests on a guess (a # doubtful: comment): expand it for why"),
)


class HelpScreen(ModalScreen[None]):
    """A table of keys (the explorer's unless others are given); any of Escape, ? or q closes
    it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help {
        width: 80; max-width: 90%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "app.pop_screen", "Close help")
    ]

    def __init__(self, keys: Sequence[tuple[str, str]] = KEYS) -> None:
        """The keys to list: the review shows its own, in the same table as the explorer's."""
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(show_header=False, box=None, padding=(0, 2))
        for keys, action in self.keys:
            table.add_row(Text(keys, "bold"), Text(action))
        with VerticalScroll(id="help"):
            yield Static(table)

    def on_mount(self) -> None:
        """The border says what the table is."""
        self.query_one("#help").border_title = "Keys"
