"""Read the HTML of a TimelineJS slide back as text: paragraphs, lists and quotes kept apart.

Uses the standard library's HTML parser, which is linear in its input (a pattern such as
``<[^>]+>`` is not: each ``<`` without a ``>`` scans to the end).
"""

from __future__ import annotations

from html.parser import HTMLParser

CREDIT_CLASS = "timeline-explorer-source"
"""The class of the paragraph the export writes to credit a source: not part of the details."""

_BREAKS = {"p", "div", "br", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}


def _words(text: str) -> str:
    return " ".join(text.split())


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.quotes: list[tuple[str, str | None, str | None]] = []
        self.quote: list[str] | None = None
        self.cite: list[str] | None = None
        self.quote_by = ""
        self.skipping = 0

    def _line(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            self.skipping += tag not in ("br", "img", "hr")
            return
        if tag in ("script", "style") or (
            tag == "p" and CREDIT_CLASS in (dict(attrs).get("class") or "")
        ):
            self.skipping = 1
        elif tag == "blockquote" and self.quote is None:
            self.quote = []
        elif tag == "cite" and self.quote is not None:
            self.cite = []
        elif tag == "li":
            self._line()
            self.blocks[-1].append("- ")
        elif tag in _BREAKS:
            self._line()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        if tag == "cite" and self.cite is not None:
            self.quote_by = _words("".join(self.cite)).lstrip("—–- ").strip()
            self.cite = None
        elif tag == "blockquote" and self.quote is not None:
            text = _words("".join(self.quote)).strip('“”" ')
            if text:
                self.quotes.append((text, self.quote_by or None, None))
            self.quote, self.quote_by = None, ""
        elif tag in _BREAKS or tag == "li":
            self._line()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.cite is not None:
            self.cite.append(data)
        elif self.quote is not None:
            self.quote.append(data)
        else:
            self.blocks[-1].append(data)


def html_parts(html: str) -> tuple[str, list[tuple[str, str | None, str | None]]]:
    """The slide text's details (a line per paragraph or list item) and its blockquotes as
    (text, speaker, None) triples."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    lines = [line for line in (_words("".join(block)) for block in reader.blocks) if line]
    text = "".join(
        (
            ""
            if i == 0
            else "\n"
            if line.startswith("- ") and lines[i - 1].startswith("- ")
            else "\n\n"
        )
        + line
        for i, line in enumerate(lines)
    )
    return text, reader.quotes


def plain(value: object) -> str:
    """One line of text from a value that may hold HTML; not text, the empty string."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    details, quotes = html_parts(str(value))
    return _words(" ".join([details, *(q for q, _, _ in quotes)]))
