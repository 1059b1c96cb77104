"""A date that names a happening in passing: "charged Kopp in the 1995 shooting of Dr. Short".

Such a date is not the sentence's own (the charging is what the sentence reports), but the
happening it names is one a timeline keeps, on its own date: so it is proposed apart, titled from
the words that name it. So is a past date after a noun of happening hung on the clause ("to honor
the announcement by Truman of the creation of NATO 50 years ago"), and a date to come after an
invitation is the day of what was planned ("invited the ministers to a ceremony on March 12").
The items of a dated list are titled with what the list's first item says they share.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from tui.core.model import Resolution
from tui.formats.draft_cuts import tidy_end
from tui.formats.draft_mentions import Mention, sentence_mention
from tui.formats.draft_text import A_VERB, EVENT_NOUNS, FINITE_VERB
from tui.formats.draft_titles import DATELINE, LEADING_NOISE, TITLE_LIMIT

_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(
    rf"\b((?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS}|founding))\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
"""A happening named just before its date by whose it was: "its founding in 1949"."""
_OWN_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b", re.IGNORECASE)
"""A happening named by its date's possessive: "last month's shooting death of a doctor"."""
_PHRASE_END = re.compile(
    r"[,;:()]|\s(?:who|which|that|when|where|but)\s|\sand\s(?![A-Z])|[.!?]\s*$"
)
"""Where the words naming a happening stop: not at the "and" of a name ("the Immigration and
Naturalization Service")."""


_ACTS = {
    "announcement": "announced",
    "creation": "created",
    "introduction": "introduced",
    "collapse": "collapsed",
    "expansion": "expanded",
    "signing": "signed",
    "launch": "launched",
    "establishment": "established",
    "formation": "formed",
    "adoption": "adopted",
    "fall": "fell",
    "death": "died",
}
"""Nouns of a happening and the verb that tells it: "the announcement by Truman" is "Truman
announced"."""
_WORDS = r"(?:[\w.'’-]+\s+)"
_ACT_BEFORE = re.compile(
    rf"\b(?:after|before|since|following|until|tied\s+to|linked\s+to|"
    rf"to\s+(?:honor|honour|commemorate|remember|recall))\s+"
    rf"(?P<phrase>the\s+(?:{'|'.join(_ACTS)})\s+(?:by\s+{_WORDS}{{1,4}}?)?of\s+{_WORDS}{{1,6}}?)"
    r"(?:(?:in|on)\s+)?$",
    re.IGNORECASE,
)
"""A happening named by its noun just before its date, in a phrase hung on the clause ("to honor
the announcement by President Truman of the creation of NATO 50 years ago", "after the collapse
of communism 10 years ago"), not the object of the clause's verb ("celebrated the birth of Marti
on Friday" is the celebration's day)."""


def named_happening(
    text: str, m: Mention, s_end: int, published: datetime | None = None
) -> tuple[int, int] | None:
    """Where the words naming a happening by its date run ("the 1995 shooting of Dr. Hugh
    Short"), when the date stands between a determiner and a noun of happening, or just after
    them ("since its founding in 1949", "after the collapse of communism 10 years ago"), or as
    its possessive ("last Friday's bombings")."""
    if m.quoted:
        return None
    own = _OWN_AFTER.match(text, m.end, s_end)
    if own is not None:
        end = _PHRASE_END.search(text, own.end(), s_end)
        return m.start, end.start() if end else s_end
    before = _BEFORE.search(text, max(0, m.start - 8), m.start)
    after = _AFTER.match(text, m.end, s_end)
    if before is None or after is None:
        named = _NAMED_BEFORE.search(text, max(0, m.start - 40), m.start)
        return (named.start(1), m.end) if named else _act_before(text, m, published)
    end = _PHRASE_END.search(text, after.end(), s_end)
    return before.start(), end.start() if end else s_end


def named_spans(
    text: str, candidates: list[Mention], s_end: int, published: datetime
) -> dict[int, tuple[int, int]]:
    """The words each of a sentence's dates names a happening by, by the date's number: such a
    date is less likely the clause's own."""
    spans = ((m.number, named_happening(text, m, s_end, published)) for m in candidates)
    return {number: span for number, span in spans if span is not None}


