"""Who a story is about: the person it names far more often than anyone else.

A "he" or "she" that opens a paragraph with no one named in it ("He was thrust into the middle
of the family saga") is most likely the story's principal person. The draft names that person
in the title only when one surname clearly outnumbers the rest before the sentence, and keeps
the pronoun out otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tui.dates.shapes import MONTHS, WEEKDAYS
from tui.formats.draft_text import A_VERB, frame_end

TITLED_NAME = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|[Pp]resident|Ambassador|[Mm]inister|[Ss]ecretary|Senator|Sen|Rep|Gov|"
    r"[Gg]overnor|Gen|General|Judge|Chancellor|Chairman|Chief|[Mm]ayor|Premier|King|Queen|Prince|"
    r"Pope|Cardinal|Bishop|Rabbi|Rev|Father|Sister|[Ss]pokesman|[Ss]pokeswoman)\.?\s+"
    r"((?:[A-Z][\w'’-]+\s?){1,3})"
)
"""A name after a title: "Ambassador Vitaly Churkin", "Mr. Reupke"."""
SPEAKER = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s){1,3})(?:said|says|told|added|wrote|read|asked|declared|insisted)\b"
)
"""A name before a verb of saying: "Clark said"."""
_BODIES = re.compile(
    r"\b(?:Department|Ministry|Agency|Office|Police|Council|Committee|Court|Government|Bureau|"
    r"Company|Corp|Inc|Co|Ltd|Bank|Party|Army|Commission|Association|Union|Service|Board|"
    r"Times|News|Post|Press|Journal|Radio|Television)\b"
)
"""Words that make a speaker a body, not the "he" or "she" of the next sentence."""
_BODY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&-]*){0,2}\s+(?:Savings|Bank|Inc|Corp|Co|Ltd|Group|Holdings|Industries|"
    r"Airlines|Motors|Electric|Partners|Associates|Communications|Systems|Foods)\b"
)
_WORD = re.compile(r"[A-Z][\w'’-]+")
_NAME_WORD = re.compile(r"[A-Z][\w-]+")
"""A capitalized word without its possessive: "Slepian" of "Slepian's"."""
_AT_LEAST = 3
"""How many times the principal person must be named before the sentence."""
_AHEAD = 2
"""How many times as often as anyone else."""


@dataclass(frozen=True, slots=True)
class People:
    """The surnames that may be people's, and who leads after each time one is named: the
    most named surname, its count and the runner-up's, so that asking who leads before a
    place is a bisection, not a count over the whole article for each title."""

    names: frozenset[str]
    places: list[int]
    leaders: list[tuple[str, int, int]]

    def principal(self, before: int, clause: str) -> str | None:
        """The surname named at least three times before ``before``, and twice as often as any
        other; None when no one stands out, or when ``clause`` names that person itself (the
        "his" of "his car was spotted in Slepian's neighborhood" is someone else)."""
        told = bisect_left(self.places, before)
        if not told:
            return None
        name, first, second = self.leaders[told - 1]
        if first < _AT_LEAST or first < _AHEAD * second:
            return None
        return None if re.search(rf"\b{re.escape(name)}\b", clause) else name

    def he_or_she(
        self, before: int, clause: str, context: list[str], earlier: Sequence[str] = ()
    ) -> str | None:
        """Who a "he" or "she" opening ``clause`` most likely is: the person last named in the
        nearest sentence of the paragraph before it that names one (``context``, nearest
        last); else the subject the sentences before it (``earlier``, nearest last, across
        paragraphs) carry over to it; else, when the clause opens its paragraph, the principal
        person. None when the sentence just before tells of someone it does not name ("the
        man", "a firefighter")."""
        if context and unnamed_person(context[-1]):
            return None  # "A firefighter suffered burns. He was flown ...": not the governor
        for sentence in reversed(context):
            named = [w for w in _WORD.finditer(sentence) if w.group(0) in self.names]
            if named:
                return named[-1].group(0)
        carried = self._carried_over(clause, earlier)
        if carried is not None and carried in _NAME_WORD.findall(clause):
            return None  # "His car was spotted in Slepian's neighborhood": not Slepian's
        return carried or (None if context else self.principal(before, clause))

    def _carried_over(self, clause: str, earlier: Sequence[str]) -> str | None:
        """The person named as the subject of the last sentence before ``clause`` that does not
        open on a pronoun of the same person: "Albright, arriving ..., spent five hours in
        Tanzania. | She was scheduled to lay flowers ... | In Dar es Salaam, she laid a wreath"
        is Albright's wreath. None when a sentence between opens on another subject."""
        pronoun = _opening_pronoun(clause)
        if pronoun is None:
            return None
        for sentence in reversed(earlier):
            sentence = sentence.lstrip()
            if _OTHER_GENDER[pronoun].search(sentence) or unnamed_person(sentence):
                return None  # "Robert Kagan met his future wife. | She graduated ..."
            speaker = _QUOTED_SPEAKER.search(sentence) if sentence.startswith(_QUOTATION) else None
            if speaker is not None:  # "``It does not bode well,'' said John Jacobson."
                if speaker.group("after"):
                    return self._subject_of(speaker.group("after"), named_alone=True)
                sentence = speaker.group("before")
            if _opening_pronoun(sentence) == pronoun:
                continue
            return self._subject_of(sentence)
        return None

    def _subject_of(self, sentence: str, named_alone: bool = False) -> str | None:
        """The surname of the person ``sentence`` opens on: one the cast knows, or a full name
        followed by a verb ("Margaret Ellison was born ...") or, ``named_alone``, by nothing
        ("said John Jacobson, who ..."); None for any other subject, or when another person's
        full name follows ("John Ellison married Margaret Hale")."""
        subject = _CAPITALIZED_RUN.match(sentence, frame_end(sentence))
        if subject is None:
            return None
        words = [w.strip(",") for w in subject.group(0).split()]
        rest = sentence[subject.end() :]
        if any(may_be_a_person(m.group(0)) for m in _FULL_NAME.finditer(rest)):
            return None
        named = [w for w in words if w in self.names]
        if named:
            return named[-1]
        full = " ".join(words)
        after = _APPOSITION.match(sentence, subject.end())  # "Ruth Calder, a chemist, died"
        verb = named_alone or A_VERB.match(sentence, after.end() if after else subject.end())
        return words[-1] if len(words) >= 2 and verb and may_be_a_person(full) else None


_OPENING_PRONOUN = re.compile(
    r"\W*(?:(?:In|On|At|By|After|Before|During|From|Since|Later|Then|Soon|Also)\b[^.;:,]{0,40}?\s)?"
    r"(he|his|she|her)\b",
    re.IGNORECASE,
)
"""A pronoun that opens a sentence, after the phrase of time or place that may frame it ("In
the late 1960s she returned", "Her husband"); not one further on ("named a park after her")."""
_CAPITALIZED_RUN = re.compile(
    r"(?:[A-Z][\w.'’-]*,?(?:\s+|$)|(?:of|de|van|von|arap|al|bin)\s+){0,6}"
)
"""The capitalized words a sentence opens on, its subject if a person's name is among them."""
_QUOTATION = ("``", '"', "“", "'")
_SAYS = r"(?:said|told|added|asked|wrote)"
_QUOTED_SPEAKER = re.compile(
    rf"(?:''|[\"”'])\s*,?\s*(?:{_SAYS}\s+(?P<after>[^,.;]{{1,60}})"
    rf"|(?P<before>[^,.;]{{1,60}}?)\s+{_SAYS}\b)"
)
"""Who said the words a sentence quotes: "..., '' said John Jacobson", "...,'' she told them"."""
_OTHER_GENDER = {
    "he": re.compile(r"\b(?:she|her|hers|herself|Mrs|Ms)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:he|him|his|himself|Mr)\b", re.IGNORECASE),
}
"""Words that tell a sentence's person is not the one a "he" or a "she" stands for."""
_APPOSITION = re.compile(r"(?:a|an|the)\b[^,;]{1,160},\s*", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+")
_PERSON_NOUN = (
    r"(?P<who>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|teenager|"
    r"firefighter|officer|suspect|driver|victim|worker|soldier|resident|student|doctor|nurse|"
    r"pilot|passenger|gunman|attacker|witness|defendant|patient|customer|employee|farmer|guard|"
    r"survivor|mother|father|son|daughter|husband|wife))\b"
)
_UNNAMED_SUBJECT = re.compile(_PERSON_NOUN, re.IGNORECASE)
_SAID_OF_UNNAMED = re.compile(rf"\bsaid\s+(?:that\s+)?{_PERSON_NOUN}", re.IGNORECASE)
"""Someone a sentence tells of without a name, as its subject or that of the words it reports:
a "he" after it most likely stands for them."""


def unnamed_person(sentence: str) -> str | None:
    """The person ``sentence`` reports of, or else opens on, without a name ("The sheriff said
    the man had been using a cutting tool", "A firefighter suffered burns"), as "the man", "the
    firefighter"; None when its subject is named or is no person."""
    found = _SAID_OF_UNNAMED.search(sentence) or _UNNAMED_SUBJECT.match(
        sentence, frame_end(sentence)
    )
    if found is None:
        return None
    who = found.group("who")
    return "the" + who[who.index(" ") :]


def _opening_pronoun(sentence: str) -> str | None:
    """Whose pronoun opens ``sentence``: "he" for a man's, "she" for a woman's, else None."""
    found = _OPENING_PRONOUN.match(sentence) or _OPENING_PRONOUN.match(
        sentence, frame_end(sentence)
    )
    if found is None:
        return None
    return "he" if found.group(1).lower() in ("he", "his") else "she"


def people(text: str) -> People:
    """The surnames of the people ``text`` names with a title or as a speaker, and where each
    surname (alone or in a full name) stands."""
    surnames = set()
    for pattern in (TITLED_NAME, SPEAKER):
        for m in pattern.finditer(text):
            name = m.group(1).strip()
            if may_be_a_person(name):
                surnames.add(name.split()[-1])
    named = [w for w in _WORD.finditer(text) if w.group(0) in surnames]
    bodies = {w.group(0) for w in named if _BODY_AFTER.match(text, w.end())}
    counts: Counter[str] = Counter()
    first, second = "", ""
    places, leaders = [], []
    for word in named:
        name = word.group(0)
        if name in bodies:
            continue  # "Crossland Savings Bank": a name, not a person's
        counts[name] += 1
        if name != first and counts[name] > counts[first]:
            first, second = name, first
        elif name not in (first, second) and counts[name] > counts[second]:
            second = name
        places.append(word.start())
        leaders.append((first, counts[first], counts[second]))
    return People(frozenset(surnames - bodies), places, leaders)


def may_be_a_person(name: str) -> bool:
    """ "Kopp" or "Patricia Hurt" may be; "FBI" (an acronym), "the Justice Department" or
    "Officials" (one word in the plural, most likely) or "Monday" (of "on Monday asked") not."""
    words = name.split()
    return (
        bool(words)
        and words[-1].lower() not in _PRONOUNS
        and not any(re.fullmatch(r"[A-Z]{2,}", w) or w.rstrip(".") in _DATE_NAMES for w in words)
        and not _BODIES.search(name)
        and (len(words) >= 2 or not name.endswith("s"))
    )


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
"""A speaker's pronoun ("He said") is no one's name."""
_NAMED = re.compile(r"\b[A-Z][\w'’-]+")
_DATE_NAMES = frozenset(
    w.capitalize() for w in (*MONTHS, *WEEKDAYS, "jan", "feb", "aug", "sept", "oct", "nov", "dec")
)


def names_in(sentence: str) -> set[str]:
    """The names a sentence gives, but its first word (capitalized whatever it is) and dates:
    two sentences that each name someone or somewhere the other does not ("attacked Aleppo on
    Monday", "attacked Homs on Monday") tell two happenings, however alike their other words."""
    sentence = unicodedata.normalize("NFC", sentence)
    opening = len(sentence) - len(sentence.lstrip(_OPENING))
    return {m[0] for m in _NAMED.finditer(sentence) if m.start() != opening} - _DATE_NAMES


_OPENING = " \t\n\"'“‘`(["
"""What may stand before a sentence's first word: its capital says nothing."""
