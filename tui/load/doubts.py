"""The ``# doubtful: why`` comments a draft writes above an event, read back for the explorer.

YAML drops comments, so they are found in the file's text, its lines counted as the parser counts
them (a lone carriage return breaks a line; NEL and the Unicode separators do not). A doubt
belongs to the event that starts on the line after it, through any other comments between them,
and only when the event opens its line and the comment is indented left of its keys: a line of a
block scalar (``details: |``) is indented further, and a comment above ``events: [...]`` is no
one event's. Each comment line serves one event. Only files that hold a doubt are scanned, in
one pass over their lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

MARK = "# doubtful:"
_BREAK = re.compile("\r\n|[\r\n]")
_ALL_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_STAND_INS = "\ufdd0\ufdd1\ufdd2"
"""The parser hands NEL, LS and PS to libyaml as these stand-ins, so they break no line, unless
the text already holds one of them (``yamltree.parse``): lines are counted the same way here."""
_HEAD = re.compile("[ \t]*(?:-[ \t]+)*")
MAX_DOUBT = 400
"""Characters of one doubt kept: a comment is one line of a file, not an essay."""
MAX_DOUBTS = 20
"""Doubts kept for one event; more are counted."""


@dataclass
class Comments:
    """A file's comment lines, and where the line after each comment block starts."""

    lines: dict[int, tuple[int, str | None]] = field(default_factory=dict)
    """Line number (1-based) of each comment line: its indentation, and its doubt or None."""
    heads: dict[int, int] = field(default_factory=dict)
    """For each line after a comment, the column its content starts at, past any "- "."""


def comment_lines(data: bytes | str) -> Comments:
    """Every comment line of a file (its bytes or its text) that holds a doubt, by line number;
    none otherwise."""
    comments = Comments()
    marked = MARK.encode() in data if isinstance(data, bytes) else MARK in data
    if not marked:
        return comments
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    line, start = 1, 0
    counted = _ALL_BREAKS if any(c in text for c in _STAND_INS) else _BREAK
    breaks = ((b.start(), b.end()) for b in counted.finditer(text))
    for stop, after in chain(breaks, [(len(text), len(text))]):
        head = _HEAD.match(text, start, stop)
        at = head.end() if head else start
        if text.startswith("#", at, stop):
            doubt = None
            if text.startswith(MARK, at, stop):
                doubt = text[at + len(MARK) : min(stop, at + len(MARK) + MAX_DOUBT)].strip()
            comments.lines[line] = (at - start, doubt or None)
        elif line - 1 in comments.lines:
            comments.heads[line] = at - start
        line += 1
        start = after
    return comments


def doubts_above(comments: Comments, line: int, column: int) -> tuple[str, ...]:
    """The doubts on the comment lines just above the event at ``line`` whose keys start at
    ``column`` (1-based), in the file's order; the lines are taken, so no other event gets them."""
    found: list[str] = []
    if comments.heads.get(line) != column - 1:
        return ()  # the event does not open its line: "events: [{...}, {...}]"
    above = line - 1
    while above in comments.lines and comments.lines[above][0] < column - 1:
        doubt = comments.lines.pop(above)[1]
        if doubt is not None:
            found.append(doubt)
        above -= 1
    found.reverse()
    if len(found) > MAX_DOUBTS:
        found[MAX_DOUBTS - 1 :] = [f"and {len(found) - MAX_DOUBTS + 1:,} more doubts"]
    return tuple(found)
