"""The problems panel and the banner that says the shown timeline is not the saved one."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.model import Diagnostic, tally
from tui.core.textsafe import one_line

MAX_SHOWN = 200
"""Problems listed in the panel; beyond them a count (200,000 lines would freeze the explorer)."""


def problem_text(diagnostics: tuple[Diagnostic, ...], limit: int = MAX_SHOWN) -> Text:
    """``file:line:column: severity: message`` for each problem, as ``timeline check`` prints
    them, then how many more there are."""
    text = Text()
    for d in diagnostics[:limit]:
        text.append(f"{one_line(Path(d.path).name)}:{d.line}:{d.column}: ", "bold")
        text.append(f"{d.severity}: ", "red" if d.is_error else "yellow")
        text.append(one_line(d.message) + "\n")
    hidden = len(diagnostics) - limit
    if hidden > 0:
        text.append(
            f"… and {hidden:,} more problems ({len(diagnostics):,} in all): "
            "`timeline check` lists every one",
            "italic",
        )
    text.rstrip()
    return text


class ProblemsPanel(VerticalScroll):
    """The file's problems under the title; in place of the list when nothing could be shown."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.diagnostics: tuple[Diagnostic, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(id="problem-list")

    def show(self, diagnostics: tuple[Diagnostic, ...], *, fatal: bool) -> None:
        """List ``diagnostics``, counted on the panel's border: more than its few lines show
        scroll out of sight."""
        self.diagnostics = diagnostics
        self.display = bool(diagnostics)
        self.set_class(fatal, "fatal")
        errors = sum(d.is_error for d in diagnostics)
        self.border_title = tally(errors, len(diagnostics) - errors)
        self.query_one("#problem-list", Static).update(problem_text(diagnostics))

    @property
    def first_error(self) -> Diagnostic | None:
        return next((d for d in self.diagnostics if d.is_error), None)


class Banner(Static):
    """One bold line about the file on disk; it remembers the problem it names, for ``e``."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.names: Diagnostic | None = None

    def say(self, text: str, names: Diagnostic | None = None) -> None:
        self.names = names
        self.update(Text(text, "bold"))
        self.display = True

    def clear(self) -> None:
        self.names = None
        self.display = False
