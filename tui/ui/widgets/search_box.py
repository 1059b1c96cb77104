"""The search field under the list: what to look for, as typed or once typing pauses."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

TYPE_AHEAD_EVENTS = 20_000
"""From this many events a search waits for a pause in typing: 100k events take 0.1 s a key."""
TYPE_AHEAD_SECONDS = 0.12


class SearchBox(Input):
    """Reports each search as typed; over a large timeline (``events`` set by the screen) only
    once typing pauses, so keys never queue up behind the filtering."""

    @dataclass
    class Search(Message):
        text: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search titles, details, tags and quotes", id=id)
        self.events = 0
        self._typing: Timer | None = None

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._typing is not None:
            self._typing.stop()
            self._typing = None
        search = self.Search(event.value)
        if self.events >= TYPE_AHEAD_EVENTS:
            self._typing = self.set_timer(TYPE_AHEAD_SECONDS, lambda: self.post_message(search))
        else:
            self.post_message(search)
