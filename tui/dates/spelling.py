"""Misspellings: a word one edit away from a weekday, a month or a unit of time ("Mondey",
"Septmber", "yestreday"). The expression stays refused, since a guess is not a date, but the
reason names the word it was probably meant to be."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.dates.shapes import MONTHS, WEEKDAYS, Parsed

VOCABULARY = (
    *WEEKDAYS,
    *MONTHS,
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "overnight",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decade",
    "decades",
    "century",
    "quarter",
    "christmas",
    "thanksgiving",
    "earlier",
    "later",
    "before",
    "after",
    "following",
    "previous",
)
MAX_LENGTH = 40
"""Longer than this, an unknown expression is prose, not a misspelt date."""
_NAMES = set(WEEKDAYS) | set(MONTHS) | {"christmas", "thanksgiving"}
_WORD = re.compile(r"[a-z]{4,}")
_KNOWN = set(VOCABULARY) | {"minute", "hour", "week", "month", "year", "ago", "last", "next"}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return len(diffs) == 2 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def suggestion(expression: str, parse: Callable[[str], Parsed | str | None]) -> str | None:
    """The word a misspelt expression probably meant ("Monday"), when the corrected expression
    is one the grammar reads; None otherwise, and for text too long to be a misspelt date."""
    if len(expression) > MAX_LENGTH:
        return None
    text = expression.lower()
    for match in _WORD.finditer(text):
        word = match[0]
        if word in _KNOWN:
            continue
        for known in VOCABULARY:
            if one_edit_apart(word, known):
                corrected = text[: match.start()] + known + text[match.end() :]
                if isinstance(parse(corrected), Parsed):
                    return f'"{known.capitalize() if known in _NAMES else known}"'
    return None
