"""Lengths of time counted from a named happening: "two days after the bombing", "twenty years
after the first astronauts were chosen", "10 days before Christmas".

Read alone, the resolver counts "two days after" from the publication, which is right for a
timeline's own ``when:`` (its anchor is the event named in ``anchor:``) and wrong in running text,
where the words that follow name what it is counted from. That is a date when the article writes
one ("before Christmas"), an earlier happening of the article when one names the same thing ("the
shooting" after "was shot to death last Oct. 23"), and otherwise nothing the draft can place: the
expression is left unresolved, with the reason, rather than dated from the publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tui.core.model import Resolution, Unresolved
from tui.dates import Found, resolve, resolve_anchored

_COUNTED = re.compile(r"^(?!the\b)\S+(?:\s+\S+){0,3}\s+(?:after|before)$", re.IGNORECASE)
_WHAT = re.compile(r"\s*([^.,;:!?()\"`']{1,80})")
_WORD = re.compile(r"[\w'-]+")
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"]
)
_PHRASE_ENDS = frozenset(
    ["in", "on", "at", "of", "for", "by", "with", "from", "to", "into", "and", "or", "but"]
)
_CLAUSE_ENDS = frozenset(["that", "which", "who", "when", "where"])
_AUXILIARIES = frozenset(["was", "were", "is", "are", "had", "has", "have"])
_NEAR = 60
"""How close to an earlier date the words naming the happening must be for that date to be its
own: "was shot to death last Oct. 23", not "charged with murder" four clauses from "Thursday"."""
_DEATH = ("kill", "slay", "shot", "murder")
_NAMES = {"shoot": ("shoot", "shot"), "kill": _DEATH, "slay": _DEATH, "murder": _DEATH}
"""Words news uses for one happening in turn: "the murder" after "was shot to death"."""


class Earlier(Protocol):
    """What the finder needs of a mention told before: its sentence and its resolution."""

    @property
    def sentence(self) -> str: ...
    @property
    def result(self) -> Resolution | Unresolved: ...
    @property
    def quoted(self) -> bool: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def quote_start(self) -> int: ...
    @property
    def anchor(self) -> int | None: ...


def counts_from_what_follows(when: str) -> bool:
    """Whether ``when`` is a length of time before or after something the text goes on to name
    ("three days after"), not one told from the event before ("the day after", "two days
    later")."""
    return _COUNTED.match(when) is not None


@dataclass(frozen=True, slots=True)
class Counted:
    """How a length of time before or after something resolved: ``at`` is the place in the
    earlier mentions of the one it was counted from, ``end`` where the expression now ends (past
    the date it was counted from, when that date is written next to it)."""

    result: Resolution | Unresolved
    at: int | None
    end: int


def counted_from(
    text: str,
    expression: Found,
    following: Found | None,
    earlier: Sequence[Earlier],
    published: datetime,
    sentence: str,
) -> Counted:
    """The expression resolved from what the words after it name."""
    if following is not None and not text[expression.end : following.start].strip():
        whole = text[expression.start : following.end]
        result = resolve(whole, published, anchor_label="the source's publication")
        if isinstance(result, Resolution):
            return Counted(result, None, following.end)
    what = _WHAT.match(text, expression.end)
    named = _named(what.group(1)) if what else ""
    stems = _stems(named)
    for i in range(len(earlier) - 1, -1, -1):
        m = earlier[i]
        if m.sentence == sentence:
            continue  # the words it is counted from are in its own sentence
        if m.quoted or m.anchor is not None or not isinstance(m.result, Resolution):
            continue
        at = m.start - m.quote_start
        told = m.sentence[max(0, at - _NEAR) : at + (m.end - m.start) + _NEAR].lower()
        if m.result.start > published:
            continue  # "the murder" happened; a news conference "Thursday" has not
        if m.result.is_dated and stems and any(s in told for s in stems):
            result = resolve_anchored(expression.text, m.result, anchor_label="event 'anchor'")
            return Counted(result, i, expression.end)
    if not named:
        reason = "counted from a happening the article does not name"
        return Counted(Unresolved(expression.text, reason), None, expression.end)
    end = text.index(named, expression.end) + len(named)
    reason = f"counted from {named!r}, which the article does not date"
    return Counted(Unresolved(text[expression.start : end], reason), None, end)


def _named(words: str) -> str:
    """The words that name what a length of time is counted from: a noun phrase ("the bombing"
    of "the bombing in Nairobi"), or a clause ("the first astronauts were chosen", "he was hounded
    on the steps") up to a comma or a "that"."""
    found = list(_WORD.finditer(words))
    if not found:
        return ""
    lows = [w.group(0).lower() for w in found]
    if lows[0] in _DETERMINERS:
        for i, low in enumerate(lows[1:], 1):
            if low in _AUXILIARIES:
                break
            if low in _PHRASE_ENDS or low in _CLAUSE_ENDS:
                return words[: found[i - 1].end()]
    end = next((i for i, low in enumerate(lows) if i and low in _CLAUSE_ENDS), len(found))
    return words[: found[end - 1].end()]


def _stems(named: str) -> tuple[str, ...]:
    """The stems an earlier sentence would use for the happening a noun phrase names: "bomb" for
    "the deadly embassy bombings". A clause ("Qantas suspended services") names none the draft
    can look for, and neither does a noun shorter than four letters."""
    words = _WORD.findall(named.lower())
    if len(words) < 2 or words[0] not in _DETERMINERS or _AUXILIARIES.intersection(words):
        return ()
    head = words[-1].removesuffix("s")
    if head.endswith("ing") and len(head) > 6:
        head = head[:-3]
    return _NAMES.get(head, (head,)) if len(head) >= 4 else ()
