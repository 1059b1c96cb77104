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
from tui.dates.tense import tense_of
from tui.formats.draft_text import KILLING

_COUNTED = re.compile(r"^(?!the\b)\S+(?:\s+\S+){0,3}\s+(?:after|before)$", re.IGNORECASE)
_WHAT = re.compile(r"\s*((?:[^.,;:!?()\"`']|\.(?!\s+[A-Z]|\s*$)){1,80})")
"""The words after a count, to a comma or a sentence's end: the point of "Sept. 11" or "U.S."
does not end them."""
_WORD = re.compile(r"[\w'-]+")
_PREPOSITION = re.compile(r"^(?:on|in|at|during)\s+", re.IGNORECASE)
DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"]
)
PHRASE_ENDS = frozenset(
    ["in", "on", "at", "of", "for", "by", "with", "from", "to", "into", "and", "or", "but"]
)
CLAUSE_ENDS = frozenset(["that", "which", "who", "when", "where"])
_AUXILIARIES = frozenset(["was", "were", "is", "are", "had", "has", "have"])
_NEAR = 60
"""How close to an earlier date the words naming the happening must be for that date to be its
own: "was shot to death last Oct. 23", not "charged with murder" four clauses from "Thursday"."""
_NAMES = dict.fromkeys(("shoot", "kill", "slay", "murder"), KILLING) | {
    "verdict": ("verdict", "guilty", "convict", "acquit"),
    "resignation": ("resign",),
    "election": ("elect", "vote"),
    "death": ("died", "dead", "death"),
}
"""The words an earlier sentence tells a named happening with: "the verdict" was "found guilty"."""
_LOOKBACK = 40
"""How many earlier dates are searched for the happening a count names: a story's, not a
book's."""


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


def names_what_it_counts_from(when: str, after: str) -> bool:
    """Whether "the day before" goes on to name the happening it counts from ("the day before
    the verdict"), which is then looked for before the event told last; ``after`` is the text
    that follows it."""
    return _THE_DAY.match(when) is not None and _NAMED_AFTER.match(after) is not None


_THE_DAY = re.compile(r"(?:the\s+)?(?:day|night|morning|evening|week)\s+(?:before|after)$", re.I)
_NAMED_AFTER = re.compile(r"\s+(?:the|his|her|its|their)\s+[a-z]")
"""A happening named after "the day before" ("the day before the verdict"): it counts from that."""


@dataclass(frozen=True, slots=True)
class Counted:
    """How a length of time before or after something resolved: ``at`` is the place in the
    earlier mentions of the one it was counted from, ``end`` where the words it stands for end
    (with what it is counted from: "two weeks after the Sept. 11 attacks")."""

    result: Resolution | Unresolved
    at: int | None
    end: int
    reads_to: int
    """Where the dates it takes in end: past "Christmas" in "10 days before Christmas", which is
    read with it; not past "Sept. 11" in "after the Sept. 11 attacks", which names the attacks."""


def counted_from(
    text: str,
    expression: Found,
    following: Found | None,
    earlier: Sequence[Earlier],
    published: datetime,
    sentence: str,
) -> Counted:
    """The expression resolved from what the words after it name."""
    what = _WHAT.match(text, expression.end)
    named = _named(what.group(1)) if what else ""
    end = text.index(named, expression.end) + len(named) if named else expression.end
    if following is not None and following.start < end:
        if not text[expression.end : following.start].strip():
            whole = text[expression.start : following.end]
            result = resolve(whole, published, anchor_label="the source's publication")
            if isinstance(result, Resolution):
                return Counted(result, None, following.end, following.end)
        date = _PREPOSITION.sub("", following.text)  # "he was arrested on Friday": Friday
        when = f"{expression.text} {date}"  # "two weeks after the Sept. 11 attacks"
        result = resolve(when, published, anchor_label="the source's publication")
        if isinstance(result, Resolution):
            return Counted(result, None, end, expression.end)
    stems = _stems(named)
    ahead = tense_of(sentence, len(sentence), len(sentence)) == "future"
    for i in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOKBACK), -1):
        m = earlier[i]
        if m.sentence == sentence:
            continue  # the words it is counted from are in its own sentence
        if m.quoted or m.anchor is not None or not isinstance(m.result, Resolution):
            continue
        if m.result.start > published and not ahead:
            continue  # "the murder" happened; a news conference "Thursday" has not
        told = _around(m)
        if m.result.is_dated and stems and any(s in told for s in stems):
            result = resolve_anchored(expression.text, m.result, anchor_label="event 'anchor'")
            return Counted(result, i, expression.end, expression.end)
    if not named:
        reason = "counted from a happening the article does not name"
        return Counted(Unresolved(expression.text, reason), None, end, end)
    reason = f"counted from {named!r}, which the article does not date"
    return Counted(Unresolved(text[expression.start : end], reason), None, end, end)


