"""The explorer as a test sees it: what is on the screen, read the way a user reads it."""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from tests.support import BUNDLED, REPO
from tui.ui.app import TimelineApp
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.widgets.event_list import EventList

SIZE = (120, 40)
ROW_MARKS = ("▸ ", "▾ ")


class Explorer:
    """One running explorer: keys go in through the pilot, screen text comes out."""

    def __init__(self, pilot: Pilot[None]) -> None:
        self.pilot = pilot

    @property
    def app(self) -> TimelineApp:
        assert isinstance(self.pilot.app, TimelineApp)
        return self.pilot.app

    @property
    def screen(self) -> TimelineScreen:
        screen = self.app.screen
        assert isinstance(screen, TimelineScreen), f"not the timeline but {screen!r}"
        return screen

    @property
    def events(self) -> EventList:
        return self.app.screen.query_one(EventList)

    async def press(self, *keys: str) -> None:
        await self.pilot.press(*keys)
        await self.pilot.pause()

    async def shown(self) -> None:
        """Wait until the timeline's load has finished and been drawn (no polling: the load is a
        worker, and its result a message)."""
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()
        await self.pilot.pause()

    def lines(self) -> list[str]:
        """The event list's lines as they are drawn, top to bottom."""
        events = self.events
        return [events.render_line(y).text.rstrip() for y in range(events.size.height)]

    def rows(self) -> list[str]:
        """The event titles drawn in the list, in order."""
        return [line[5:] for line in self.lines() if line[3:5] in ROW_MARKS]

    def selected(self) -> str:
        """The selected event's title, as its row draws it."""
        event = self.events.current
        assert event is not None, "nothing is selected"
        return event.title

    def select(self, title: str) -> None:
        """Put the selection on the event with this title, as the arrow keys would."""
        events = self.events
        events.cursor = next(i for i, e in enumerate(events.shown) if e.title == title)

    def select_id(self, event_id: str) -> None:
        events = self.events
        events.cursor = next(i for i, e in enumerate(events.shown) if e.id == event_id)

    def text(self, selector: str) -> str:
        """What a widget of the current screen shows, as plain text."""
        return str(self.app.screen.query_one(selector, Widget).render())

    def drawn(self, selector: str) -> str:
        """A widget of the current screen as it is drawn, line by line."""
        widget = self.app.screen.query_one(selector, Widget)
        width, height = widget.size
        strips = widget.render_lines(Region(0, 0, width, height))
        return "\n".join(strip.text.rstrip() for strip in strips)

    def title(self) -> str:
        return self.text("#title")

    def notices(self) -> list[str]:
        """The notifications shown, oldest first."""
        return [str(n.message) for n in self.app._notifications]

    async def until(self, condition: Callable[[], bool], seconds: float = 5.0) -> None:
        """Wait for something a timer makes true (the file watch polls twice a second)."""
        for _ in range(int(seconds / 0.05)):
            if condition():
                return
            await self.pilot.pause(0.05)
        raise AssertionError("condition never became true")


__all__ = ["BUNDLED", "REPO", "SIZE", "Explorer"]
