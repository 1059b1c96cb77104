"""Messages the explorer's parts send up to the timeline screen, and what they may read from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from textual.message import Message

from tui.core.model import Event, Timeline
from tui.ui.widgets.event_details import Key


@dataclass
class JumpTo(Message):
    """Select this event, clearing any filter that hides it."""

    key: Key


class ShowsTimeline(Protocol):
    """A screen that shows a timeline: what the command palette reads from it."""

    timeline: Timeline | None

    def key_of(self, event: Event) -> Key: ...
