"""The lead of a news story: its first sentence reports the story's main happening, dated or not.

A wire or business story's lead is its news ("Magna's chief financial officer resigned and its
chairman is stepping in, the company said"). When the lead carries no date of its own, the
happening is still the one event a timeline of the story must have, so it is proposed as
"recently": before the article, no better bound, marked doubtful. Not when the lead only reports
words ("X said it plans ..."), which date the saying, not a happening; nor a feature lead ("This
hasn't been Kellogg's year."), whose first sentence sets a scene; nor a lead with no verb in the
past ("GM wants to buy 15% of Jaguar"), nor one whose deed is a participle before a guess ("A
rifle found near the home may yield clues").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from tui.core.model import Resolution
from tui.formats.draft_clauses import a_guess
from tui.formats.draft_mentions import Mention, sentence_mention
from tui.formats.draft_text import IRREGULAR_PAST, NEAR
from tui.formats.draft_titles import DATELINE

_FEATURE = re.compile(
    r"^(?:[`'\"“‘(]|(?:this|that|these|those|it|there|here|when|while|although|though|if|unless|"
    r"despite|amid|imagine|for|once|as|in|"
    r"with|after|before|what|who|why|how|live)\b)",
    re.IGNORECASE,
)
"""A lead that opens on a scene, a quotation, a question or a frame, not on who did what."""
_REPORTED = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|told|added|disclosed|"
    r"confirmed|denied)\b",
    re.IGNORECASE,
)
_REPORTED_DEED = re.compile(
    rf"\s+(?:that\s+)?(?:(?!(?:it|he|she|they|we)\b)[\w.,'&-]+\s+){{1,6}}?(?:\w{{3,}}ed|{IRREGULAR_PAST})\b"
    rf"|\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:\w{{3,}}ed|{IRREGULAR_PAST})\b",
    re.IGNORECASE,
)
"""What a lead reports, when it is a deed done: "said Michael Reupke resigned", "said it sold its
candy businesses"; not a plan or a view ("said it plans", "said it expects")."""
_DEED_THEN_SAID = re.compile(
    rf"[^,]*?\b(?:\w{{3,}}ed|{IRREGULAR_PAST})\b[^;]*\band\s+(?:said|announced|added)$",
    re.IGNORECASE,
)
"""A lead whose subject did something, then said more: "A unit of DPC launched a tender offer
..., and said it would seek to liquidate the maker"."""
_RESULT = re.compile(
    r"\b(?:net income|net loss|earnings|profits?|revenues?|sales)\b", re.IGNORECASE
)
_RESULT_PERIOD = re.compile(r"\b(?:quarter|months|year|period)\b", re.IGNORECASE)


def _results(reported: str) -> bool:
    """Whether a lead reports a period's results ("said net income for the six months ended Oct. 1
    slipped"): those are dated by their period, not as the story's news of "recently"."""
    result = _RESULT.search(reported)
    return result is not None and _RESULT_PERIOD.search(reported, result.end()) is not None