def _around(m: Earlier) -> str:
    """The words near an earlier date, lower-cased, where the happening it dates is named."""
    at = m.start - m.quote_start
    return m.sentence[max(0, at - _NEAR) : at + (m.end - m.start) + _NEAR].lower()


def _named(words: str) -> str:
    """The words that name what a length of time is counted from: a noun phrase ("the bombing"
    of "the bombing in Nairobi"), or a clause ("the first astronauts were chosen", "he was hounded
    on the steps") up to a comma or a "that"."""
    found = list(_WORD.finditer(words))
    if not found:
        return ""
    lows = [w.group(0).lower() for w in found]
    if lows[0] in DETERMINERS:
        for i, low in enumerate(lows[1:], 1):
            if low in _AUXILIARIES:
                break
            if low in PHRASE_ENDS or low in CLAUSE_ENDS:
                return words[: found[i - 1].end()]
    end = next((i for i, low in enumerate(lows) if i and low in CLAUSE_ENDS), len(found))
    return words[: found[end - 1].end()]


def _stems(named: str) -> tuple[str, ...]:
    """The stems an earlier sentence would use for the happening a noun phrase names: "bomb" for
    "the deadly embassy bombings". A clause ("Qantas suspended services") names none the draft
    can look for, and neither does a noun shorter than four letters."""
    words = _WORD.findall(named.lower())
    if len(words) < 2 or words[0] not in DETERMINERS or _AUXILIARIES.intersection(words):
        return ()
    head = words[-1].removesuffix("s")
    if head.endswith("ing") and len(head) > 6:
        head = head[:-3]
    return _NAMES.get(head, (head,)) if len(head) >= 4 else ()


_DEED = re.compile(r"([\w' -]{1,60})$")
_PAST_PARTICIPLE = re.compile(r"^[a-z]{3,}ed$")


def told_before(before: str, earlier: Sequence[Earlier], published: datetime) -> int | None:
    """The place in ``earlier`` of the day a time of day with no day of its own is on, when an
    earlier sentence dates the same deed: "was shot to death at 10 p.m." after "was shot to death
    last Oct. 23". The deed is the verb before the time: a past participle ("arrested at noon")
    or a word for a killing, looked for near an earlier date to the day."""
    deed = _DEED.search(before)
    words = _WORD.findall(deed.group(1).lower()) if deed else []
    stems: set[str] = set()
    for word in words:
        if any(word.startswith(k) for k in KILLING):
            stems.update(KILLING)
        elif _PAST_PARTICIPLE.match(word):
            stems.add(word[:-2] if len(word) > 6 else word)
    if not stems:
        return None
    for i in range(len(earlier) - 1, max(-1, len(earlier) - 1 - _LOOKBACK), -1):
        m = earlier[i]
        if m.quoted or m.anchor is not None or not isinstance(m.result, Resolution):
            continue
        if m.result.granularity != "day" or m.result.start > published:
            continue
        told = _around(m)
        if any(s in told for s in stems):
            return i
    return None
