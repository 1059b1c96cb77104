"""A sentence that reports several happenings, each on its own date (issue 14).

"Since 1949, it has been expanded to include Greece in 1952 and Spain in 1982" reports the two
enlargements, not the year it counts from: a date that opens a count ("since") is the frame of
the later dates beside it. A relative clause with a deed and a date of its own (", which agreed
to buy the unit in February") is a second happening beside the main clause's. A report that is
news in itself (", the Buffalo News reported Friday", after a deed with no date of its own) is
proposed on the report's day. A stay that ends as the story speaks ("Scharping, ending a two-day
visit, said") is the days up to the story's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from tui.core.model import Resolution
from tui.dates import resolve
from tui.formats.draft_clauses import a_deed
from tui.formats.draft_mentions import Mention, sentence_mention
from tui.formats.draft_text import IRREGULAR_PAST, NEAR, SINCE
from tui.formats.draft_titles import TITLE_LIMIT, headline

_REPORT_TAIL = re.compile(
    r"[,\"'”]\s*((?:[\w.'’-]+\s+){0,6}?)(?:said|says|reported|reports|announced|confirmed)\s+$",
    re.IGNORECASE,
)
"""The source and verb of an attribution tail that ends on its date: ", the Buffalo News
reported Friday"."""
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NAMED = re.compile(r"\b[A-Z][a-z]")
"""A source with a name ("the Buffalo News", "Rudolf Scharping"), not "the source"."""
_UNNAMED = re.compile(
    r"\b(?:sources?|officials?|spokes(?:man|woman|person)|aides?|diplomats?|analysts?|people|"
    r"insiders?|executives?)$",
    re.IGNORECASE,
)
"""A source kept nameless however it is described: "White House and Republican sources"."""
_HANGING = re.compile(
    r"(?:\s+(?:a|an|the|of|to|in|on|at|by|for|with|and|or|but|that|can|could|will|would|may|"
    r"is|are|was|were|has|have|had))+$",
    re.IGNORECASE,
)
"""Words a cut title may not end on: "... in the car of a", "... Czech Republic can"."""
_CLAUSE_END = re.compile(r"[,;]")
_SENTENCE_END = re.compile(r"\s*[.!?]?[\"'”]?\s*$")


