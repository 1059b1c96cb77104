"""Find a quote in an article's text as a reader would: ignoring spacing, quote styles and dashes.

Folding keeps memory small and time linear: the folded text is one string, and its positions map
back to the original through one entry per run of several spaces, not one per character.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from difflib import SequenceMatcher

_EQUIVALENT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"\s{2,}")

CLOSEST_SEARCH_CHARS = 2_000_000
"""Longest article searched for the passage closest to a misquote; a longer one only says "not
found" (the search is a pass in Python over every character)."""


CLOSE_ENOUGH = 0.75
"""How alike (difflib's ratio) a passage must be to a quote to be offered as what was meant."""


class Folded:
    """A text with equivalent characters folded and whitespace collapsed, and the way back."""

    def __init__(self, text: str) -> None:
        translated = text.translate(_EQUIVALENT)
        lead = len(translated) - len(translated.lstrip())
        self.text = _SPACES.sub(" ", translated).strip(" ")
        self._starts = array("q", [0])
        self._shifts = array("q", [lead])
        shift = lead
        for run in _RUNS.finditer(translated, lead):
            start, end = run.span()
            shift += end - start - 1
            self._starts.append(start - (shift - (end - start - 1)) + 1)
            self._shifts.append(shift)

    def origin(self, index: int) -> int:
        """The index in the original text of the folded text's character ``index``."""
        return index + self._shifts[bisect_right(self._starts, index) - 1]


def normalize(text: str) -> str:
    """Fold equivalent characters and collapse whitespace, as quotes are compared."""
    return _SPACES.sub(" ", text.translate(_EQUIVALENT)).strip(" ")


class QuoteFinder:
    """Locates quotes in one source text; the text is folded once, only if an exact search fails."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: Folded | None = None

    def _fold(self) -> Folded:
        if self._folded is None:
            self._folded = Folded(self.text)
        return self._folded

    def find(self, quote: str) -> tuple[int, int] | None:
        """The [start, end) character span of ``quote`` in the original text, or None if absent."""
        exact = self.text.find(quote)
        if exact >= 0 and quote:
            return exact, exact + len(quote)
        needle = normalize(quote)
        if not needle:
            return None
        folded = self._fold()
        at = folded.text.find(needle)
        if at < 0:
            return None
        return folded.origin(at), folded.origin(at + len(needle) - 1) + 1

    def closest(self, quote: str) -> str | None:
        """How the closest passage of the text differs from a quote that is not in it, in words;
        None when no passage shares a good part of it (or the text is too long to search)."""
        needle = normalize(quote)
        folded = self._fold().text
        if len(needle) < 4 or len(folded) > CLOSEST_SEARCH_CHARS:
            return None
        lower, wanted = folded.casefold(), needle.casefold()
        if len(lower) != len(folded) or len(wanted) != len(needle):
            lower, wanted = folded, needle
        block = SequenceMatcher(None, lower, wanted, autojunk=False).find_longest_match(
            0, len(lower), 0, len(wanted)
        )
        if block.size < max(4, len(needle) // 4):
            return None
        start = max(0, block.a - block.b - len(needle) // 4)
        window = folded[start : block.a - block.b + len(needle) + len(needle) // 2]
        matched = [
            m
            for m in SequenceMatcher(None, needle, window, autojunk=False).get_matching_blocks()
            if m.size
        ]
        start, end = _widen_to_words(
            folded, start + matched[0].b, start + matched[-1].b + matched[-1].size
        )
        passage = folded[start:end]
        if SequenceMatcher(None, needle, passage, autojunk=False).ratio() < CLOSE_ENOUGH:
            return None
        return f"the closest passage is “{passage}”: {_difference(needle, passage)}"


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span grown to whole words, so a passage never starts or ends inside one."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _difference(quote: str, passage: str) -> str:
    """The first way ``passage`` differs from ``quote``, in words."""
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, quote, passage, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        a0, a1 = _widen_to_words(quote, a0, a1)
        b0, b1 = _widen_to_words(passage, b0, b1)
        mine, theirs = quote[a0:a1].strip(), passage[b0:b1].strip()
        if not mine:
            return f"the article has “{theirs}” where the quote has nothing"
        if not theirs:
            return f"the quote has “{mine}”, which the article does not"
        return f"the quote has “{mine}” where the article has “{theirs}”"
    return "they differ only in letter case"
