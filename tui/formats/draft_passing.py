"""How much a sentence's date looks mentioned in passing, beside the clause's own: the date in a
relative clause or in brackets, a year beside a finer date, a date counted from another
happening, or a saying's date when the words said go on to a dated deed."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.core.model import Resolution
from tui.formats.draft_lead import main_verb_follows
from tui.formats.draft_mentions import SAID_THEN, Mention
from tui.formats.draft_text import A_LOWER_VERB, FINITE_VERB, HAVING, IRREGULAR_PAST, WHEN_CLAUSE

RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|where)\b[^,]*$", re.IGNORECASE)
"""A relative clause the text before a date ends in: "Kopp, who was last seen in"."""
NEW_CLAUSE = re.compile(
    r"(?:;\s*|,?\s+(?:and|but|then|while|whereas)\s+(?!\w+ing\s)(?:[\w'’]+\s+){0,2}?"
    rf"(?:[\w'’]+,\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}?[A-Z][\w'’-]*,\s+)?{FINITE_VERB}\b"
    r"|\s+and\s+(?!(?:during|according|including|following)\b)\w{3,}ing\s"
    r"|,\s+followed\s+by\s+(?=\w))",
    re.IGNORECASE,
)
"""A second clause with its own verb: "began on Monday and collapsed on Wednesday", "touring
Dar es Salaam Thursday and meeting police leaders Friday morning", "rose overnight, and the
town's mayor, Helen Okafor, declared", "came in 1983, followed by Manuel in 1984"."""
_ASIDE = re.compile(r"\b(?:who|which|whose)\b[^,;]*$", re.IGNORECASE)
_FINE = frozenset({"day", "part-of-day", "hour", "minute", "week", "month"})


def passing_scores(
    text: str, s_start: int, candidates: list[Mention], naming: set[int]
) -> dict[int, int]:
    """Each candidate date's score by its number: the lowest are the clause's own. A date that
    names a happening (``naming``) counts twice as passing."""
    breaks, finer = _finer_clauses(text, candidates)
    return {
        m.number: _passing(text, s_start, m, bisect_right(breaks, m.start) in finer)
        + 2 * (m.number in naming)
        + _said_before_a_deed(text, s_start, m, following)
        for m, following in zip(candidates, [*candidates[1:], None], strict=True)
    }


def _finer_clauses(text: str, candidates: list[Mention]) -> tuple[list[int], set[int]]:
    """Where the sentence's clauses break (a second clause with its own verb), and which of
    them tell a date finer than a year: a year beside such a date is then more likely in
    passing, one in a clause of its own ("fell on March 3, 1850, and was rebuilt in 1851") is
    not. The breaks are found once, so a sentence of many dates costs no more per date."""
    if not candidates:
        return [], set()
    first, last = candidates[0].start, candidates[-1].end
    breaks = [b.start() for b in NEW_CLAUSE.finditer(text, first, last)]
    finer = {
        bisect_right(breaks, o.start)
        for o in candidates
        if isinstance(o.result, Resolution) and o.result.granularity in _FINE
    }
    return breaks, finer


def _passing(text: str, s_start: int, m: Mention, finer: bool) -> int:
    """How much a date looks mentioned in passing: higher is less likely the clause's own. A
    year beside a finer date (``finer``) is more likely in passing ("on Monday apologised for
    the 2010 spill")."""
    before = text[s_start : m.start]
    score = 0
    relative = RELATIVE_CLAUSE.search(before, max(0, before.rfind(",")))  # it opens at the last
    if (
        relative
        or HAVING.search(before)
        or before.count("(") > before.count(")")
        or _described_in_passing(before)
    ):
        score += 2
    if m.quoted and m.anchor is None:
        score += 1
    if WHEN_CLAUSE.match(text, m.end):
        score -= 1  # "from 1968, when the Soviets invaded": the date of the clause it opens
    if _FIGURES_TO_COME.match(text, m.end) and _PLAN_BEFORE.search(
        text, max(s_start, m.start - 60), m.start
    ):
        score += 1  # "will report fourth-quarter results in late June": the report's date
    if isinstance(m.result, Resolution):
        if m.result.granularity in ("year", "decade", "century") and finer:
            score += 1
        if not m.result.is_dated or m.anchor is not None:
            score += 1  # counted from another happening, it is less sure than the clause's own
    else:
        score += 2
    return score


_REDUCED_RELATIVE = re.compile(
    r"\b(?:along|of|on|in|at|to|from|with|for|by|over|under|near|about|against|into|through)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[a-z])\w+\s+"
    r"(?:(?:first|last|once|originally|previously|recently|just)\s+)?"
    r"(?:(?-i:[a-z])\w{2,}ed|built|made|held|set|written|drawn|taken|begun|sold)\s+"
    r"(?:in|on|during|around)\s+$",
    re.IGNORECASE,
)
"""A date after a participle that describes a noun the clause goes through ("along lines first
sampled in the 1950s", "of its record high set on Aug. 6"): that noun's, in passing."""


