"""From date expressions to proposed events: one per happening, dated by the clause reporting it.

A sentence's expressions are grouped into one event unless a new clause with its own verb reports
a second happening ("began on Monday and collapsed on Wednesday"). Of a sentence's dates, the one
that dates its main clause wins over one mentioned in passing (in a relative clause, in brackets, a
bare year beside a day, the day a thing was merely said). A sentence with no date of its own that
names an earlier happening ("the strike was halted") is proposed on that happening's day, marked
doubtful. The same happening told twice with the same date is proposed once. A date in an
attribution tail ("..., the sources said Monday.") dates the saying, not the happening told, so
it dates no event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise

from tui.core.model import Resolution, Unresolved
from tui.dates import resolve, resolve_anchored
from tui.dates.tense import tense_in_quotes
from tui.formats.draft_clauses import (
    a_frame,
    a_present_state,
    a_state,
    a_year_of_results,
    anniversary,
    background,
    describes_the_speaker,
    describes_the_subject,
    fiscal_quarter,
    in_a_counterfactual,
    named_in_a_state,
    quoted_deed,
    saying_only,
)
from tui.formats.draft_compared import a_compared_time, months_ended, the_quarter_reported
from tui.formats.draft_guesses import written_out
from tui.formats.draft_lead import (
    in_its_tail,
    lead_index,
    told_in_its_tail,
    undated_lead,
)
from tui.formats.draft_mentions import (
    Mention,
    Proposal,
    _a_year_before_a_quarter,
    expressions,
    granularity_of,
    on_a_day,
    the_ones_before,
)
from tui.formats.draft_named import (
    a_list_item,
    aged_happenings,
    at_an_age,
    list_heads,
    list_item_clause,
    main_title,
    named_spans,
    named_title,
)
from tui.formats.draft_passing import (
    NEW_CLAUSE,
    counted_on,
    done_before,
    in_an_aside,
    passing_scores,
    reported_on,
    said_after_words,
)
from tui.formats.draft_people import People, people
from tui.formats.draft_retold import Tellings
from tui.formats.draft_split import a_since_frame, ended_stays, news_reports, relative_deeds
from tui.formats.draft_text import (
    FIGURES,
    IRREGULAR_PAST,
    KINDS,
    Ids,
    sentences,
    sentences_before,
    title_context,
)
from tui.formats.draft_text import without_stray_quote_marks as unquoted
from tui.formats.draft_titles import DATELINE, fragment_headline, headline
from tui.formats.draft_undated import (
    BEFORE_NOW,
    OVERNIGHT_ACROSS,
    goes_on_with_the_lead,
    in_the_past,
    in_the_quarter_reported,
    overnight_doubt,
    past_quarters,
    reaction_to_the_lead,
    told_just_before,
    undated_deed,
)


@dataclass(frozen=True, slots=True)
class _Happening:
    """A proposal before its id and final date: the mention dating it, the clause reporting it."""

    main: Mention
    members: tuple[Mention, ...]
    clause: tuple[int, int]
    anchor_happening: int | None = None
    anchor_on: _Happening | None = None
    doubts: tuple[str, ...] = ()
    when: str | None = None
    title: str | None = None


_PLAN = re.compile(
    r"\b(?:will|'ll|shall|going to|plans? to|intends? to)\b(?!\s+not\b|\s+never\b)",
    re.IGNORECASE,
)
_EVENT_NOUN = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?((?:air)?strikes?|attacks?|bombings?|raids?|meetings?|talks|"
    r"votes?|elections?|ceasefire|truce|deal|agreement|offer|merger|acquisition|explosions?|"
    r"blasts?|crash|shooting|arrests?|trial|hearing|ruling|decision|speech|summit|visit|"
    r"protests?|incident|invasion|announcement|takeover|bid|sale|earthquake|storm|fire|"
    r"killings?|massacre|coup|resignation|verdict|indictment|shelling|assault)\b",
    re.IGNORECASE,
)
_PAST = re.compile(rf"\b(?:\w{{3,}}ed|was|were|had|did|{IRREGULAR_PAST})\b", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans? to|expects? to"
    r"|ha(?:s|ve)\s+(?:already|long|repeatedly|often|always|never))\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"^(?:so far |earlier |later )?(?:this|last|the current|the full|the past|the latest|the)\s+"
    r"(?:fiscal\s+)?(?:year|quarter)$",
    re.IGNORECASE,
)


def propose(text: str, published: datetime) -> list[Proposal]:
    """The article's happenings as proposed events, each dated by the clause reporting it."""
    mentions = expressions(text, published)
    spans = sentences(text)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    happenings: list[_Happening] = []
    for index in sorted(by_sentence):
        _, s_start, s_end = spans[index]
        happenings += _happenings_of(text, s_start, s_end, by_sentence[index], published)
    happenings = _with_the_lead(text, spans, happenings, published, by_sentence)
    happenings += _anniversaries(text, mentions, spans)
    told = aged_happenings(text, spans, published) + ended_stays(text, spans, mentions, published)
    happenings += [_Happening(m, (), a) for m, a in at_an_age(text, spans, published, by_sentence)]
    happenings += [_Happening(m, (), span, title=t) for m, span, t in told]
    lulls = the_ones_before(text, mentions, spans, published)  # first, as they came first
    happenings = [_Happening(m, (), span, title=t) for m, span, t in lulls] + happenings
    happenings = _overnight_after(text, happenings, published)
    happenings = _with_sayings_quoted(spans, mentions, happenings)
    cast = people(text)
    happenings = _dated_by_reference(text, spans, by_sentence, happenings, published, cast)
    happenings, same_as = _without_repeats(happenings)
    happenings = _anchored(happenings, same_as)
    return _as_proposals(text, spans, happenings, mentions, published, cast)