def a_since_frame(m: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``m`` is the start a sentence counts from ("Since 1949, it has grown to include
    Greece in 1952"): then the later dates after it tell the happenings and it tells none."""
    before = m.sentence[: m.start - m.quote_start]
    if not SINCE.search(before[-20:]) or not isinstance(m.result, Resolution):
        return False
    start = m.result.start
    return any(
        o.start > m.end
        and isinstance(o.result, Resolution)
        and o.result.is_dated
        and o.result.start > start
        for o in others
    )


def news_reports(ms: Sequence[Mention], published: datetime) -> list[tuple[Mention, str]]:
    """The reports of a sentence that are news in themselves, each with its title: a sentence
    that ends "..., the Buffalo News reported Friday" after telling a deed with no date of its
    own is proposed on the report's day as "Buffalo News: <the deed>". Only a named source's
    report is news ("the source said Monday" is not); the deed itself is left to the rules for
    undated happenings."""
    out = []
    for m in ms:
        if m.quoted or not isinstance(m.result, Resolution) or not m.result.is_dated:
            continue
        at, end = m.start - m.quote_start, m.end - m.quote_start
        tail = _REPORT_TAIL.search(m.sentence, 0, at)
        if tail is None or tail.end() != at or not _SENTENCE_END.fullmatch(m.sentence, end):
            continue
        source = _LEADING_THE.sub("", tail.group(1)).strip()
        deed = m.sentence[: tail.start()]
        if m.result.start > published or not _NAMED.search(source) or _UNNAMED.search(source):
            continue
        if not a_deed(deed):
            continue
        out.append((m, _titled(source, headline(deed, m.when, []))))
    return out


def _titled(source: str, deed: str) -> str:
    """ "Buffalo News: James Kopp was seen in the car", cut at a word to fit a title."""
    title = f"{source[:1].upper()}{source[1:]}: {deed}"
    while len(title) > TITLE_LIMIT and " " in title:
        title = title.rsplit(" ", 1)[0].rstrip(" ,;:")
    return _HANGING.sub("", title).rstrip(" ,;:")


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3}
_ENDING_A_STAY = re.compile(
    r"(?P<who>[A-Z][^,]{0,60}),\s+(?P<ending>ending|concluding|wrapping up|winding up)\s+"
    rf"(?:a|an|his|her|their|its)\s+(?P<n>{'|'.join(_NUMBER_WORDS)})-day\s+"
    r"(?P<what>visit|trip|tour|stay|mission)\b",
    re.IGNORECASE,
)
"""A stay that ends as the sentence speaks: "Scharping, ending a two-day visit, said ..."."""


def ended_stays(
    text: str,
    spans: Sequence[tuple[int, int, int]],
    mentions: Sequence[Mention],
    published: datetime,
) -> list[tuple[Mention, tuple[int, int], str]]:
    """ "Scharping, ending a two-day visit, said ..." in a story of the day it was published: the
    visit is the two days up to that day ("from a day ago to today"), marked doubtful. A story
    whose news is of another day, or a sentence with a date of its own, gets nothing: the visit
    may have ended then."""
    days = [
        m.result
        for m in mentions
        if isinstance(m.result, Resolution) and m.result.granularity == "day" and not m.quoted
    ]
    if days and days[0].start.date() != published.date():
        return []
    dated = {m.sentence_index for m in mentions}
    out = []
    for index, span in enumerate(spans):
        _, s_start, s_end = span
        stay = _ENDING_A_STAY.match(text, s_start, s_end)
        if stay is None or index in dated:
            continue
        before = _NUMBER_WORDS[stay.group("n").lower()] - 1
        when = f"from {'a' if before == 1 else before} day{'s' * (before > 1)} ago to today"
        doubt = f"'{stay.group('ending')} a {stay.group('n')}-day {stay.group('what')}': taken to "
        doubt += "end on the day of the story"
        mention = sentence_mention(text, span, index, when, published, doubt)
        title = f"{stay.group('who')} ends {stay.group('n')}-day {stay.group('what')}"
        out.append((mention, (s_start, s_end), title))
    return out


_TRAILING_RELATIVE = re.compile(
    r"(?P<whom>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*|[\w'-]+\s+[\w'-]+)\s*,\s*"
    r"(?:which|who)\s+(?P<deed>[^,;]*)$"
)
"""A relative clause that runs on to the sentence's end: "..., which agreed to purchase the line
for $22 million in February"."""
_OWN_VERB = re.compile(
    rf"(?:\w+ly\s+)?(?:(?P<past>{IRREGULAR_PAST}|\w{{3,}}ed)|plans?|will)\b", re.IGNORECASE
)
"""The clause's verb tells a deed or a plan ("agreed", "closed", "plans to"), not a possibility
("could come", "may")."""


def relative_deeds(
    text: str,
    s_start: int,
    s_end: int,
    candidates: Sequence[Mention],
    chosen: set[int],
    published: datetime,
) -> list[tuple[Mention, tuple[int, int], str | None]]:
    """Happenings told in a relative clause on a date of their own, beside a main clause with its
    own date: "Milton Roy disclosed in May that it was approached by Thermo Electron, which
    agreed to purchase its chromatography line in February" is two happenings. Each with the
    words that tell it and a title ("Thermo Electron agreed to purchase ..."); a bare month or
    day after a deed told in the past is the last one ("last February")."""
    if not chosen:
        return []
    out: list[tuple[Mention, tuple[int, int], str | None]] = []
    for m in candidates:
        clause = _TRAILING_RELATIVE.search(text, max(s_start, m.start - NEAR), m.start)
        if m.number in chosen or clause is None:
            continue
        verb = _OWN_VERB.match(clause.group("deed"))
        if verb is None:
            continue
        cut = _CLAUSE_END.search(text, m.end, s_end)
        end = cut.start() if cut else s_end
        title = headline(f"{clause.group('whom')} {text[clause.start('deed') : end]}", m.when, [])
        if verb.group("past") and isinstance(m.result, Resolution) and m.result.start > published:
            m = _the_last(m, published)
        out.append((m, (clause.start("whom"), end), title))
    return out


def _the_last(m: Mention, published: datetime) -> Mention:
    """The mention read as the last such month or day, when the resolver reads it so."""
    when = f"last {m.when}"
    result = resolve(when, published, anchor_label="the source's publication")
    if not isinstance(result, Resolution) or result.start > published:
        return m
    doubt = f"{m.when!r} after a deed told in the past: taken as {when!r}"
    return replace(m, when=when, result=result, doubts=(*m.doubts, doubt))
