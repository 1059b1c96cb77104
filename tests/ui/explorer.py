"""Helpers for the explorer's tests: build the app as the CLI does, and wait for it to load."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.support import BUNDLED, REPO
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.widgets.event_list import EventList

SIZE = (120, 40)


async def loaded(pilot: Pilot) -> TimelineScreen:
    """Wait until the timeline screen has shown its first load (or its problems)."""
    for _ in range(200):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, TimelineScreen) and (
            screen.timeline is not None or screen.query_one("#problems").display
        ):
            await pilot.pause()
            return screen
    raise AssertionError("the timeline never loaded")


async def until(pilot: Pilot, condition, seconds: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for a condition that a worker or a timer makes true."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never became true")


def event_list(pilot: Pilot) -> EventList:
    """The screen's event list."""
    return pilot.app.screen.query_one(EventList)


def titles(pilot: Pilot) -> list[str]:
    """The titles of the events shown, in order."""
    return [e.title for e in event_list(pilot).shown]


__all__ = ["BUNDLED", "REPO", "SIZE", "event_list", "loaded", "titles", "until"]