_TAIL = re.compile(
    r",\s*(?:[\w.'-]+\s+){0,6}?(?:said|says|reported|announced|added)\s*(?:\w+\s*)?[.!?]?\s*$",
    re.IGNORECASE,
)
"""An attribution tail: "..., the company said." leaves the happening the lead reports."""
_DONE = re.compile(
    rf"\b(?:(?:was|were|has been|have been)\s+)?(?:(?-i:[a-z])\w{{2,}}ed|{IRREGULAR_PAST})\b",
    re.IGNORECASE,
)
"""A deed done; a capitalised word is a name ("the United States"), not a verb."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A lead in the present perfect ("has informed Sununu") is news whose time the body gives, in
the simple past: it is proposed from the body's sentence."""
_PERFECT_DEED = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?[a-z]\w+(?:ed|en|wn|t)\b")
_UNDER_WAY = re.compile(r"\b(?:(?:is|are)\s+[a-z]\w+ing|will\s+[a-z]\w+)\b")
"""What a lead tells as under way or ahead: "is leaving for the United States", "will cost"."""
_STATE = re.compile(r"\b(?:is|are|am|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A participle after "is" tells a state ("The committee is made up of nine members")."""
_NAME = re.compile(r"\b[A-Z][\w-]{2,}")
_NOT_A_NAME = frozenset({"Inc", "Corp", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "The", "One"})
_WORDS = 3
"""A first "sentence" shorter than this once its dateline goes is the dateline alone."""


def _retold(subject: str, verb: str, later: list[str]) -> bool:
    """Whether a later sentence tells the same deed by the same doer: the lead's verb and a name
    of its subject (not the owner of a possessive: "Magna's chief financial officer")."""
    owned = re.split(r"['’]s\b", subject)[-1]
    names = {n for n in _NAME.findall(owned) if n not in _NOT_A_NAME}
    stem = verb.split()[-1].lower()
    return any(
        stem in sentence.lower().split() and any(n in sentence for n in names) for sentence in later
    )


_ATTRIBUTION_TAIL = re.compile(
    r"[,\"'”]\s*(?:\w+\s+){0,5}?(?:said|says|reported|added)\s+\S+(?:\s+\S+)?$", re.IGNORECASE
)
_ATTRIBUTION_END = re.compile(r"\s*[.!?]?[\"'”]?\s*$")


def in_its_tail(m: Mention) -> int | None:
    """Where the attribution that ends the sentence begins, when the date is in it ("...,
    officials said Monday."), or None: such a date dates the telling, not what is told."""
    at = m.end - m.quote_start
    tail = _ATTRIBUTION_TAIL.search(m.sentence, max(0, at - NEAR), at)
    return tail.start() if tail and _ATTRIBUTION_END.match(m.sentence, at) else None


def told_in_its_tail(lead: list[Mention], published: datetime) -> Mention | None:
    """The lead's news on the day its attribution gives, when that is the lead's only date
    ("Farkas is leaving for the United States to start a new career, he said Saturday"): the
    story's news is what was told that day; what it reports may be older, and the doubt says so."""
    dated = [m for m in lead if isinstance(m.result, Resolution) and m.result.is_dated]
    tail = in_its_tail(dated[0]) if len(dated) == 1 and not dated[0].quoted else None
    if tail is None:
        return None
    told = dated[0]
    content = told.sentence[:tail]
    if _PERFECT_DEED.search(content):
        return None  # "has informed Sununu ..., the source said Monday": the body dates it
    if not (_DONE.search(content) or _UNDER_WAY.search(content)):
        return None  # "The plan is sound, the mayor said Tuesday": a view, not news
    assert isinstance(told.result, Resolution)
    if told.result.end > published + timedelta(days=1):
        return None  # "..., he said tomorrow" is no telling yet
    doubt = f"'{told.when}' is when it was told; what it tells may have happened before"
    return replace(told, doubts=(*told.doubts, doubt))


def main_verb_follows(after: str) -> bool:
    """Whether the words after a date close an aside and go on with the main verb: "whose stock
    peaked in the early 1980s, filed a plan"."""
    return re.match(rf"\s*,\s*(?:\w+ly\s+)?{_DONE.pattern}", after, re.IGNORECASE) is not None


def lead_index(text: str, spans: list[tuple[int, int, int]]) -> int | None:
    """The index of the story's lead: its first sentence of some length once a dateline goes,
    past a headline (a paragraph of one line with no stop, before the story: "Ex-treasurer
    convicted of fraud")."""
    for index, (paragraph, start, end) in enumerate(spans[:2]):
        words = DATELINE.sub("", text[start:end].strip())
        headline = (
            index + 1 < len(spans)
            and spans[index + 1][0] != paragraph
            and "\n" not in words
            and not words.rstrip("\"'”’)").endswith((".", "!", "?", ":"))
        )
        if len(words.split()) >= _WORDS and not headline:
            return index
    return None


def undated_lead(
    text: str,
    spans: list[tuple[int, int, int]],
    index: int,
    published: datetime,
    later: list[str],
) -> Mention | None:
    """The lead's happening as a mention of "recently", when the lead reports a deed with no date:
    the story's news, before the article. Not when the body tells it again with its date
    (``later``: the sentences of the dated happenings), as "IMA completed the purchase yesterday"
    retells "IMA Holdings Corp. completed its $3 billion acquisition"."""
    _, start, end = spans[index]
    lead = DATELINE.sub("", text[start:end].strip())
    if _FEATURE.match(lead) or lead.rstrip().endswith("?"):
        return None
    deed = _TAIL.sub("", lead)
    said = _REPORTED.search(deed)
    if said is not None and said.end() < NEAR and _DEED_THEN_SAID.match(deed, 0, said.end()):
        said = None  # "X launched an offer ..., and said it would ...": the deed comes first
    if said is not None:
        deed = deed[said.end() :]  # "X said Y resigned": Y's deed is the news, X's words its source
        if not _REPORTED_DEED.match(deed) or _results(deed):
            return None  # "X said it plans to ...": words, not yet a deed
    done = next((d for d in _DONE.finditer(deed) if not _STATE.search(deed, 0, d.start())), None)
    if done is None or _PERFECT.search(deed, 0, done.start()):
        return None
    if _retold(deed[: done.start()], done.group(0), later):
        return None
    if a_guess(deed[: done.start()], deed[done.end() :]):
        return None  # "A rifle found near the house may yield clues": a participle, then a guess
    return sentence_mention(
        text,
        spans[index],
        index,
        "recently",
        published,
        "no date in the lead: the story's news, taken to be before the article",
    )
