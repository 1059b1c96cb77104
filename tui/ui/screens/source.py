"""The source view: an article's text with a quote highlighted; step through its quotes."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from tui.core.model import Event, Quote, Timeline
from tui.core.textsafe import one_line, visible
from tui.core.urls import url_problem, web_url
from tui.ui.widgets.event_details import Key


def source_quotes(timeline: Timeline, source_id: str) -> list[tuple[Event, Quote]]:
    """Every quote found in one source's text, in the order the article reads: `n` goes on
    down the page, and "quote 1" is the first the reader meets (events of one passage in
    chronological order)."""
    found = [
        (event, quote)
        for event in timeline.events
        for quote in event.quotes
        if quote.source == source_id and quote.found and quote.offset is not None
    ]
    return sorted(found, key=lambda pair: pair[1].offset or 0)


_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def article_text(text: str) -> str:
    """The article as the text area shows it: controls visible, and the line and paragraph
    separators (U+2028, U+2029) as the line breaks they are, one character for one, so that a
    quote's offset and the rows the area counts agree."""
    return visible(text).translate(_LINE_BREAKS)


SHOWN_AT_ONCE = 400_000
"""Characters the view holds at once. A news article is a few thousand; a longer text (a book,
a dump) is shown as the stretch around its quote, so that opening it never freezes the screen."""


def window(length: int, offset: int) -> tuple[int, int]:
    """The stretch [start, end) of a text of ``length`` characters shown around ``offset``:
    all of it when it fits."""
    size = SHOWN_AT_ONCE
    if length <= size:
        return 0, length
    start = max(0, min(offset - size // 2, length - size))
    return start, start + size


def _location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset, as TextArea counts them."""
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)


class SourceScreen(Screen[Key | None]):
    """An article, read-only, with the current quote selected and scrolled to the middle; back
    at the timeline, the event whose quote was shown last is selected."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back"),
        Binding("n", "next_quote", "Next quote"),
        Binding("N", "previous_quote", "Previous quote"),
        Binding("o", "open_url", "Open URL"),
    ]

    def __init__(
        self, timeline: Timeline, event: Event, key_of: Callable[[Event], Key] | None = None
    ) -> None:
        super().__init__()
        self.key_of = key_of
        self.timeline = timeline
        self.source = timeline.sources[event.source]  # type: ignore[index]
        self.quotes = source_quotes(timeline, self.source.id)
        self.index = next((i for i, (e, _) in enumerate(self.quotes) if e.key == event.key), -1)
        self.event = event
        self.shown = window(len(self.source.text or ""), self._offset())
        """The stretch of the article in the text area: all of it, unless it is very long."""

    def _offset(self) -> int:
        """Where the current quote starts in the article (its start when there is none)."""
        return (self.quotes[self.index][1].offset or 0) if self.index >= 0 else 0

    def _shown_text(self) -> str:
        start, end = self.shown
        return article_text((self.source.text or "")[start:end])

    def compose(self) -> ComposeResult:
        yield Static(id="source-title")
        yield Static(id="quote-status")
        if self.source.text is not None:
            yield TextArea(
                self._shown_text(),
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                id="article",
            )
        else:
            yield Static(id="no-text")
        yield Footer()

    def on_mount(self) -> None:
        s = self.source
        title = Text(one_line(s.title), "bold")
        title.append(f"  {one_line(s.outlet)}" if s.outlet else "", "dim")
        title.append(f"  published {one_line(s.published)}", "dim")
        if s.url:
            title.append(f"  {one_line(s.url)}", "underline")
        self.query_one("#source-title", Static).update(title)
        if s.text is None:
            missing = (
                f"This source's file '{one_line(s.file)}' cannot be read (the timeline's "
                "warnings say why), so its quotes are not checked."
                if s.file
                else "This source has no text: add 'file:' (a path beside the timeline) or "
                "'text:' to read and check its quotes here."
            )
            self.query_one("#no-text", Static).update(Text(missing, "italic"))
            self.query_one("#quote-status", Static).update(Text(""))
            return
        self.query_one("#article").focus()
        self.show_quote()

    def show_quote(self) -> None:
        """Select the current quote and centre it."""
        status = self.query_one("#quote-status", Static)
        if self.index < 0:
            status.update(
                Text(
                    f"“{one_line(self.event.title)}” "
                    + (
                        "has no quote found in this text" if self.event.quotes else "quotes nothing"
                    ),
                    "italic",
                )
            )
            return
        event, quote = self.quotes[self.index]
        area = self.query_one("#article", TextArea)
        length = len(self.source.text or "")
        offset = quote.offset or 0
        if not (self.shown[0] <= offset and offset + len(quote.text) <= self.shown[1]):
            self.shown = window(length, offset)
            area.load_text(self._shown_text())
        text = area.text
        start = _location(text, offset - self.shown[0])
        end = _location(text, offset - self.shown[0] + len(quote.text))
        area.selection = Selection(start, end)
        area.scroll_cursor_visible(center=True, animate=False)
        part = (
            f"   characters {self.shown[0] + 1:,}–{self.shown[1]:,} of {length:,} shown"
            if self.shown != (0, length)
            else ""
        )
        status.update(
            Text.assemble(
                (f"quote {self.index + 1} of {len(self.quotes)}", "bold"),
                " from ",
                (one_line(event.title), "italic"),
                (f" — {one_line(quote.by)}" if quote.by else "", "dim"),
                (part, "dim"),
            )
        )

    def on_resize(self) -> None:
        """Re-wrapping moves the quote: bring it back to the middle once the lines are laid out."""
        if self.source.text is not None and self.index >= 0:
            area = self.query_one("#article", TextArea)
            self.call_after_refresh(area.scroll_cursor_visible, center=True, animate=False)

    def _step(self, delta: int) -> None:
        if self.quotes:
            self.index = (self.index + delta) % len(self.quotes) if self.index >= 0 else 0
            self.show_quote()

    def action_back(self) -> None:
        """Back to the timeline, at the event whose quote is shown (or the one that opened it)."""
        event = self.quotes[self.index][0] if self.index >= 0 else self.event
        self.dismiss(self.key_of(event) if self.key_of is not None else None)

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`o` is offered only for a source that gives a URL at all; one that is not http says
        so when pressed."""
        return bool(self.source.url) if action == "open_url" else True

    def action_open_url(self) -> None:
        """Open the source's URL in the browser: http and https only, never anything else."""
        url = web_url(self.source.url)
        if url is None:
            why = url_problem(self.source.url or "") or "is not http or https"
            self.notify(f"This source's URL is not opened: it {why}.", severity="warning")
            return
        if webbrowser.open(url):
            self.notify(f"Opened {one_line(url)}", markup=False)
        else:
            self.notify(
                f"No browser could be started here; the URL is {one_line(url)}",
                severity="warning",
                markup=False,
                timeout=15,
            )
