"""Happenings a story tells without a date of their own, dated from what the story told before.

A sentence with no date expression may still report a deed the timeline needs. Its date is then a
guess from its context, always marked doubtful: a thing that "has been done" in connection with a
happening named before ("Two suspects in the bombing have been handed over") came after that
happening and by the time of the article, so it is proposed as the range between them; a
sentence that opens "Late in the day", or tells a reaction to what was just told ("said she was
unaware of Castro's remarks"), goes on with the day just told, and so does a deed of the lead's
subject when the lead is the day's news ("Albright paid tribute Tuesday ..." then "Albright
announced a gift"); a deed "in the days before the slaying" falls in the slaying's time when the
story gives it no finer than a month. A sentence
that only reports words, or tells a state, is left alone: most undated sentences are background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from tui.core.model import Resolution
from tui.formats.draft_compared import a_compared_time
from tui.formats.draft_mentions import Mention, on_a_day, sentence_mention
from tui.formats.draft_people import People
from tui.formats.draft_text import (
    A_VERB,
    IRREGULAR_PAST,
    KILLING,
    PAST_TENSE,
    context_before,
    frame_end,
    sentences_before,
)

_DONE_BY_NOW = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+|just\s+|since\s+)?been\s+(?:\w+ly\s+)?"
    rf"(?:\w{{3,}}ed|\w+(?:en|wn)|{IRREGULAR_PAST})\b",
    re.IGNORECASE,
)
"""The present perfect passive: "have been handed over", "has already been charged"."""
_NOT_A_DEED = re.compile(
    r"``|''|[\"“”]|\b(?:not|never|no|may|might|could|would|times|if|whether)\b", re.IGNORECASE
)
"""A quotation, a denial, a guess or a count ("arrested a dozen times") dates no single deed."""
_LATER_THAT_DAY = re.compile(
    r"^\W*(?:late|later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening)\b", re.IGNORECASE
)
"""A sentence that goes on with the day just told: "Late in the day, the lawyers emerged"."""
_THAT_WAS_WHEN = re.compile(
    r"\W*(?:that|this|it)\s*(?:,[^,]{1,40},\s*)?\s+was\s+(?:when|then)\b", re.IGNORECASE
)
"""A sentence that points back at the moment just told: "That, the source said, was when Sununu
started calling", "It was then that ..."."""
_REACTION = re.compile(
    r"\b(?:in response to|responding to|reacting to|in reaction to|in answer to|unaware of)\s+"
    r"(?:the\s+|\w+['’]s\s+)",
    re.IGNORECASE,
)
_DONE = re.compile(rf"\b{PAST_TENSE}\b", re.IGNORECASE)
_OPENING_PARTICIPLE = re.compile(r"^\W*\w+(?:ed|en)\s+(?:in|as)\b", re.IGNORECASE)
"""A sentence that opens on a participle ("Formed in reaction to the threat, NATO calls ...")
describes its subject; the reaction is not the news."""


def done_by_now(sentence: str) -> bool:
    """Whether a sentence with no date says a thing has been done by the time of the article
    ("Two suspects have been handed over"), a deed, not a quotation, a denial, a guess or a
    count."""
    return _DONE_BY_NOW.search(sentence) is not None and _NOT_A_DEED.search(sentence) is None


def goes_on_that_day(sentence: str) -> bool:
    """Whether a sentence opens on a later part of the day just told ("Late in the day, ..."), or
    tells a reaction to what was just told ("said she was unaware of the mayor's remarks", "In
    response to the ruling, the company withdrew its bid"), which news reports on its day."""
    if _LATER_THAT_DAY.match(sentence) is not None:
        return True
    if _REACTION.search(sentence) is None or _OPENING_PARTICIPLE.match(sentence):
        return False
    return _DONE.search(sentence) is not None


def since_then(happening: Mention, published: datetime) -> str | None:
    """The range from a happening named before to the article, at the happening's precision
    ("1998-08-07/1998-09-11" after an Aug. 7 bombing in a story of Sept. 11): when a thing done
    by now in connection with it happened, for want of a better bound."""
    result = happening.result
    if not isinstance(result, Resolution) or not result.is_dated or result.approximate:
        return None
    if result.part_of_day is not None or result.start >= published:
        return None
    shape = {"day": "%Y-%m-%d", "month": "%Y-%m"}.get(result.granularity)
    if shape is None:
        return None
    start, end = result.start.strftime(shape), published.strftime(shape)
    return f"{start}/{end}" if start != end else None