def main_title(
    text: str,
    starts: tuple[int, int],
    m: Mention,
    at: tuple[int, int] | None,
    published: datetime,
) -> tuple[str | None, tuple[str, ...]]:
    """The title of a clause whose own date names a happening (from its noun: "President Truman
    announced the creation of NATO", or its words: "Invasion of Kuwait") or is the day of what
    someone was invited to; None for the clause's own headline, then with a doubt when the date
    is the named happening's ("the Jan. 14 deadline"). ``starts`` are where the sentence and the
    clause start."""
    s_start, clause_start = starts
    title = named_title(text[slice(*at)], text[s_start : at[0]]) if at else None
    title = title or planned_title(text, clause_start, m, published)
    if title is not None or at is None:
        return title, ()
    title = phrase_title(text, at, m)
    if title is not None:
        return title, ()
    noun = re.search(rf"\b(?:{EVENT_NOUNS})\b", text[slice(*at)], re.IGNORECASE)
    named = f"the {noun[0].lower()}" if noun else "what"
    return None, (f"'{m.when}' dates {named} the sentence names, not what it tells",)


def _act_before(text: str, m: Mention, published: datetime | None) -> tuple[int, int] | None:
    """The words of a happening named by its noun just before a date in the past: a date to
    come is the clause's plan, not the named happening's."""
    if published is None or not isinstance(m.result, Resolution) or m.result.end > published:
        return None
    act = _ACT_BEFORE.search(text, max(0, m.start - 120), m.start)
    if act is None or A_VERB.search(act.group("phrase")):
        return None
    return act.start("phrase"), act.start("phrase") + len(act.group("phrase").rstrip())


_SUMMONED = re.compile(r"\b(?:invited|subpoenaed|summoned)\s+", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"(?:him|her|them|it|us|me|you)\b", re.IGNORECASE)
_A_THING = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)
_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "for"})


def planned_title(text: str, s_start: int, m: Mention, published: datetime) -> str | None:
    """A date to come after someone was invited or summoned to something is that thing's:
    "invited the foreign ministers to a ceremony in Independence on March 12" is titled "Foreign
    ministers to attend ceremony in Independence", "subpoenaed Elian to testify before the
    committee on Feb. 10" "Elian to testify before the committee". None when the date is
    past (the invitation's own) or whom is only a pronoun."""
    if not isinstance(m.result, Resolution) or m.result.start <= published:
        return None
    summoned = list(_SUMMONED.finditer(text, max(s_start, m.start - 200), m.start))
    if not summoned:
        return None
    rest = text[summoned[-1].end() : m.start]
    whom, to, what = rest.partition(" to ")
    if not to or _OBJECT_PRONOUN.match(whom) or any(c in rest for c in ";:()"):
        return None
    words = what.split()
    if words and words[-1].lower() in _DATE_PREPOSITIONS:
        words.pop()
    what = " ".join(words).rstrip(" ,")
    if A_VERB.search(whom) or A_VERB.search(what) or not what:
        return None
    return _fitted(" ".join(whom.split()), what)


def _bare(words: str) -> tuple[str, bool]:
    """The words without their leading article, and whether they had one."""
    article = _A_THING.match(words)
    return (words[article.end() :], True) if article else (words, False)


_PHRASE_AFTER = re.compile(r"\s(?:in|at|near|before|outside|inside)\s", re.IGNORECASE)
_OF = re.compile(r"\sof\s", re.IGNORECASE)


def _fitted(whom: str, what: str) -> str | None:
    """ "Foreign ministers of Poland, the Czech Republic and Hungary to attend ceremony in
    Independence, Mo.", with the least taken out that fits a title: the articles, then where,
    then whose."""
    whom = _bare(whom)[0]
    what, attend = _bare(what)
    verb = "attend " if attend else ""
    where = _PHRASE_AFTER.search(what)
    of = _OF.search(whom)
    for who, thing in (
        (whom, what),
        (whom, what[: where.start()] if where else what),
        (whom[: of.start()] if of else whom, what),
    ):
        title = f"{who} to {verb}{thing}"
        if len(title) <= TITLE_LIMIT:
            return title[:1].upper() + title[1:]
    return None


