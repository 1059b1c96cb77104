"""The line above the list: the timeline's title, its dates, its count and the active filters."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

MIN_TITLE = 24
"""Below this many cells a title is unreadable: the dates give way first."""


def fit(title: str, parts: list[tuple[str, str]], width: int) -> Text:
    """The title line for ``width`` cells. ``parts`` follow the title, each ``(text, style)``,
    least important first: while the title would be cut below ``MIN_TITLE`` cells, the least
    important part goes; whatever stays is whole, and only the title is cut, with "…"."""
    kept = list(parts)
    while len(kept) > 1:
        rest = sum(Text(f"   {text}").cell_len for text, _ in kept)
        if width - rest >= min(Text(title).cell_len, MIN_TITLE):
            break
        kept.pop(0)
    rest_text = Text.assemble(*((f"   {text}", style) for text, style in kept))
    head = Text(title, "bold")
    head.truncate(max(width - rest_text.cell_len, min(MIN_TITLE, width)), overflow="ellipsis")
    line = Text.assemble(head, rest_text)
    line.truncate(width, overflow="ellipsis")
    return line


class TitleLine(Static):
    """Lays out its parts for the width it has, again whenever that changes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = ""
        self._span = ""
        self._count = ""
        self._filters = ""
        self._note = ""
        self._fixed: Text | None = None

    def say(self, text: Text) -> None:
        """A whole line of its own (loading, cannot open) instead of the timeline's parts."""
        self._fixed = text
        self.update(text)

    def show_timeline(self, title: str, span: str, count: str, note: str = "") -> None:
        """The timeline's title with its dates and count; ``note`` (still loading) replaces them."""
        self._fixed = None
        self._title, self._span, self._count, self._note = title, span, count, note
        self._layout()

    def show_note(self, note: str) -> None:
        """A passing note in place of the dates and count ("reloading … 40%"); "" ends it."""
        if note != self._note:
            self._note = note
            if self._fixed is None and self._title:
                self._layout()

    def show_filters(self, summary: str) -> None:
        self._filters = summary
        if self._fixed is None:
            self._layout()

    def _layout(self) -> None:
        parts: list[tuple[str, str]]
        if self._note:
            parts = [(self._note, "dim")]
        else:
            parts = [(self._span, "dim")] if self._span else []
            parts.append((self._count, "dim"))
        if self._filters:
            parts.append((self._filters, "bold"))
        width = self.content_region.width or (self.app.size.width - 2)
        self.update(fit(self._title, parts, width))

    def on_resize(self) -> None:
        if self._fixed is None and self._title:
            self._layout()