_LEAD_UP = re.compile(
    r"\bin\s+the\s+(days|weeks)\s+(?:before|preceding|leading\s+up\s+to)\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w.-]+\s+){0,2}?(slaying|killing|murder|shooting|death|"
    r"bombing|attack|explosion|crash|fire|election|vote|summit|meeting|raid|invasion|strike)\b",
    re.IGNORECASE,
)
"""A deed placed only by the happening it led up to: "seen in the days before the slaying"."""
_KILLINGS = frozenset({"slaying", "killing", "murder", "shooting", "death"})


def _in_the_lead_up(
    earlier: list[tuple[str, Mention]],
    lead_up: re.Match[str],
    kinds: dict[str, tuple[str, ...]],
) -> tuple[str, str] | None:
    """When "in the days before the slaying" is, from the slaying told before: the days before a
    happening dated no finer than a month fall in its time as the story gives it ("last fall");
    the weeks before one dated to a day or a month run from the month before to its month. A day
    is not guessed from "the days before" a day."""
    span, noun = lead_up.group(1).lower(), lead_up.group(2).lower()
    names = KILLING if noun in _KILLINGS else (kinds.get(noun.rstrip("s")) or (noun,))
    for clause, mention in reversed(earlier):
        if not any(name in clause.lower() for name in names):
            continue
        result = mention.result
        if not isinstance(result, Resolution) or not result.is_dated or result.approximate:
            return None
        said = f"in the {span} before the {noun}"
        if span == "days" and result.granularity in ("month", "season", "quarter", "year"):
            return mention.when, f"no date in its sentence: '{said}', taken to be its time"
        if span == "weeks" and result.granularity in ("day", "month"):
            month = result.start.replace(day=1)
            before = (month - timedelta(days=1)).strftime("%Y-%m")
            when = f"{before}/{month:%Y-%m}"
            return (
                when,
                f"no date in its sentence: '{said}', taken to be its month and the one before",
            )
        return None
    return None


_FINDING = re.compile(
    r"\b(?:said|say|says)\s+(?:that\s+)?(?:[\w'.-]+\s+){0,3}?(?:results|tests|records|documents|"
    r"evidence|analysis|autopsy|report|study|data)\s+(?:showed|revealed|indicated|proved)\b",
    re.IGNORECASE,
)
"""A finding reported with no date: "Officials said DNA test results showed ..." came before the
article, and the story gives no better bound."""
_SCENE = re.compile(
    r"\W*(?:Also|Earlier|Later|Elsewhere)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
    re.IGNORECASE,
)
"""A sentence that opens a scene of its own day: "Earlier Sunday, police and protesters clashed"."""
_SCENE_REACH = 6
"""How many sentences a scene runs on after its opener: a scene is a few lines of a story."""
_DEED = re.compile(rf"(?:\w{{3,}}ed|{IRREGULAR_PAST}|was|were)", re.IGNORECASE)
_NOT_TOLD_AS_DONE = re.compile(
    r"``|''|[\"“”]|\b(?:not|never|no|may|might|could|would|will)\b", re.IGNORECASE
)


def _tells_a_deed(sentence: str) -> bool:
    """Whether a sentence's first verb tells a deed in the past ("Riot police responded", "A man
    was hospitalized"), not words quoted, denied, guessed or still to come."""
    verb = A_VERB.search(sentence)
    return (
        verb is not None
        and _DEED.fullmatch(verb.group(0)) is not None
        and _NOT_TOLD_AS_DONE.search(sentence) is None
    )