def _with_the_lead(
    text: str,
    spans: list[tuple[int, int, int]],
    happenings: list[_Happening],
    published: datetime,
    by_sentence: dict[int, list[Mention]],
) -> list[_Happening]:
    """The lead's news proposed even when it has no date of its own: a date only in an aside of
    the lead ("Coleco, whose stock peaked in the early 1980s, filed a plan") dates the aside,
    and one only in its attribution ("..., he said Saturday") the day it was told."""
    lead = lead_index(text, spans)
    if lead is None:
        return happenings
    _, start, end = spans[lead]
    own = [h for h in happenings if start <= h.clause[0] < end]
    if any(not in_an_aside(text, start, h.main) for h in own):
        return happenings
    kept = [h for h in happenings if h not in own]
    later = [h.main.sentence for h in kept if granularity_of(h.main) is not None]
    news = told_in_its_tail(by_sentence.get(lead, []), published) or undated_lead(
        text, spans, lead, published, later
    )
    if news is None:
        return happenings
    return [_Happening(news, (), (start, end)), *kept]


def _with_sayings_quoted(
    spans: list[tuple[int, int, int]], mentions: list[Mention], happenings: list[_Happening]
) -> list[_Happening]:
    """A saying is proposed, before the quotation, when a date in its words counts from it
    ("'It is a sad day,' Lindgren said on Tuesday. 'But yesterday I told them ...'"): the
    quotation's date rests on the day the words were said."""
    held = {m.number for h in happenings for m in (h.main, *h.members)}
    out = []
    for h in happenings:
        said = h.main.anchor
        m = mentions[said] if said is not None and 0 <= said < len(mentions) else None
        if h.main.quoted and m is not None and said not in held and on_a_day(m):
            _, start, end = spans[m.sentence_index]
            out.append(_Happening(m, (m,), (start, end)))
            held.add(m.number)
        out.append(h)
    return out


def _anniversaries(
    text: str, mentions: list[Mention], spans: list[tuple[int, int, int]]
) -> list[_Happening]:
    """The happenings an anniversary recalls, each on its own day ("today, the 39th anniversary
    of the Bay of Pigs fiasco" is 17 April 1961), titled from the words that name it."""
    out = []
    for m in mentions:
        found = anniversary(text, m) if m.anchor is None and not m.quoted else None
        if found is None:
            continue
        when, result, named, doubt = found
        recalled = replace(m, number=-1, when=when, result=result, doubts=(doubt,))
        out.append(_Happening(recalled, (), (named, spans[m.sentence_index][2])))
    return out


