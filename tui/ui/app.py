"""The Textual app and the factory that builds it, shared by the command line and the tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.screen import Screen

from tui.infra.paths import expand
from tui.ui.screens.timeline import TimelineScreen

if TYPE_CHECKING:
    from tui.infra.prefetch import Prefetch


def _timeline_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens rather than at start-up."""
    from tui.ui.palette import TimelineCommands

    return TimelineCommands


class TimelineApp(App[None]):
    """Timeline Explorer: a picker when there are several timelines, else the timeline itself."""

    TITLE = "Timeline Explorer"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_timeline_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    quitting = False
    """Set by q: keys still queued behind it must not push screens into an app being torn down."""

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
        self.use_cache = use_cache
        self.pick = pick
        self.prefetch = prefetch

    def get_default_screen(self) -> Screen[None]:
        """The first screen is the timeline itself (or the picker): no blank screen is drawn before it."""
        if self.pick:
            from tui.ui.screens.picker import PickerScreen

            return PickerScreen(self.paths)
        return TimelineScreen(self.paths, use_cache=self.use_cache, prefetch=self.prefetch)

    async def action_quit(self) -> None:
        self.quitting = True
        self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action == "quit" or not self.quitting

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