def _scene_of(
    text: str, spans: list[tuple[int, int, int]], index: int, told: Sequence[Told]
) -> int | None:
    """Which happening told before opens the scene a sentence goes on telling: "Earlier Sunday,
    police and protesters clashed. ... Police arrested six men." The sentences between, in the
    same paragraph and at most ``_SCENE_REACH``, all tell deeds with no date of their own; the
    opener is dated to a day."""
    paragraph = spans[index][0]
    if not _tells_a_deed(text[spans[index][1] : spans[index][2]]):
        return None
    for j in range(index - 1, max(-1, index - 1 - _SCENE_REACH), -1):
        number, start, end = spans[j]
        if number != paragraph:
            return None
        opened = [i for i, h in enumerate(told) if start <= h.clause[0] < end]
        if opened:
            if _SCENE.match(text, start, end) is None:
                return None
            result = told[opened[0]].main.result
            if not isinstance(result, Resolution) or result.granularity != "day":
                return None
            return opened[0] if result.is_dated and result.part_of_day is None else None
        if not _tells_a_deed(text[start:end]):
            return None
    return None


def named_before(
    earlier: list[tuple[str, Mention]], names: tuple[str, ...], published: datetime
) -> tuple[int, str, str] | None:
    """Of the happenings told before (each clause with its mention, nearest last), the nearest
    whose clause names the same kind of thing, as its index, the range from it to the article,
    and the doubt that says so."""
    for i in range(len(earlier) - 1, -1, -1):
        clause, mention = earlier[i]
        lowered = clause.lower()
        if not any(name in lowered for name in names):
            continue
        when = since_then(mention, published)
        if when is None:
            return None
        doubt = (
            f"no date in its sentence: done by the time of the article, after "
            f"{mention.when!r}; taken to be between the two"
        )
        return i, when, doubt
    return None


def last_day(earlier: list[Mention], past_coarser: bool = False) -> int | None:
    """The index of the nearest happening told before that is dated to a day, for a sentence
    that goes on "Late in the day"; ``past_coarser``: looking past happenings dated to a week or
    more, as "That was when" points back at the last moment the story told, not a period."""
    for i in range(len(earlier) - 1, -1, -1):
        result = earlier[i].result
        if isinstance(result, Resolution) and result.is_dated and not result.approximate:
            if result.granularity == "day" and result.part_of_day is None:
                return i
            if not past_coarser:
                return None
    return None


@dataclass(frozen=True, slots=True)
class UndatedDeed:
    """How a sentence with no date is dated: on the same day as an earlier happening (its index,
    its mention, ``when`` "the same day"), or by a mention of its own (a range), with the doubt to
    show."""

    mention: Mention
    same_day_as: int | None
    doubts: tuple[str, ...]
    when: str | None = None


class Told(Protocol):
    """A happening told before: the clause reporting it and the mention dating it."""

    @property
    def clause(self) -> tuple[int, int]: ...

    @property
    def main(self) -> Mention: ...


def undated_deed(
    text: str,
    spans: list[tuple[int, int, int]],
    index: int,
    told: Sequence[Told],
    event_noun: re.Pattern[str],
    kinds: dict[str, tuple[str, ...]],
    published: datetime,
) -> UndatedDeed | None:
    """A deed told with no date that its context dates: "late in the day" just told, or done by
    now after the happening ``told`` before (nearest last) whose clause names the kind of
    happening the sentence names (``event_noun``, its kind the first group; ``kinds``: the words
    for each kind)."""
    span = spans[index]
    _, s_start, s_end = span
    sentence = text[s_start:s_end]
    earlier = [(text[slice(*h.clause)], h.main) for h in told]
    then = _THAT_WAS_WHEN.match(sentence)
    if then is not None or goes_on_that_day(sentence):
        i = last_day([m for _, m in earlier], past_coarser=then is not None)
        if i is None:
            return None
        doubt = "no date in its sentence: taken to be the same day as the happening told before"
        return UndatedDeed(earlier[i][1], i, (doubt,), "the same day")
    scene = _scene_of(text, spans, index, told)
    if scene is not None:
        doubt = "no date in its sentence: taken to be the day of the scene it goes on telling"
        return UndatedDeed(told[scene].main, scene, (doubt,), "the same day")
    lead_up = _LEAD_UP.search(sentence)
    if lead_up is not None:
        placed = _in_the_lead_up(earlier, lead_up, kinds)
        if placed is None:
            return None
        when, doubt = placed
        return UndatedDeed(
            sentence_mention(text, span, index, when, published, doubt), None, (doubt,)
        )
    if _FINDING.search(sentence) is not None and _NOT_TOLD_AS_DONE.search(sentence) is None:
        doubt = "no date in its sentence: a finding reported, placed only before the article"
        mention = sentence_mention(text, span, index, "previously", published, doubt)
        return UndatedDeed(mention, None, (doubt,))
    noun = event_noun.search(sentence)
    if noun is None or not done_by_now(sentence):
        return None
    kind = noun.group(1).lower().rstrip("s")
    found = named_before(earlier, kinds.get(kind) or (kind,), published)
    if found is None:
        return None
    _, when, doubt = found
    return UndatedDeed(sentence_mention(text, span, index, when, published, doubt), None, (doubt,))


