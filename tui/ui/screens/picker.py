"""Choose one of several timelines in a folder, or all of them merged."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.textsafe import one_line
from tui.load.peek import peek_title
from tui.ui.session import Session
from tui.ui.widgets.choices import Choices

ALL = "\x00all"
"""The option that opens every timeline merged (no file path holds a NUL)."""


class PickerScreen(Screen[None]):
    """The timelines of a folder by title; Enter opens one, or all of them merged. Escape in a
    timeline opened from here comes back."""

    def __init__(self, paths: list[str], session: Session | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.session = session or Session()

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a timeline", "bold"), id="title")
        options = [
            Option(
                Text.assemble(
                    (f"Open all {len(self.paths)} timelines", "bold"),
                    ("  merged into one chronology", "dim"),
                ),
                id=ALL,
            )
        ]
        for path in self.paths:
            size = Path(path).stat().st_size if Path(path).is_file() else 0
            title = peek_title(path)
            options.append(
                Option(
                    Text.assemble(
                        (one_line(title or Path(path).name), "bold"),
                        (f"  {one_line(Path(path).name)}  {_size(size)}", "dim"),
                        (f"  {one_line(str(Path(path).parent))}", "dim"),
                    ),
                    id=path,
                )
            )
        yield Choices(*options, id="picker")
        yield Footer()

    def on_mount(self) -> None:
        picker = self.query_one(Choices)
        picker.highlighted = 1 if len(self.paths) else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from tui.ui.screens.timeline import TimelineScreen

        chosen = event.option.id
        paths = self.paths if chosen == ALL or chosen is None else [chosen]
        self.app.push_screen(TimelineScreen(paths, self.session, back=True))


def _size(size: int) -> str:
    """``404 B``, ``12 KiB``, ``3.4 MiB``: a small file is not "0 KiB"."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / 1024 / 1024:.1f} MiB"
