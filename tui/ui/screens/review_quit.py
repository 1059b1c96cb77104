"""Asked when the reviewer quits with decisions not yet written: write them, drop them, or go on."""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.textsafe import one_line

QuitAnswer = Literal["write", "discard"] | None
"""None is "keep reviewing"."""


class QuitReviewScreen(ModalScreen[QuitAnswer]):
    """w writes the accepted proposals, d (or q again) quits without writing, Escape goes back."""

    DEFAULT_CSS = """
    QuitReviewScreen { align: center middle; }
    #quit-review {
        width: 70; max-width: 90%; height: auto;
        border: round $warning; background: $surface; padding: 1 2;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "answer('write')", "Write"),
        Binding("d,q", "answer('discard')", "Discard"),
        Binding("escape", "answer(None)", "Keep reviewing"),
    ]

    def __init__(self, accepted: int, out_name: str) -> None:
        """``accepted`` and ``out_name`` say what writing would do."""
        super().__init__()
        self.accepted = accepted
        self.out_name = out_name

    def compose(self) -> ComposeResult:
        """The question, and each answer's key."""
        events = f"{self.accepted} accepted event{'s' * (self.accepted != 1)}"
        text = Text.assemble(
            ("Quit the review? Your decisions are not written yet.\n\n", "bold"),
            ("w", "bold"),
            f"  write the {events} to {one_line(self.out_name)} and quit\n",
            ("d", "bold"),
            " or ",
            ("q", "bold"),
            "  quit and throw the review away\n",
            ("Escape", "bold"),
            "  keep reviewing",
        )
        yield Static(text, id="quit-review")

    def action_answer(self, answer: QuitAnswer) -> None:
        """Hand the choice back to the review."""
        self.dismiss(answer)