def _datable(m: Mention, published: datetime) -> bool:
    """A date or a PAST_REF can date a happening; "now" or "in the future" cannot, nor a year
    that figures are compared over ("earned $480 million last year")."""
    if isinstance(m.result, Unresolved):
        return True
    if _PERIOD.search(m.when) and FIGURES.search(m.sentence):
        return False
    if a_compared_time(m):
        return False
    tail = in_its_tail(m)
    if tail is not None:
        return not m.quoted and quoted_deed(m.sentence[:tail])
    at, end = m.start - m.quote_start, m.end - m.quote_start
    past = m.result.end <= published
    if (
        saying_only(m.sentence, at, end)
        or background(m.sentence, at, end, past)
        or describes_the_speaker(m.sentence, at)
        or describes_the_subject(m.sentence, at, end)
        or named_in_a_state(m.sentence, at, end)
        or in_a_counterfactual(m.sentence, at)
    ):
        return False
    if a_year_of_results(m.sentence, m.when, m.result, published) or a_frame(
        m.sentence, at, end, m.result, published
    ):
        return False
    if m.quoted and m.anchor is None and not _PLAN.search(m.sentence):
        return False  # "high noon comes today": words nobody dates, unless they announce a plan
    return m.result.is_dated or m.result.value == "PAST_REF"


def _happenings_of(
    text: str, s_start: int, s_end: int, ms: list[Mention], published: datetime
) -> list[_Happening]:
    """One happening per clause that has its own date; the sentence's other dates join it."""
    candidates = [m for m in ms if _datable(m, published) and not a_since_frame(m, ms)]
    if not candidates:
        if reports := news_reports(ms, published):
            return [_Happening(m, (m,), (s_start, s_end), title=t) for m, t in reports]
        anchors = {o.anchor for o in ms}
        return [_Happening(m, (m,), (s_start, s_end)) for m in ms if m.number in anchors]
    named = named_spans(text, candidates, s_end, published)
    inside = {m.number for m in candidates for s, e in named.values() if s < m.start < e}
    naming = named.keys() | inside  # a date naming a happening, or inside the words naming one
    scores = passing_scores(text, s_start, candidates, naming)
    best = min(scores.values())
    mains = [m for m in candidates if scores[m.number] == best]
    kept = [mains[0]]
    for m in mains[1:]:
        between = text[kept[-1].end : m.start]
        if _value(m) not in {_value(k) for k in kept} and (
            NEW_CLAUSE.search(between) or a_list_item(between)
        ):
            kept.append(m)
    kept = [reported_on(text, kept[0], mains)] if len(kept) == 1 else kept
    kept += counted_on(text, candidates, kept)
    bounds = [s_start]
    for left, right in pairwise(kept):
        cut = NEW_CLAUSE.search(text, left.end, right.start)
        bounds.append(cut.start() if cut else left.end)
    bounds.append(s_end)
    result = []
    for i, main in enumerate(kept):
        members = tuple(m for m in ms if bounds[i] <= m.start < bounds[i + 1] or m is main)
        at = named.get(main.number)
        title, doubts = main_title(text, (s_start, bounds[i]), main, at, published)
        doubts += said_after_words(text, s_start, main, ms) + done_before(text, s_start, main)
        clause = (bounds[i], bounds[i + 1])
        result.append(_Happening(main, members, clause, doubts=doubts, title=title))
    chosen = {k.number for k in kept}
    told = [
        (m, at, named_title(text[slice(*at)], text[s_start : at[0]]))
        for m in candidates
        if (at := named.get(m.number)) and m.number not in chosen
    ]
    told += relative_deeds(text, s_start, s_end, candidates, chosen | set(named), published)
    return result + [_Happening(m, (m,), at, title=t) for m, at, t in told]