_SUBJECT = re.compile(r"(?:(?:[A-Z][\w.'’-]*)\s+){0,4}?(?P<name>[A-Z][\w'’-]+)\b")
_PRONOUN = re.compile(r"(?:[Ss]he|[Hh]e)\b")
_NEWS_OF_THE_DAY = timedelta(days=1)
_AT_ANOTHER_TIME = re.compile(
    r"\b(?:for\s+(?:months|years|weeks|decades|days|a\s+long\s+time)|throughout|since|always|"
    r"often|usually|repeatedly|once|ago|previously|formerly|earlier|former|in\s+(?:the|her|his)\s+"
    r"(?:youth|childhood|Holocaust|war)|during\s+the\s+war)\b"
    r"|\bas\s+(?:a|an|the|[A-Z][\w.]*)\s+(?:[\w.]+\s+){0,2}?(?:girl|boy|child|teenager|student|"
    r"ambassador|secretary|minister|senator|governor|president|envoy|mayor|official|lawyer)\b",
    re.IGNORECASE,
)
"""What tells a stretch, a habit, another time or a past role ("for months refused", "throughout
the search", "fled Czechoslovakia as a girl", "negotiated the accords as U.N. ambassador"): no
deed of the lead's day."""


def goes_on_with_the_lead(
    text: str,
    spans: list[tuple[int, int, int]],
    index: int,
    told: Sequence[Told],
    cast: People,
    published: datetime,
) -> UndatedDeed | None:
    """A deed told with no date whose subject is the lead's ("U.S. Secretary of State Madeleine
    Albright paid tribute Tuesday ..." and then "In Dar es Salaam, she laid a wreath", "Albright
    announced a gift"): a report of the day's news goes on telling what its subject did that
    day. Only when the lead (the first happening ``told``) is dated to a day at most a day
    before the article, the sentence's first verb tells a deed, and the happening told last
    before it is within a day of the lead's, not background from another time."""
    if not told:
        return None
    lead = told[0].main.result
    if not (
        isinstance(lead, Resolution)
        and lead.is_dated
        and not lead.approximate
        and lead.granularity == "day"
        and published - _NEWS_OF_THE_DAY <= lead.start <= published
    ):
        return None
    last = told[-1].main.result
    if not isinstance(last, Resolution) or abs(last.start - lead.start) > _NEWS_OF_THE_DAY:
        return None
    _, s_start, s_end = spans[index]
    sentence = text[s_start:s_end]
    if not _tells_a_deed(sentence) or _AT_ANOTHER_TIME.search(sentence):
        return None
    lead_clause = text[slice(*told[0].clause)]
    at = frame_end(sentence)
    pronoun = _PRONOUN.match(sentence, at)
    if pronoun is not None:
        context = context_before(text, spans, index)
        who = cast.he_or_she(s_start, sentence, context, sentences_before(text, spans, index))
    else:
        named = _SUBJECT.match(sentence, at)
        who = named.group("name") if named else None
    if who is None or who not in cast.names or not re.search(rf"\b{re.escape(who)}\b", lead_clause):
        return None
    doubt = (
        "no date in its sentence: taken to be the day of the lead, whose subject it goes on with"
    )
    return UndatedDeed(told[0].main, 0, (doubt,), "the same day")


BEFORE_NOW = re.compile(
    r"(?<!\bthe )(?<!\ban )(?<!\bfor )(?<!\bof )(?<!\bthan )(?<!\bits )(?<!\btheir )"
    r"\b(?:previously|earlier|already|formerly)\b(?!\s+(?:this|that|last|in|on|the)\b)",
    re.IGNORECASE,
)
"""A word that places a deed before the article ("had earlier suffered"); after an article or a
preposition it describes a noun instead ("for earlier generations", "an earlier model")."""


