"""Find a quote in an article's text the way a reader would: ignoring spacing, quote styles and dashes."""

from __future__ import annotations

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


def normalize(text: str) -> tuple[str, list[int]]:
    """Fold equivalent characters and collapse whitespace; also map each folded index to the original."""
    folded: list[str] = []
    origin: list[int] = []
    in_space = False
    for index, char in enumerate(text.translate(_EQUIVALENT)):
        if char.isspace():
            if not in_space and folded:
                folded.append(" ")
                origin.append(index)
            in_space = True
            continue
        in_space = False
        folded.append(char)
        origin.append(index)
    if folded and folded[-1] == " ":
        folded.pop()
        origin.pop()
    return "".join(folded), origin


class QuoteFinder:
    """Locates quotes in one source text; the text is folded once, and only if an exact search fails."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._origin: list[int] = []

    def find(self, quote: str) -> tuple[int, int] | None:
        """The [start, end) character span of ``quote`` in the original text, or None if absent."""
        exact = self.text.find(quote)
        if exact >= 0 and quote:
            return exact, exact + len(quote)
        needle, _ = normalize(quote)
        if not needle:
            return None
        if self._folded is None:
            self._folded, self._origin = normalize(self.text)
        at = self._folded.find(needle)
        if at < 0:
            return None
        return self._origin[at], self._origin[at + len(needle) - 1] + 1