_ITEM_START = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_LAST_PREPOSITION = re.compile(r"\b(?:with|to|in|on|for|against|from|of|by|at)\s+", re.IGNORECASE)
_DATED_BY = re.compile(r"\s+(?:in|on|at|by)\s+", re.IGNORECASE)
"""The preposition an item's date follows: "Germany in 1955"."""
_NAMED_ITEM = re.compile(r"[^,;.]{1,40}?\s+(?:in|on|at|by)\s+", re.IGNORECASE)
_HEAD_END = re.compile(
    rf"\bto\s+[a-z]+\s+|\b(?:{FINITE_VERB}|[a-z]{{2,}}ing|with|for|against|from|of)\s+",
    re.IGNORECASE,
)
"""Where the words every item shares end: "expanded to include ", "adding ", "met with "."""


_LIST_ITEM = re.compile(r"(?:,|,?\s+and)\s+[^,;.]{1,40}?(?:\s+(?:in|on|at|by))?\s+")
"""The next item of a list of dated happenings: "Greece in 1952, West Germany in 1955", "Blair 10
days ago and President Clinton last week"."""


def a_list_item(between: str) -> bool:
    """Whether the words between two dates are the next item of a list ("Blair 10 days ago and
    President Clinton last week"), with no verb of their own."""
    return _LIST_ITEM.fullmatch(between) is not None and not A_VERB.search(between)


def list_heads(clauses: list[tuple[int, int]]) -> list[int]:
    """For each clause, the first of the clauses told one after another up to it, each
    starting where the last ended: the list item that says what all of them did."""
    heads: list[int] = []
    for i, (start, _) in enumerate(clauses):
        heads.append(heads[-1] if i and clauses[i - 1][1] == start else i)
    return heads


_ADVERB = r"(?:(?:also|then|later|now|still)\s+)?"
_OPENS_ON_A_VERB = re.compile(rf"{_ADVERB}{FINITE_VERB}\b")
"""An item with no subject of its own: "... and were planning to drive"."""
_FOLLOWED_BY = re.compile(r"followed\s+by\b", re.IGNORECASE)
"""An item whose subject follows its verb: "..., followed by a march on Wednesday"."""
_SUBJECT = re.compile(rf"([A-Z][\w.'’&-]*\s+(?:[\w.'’&-]+\s+){{0,5}}?){_ADVERB}{FINITE_VERB}\b")
"""The words before the first clause's verb, when they are a plain subject (no comma, no
phrase before it): "Protesters planned" names "Protesters"."""


def list_item_clause(previous: str, item: str) -> str:
    """The words to title the next item of a list by: "meetings with Blair 10 days ago and
    President Clinton last week" titles the second "... meetings with President Clinton", not
    "President Clinton"; "expanded to include Greece in 1952, Germany in 1955" titles the second
    "... expanded to include Germany in 1955". ``previous`` is the list's first item."""
    bare = item[_ITEM_START.match(item).end() :]  # type: ignore[union-attr]
    named = _NAMED_ITEM.match(bare)
    if named is not None and not A_VERB.search(named.group(0)):
        own = list(_DATED_BY.finditer(previous))
        heads = list(_HEAD_END.finditer(previous, 0, own[-1].start() if own else 0))
        return previous[: heads[-1].end()] + bare if heads else item
    if _OPENS_ON_A_VERB.match(bare) and not _FOLLOWED_BY.match(bare):
        subject = _SUBJECT.match(LEADING_NOISE.sub("", DATELINE.sub("", previous.strip())))
        return f"{subject.group(1)}{bare}" if subject else item
    if A_VERB.search(bare) or _LAST_PREPOSITION.search(bare):
        return item
    last = list(_LAST_PREPOSITION.finditer(previous))
    return previous[: last[-1].end()] + bare if last else item