def _value(m: Mention) -> str | None:
    return m.result.value if isinstance(m.result, Resolution) else None


def _dated_by_reference(
    text: str,
    spans: list[tuple[int, int, int]],
    by_sentence: dict[int, list[Mention]],
    happenings: list[_Happening],
    published: datetime,
    cast: People,
) -> list[_Happening]:
    """Undated sentences that name an earlier happening by its noun ("the strike was halted"),
    or say only that it came before ("Putin has already questioned ..."), or go on with what
    the lead's subject did that day, or tell a line of the results of a quarter named before."""
    out: list[_Happening] = []
    quarters: list[Mention] = []
    queue = deque(sorted(happenings, key=lambda h: h.clause[0]))
    for index, (_, s_start, s_end) in enumerate(spans):
        while queue and queue[0].clause[0] < s_end:
            out.append(queue.popleft())
        if index in by_sentence:
            quarters += past_quarters(by_sentence[index], published)
            continue
        sentence = text[s_start:s_end]
        if not _PAST.search(sentence):
            continue
        own = [h for h in out[-_LOOKBACK:] if h.when is None and h.main.anchor is None]
        pool = own
        deed = undated_deed(text, spans, index, own, _EVENT_NOUN, KINDS, published)
        lead = None
        if deed is None:  # the story's first happening dated of its own
            lead = next((h for h in out if h.when is None and h.main.anchor is None), None)
        if lead is not None:  # first in its pool: the lead is the earliest happening told
            pool = own if lead in own else [lead, *own]
            deed = goes_on_with_the_lead(
                text, spans, index, pool, cast, published
            ) or reaction_to_the_lead(text, spans[index], lead, published)
        deed = deed or in_the_quarter_reported(text, spans[index], index, quarters, published)
        if deed:
            on = pool[deed.same_day_as] if deed.same_day_as is not None else None
            out.append(
                _Happening(deed.mention, (), (s_start, s_end), None, on, deed.doubts, deed.when)
            )
            continue
        before = BEFORE_NOW.search(sentence)
        if before is not None:
            if not a_state(sentence[before.end() :], sentence[: before.start()]):
                placed = in_the_past(text, spans[index], before, index, published)
                out.append(_Happening(placed, (), (s_start, s_end)))
            continue
        goes_on = _GOES_ON.match(sentence) is not None and index > 0
        if _NOT_YET.search(sentence) and not goes_on:
            continue
        noun = None if a_present_state(sentence) else _EVENT_NOUN.search(sentence)
        found = _named_earlier(text, out, noun, spans[index][0]) if noun else None
        why = f"as {noun.group(0)}" if noun else ""
        if found is None and goes_on:
            found = _just_before(out, spans[index][0], spans[index - 1][1])
            why = "going on from the happening told just before it"
        right_after = _RIGHT_AFTER.search(sentence)
        if found is None and right_after is not None:
            found = _just_before(out, spans[index][0])
            why = f"'{right_after.group(0)}' after the happening told before it"
        if found is not None:
            i, when = found
            out.append(
                _Happening(
                    out[i].main,
                    (),
                    (s_start, s_end),
                    anchor_on=out[i],
                    doubts=(f"no date in its sentence: taken to be {when} {why}",),
                    when=when,
                )
            )
    out.extend(queue)
    return out


def _named_earlier(
    text: str, out: list[_Happening], noun: re.Match[str], paragraph: int
) -> tuple[int, str] | None:
    """The nearest earlier happening of the paragraph, dated to a day, a night or a month, whose
    clause names the same kind of thing ("the strike" after "four airstrikes"), and its time."""
    names = KINDS.get(noun.group(1).lower().rstrip("s"), (noun.group(1).lower().rstrip("s"),))
    for i in range(len(out) - 1, max(-1, len(out) - 1 - _LOOKBACK), -1):
        h = out[i]
        if h.main.paragraph != paragraph:
            break  # a paragraph is one story: "the strike" further back may be another
        if h.when is not None or h.main.anchor is not None:
            continue
        when = _SAME_SPAN.get(granularity_of(h.main) or "")
        clause = text[h.clause[0] : h.clause[1]].lower()
        if when and (not names or any(name in clause for name in names)):
            return i, when
    return None


