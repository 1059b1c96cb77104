"""Find a quote in an article's text as a reader would: ignoring spacing, quote styles and dashes.

Folding keeps memory small and time linear: the folded text is one string, and its positions map
back to the original through one entry per run of several spaces, not one per character.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from difflib import SequenceMatcher
from itertools import pairwise

from tui.core.textsafe import excerpt, spelled_out

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
_PAIRS = tuple((chr(code), plain) for code, plain in _EQUIVALENT.items())
_NOT_ONE_SPACE = re.compile(r"\s{2,}|[^\S ]")
"""Whitespace that collapsing changes: a run of several, or one character other than a space."""

CLOSEST_WORDS = 8
"""How many of a misquote's pairs of words (and half as many words) are looked for in the article:
the places they occur are the candidates for what was meant."""
CLOSEST_PLACES = 20
"""Places tried per word: a common word's first ones."""
_WORD = re.compile(r"\w{4,}")
_WORDS = re.compile(r"\S+")

ALIGNED_WORDS = 80
"""The longest misquote aligned word by word with the places it may come from."""
VERBATIM_RUN = 8
"""How many words a long misquote must share, in a row, with the article to be answered."""
PARTING_WORDS = 6
"""Words shown either side of where a long misquote and the article part."""


PASSAGE_SHOWN = 300
"""The most characters of a passage (and of how it differs) a message quotes."""
CLOSE_ENOUGH = 0.6
"""How alike (difflib's ratio, over words) a passage must be to a quote to be offered as what
was meant."""


class Folded:
    """A text with equivalent characters folded and whitespace collapsed, and the way back."""

    def __init__(self, text: str) -> None:
        translated = fold_characters(text)
        lead = len(translated) - len(translated.lstrip())
        self._starts = array("q", [0])
        self._shifts = array("q", [lead])
        pieces: list[str] = []
        last, shift = lead, lead
        for run in _NOT_ONE_SPACE.finditer(translated, lead):
            start, end = run.span()
            pieces += (translated[last:start], " ")
            last = end
            if end - start > 1:
                shift += end - start - 1
                self._starts.append(start - (shift - (end - start - 1)) + 1)
                self._shifts.append(shift)
        pieces.append(translated[last:])
        del translated
        self.text = "".join(pieces).rstrip(" ")

    def origin(self, index: int) -> int:
        """The index in the original text of the folded text's character ``index``."""
        return index + self._shifts[bisect_right(self._starts, index) - 1]


def fold_characters(text: str) -> str:
    """Curly quotes, primes and guillemets as straight quotes, dashes as '-', NBSP as a space.

    One ``str.replace`` per character present: far quicker than ``str.translate`` with a table.
    """
    for char, plain in _PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


def normalize(text: str) -> str:
    """Fold equivalent characters and collapse whitespace, as quotes are compared."""
    return " ".join(fold_characters(text).split())


