"""The format's field checks: known keys, text values, references and tags, each problem located."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from tui.core.model import Diagnostic, Severity
from tui.core.textsafe import spelled_out

if TYPE_CHECKING:
    from tui.load.yamltree import Node

Entries = dict[str, tuple["Node", "Node"]]
"""A mapping's entries: key text to (key node, value node)."""

TOP_KEYS = ("title", "summary", "timezone", "sources", "events")
SOURCE_KEYS = ("title", "outlet", "url", "published", "file", "text")
EVENT_KEYS = ("id", "title", "when", "source", "anchor", "details", "tags", "quotes")
QUOTE_KEYS = ("text", "by", "source")


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """A "did you mean" suffix for a message, when one choice is close to ``word``."""
    return Suggester(choices)(word)


class Suggester:
    """ "Did you mean" against one set of choices, for many misspelt words: each word is looked
    up once, a word that differs only in case is found at once, and only a bounded number of
    comparisons with every choice is made, so a file with thousands of broken references (one
    renamed id that many events anchor on) is still checked in time linear in its size."""

    COMPARISONS = 50_000
    LONGEST_WORD = 100

    def __init__(self, choices: Sequence[str]) -> None:
        self._choices = list(choices)
        self._folded: dict[str, str] = {}
        for choice in self._choices:
            self._folded.setdefault(choice.casefold(), choice)
        self._said: dict[str, str | None] = {}
        self._left = self.COMPARISONS

    def __call__(self, word: str, *, not_this: str | None = None) -> str:
        """The suffix for ``word``: none when no choice is close, or the closest is ``not_this``
        (an event's own id, which it cannot anchor on)."""
        close = self.closest(word)
        return f"; did you mean '{spelled_out(close)}'?" if close and close != not_this else ""

    def closest(self, word: str) -> str | None:
        """The choice closest to ``word``, if one is close enough."""
        if word not in self._said:
            self._said[word] = self._closest(word)
        return self._said[word]

    def _closest(self, word: str) -> str | None:
        import difflib

        close = self._folded.get(word.casefold())
        if close is None and len(word) <= self.LONGEST_WORD and self._left >= len(self._choices):
            self._left -= len(self._choices)
            matches = difflib.get_close_matches(word, self._choices, n=1, cutoff=0.6)
            close = matches[0] if matches else None
        return close


def entries_of(node: Node) -> Entries:
    """A mapping node's entries."""
    entries: Entries = node.value  # type: ignore[assignment]
    return entries


class Reporter:
    """Collects one file's problems, each at a line and column, and checks fields as written."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = []
        self._sources: Suggester | None = None

    def report(self, line: int, column: int, severity: Severity, message: str) -> None:
        """Record a problem at a position."""
        self.diagnostics.append(Diagnostic(self.path, line, column, severity, message))

    def error(self, node: Node, message: str) -> None:
        """Record an error at a node."""
        self.report(node.line, node.column, "error", message)

    def warn(self, node: Node, message: str) -> None:
        """Record a warning at a node."""
        self.report(node.line, node.column, "warning", message)

    def sorted_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Problems in file order, so they read top to bottom like the file."""
        return tuple(sorted(self.diagnostics, key=lambda d: (d.line, d.column)))

    def fields(self, node: Node, allowed: Sequence[str], what: str) -> Entries:
        """A mapping's entries, warning about unknown keys with a suggestion for typos."""
        entries = entries_of(node)
        for name, (key, _) in entries.items():
            if name not in allowed and name.strip() != name:
                self.warn(
                    key,
                    f"the key '{spelled_out(name)}' starts or ends with a space YAML does not "
                    f"count as indentation; write it '{name.strip()}', indented with plain spaces",
                )
            elif name not in allowed:
                self.warn(
                    key,
                    f"unknown key '{spelled_out(name)}' in {what}{did_you_mean(name, allowed)}"
                    f" (known keys: {', '.join(allowed)})",
                )
        return entries

    def text(
        self, entries: Entries, name: str, where: Node, what: str, *, required: bool = False
    ) -> str | None:
        """A text field exactly as written; YAML 1.1 never turns it into a number or boolean.

        A required field that is empty (``""``, ``null``, blank) is as missing as one left out.
        """
        entry = entries.get(name)
        if entry is not None:
            value = entry[1]
            if value.kind == "scalar" and not value.plain:  # quoted: text as written, never null
                text: str = value.value  # type: ignore[assignment]
                if not required or text.strip():
                    return text
        if entry is None or entry[1].is_null:
            if required:
                at = entry[0] if entry else where
                self.error(at, f"{what} needs '{name}'" + (" (it is empty)" if entry else ""))
            return None
        value = entry[1]
        if value.kind != "scalar":
            kind = "a list" if value.kind == "seq" else "a mapping"
            self.error(value, f"'{name}' in {what} must be text, not {kind}")
            return None
        text = value.value  # type: ignore[assignment]
        if required and not text.strip():
            self.error(entry[0], f"{what} needs '{name}' (it is empty)")
            return None
        return text

    def reference(
        self, entries: Entries, name: str, where: Node, what: str, known: Collection[str]
    ) -> str | None:
        """An id that must be one of ``known``; None (and an error) when it is not."""
        ref = self.text(entries, name, where, what)
        if ref is not None and ref not in known:
            if self._sources is None:  # one file's sources are known before its events
                self._sources = Suggester(list(known))
            self.error(entries[name][1], f"{what} cites unknown source '{ref}'{self._sources(ref)}")
            return None
        return ref

    def tags(self, entries: Entries, what: str) -> tuple[str, ...]:
        """Tags as written: ``[no, on]`` stays two words; one word alone is one tag; "a, b"
        is read as two, with a warning, since a comma in plain text almost always means a list."""
        entry = entries.get("tags")
        if entry is None or entry[1].is_null:
            return ()
        node = entry[1]
        if node.kind == "scalar":
            text: str = node.value  # type: ignore[assignment]
            if "," not in text:
                return (text,)
            split = tuple(t.strip() for t in text.split(",") if t.strip())
            listed = ", ".join(spelled_out(t) for t in split)
            count = len(split)
            read = f"read as {count} tag{'s' * (count != 1)}" if split else "read as no tags"
            self.warn(
                node,
                f"'tags' of {what} is one text with commas, {read}; write them as a list: "
                f"tags: [{listed}]",
            )
            return split
        if node.kind != "seq":
            self.error(node, f"'tags' of {what} must be a list such as [airstrike, aleppo]")
            return ()
        tags: list[str] = []
        items: list[Node] = node.value  # type: ignore[assignment]
        for item in items:
            if item.kind != "scalar" or item.is_null:
                self.error(item, f"each tag of {what} must be a word or short text")
            else:
                tags.append(item.value)  # type: ignore[arg-type]
        return tuple(tags)
