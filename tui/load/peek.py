"""A timeline's title read from the head of its file, for a list of files to choose from."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HEAD_BYTES = 64 * 1024
"""How much of a file is read for its title: a large timeline would take seconds to load."""
_TITLE_ENTRY = re.compile(r"^title:[^\n]*(?:\n[ \t]+[^\n]*)*", re.MULTILINE)
"""The top-level ``title:`` line and the indented lines that go on with it (a folded ``>``)."""


def peek_title(path: str) -> str | None:
    """The title as the loader reads it (quotes, escapes, a comment, a folded block, an anchor),
    from the ``title:`` entry at the head of the file alone; None when it is not there, is not a
    plain string, or the file is not a regular one."""
    try:
        if not Path(path).is_file():  # a pipe would wait for a writer, /dev/zero never ends
            return None
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
    entry = _TITLE_ENTRY.search(head)
    if entry is None:
        return None
    try:
        parsed = yaml.safe_load(entry.group(0))
    except yaml.YAMLError:
        return None
    title = parsed.get("title") if isinstance(parsed, dict) else None
    if not isinstance(title, str) or not title.strip():
        return None
    return title.strip()