def _described_in_passing(before: str) -> bool:
    """Whether the words before a date end in a participle describing a noun the clause goes
    through, after the clause's own verb ("she led a survey along lines first sampled in"; not
    "Members of the union voted in", whose verb it is)."""
    found = _REDUCED_RELATIVE.search(before, max(0, len(before) - 120))
    return found is not None and A_LOWER_VERB.search(before, 0, found.start()) is not None


_FIGURES_TO_COME = re.compile(
    r"\s+(?:results|earnings|profits?|losses|sales|figures|revenues?)\b", re.IGNORECASE
)
_PLAN_BEFORE = re.compile(r"\b(?:will|to|plans?\s+to|expects?\s+to)\s+(?:\w+\s+){0,2}$", re.I)
"""A period named as the figures someone will report ("will report fourth-quarter results in
late June"): the clause's own date is when they are reported."""


def _said_before_a_deed(text: str, s_start: int, m: Mention, following: Mention | None) -> int:
    """1 for the date of a saying whose words go on to a dated deed ("said on Friday that he
    had resigned on Dec. 25"), the date ``following`` it: the deed is the news, on its own
    date; 0 otherwise."""
    if following is None or not _SAID_JUST_BEFORE.search(text, max(s_start, m.start - 40), m.start):
        return 0
    return int(_DEED_BEFORE.match(text, m.end, following.start) is not None)


_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DEED_BEFORE = re.compile(
    rf"\s+(?:that\s+)?(?:[\w'’.-]+\s+){{1,5}}?(?:had\s+)?(?:\w{{3,}}ed|{IRREGULAR_PAST})\s+"
    r"(?:[\w'’.-]+\s+){0,4}?(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)
"""A deed told in the past in the words said, right before its own date: " that he had
resigned on", " the suspect fled the city on"."""


def said_after_words(text: str, s_start: int, main: Mention, ms: list[Mention]) -> tuple[str, ...]:
    """The doubt of a saying's date told after words that give a date of their own ("'We closed
    on Friday,' the mayor said on Tuesday"): the event is dated when it was said, its words
    tell of another day."""
    words = next((q for q in ms if q.quoted and q.start < main.start and _dated(q)), None)
    if words is None or main.quoted:
        return ()
    if not SAID_THEN.search(text, max(s_start, main.start - 60), main.start):
        return ()
    return (f"{main.when!r} is when it was said; the words tell of {words.when!r}",)


def _dated(m: Mention) -> bool:
    return isinstance(m.result, Resolution) and m.result.is_dated


def counted_on(text: str, candidates: list[Mention], kept: list[Mention]) -> list[Mention]:
    """A later clause dated from the one before ("went missing last Thursday and was found safe
    the next day"): its own happening, anchored on that one, not a date of it."""
    last = kept[-1]
    return [
        m
        for m in candidates
        if m.anchor == last.number
        and m.start > last.end
        and NEW_CLAUSE.search(text, last.end, m.start)
    ][:1]


def in_an_aside(text: str, s_start: int, m: Mention) -> bool:
    """Whether ``m`` is in brackets, or in a relative clause the main verb comes after."""
    before = text[s_start : m.start]
    if before.count("(") > before.count(")"):
        return True
    return bool(RELATIVE_CLAUSE.search(before) or _ASIDE.search(before)) and main_verb_follows(
        text[m.end : m.end + 80]
    )


def done_before(text: str, s_start: int, m: Mention) -> tuple[str, ...]:
    """The doubt of a sentence dated only by a deed done before its own ("cut its forecast
    again, having already lowered it in July"): the date is the earlier deed's."""
    if HAVING.search(text, s_start, m.start) is None:
        return ()
    return (f"{m.when!r} dates what was done before ('having ...'), not this",)


_ANOTHER_CLAUSE = re.compile(
    r"[,;:]|\b(?:after|before|when|while|because|as|since|that|which|who|where|until)\b",
    re.IGNORECASE,
)


def reported_on(text: str, quarter: Mention, mains: list[Mention]) -> Mention:
    """The day a quarter's results are reported, when the same clause tells it after them
    ("reported a 38% drop in first-quarter profit on Tuesday"); else the quarter. Not a day
    of another clause ("..., after a strike closed its plant on Jan. 3")."""
    told = quarter.result
    if not isinstance(told, Resolution) or told.granularity != "quarter":
        return quarter
    for m in mains:
        result = m.result
        if (
            m.start > quarter.end
            and isinstance(result, Resolution)
            and result.granularity == "day"
            and not _ANOTHER_CLAUSE.search(text, quarter.end, m.start)
        ):
            return m
    return quarter
