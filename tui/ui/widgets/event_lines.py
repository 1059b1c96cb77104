"""The chronology as flat lines: day headings, event rows and the detail lines of expanded
events, the model the event list draws from (as Textual's Tree keeps its ``_tree_lines``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.core.model import Event

HEADING, ROW, DETAIL = 0, 1, 2
Line = tuple[int, int, int]
"""(kind, index into the shown events, detail line number)."""


class EventLines:
    """Lines and the line of each event's row; expanding splices detail lines in place."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.row_of: list[int] = []

    def build(
        self,
        shown: Sequence[Event],
        label: Callable[[Event], str],
        details: Callable[[Event], int],
    ) -> None:
        """A heading wherever the date label changes, then each row and its ``details`` lines
        (0 for a collapsed event)."""
        lines: list[Line] = []
        rows: list[int] = []
        previous = None
        append = lines.append
        for index, event in enumerate(shown):
            text = label(event)
            if text != previous:
                append((HEADING, index, 0))
                previous = text
            rows.append(len(lines))
            append((ROW, index, 0))
            count = details(event)
            if count:
                lines.extend((DETAIL, index, n) for n in range(count))
        self.lines, self.row_of = lines, rows

    def __len__(self) -> int:
        return len(self.lines)

    def splice(self, index: int, count: int) -> None:
        """Insert ``count`` detail lines under the event's row, or remove ``-count`` of them."""
        row = self.row_of[index]
        if count < 0:
            del self.lines[row + 1 : row + 1 - count]
        else:
            self.lines[row + 1 : row + 1] = [(DETAIL, index, n) for n in range(count)]
        self.row_of[index + 1 :] = [line + count for line in self.row_of[index + 1 :]]

    def event_at(self, line: int) -> int:
        """The index of the event a line belongs to (the nearest, past either end)."""
        if not self.lines:
            return 0
        return self.lines[max(0, min(line, len(self.lines) - 1))][1]

    def heading_above(self, line: int) -> bool:
        return line > 0 and self.lines[line - 1][0] == HEADING
