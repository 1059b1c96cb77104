"""The Textual app and the factory that builds it, shared by the command line and the tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
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
