"""Choose one of several timelines in a folder."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.textsafe import one_line
from tui.ui.widgets.choices import Choices


class PickerScreen(Screen[None]):
    """The timelines of a folder; Enter opens one."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a timeline", "bold"), id="title")
        options = []
        for path in self.paths:
            size = Path(path).stat().st_size if Path(path).exists() else 0
            options.append(
                Option(
                    Text.assemble(
                        (one_line(Path(path).name), "bold"),
                        (f"  {_size(size)}  {one_line(str(Path(path).parent))}", "dim"),
                    ),
                    id=path,
                )
            )
        yield Choices(*options, id="picker")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from tui.ui.screens.timeline import TimelineScreen

        self.app.push_screen(
            TimelineScreen([event.option.id], use_cache=getattr(self.app, "use_cache", True))
        )


def _size(size: int) -> str:
    """``404 B``, ``12 KiB``, ``3.4 MiB``: a small file is not "0 KiB"."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / 1024 / 1024:.1f} MiB"
