"""Make text from a file safe for the terminal: control characters are shown, never sent."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def without_controls(text: str) -> str:
    """The text with its control characters and bidi overrides taken out, for words the app
    writes itself (a drafted title), where a NUL or a U+202E from the article has no place."""
    return _CONTROL.sub("", text)


def spelled_out(text: str) -> str:
    """A name with the characters that do not show spelled out ("tit<U+200B>le"): a zero-width
    or non-breaking space, or a joiner, that would make two different keys look the same."""
    return "".join(
        f"<U+{ord(c):04X}>"
        if c != " " and (c.isspace() or unicodedata.category(c) in ("Cf", "Mn", "Co", "Cn"))
        else c
        for c in text
    )


def visible(text: str) -> str:
    """The text with every C0 and C1 control except newline and tab, and every bidi override or
    isolate (U+202E turns "txet" into "text" on screen), replaced by a visible symbol.

    Each control becomes exactly one character, so offsets into the text (quote positions) stay
    right.
    """
    return _CONTROL.sub(_picture, text)


def one_line(text: str) -> str:
    """``visible`` for a place that holds one line: tabs and line breaks become spaces.

    A tab sent to the terminal jumps to its next tab stop, which the widget does not know about,
    so the rest of the line would land on cells drawn for the previous frame.
    """
    return visible(text).translate(_ONE_LINE)


_ONE_LINE = str.maketrans(
    {"\t": " ", "\n": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x85": " "}
)


def excerpt(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters with "…" and its full length, so that a message quoting
    a 10,000-word value stays one readable line."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"