_RIGHT_AFTER = re.compile(
    r"\b(?:immediately|promptly|after (?:the )?(?:stock )?(?:markets?|trading) (?:closed|close)"
    r"|after the close(?: of trading)?)\b",
    re.IGNORECASE,
)
"""A sentence that follows on at once: "They immediately appealed." is the same day, and so is
"Nashua announced the request after the market closed." after a day's close."""
_GOES_ON = re.compile(
    r"^\W*(?:they|he|she)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?!said\b|told\b|added\b|refused\b|declined\b)"
    r"(?:\w{3,}ed|took|seized|found|sent|held|made|struck|hit|shot|fled|caught|led)\b",
    re.IGNORECASE,
)
"""A sentence that goes on telling what the last one's doers did ("They arrested two men ..."),
not what they said or would not say."""
_SAME_SPAN = {"day": "the same day", "NI": "that night", "month": "the same month"}


def _just_before(out: list[_Happening], paragraph: int, since: int = 0) -> tuple[int, str] | None:
    """The happening told just before (from ``since`` on), in the same paragraph, when it is dated
    to a day, a night or a month, and how to say that time again."""
    for i in range(len(out) - 1, -1, -1):
        h = out[i]
        if h.main.paragraph != paragraph or h.clause[1] <= since:
            return None
        if h.when is None and h.main.anchor is None:
            when = _SAME_SPAN.get(granularity_of(h.main) or "")
            return (i, when) if when else None
    return None


def _overnight_after(
    text: str, happenings: list[_Happening], published: datetime
) -> list[_Happening]:
    """ "Following the strike, the council met overnight": the night of the strike's day; and
    "It made landfall late Tuesday. ... It weakened overnight", in a Thursday story: the night
    of the day told just before (in the paragraph, or in the sentence before it), when that is
    before the story's day."""
    out: list[_Happening] = []
    for h in happenings:
        if h.when is None and h.main.anchor is None and h.main.when.lower() == "overnight":
            noun = _EVENT_NOUN.search(h.main.sentence)
            found = _named_earlier(text, out, noun, h.main.paragraph) if noun else None
            last = out[-1] if out and told_just_before(out[-1].main, h.main) else None
            on = out[found[0]] if found is not None else last
            told = on.main.result if on is not None else None
            if (
                on is not None
                and isinstance(told, Resolution)
                and on_a_day(on.main)
                and not told.approximate
                and told.start.date() < published.date()
            ):
                across = on.main.paragraph != h.main.paragraph
                h = replace(
                    h, anchor_on=on, doubts=(*h.doubts, OVERNIGHT_ACROSS) if across else h.doubts
                )
            elif out and (doubt := overnight_doubt(out[0].main, published)):
                h = replace(h, doubts=(*h.doubts, doubt))
        out.append(h)
    return out


_LOOKBACK = 12
"""How many happenings back "the strike" is looked for: a story names what it just told."""


def _without_repeats(
    happenings: list[_Happening],
) -> tuple[list[_Happening], dict[int, _Happening]]:
    """The same happening told again with the same date (see ``Tellings``) is one event; also
    which kept happening each dropped one (by ``id``) and its mentions (by ``-1 - number``)
    repeat."""
    kept: list[_Happening] = []
    same_as: dict[int, _Happening] = {}
    tellings: Tellings[_Happening] = Tellings()
    for h in happenings:
        value = _value(h.main) if h.when is None else None
        first = tellings.told_before(value, h.main, h)
        if first is not None:
            same_as[id(h)] = first
            for m in (h.main, *h.members):
                same_as[-1 - m.number] = first  # its mentions, for a date relative to them
            continue
        kept.append(h)
    return kept, same_as


