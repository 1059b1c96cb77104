"""A happening told again: the same date and most of the same words, or a noun naming it.

"Smith pleaded guilty on Monday to fraud charges" and, paragraphs later, "Smith pleaded guilty
on Monday to the fraud charges in a Boston court" are one event. "Troops attacked Aleppo on
Monday" and "Troops attacked Homs on Monday" are two: each names a place the other does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from typing import Generic, TypeVar

from tui.formats.draft_clauses import retells
from tui.formats.draft_mentions import Mention
from tui.formats.draft_people import names_in

T = TypeVar("T")

RETOLD_WITHIN = 40
"""How many earlier happenings of the same date a sentence may retell: enough for any story,
and a bound, so that thousands of same-day sentences cost linear time."""
_WORD = re.compile(r"[^\W\d_]{4,}")


def _content(text: str) -> set[str]:
    """The sentence's longer words, composed first: "Zàlgo" typed with a combining accent is the
    same word as with the accented letter."""
    return set(_WORD.findall(unicodedata.normalize("NFC", text).lower()))


class Tellings(Generic[T]):
    """What the story has told so far, by date, to find the telling a sentence repeats."""

    def __init__(self) -> None:
        self._by_date: dict[str, deque[tuple[set[str], set[str], Mention, T]]] = {}

    def told_before(self, value: str | None, main: Mention, item: T) -> T | None:
        """The earlier telling of what ``main``'s sentence tells on the date ``value``, if any;
        else ``item`` is kept as a telling the next sentences may repeat."""
        if value is None:
            return None
        words, names = _content(main.sentence), names_in(main.sentence)
        earlier = self._by_date.setdefault(value, deque(maxlen=RETOLD_WITHIN))
        for w, n, _, told in earlier:
            alike = len(words & w) >= max(3, 0.6 * min(len(words), len(w)))
            if alike and not (names - n and n - names):
                return told
        found = next((told for _, _, m, told in earlier if retells(main, m)), None)
        if found is None:
            earlier.append((words, names, main, item))
        return found
