"""The ``# doubtful: why`` comments a draft writes above an event, read back for the explorer.

YAML drops comments, so they are found in the file's bytes: a doubt belongs to the event that
starts on the line after it, through any other comments between them. Only files that hold a
doubt are scanned, in one pass over their comment lines.
"""

from __future__ import annotations

import re

MARK = "# doubtful:"
_COMMENT = re.compile(rb"^[ \t]*#[^\r\n]*", re.MULTILINE)
_DOUBT = re.compile(rb"[ \t]*# doubtful:[ \t]*([^\r\n]*)")
MAX_DOUBT = 400
"""Characters of one doubt kept: a comment is one line of a file, not an essay."""


Comments = dict[int, str | None]
"""Line number (1-based) of each comment line: its doubt, or None for another comment."""


def comment_lines(data: bytes) -> Comments:
    """Every comment line's doubt, by line number; empty when the file holds no doubt."""
    if MARK.encode() not in data:
        return {}
    comments: Comments = {}
    line, at = 1, 0
    for found in _COMMENT.finditer(data):
        line += data.count(b"\n", at, found.start())
        at = found.start()
        doubt = _DOUBT.match(found[0])
        text = doubt[1].decode("utf-8", "replace").strip() if doubt else ""
        comments[line] = text[:MAX_DOUBT] or None
    return comments


def doubts_above(comments: Comments, line: int) -> tuple[str, ...]:
    """The doubts on the comment lines just above ``line``, in the file's order."""
    found: list[str] = []
    above = line - 1
    while above in comments:
        doubt = comments[above]
        if doubt is not None:
            found.append(doubt)
        above -= 1
    return tuple(reversed(found))