def _anchored(happenings: list[_Happening], same_as: dict[int, _Happening]) -> list[_Happening]:
    """Each anchor as the index of the happening it rests on: from the mention a relative date
    followed, or the happening a sentence named; a repeat stands for the happening it repeats."""
    position = {id(h): i for i, h in enumerate(happenings)}
    holder: dict[int, int] = {}
    for i, h in enumerate(happenings):
        for m in h.members:
            holder.setdefault(m.number, i)
    out = []
    for i, h in enumerate(happenings):
        target: int | None = None
        if h.anchor_on is not None:
            on = same_as.get(id(h.anchor_on), h.anchor_on)
            target = position.get(id(on))
        elif h.main.anchor is not None:
            target = holder.get(h.main.anchor)
            if target is None and -1 - h.main.anchor in same_as:
                target = position.get(id(same_as[-1 - h.main.anchor]))
        out.append(replace(h, anchor_happening=None if target == i else target, anchor_on=None))
    return out


def _as_proposals(
    text: str,
    spans: list[tuple[int, int, int]],
    happenings: list[_Happening],
    mentions: list[Mention],
    published: datetime,
    cast: People,
) -> list[Proposal]:
    """Ids, titles and final dates: an anchored date resolved against its anchor's, as the loader
    will resolve it."""
    proposals: list[Proposal] = []
    ids = Ids()
    index_of: dict[int, int] = {}
    starts = [s for _, s, _ in spans]
    heads = list_heads([k.clause for k in happenings])
    for i, h in enumerate(happenings):
        when = h.when or h.main.when
        anchor = proposals[index_of[h.anchor_happening]] if h.anchor_happening in index_of else None
        result = h.main.result
        if anchor is not None and isinstance(anchor.result, Resolution):
            result = resolve_anchored(when, anchor.result, anchor_label=f"event '{anchor.id}'")
            result = _a_year_before_a_quarter(result, anchor.result)
        elif h.when is not None:
            continue
        s_index = _sentence_at(starts, h.clause[0])
        _, s_start, s_end = spans[s_index]
        sentence = unquoted(text[s_start:s_end].strip())
        quote_start = text.find(sentence, s_start)
        dateline = DATELINE.match(sentence)
        if dateline is not None and dateline.end() < len(sentence):
            sentence, quote_start = sentence[dateline.end() :], quote_start + dateline.end()
        context = title_context(text, spans, s_index, text[slice(*h.clause)])
        if h.clause[0] > s_start:  # a later clause's "it" may be the sentence's subject
            context.append(text[s_start : h.clause[0]])
        clause = text[h.clause[0] : h.clause[1]]
        head = heads[i]
        if head != i and h.when is None:
            clause = list_item_clause(text[slice(*happenings[head].clause)], clause)
        said = text[h.main.start : h.main.end] if h.when is None else ""
        doubts = list(h.doubts or h.main.doubts)
        fiscal = (
            fiscal_quarter(text, h.main, mentions, published)
            or the_quarter_reported(text, h.main, published)
            or months_ended(text, h.main, published)
            if h.when is None and h.main.anchor is None
            else None
        )
        if fiscal is not None:
            when, result, doubt, said = fiscal
            doubts.append(doubt)
        elif h.main.anchor is not None and anchor is None:
            tense = tense_in_quotes(when, [sentence])
            result = resolve(when, published, anchor_label="the source's publication", tense=tense)
        if anchor is None and fiscal is None:
            when, doubts = written_out(when, result, published, doubts)
        who = cast.he_or_she(s_start, clause, context, sentences_before(text, spans, s_index))
        title, quotes = fragment_headline(
            h.title or headline(clause, said, context, who), text, spans, s_index
        )
        proposal = Proposal(
            id=ids.new(title),
            title=title,
            when=when,
            start=h.main.start if h.when is None else quote_start,
            end=h.main.end if h.when is None else quote_start,
            sentence=sentence,
            anchor=anchor.id if anchor else None,
            result=result,
            doubts=tuple(doubts),
            quote_start=quote_start,
            quote_end=quote_start + len(sentence),
            quotes=quotes,
        )
        index_of[i] = len(proposals)
        proposals.append(proposal)
    return proposals


def _sentence_at(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)