class QuoteFinder:
    """Locates quotes in one source text; the text is folded once, only if an exact search fails."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: Folded | None = None
        self._lower: str | None = None

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
        None when no passage is close enough to be what was meant.

        Candidates are the places where the quote's longer words occur (found by ``str.find``,
        a few per word), aligned word by word, so the cost does not grow with the article beyond
        those searches. A quote of more than ``ALIGNED_WORDS`` words is answered with how far
        it runs verbatim instead: aligning it would cost the square of its length.
        """
        needle = normalize(quote)
        if len(needle) < 4:
            return None
        if self._lower is None:
            self._lower = self._fold().text.lower()
        folded, lower, wanted = self._fold().text, self._lower, needle.lower()
        if len(lower) != len(folded) or len(wanted) != len(needle):
            lower, wanted = folded, needle  # lower-casing changed lengths: compare as written
        if len(wanted.split()) > ALIGNED_WORDS:
            return _verbatim_run(needle, wanted, folded, lower)
        best: tuple[float, int, int] = (0.0, 0, 0)
        tried: set[int] = set()
        bucket = max(8, len(needle) // 8)
        for word in _landmarks(wanted):
            offset, at, seen = wanted.find(word), lower.find(word), 0
            while at >= 0 and seen < CLOSEST_PLACES:
                around = max(0, at - offset)
                if around // bucket not in tried:
                    tried.add(around // bucket)
                    best = max(best, _aligned(wanted, folded, lower, around))
                at, seen = lower.find(word, at + 1), seen + 1
        ratio, start, end = best
        if ratio < CLOSE_ENOUGH:
            return None
        passage = folded[start:end]
        return (
            f"the closest passage is “{excerpt(passage, PASSAGE_SHOWN)}”: "
            f"{excerpt(_difference(needle, passage), PASSAGE_SHOWN)}"
        )


def _landmarks(quote: str) -> list[str]:
    """Pieces of a quote to look for: its longest pairs of adjacent words (rare in an article,
    so their first places are the right ones), then its longest words."""
    words = quote.split()
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    singles = set(_WORD.findall(quote))
    by_length = sorted(pairs, key=len, reverse=True)[:CLOSEST_WORDS]
    return by_length + sorted(singles, key=len, reverse=True)[: CLOSEST_WORDS // 2]


def _aligned(wanted: str, folded: str, lower: str, around: int) -> tuple[float, int, int]:
    """How alike the passage near ``around`` is to the (lower-cased) quote, word for word, and
    that passage's span in ``folded``: from the first word that lines up to the last."""
    start = max(0, around - len(wanted) // 4)
    stop = around + len(wanted) + len(wanted) // 4
    spans = [m.span() for m in _WORDS.finditer(lower, start, stop)]
    mine, theirs = wanted.split(), [lower[a:b] for a, b in spans]
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return 0.0, 0, 0
    if not any(_WORD.search(w) for m in blocks for w in mine[m.a : m.a + m.size]):
        return 0.0, 0, 0  # "was a" alone is not the passage meant by "Monday was a holiday"
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    matched = sum(m.size for m in blocks)
    ratio = 2 * matched / (len(mine) + last - first + 1)
    # words of the quote before the first match and after the last stand for the article's
    # words there: "reported." at the end is in place of "said.", not an extra word
    first = max(0, first - blocks[0].a)
    last = min(len(spans) - 1, last + len(mine) - (blocks[-1].a + blocks[-1].size))
    return ratio, *_widen_to_words(folded, spans[first][0], spans[last][1])


def _longest_in(lower: str, words: list[str], from_end: bool) -> tuple[int, int]:
    """How many of ``words`` (the first ones, or the last) occur in a row in ``lower``, and
    where: found by halving, a handful of ``str.find`` calls."""
    found, at = 0, -1
    low, high = 1, len(words)
    while low <= high:
        middle = (low + high) // 2
        place = lower.find(" ".join(words[-middle:] if from_end else words[:middle]))
        if place >= 0:
            found, at, low = middle, place, middle + 1
        else:
            high = middle - 1
    return found, at


def _verbatim_run(needle: str, wanted: str, folded: str, lower: str) -> str | None:
    """For a long quote: how many of its first words (else its last) the article has in a row,
    and where the two part."""
    words, shown = wanted.split(), needle.split()
    found, at = _longest_in(lower, words, from_end=False)
    if found == len(words):
        return "they differ only in letter case"
    if found >= VERBATIM_RUN:
        after = folded[at + len(" ".join(words[:found])) :].split()[:PARTING_WORDS]
        return (
            f"the article has the quote's first {found} of its {len(words)} words in a row, "
            f"to “{' '.join(shown[max(0, found - PARTING_WORDS) : found])}”; then the quote has "
            f"“{' '.join(shown[found : found + PARTING_WORDS])}” where the article has "
            f"“{' '.join(after) if after else 'nothing more'}”"
        )
    found, at = _longest_in(lower, words, from_end=True)
    if found < VERBATIM_RUN:
        return None
    before = folded[:at].split()[-PARTING_WORDS:]
    parting = len(words) - found
    return (
        f"the article has the quote's last {found} of its {len(words)} words in a row, "
        f"from “{' '.join(shown[parting : parting + PARTING_WORDS])}”; before them the quote has "
        f"“{' '.join(shown[max(0, parting - PARTING_WORDS) : parting])}” "
        f"where the article has “{' '.join(before) if before else 'nothing before it'}”"
    )


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of the folded text (whose only spaces are single " ") grown to whole words, so a
    passage never starts or ends inside one; by at most ``WORD_REACH`` characters each way, so a
    run with no spaces is not walked through."""
    if start < end and text[start] != " ":
        space = text.rfind(" ", max(0, start - WORD_REACH), start)
        start = space + 1 if space >= 0 else (0 if start <= WORD_REACH else start)
    if start < end and text[end - 1] != " ":
        space = text.find(" ", end, end + WORD_REACH)
        end = space if space >= 0 else (len(text) if len(text) - end <= WORD_REACH else end)
    return start, end


WORD_REACH = 100
"""How far a passage may grow to finish a word: a word longer than that is cut."""


def _difference(quote: str, passage: str) -> str:
    """The first way ``passage`` differs from ``quote``, word by word."""
    mine, theirs = quote.split(), passage.split()
    matcher = SequenceMatcher(None, [w.lower() for w in mine], [w.lower() for w in theirs])
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        ours, article = spelled_out(" ".join(mine[a0:a1])), spelled_out(" ".join(theirs[b0:b1]))
        if tag == "insert":
            return f"the article has “{article}” where the quote has nothing"
        if tag == "delete":
            return f"the quote has “{ours}”, which the article does not"
        return f"the quote has “{ours}” where the article has “{article}”"
    return "they differ only in letter case"
