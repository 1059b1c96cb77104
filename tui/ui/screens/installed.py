"""Asked before editing a timeline inside the installed package: the next upgrade replaces it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.textsafe import one_line

Answer = Literal["copy", "edit"] | None


def user_folder() -> Path:
    """Where a copy of a bundled timeline goes: a folder in the user's home."""
    return Path.home() / "timelines"


class InstalledCopyScreen(ModalScreen[Answer]):
    """c copies the timeline (with its articles) to the user's folder and edits the copy; e edits
    the installed file anyway; Escape does neither."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "answer('copy')", "Copy and edit the copy"),
        Binding("e", "answer('edit')", "Edit the installed file"),
        Binding("escape,q", "answer(None)", "Cancel"),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        text = Text.assemble(
            ("This is the installed copy of the timeline:\n", "bold"),
            (f"{one_line(self.path)}\n\n", ""),
            "Edits there are lost when the program is upgraded or reinstalled.\n\n",
            ("c", "bold"),
            f"  copy it to {one_line(str(user_folder()))} and edit the copy\n",
            ("e", "bold"),
            "  edit the installed file anyway\n",
            ("Escape", "bold"),
            "  leave it as it is",
        )
        yield Static(text, id="installed")

    def action_answer(self, answer: Answer) -> None:
        self.dismiss(answer)