_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGED = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(_NUMBERS)})-(month|year)-old\s+(?:[\w-]+\s+)?({EVENT_NOUNS})\b",
    re.IGNORECASE,
)

_OWNER = re.compile(r"\b((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s)\s+$")


def aged_happenings(
    text: str, spans: list[tuple[int, int, int]], published: datetime
) -> list[tuple[Mention, tuple[int, int], str]]:
    """ "The IRA's 8-month-old truce" began eight months before the article: each such start as
    a mention of its month (or year), with the words that name it and a title ("IRA's truce
    begins"), marked doubtful."""
    out = []
    for index, span in enumerate(spans):
        _, s_start, s_end = span
        for aged in _AGED.finditer(text, s_start, s_end):
            count = aged.group(1).lower()
            n = int(count) if count.isdigit() else _NUMBERS[count]
            if aged.group(2).lower() == "month":
                months = published.year * 12 + published.month - 1 - n
                when = f"{months // 12:04d}-{months % 12 + 1:02d}"
            else:
                when = f"{published.year - n:04d}"
            doubt = f"'{aged.group(0)}': taken to have begun {n} {aged.group(2)}s before"
            mention = sentence_mention(text, span, index, when, published, doubt)
            owner = _OWNER.search(text, s_start, aged.start())
            named = f"{owner.group(1)} {aged.group(3)}" if owner else aged.group(3)
            title = f"{named[:1].upper()}{named[1:]} begins"
            out.append((mention, (aged.start(), s_end), title))
    return out


_AT_AN_AGE = re.compile(
    rf"\W*(?:At|By)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?(\d{{1,2}}|{'|'.join(_NUMBERS)}),?\s+"
    r"(?=(?:he|she)\b)",
    re.IGNORECASE,
)
"""A sentence that opens on the age its subject did something at: "At 17 she won a scholarship"."""
_NEXT_DEED = re.compile(r",?\s+(?:and|but)\s+(?:he|she|they)\s+\w", re.IGNORECASE)
_BORN = re.compile(
    r"\bborn\s+(?:on\s+)?(?:in\s+)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(1[5-9]\d\d|20\d\d)\b"
)
"""A birth year: "born in 1941", "born on March 3, 1932", "born in March 1932"."""


def at_an_age(
    text: str,
    spans: list[tuple[int, int, int]],
    published: datetime,
    dated: Mapping[int, list[Mention]],
) -> list[tuple[Mention, tuple[int, int]]]:
    """ "She was born on March 3, 1932. At 17 she won a scholarship": a deed told at an age,
    after the birth year is told, in the year the age makes (1949, or the year after), marked
    doubtful; its title from the words after the age, up to a clause of another deed. Not when
    those words date themselves (``dated``, each sentence's mentions: "At 17, she won a
    scholarship in 1950")."""
    out: list[tuple[Mention, tuple[int, int]]] = []
    born: int | None = None
    for index, span in enumerate(spans):
        _, s_start, s_end = span
        aged = _AT_AN_AGE.match(text, s_start, s_end)
        if aged is not None and born is not None:
            count = aged.group(1).lower()
            year = born + (int(count) if count.isdigit() else _NUMBERS[count])
            if year <= published.year:
                doubt = f"'{aged.group(0).strip(' ,')}', born in {born}: {year} or the year after"
                cut = _NEXT_DEED.search(text, aged.end(), s_end)
                end = cut.start() if cut else s_end
                if not any(aged.end() <= m.start < end for m in dated.get(index, ())):
                    mention = sentence_mention(text, span, index, str(year), published, doubt)
                    out.append((mention, (aged.end(), end)))
        if (told := _BORN.search(text, s_start, s_end)) is not None:
            born = int(told.group(1))
    return out


