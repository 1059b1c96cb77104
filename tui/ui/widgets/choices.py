"""A list to choose from that moves with j and k, as the timeline does, and stops at its ends."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class Choices(OptionList):
    """An ``OptionList`` with the timeline's keys for moving: j and k beside the arrows. Up at
    the top stays there, as in the timeline: wrapping to the bottom would put the next key
    (reject, in the review) on an item the reader never saw highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def action_cursor_up(self) -> None:
        """The enabled option above, if there is one."""
        if self.highlighted is None or self._enabled_beyond(-1):
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        """The enabled option below, if there is one."""
        if self.highlighted is None or self._enabled_beyond(1):
            super().action_cursor_down()

    def _enabled_beyond(self, step: int) -> bool:
        assert self.highlighted is not None
        end = len(self.options) if step > 0 else -1
        at = range(self.highlighted + step, end, step)
        return any(not self.options[i].disabled for i in at)
