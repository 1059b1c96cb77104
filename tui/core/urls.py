"""The one URL check: which links the explorer may open and the exports may publish."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_UNSAFE = re.compile(
    r"[\x00-\x20\x7f-\x9f<>\"`\\{}|^\u2028\u2029\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
"""Whitespace, controls, the characters that break out of Markdown, HTML, ics or a terminal, and
the invisible ones that reorder or hide what a reader sees of a link (U+202E, zero widths)."""


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a web link that is safe to open or publish, or None when it is.

    A web link is ``http`` or ``https`` (in any case) with a host, and holds no whitespace, control
    characters or the characters that let text escape the format it is written into.
    """
    unsafe = _UNSAFE.search(url)
    if unsafe is not None:
        return f"holds {_name(unsafe.group())} at character {unsafe.start() + 1}"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as exc:
        return f"is not a well-formed URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not http or https"
    if not host:
        return "has no host"
    return None


def web_url(url: str | None) -> str | None:
    """``url`` when it is a safe web link (``url_problem`` finds nothing), else None."""
    return url if url is not None and url_problem(url) is None else None


def _name(char: str) -> str:
    return (
        "a space"
        if char == " "
        else f"U+{ord(char):04X}"
        if not char.isprintable() or char.isspace()
        else f"'{char}'"
    )