def in_the_past(
    text: str, span: tuple[int, int, int], word: re.Match[str], index: int, published: datetime
) -> Mention:
    """A happening the sentence places only before the article ("has already questioned")."""
    said = word.group(0)
    when = "previously" if said.lower() in ("already", "formerly") else said
    doubt = f"no date in its sentence: '{said}' places it only before the article"
    at = (span[1] + word.start(), span[1] + word.end())
    return sentence_mention(text, span, index, when, published, doubt, at=at)


_ITEM = r"(?:charges?|write-?offs?|write-?downs?|writedowns?|gains?|reserves?|provisions?)"
_BOOKED_ITEM = re.compile(
    rf"\$\s?\d[\d.,]*\s*(?:[mb]illion\s+)?(?:[\w-]+\s+){{0,3}}?{_ITEM}\b"
    rf"|\b{_ITEM}\s+of\s+(?:about\s+|some\s+|nearly\s+)?\$\s?\d",
    re.IGNORECASE,
)
"""An amount booked apart from sales and profit: "a $230 million charge", "a write-off of $150
million", "a $2 million gain on the sale"; not criminal charges or a bill's provisions."""
_BOOKED = re.compile(
    r"\b(?:took|taken|booked|recorded|posted|set\s+up|included|reflected|offset)\b",
    re.IGNORECASE,
)
_NOT_THE_QUARTERS_OWN = re.compile(
    r"\b(?:years?|annual(?:ly)?|months?|weeks?|daily|quarters|that\s+(?:quarter|period)|"
    r"future|expects?|expected|will|would|could|may|might|estimates?|forecasts?|analysts?|"
    r"trading)\b",
    re.IGNORECASE,
)
"""Another period, a forecast or a day's trading: the line is not the quarter's results."""
_YEAR_AGO = re.compile(r"\b(?:ago|earlier|prior|previous|before)\b", re.IGNORECASE)
_QUARTER_REACH = 3
"""How many paragraphs after the quarter's mention its results may still be told."""


def in_the_quarter_reported(
    text: str,
    span: tuple[int, int, int],
    index: int,
    quarters: Sequence[Mention],
    published: datetime,
) -> UndatedDeed | None:
    """A line of a quarter's results told with no date ("On top of that, the concern took a
    $230 million charge related to the layoffs") in the paragraphs after the quarter is named
    (``quarters``: the mentions of a past quarter before it, nearest last, none a quarter only
    compared with): the results are the nearest one's."""
    paragraph, s_start, s_end = span
    sentence = text[s_start:s_end]
    if not (
        quarters
        and paragraph - quarters[-1].paragraph <= _QUARTER_REACH
        and _BOOKED_ITEM.search(sentence)
        and _BOOKED.search(sentence)
        and _NOT_A_DEED.search(sentence) is None
        and _NOT_THE_QUARTERS_OWN.search(sentence) is None
    ):
        return None
    quarter = quarters[-1]
    doubt = f"no date in its sentence: taken to be in {quarter.when!r}, whose results it tells"
    mention = sentence_mention(text, span, index, quarter.when, published, doubt)
    return UndatedDeed(replace(mention, result=quarter.result), None, (doubt,))


def past_quarters(mentions: Sequence[Mention], published: datetime) -> list[Mention]:
    """The mentions of a quarter already over when the article was published ("the third
    quarter" in October), outside quotation marks, but not one figures are only compared with
    ("from $2.27 billion in the year-earlier quarter")."""
    return [
        m
        for m in mentions
        if not m.quoted
        and not a_compared_time(m)
        and not _YEAR_AGO.search(m.when)
        and isinstance(m.result, Resolution)
        and m.result.granularity == "quarter"
        and not m.result.approximate
        and m.result.end <= published
    ]


def overnight_doubt(lead: Mention, published: datetime) -> str | None:
    """Why an "overnight" read as the night before the article may be another night: the
    story's lead is news of an earlier day ("evacuated on Tuesday", in a Thursday story)."""
    told = lead.result
    if not (isinstance(told, Resolution) and on_a_day(lead)):
        return None
    if told.approximate or told.start.date() >= published.date():
        return None
    return (
        "'overnight' is taken to be the night before the article, but the story's news is of "
        f"{told.start:%A}: it may be a night of then"
    )


