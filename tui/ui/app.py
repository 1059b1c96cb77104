"""The Textual app and the factory that builds it, shared by the command line and the tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from tui.infra.paths import expand
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.session import Session

if TYPE_CHECKING:
    from tui.infra.prefetch import Prefetch


def _app_commands() -> type[Provider]:
    """Textual's own commands, marked as the app's; imported when the palette first opens."""
    from tui.ui.palette import AppCommands

    return AppCommands


class TimelineApp(App[None]):
    """Timeline Explorer: a picker when there are several timelines, else the timeline itself."""

    TITLE = "Timeline Explorer"
    CSS_PATH = "app.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_app_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        paths: list[str],
        *,
        use_cache: bool = True,
        pick: bool = False,
        prefetch: Prefetch | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.session = Session(use_cache=use_cache)
        self.pick = pick
        self.prefetch = prefetch

    @property
    def quitting(self) -> bool:
        return self.session.quitting

    @quitting.setter
    def quitting(self, value: bool) -> None:
        self.session.quitting = value

    def get_default_screen(self) -> Screen[None]:
        """The first screen is the timeline itself (or the picker): no blank frame before it."""
        if self.pick:
            from tui.ui.screens.picker import PickerScreen

            return PickerScreen(self.paths, self.session)
        return TimelineScreen(self.paths, self.session, prefetch=self.prefetch)

    async def action_quit(self) -> None:
        self.session.quitting = True
        self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action == "quit" or not self.session.quitting

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, with a screenshot that is saved where it can be and says where:
        Textual's saves only to a Downloads folder, and says only that it failed without one."""
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":
                yield command
        yield SystemCommand(
            "Screenshot",
            "Save an SVG picture of this screen (in Downloads, or else the current folder)",
            self.screenshot_where_writable,
        )

    def screenshot_where_writable(self) -> None:
        """Save the screen as SVG in the first writable folder of Downloads and the current
        one; Textual's own notice then says where it went."""
        folders = [Path.home() / "Downloads", Path.cwd()]
        folder = next((f for f in folders if f.is_dir() and os.access(f, os.W_OK)), None)
        if folder is None:
            self.notify(
                "Neither ~/Downloads nor the current folder can be written to.",
                title="Screenshot not saved",
                severity="error",
            )
            return
        self.set_timer(0.1, lambda: self.deliver_screenshot(path=str(folder)))

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def make_app(
    paths: Sequence[str], *, use_cache: bool = True, prefetch: Prefetch | None = None
) -> TimelineApp:
    """Build the app for the given paths: several files merge, a folder with several files picks.

    ``prefetch`` is a load of exactly ``paths`` already running in a child process.
    """
    files = expand(paths)
    from_folder = not paths or any(Path(p).is_dir() for p in paths)
    pick = from_folder and len(files) > 1
    return TimelineApp(files, use_cache=use_cache, pick=pick, prefetch=None if pick else prefetch)