_DONE_TO = {
    "founding": "founded",
    "shooting death": "shot dead",
    "shooting": "shot",
    "killing": "killed",
    "slaying": "killed",
    "murder": "murdered",
    "assassination": "assassinated",
    "kidnapping": "kidnapped",
    "arrest": "arrested",
    "bombing": "bombed",
    "attack": "attacked",
    "invasion": "invaded",
}
_DONE_TO_PHRASE = re.compile(
    rf"^the\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(_DONE_TO)})s?\s+(?:of|on)\s+(.+)$", re.IGNORECASE
)


_ACT_PHRASE = re.compile(
    rf"^the\s+(?P<act>{'|'.join(_ACTS)})\s+(?:by\s+(?P<by>[^,;]+?)\s+)?of\s+(?P<what>[^,;]+)$",
    re.IGNORECASE,
)
_CUT_MODIFIER = re.compile(r"\b(?:a|an)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
"""A name after "a" is a modifier whose noun the phrase lost: "a Birmingham, Ala., clinic"."""
_WHOM_WORDS = 6
"""At most this many words name whom a deed was done to ("Dr. Barnett Slepian", "a Buffalo-area
abortion doctor"); more is a sentence running on, which would make a long, broken title."""
_OWNED = re.compile(rf"^(?:its|his|her|their)\s+({'|'.join(_DONE_TO)})\b", re.IGNORECASE)
_FIRST_OWNER = re.compile(r"\b((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\b")
"""Whose a happening is when the sentence says "its": "NATO's mission ... its founding"."""


def phrase_title(text: str, at: tuple[int, int], m: Mention) -> str | None:
    """The words naming a happening, as its title when no deed can be told from them: "its
    1990 invasion of Kuwait" is "Invasion of Kuwait", "the Feb. 23 accord signed by Annan"
    "Accord signed by Annan"; None when only the noun is left ("the Jan. 14 deadline")."""
    inside = at[0] <= m.start < at[1]
    phrase = text[at[0] : m.start] + text[m.end : at[1]] if inside else text[slice(*at)]
    words = _NAMING_START.sub("", " ".join(phrase.split())).rstrip(" ,.;:")
    stop = _NAMING_STOP.search(words)
    words = tidy_end(words[: stop.start()] if stop else words)
    if (
        len(words.split()) < 2
        or len(words) > TITLE_LIMIT
        or _CUT_MODIFIER.search(words)
        or re.search(r"\bbetween\s+\S+$", words)
    ):
        return None
    return words[:1].upper() + words[1:]


_NAMING_START = re.compile(r"^(?:(?:the|a|an|its|his|her|their)\s+|['’]s\s+)+", re.IGNORECASE)
_NAMING_STOP = re.compile(
    rf"\s(?:to|until|as|when|while|after|before|because|since|{FINITE_VERB})\b", re.IGNORECASE
)
"""Where the words naming a happening give way to the clause around them ("the 1990 invasion
of Kuwait | until Baghdad complies", "the deadline | set in that agreement")."""


def named_title(phrase: str, before: str = "") -> str | None:
    """A headline for a happening named by a noun: "the 1995 shooting of Dr. Hugh Short" is
    "Dr. Hugh Short shot", and "its founding in 1949" after "NATO's mission has changed" is
    "NATO founded"; None when the noun says no deed done to someone."""
    words = " ".join(phrase.split()).rstrip(" .,;")
    found = _DONE_TO_PHRASE.match(words)
    if found is not None:
        whom = found.group(2)
        if len(whom.split()) > _WHOM_WORDS or _CUT_MODIFIER.fullmatch(whom):
            return None  # the phrase runs on past the name, or stops before its noun
        return f"{whom[:1].upper()}{whom[1:]} {_DONE_TO[found.group(1).lower()]}"
    act = _ACT_PHRASE.match(words)
    if act is not None:
        done = _ACTS[act.group("act").lower()]
        what, by = act.group("what"), act.group("by")
        told = f"{by} {done} {what}" if by else f"{what} {done}"
        return told[:1].upper() + told[1:]
    owned = _OWNED.match(words)
    owner = _FIRST_OWNER.search(before)
    if owned is None or owner is None:
        return None
    return f"{owner.group(1)} {_DONE_TO[owned.group(1).lower()]}"