_REACTS = re.compile(
    r"\b(?:response|reaction|reply)\s+to\b|\b(?:was|were)\s+met\s+with\b"
    r"|\b(?:welcomed|condemned|criticized|criticised|assailed|denounced|praised|hailed|"
    r"deplored|applauded|blasted|protested)\b|\bletters?\s+of\s+protest\b",
    re.IGNORECASE,
)
"""Words that tell a reaction to news: "gave a guarded first response to the INS ruling", "The
decision was met with outrage", "assailed the remarks"."""
_REACTED_TO = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(ruling(?!\s+(?:party|coalition|class|council|junta|family|"
    r"elite|bloc|faction|government))|decision|verdict|order|remarks|comments|speech|"
    r"announcement|move|attack|bombing|strike|killing|vote|result|outcome)\b",
    re.IGNORECASE,
)
_RULED = re.compile(r"\b(?:rul(?:ed|ing|es)|decided|decision|ordered|order)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|remarks?|comments?)\b", re.IGNORECASE)
_SPOKE = re.compile(r"\b(?:speech|spoke|address(?:ed)?)\b", re.IGNORECASE)
_VOTED = re.compile(r"\b(?:vot(?:ed|e|es)|elect(?:ed|ion)|won|result)\b", re.IGNORECASE)
_SAME_NEWS = {
    **dict.fromkeys(("ruling", "decision", "verdict", "order"), _RULED),
    **dict.fromkeys(("remarks", "comments"), _SAID),
    "speech": _SPOKE,
    **dict.fromkeys(("vote", "result", "outcome"), _VOTED),
}
"""How a lead tells the happening a later sentence names with a noun, as whole words: "ruled"
for "the ruling", but not "truly" or "border"."""
_TOLD_AS_BEFORE = re.compile(r"\b(?:had|has|have|will|would|could|may|might)\b", re.IGNORECASE)


def reaction_to_the_lead(
    text: str, span: tuple[int, int, int], lead: Told, published: datetime
) -> UndatedDeed | None:
    """A reaction told with no date to the news the lead dates to the day of the article or the
    day before ("immigration authorities ruled Wednesday ... | In Havana, the government gave a
    guarded first response to the INS ruling"): the same day, marked doubtful. Only when the
    sentence names the lead's happening and reacts to it in its first clause, told as done, not
    as had, will, or over years. The deed is on the day of the first happening told (index 0),
    which is the lead."""
    told = lead.main.result
    if not (
        isinstance(told, Resolution)
        and told.granularity == "day"
        and told.is_dated
        and not told.approximate
        and told.part_of_day is None
        and published - _NEWS_OF_THE_DAY <= told.start <= published
    ):
        return None
    sentence = text[span[1] : span[2]]
    first = re.split(r"[,;:]", sentence[frame_end(sentence) :], maxsplit=1)[0]
    named = _REACTED_TO.search(sentence)
    # not "The decision, which lawyers condemned, will be appealed", nor "have ... for years"
    if (
        named is None
        or _REACTS.search(first) is None
        or _NOT_A_DEED.search(first)
        or _TOLD_AS_BEFORE.search(first)
        or _AT_ANOTHER_TIME.search(sentence)
    ):
        return None
    kind = named.group(1).lower()
    same = _SAME_NEWS.get(kind) or re.compile(rf"\b{kind.rstrip('s')}", re.IGNORECASE)
    if same.search(text, *lead.clause) is None:
        return None
    doubt = (
        f"no date in its sentence: a reaction to {named.group(0)!r}, taken to be the day of "
        "the lead's news"
    )
    return UndatedDeed(lead.main, 0, (doubt,), "the same day")


OVERNIGHT_ACROSS = (
    "'overnight' is taken to be the night of the day told just before, in another paragraph"
)


def told_just_before(before: Mention, m: Mention) -> bool:
    """Whether ``before`` is told in ``m``'s paragraph or in the sentence just before it: the
    day an "overnight" goes on from."""
    return before.paragraph == m.paragraph or before.sentence_index == m.sentence_index - 1
