"""Every date expression of an article, resolved where the text places it (issue 6).

Expressions are found with the resolver's own grammar (``dates.find_expressions``), so a drafted
``when`` is always something the resolver understands, and "we" is never read as Wednesday. A
relative expression ("the next day") is anchored on the event before it; one inside a quotation is
relative to when the words were said, when the sentence says so, and doubtful otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from tui.core.model import Resolution, Unresolved
from tui.dates import Found, find_expressions, resolve, resolve_anchored, told_from_an_event
from tui.dates.holidays import FIND_PATTERN as HOLIDAY_PATTERN
from tui.dates.tense import tense_in_quotes
from tui.formats.draft_counted import (
    Counted,
    counted_from,
    counts_from_what_follows,
    names_what_it_counts_from,
    told_before,
)
from tui.formats.draft_guesses import a_time_with_no_day, another_year_told, guesses
from tui.formats.draft_stretch import up_to_now
from tui.formats.draft_text import NEAR, quotations, sentences, without_stray_quote_marks

# Searched from a sentence's start: "^" holds only at a line's start, where a dateline stands.
_DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z.]+)?,\s*$", re.MULTILINE)
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[-—–_]")


def counts_from_an_event(when: str) -> bool:
    """Whether a ``when`` a reviewer gives is told from the event before it ("the same day",
    "two days later", "overnight"), as the draft reads the article's own relative expressions, so
    that the review anchors it as the draft would."""
    return (
        told_from_an_event(when)
        or when.strip().lower() == "overnight"
        or counts_from_what_follows(when)
    )


_SAME_MOMENT = re.compile(r"\.?[^.;:,!?]{0,40},?\s*")
"""What may stand between a time of day and the day it is on, in one clause: "6 a.m. ten days
before", "6 a.m. near Slepian's home 10 days before", "noon on Saturday"."""
_DAYS = frozenset({"day", "part-of-day"})
"""What a time of day with no day of its own may be placed on."""
_SPOKEN = re.compile(
    r"\b(?:said|says|wrote|writes|told|added|asked|recalled|declared|stated|announced|explained)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One date expression: where it is, its sentence, what it resolved to, and any doubt."""

    number: int
    when: str
    start: int
    end: int
    sentence_index: int
    paragraph: int
    sentence: str
    quote_start: int
    anchor: int | None
    result: Resolution | Unresolved
    doubts: tuple[str, ...]
    quoted: bool


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed event: its date expression, the sentence it rests on, and any doubt."""

    id: str
    title: str
    when: str
    start: int
    end: int
    sentence: str
    anchor: str | None
    result: Resolution | Unresolved
    doubts: tuple[str, ...]
    quote_start: int = 0
    quote_end: int = 0
    quotes: tuple[str, ...] = ()


def sentence_mention(
    text: str,
    span: tuple[int, int, int],
    index: int,
    when: str,
    published: datetime,
    doubt: str,
    at: tuple[int, int] | None = None,
) -> Mention:
    """A mention for a sentence that writes no date of its own: ``when`` is what the draft
    proposes for it ("recently", "1997-07"), resolved against the publication, with the doubt
    that says why; it points at the sentence's start, or at ``at``, the words that place it."""
    paragraph, s_start, s_end = span
    sentence = without_stray_quote_marks(text[s_start:s_end].strip())
    quote_start = text.find(sentence, s_start)
    start, end = at if at is not None else (quote_start, quote_start)
    return Mention(
        number=-1,
        when=when,
        start=start,
        end=end,
        sentence_index=index,
        paragraph=paragraph,
        sentence=sentence,
        quote_start=quote_start,
        anchor=None,
        result=resolve(when, published, anchor_label="the source's publication"),
        doubts=(doubt,),
        quoted=False,
    )


_QUARTER_TALK = re.compile(r"\bquarter", re.IGNORECASE)
_YEAR_AGO = re.compile(r"\byear[- ](?:ago|earlier)\b", re.IGNORECASE)
_MONTHS_OF_RESULTS = re.compile(
    r"\b(?:(?:nine|six)[- ]months?|(?:first|second)\s+half)\b", re.IGNORECASE
)
_FIGURES = re.compile(r"\$\s?\d|\bcents?\b|\ba share\b|\d\s?%|\bpercent\b", re.IGNORECASE)


def _in_quarterly_terms(
    result: Resolution | Unresolved,
    paragraph: str,
    sentence: str,
    quarterly_article: bool,
    published: datetime,
) -> Resolution | Unresolved:
    """In a report of a quarter's results, "a year ago" means the year-ago quarter.

    Earnings reports compare a quarter with the same quarter a year earlier; read as a whole
    year, "a year ago" would put the comparison in the wrong place. It is a report of quarterly
    results when the paragraph speaks of the quarter, or the article does and the sentence
    compares figures; a sentence about the nine months or the half compares those instead.
    """
    if (
        isinstance(result, Resolution)
        and result.granularity == "year"
        and not result.approximate
        and result.value == str(published.year - 1)
        and _YEAR_AGO.search(result.expression)
        and (_QUARTER_TALK.search(paragraph) or (quarterly_article and _FIGURES.search(sentence)))
        and not _MONTHS_OF_RESULTS.search(sentence)
    ):
        quarterly = resolve(
            "the year-ago quarter", published, anchor_label="the source's publication"
        )
        if isinstance(quarterly, Resolution):
            return replace(
                quarterly,
                expression=result.expression,
                explanation=f"{result.expression} → {quarterly.explanation.split(' → ', 1)[1]}"
                " (a paragraph about quarterly results)",
            )
    return result


def _a_year_before_a_quarter(
    result: Resolution | Unresolved, anchor: Resolution
) -> Resolution | Unresolved:
    """ "A year earlier" than a quarter is that quarter a year before, not the whole year."""
    if (
        isinstance(result, Resolution)
        and anchor.granularity == "quarter"
        and result.granularity == "year"
        and result.start.year == anchor.start.year - 1
    ):
        year, quarter = anchor.value.split("-Q")
        start = anchor.start.replace(year=anchor.start.year - 1)
        return replace(
            result,
            value=f"{int(year) - 1}-Q{quarter}",
            start=start,
            end=anchor.end.replace(year=anchor.end.year - 1),
            granularity="quarter",
            explanation=f"{result.expression} → Q{quarter} {int(year) - 1}: the same quarter "
            f"a year before Q{quarter} {year}",
        )
    return result


def expressions(text: str, published: datetime) -> list[Mention]:
    """Every date expression of the article, resolved, a dateline left out."""
    found = find_expressions(text)
    spans = sentences(text)
    quoted_spans = quotations(text)
    quote_starts = [q0 for q0, _ in quoted_spans]
    quarterly_article = len(_QUARTER_TALK.findall(text)) >= 2
    paragraphs: dict[int, tuple[int, int]] = {}
    for number, start, end in spans:
        paragraphs[number] = (paragraphs.get(number, (start, end))[0], end)
    mentions: list[Mention] = []
    last_in_paragraph: dict[int, Mention] = {}
    last: Mention | None = None
    last_day: Mention | None = None
    index = 0
    told: tuple[int, str] | None = None
    told_at = 0
    taken_to = 0
    clock: Found | None = None
    in_sentence: Counter[int] = Counter()
    for k, expression in enumerate(found):
        if expression.start < taken_to:
            continue  # "Christmas" in "10 days before Christmas", read with the days before it
        while index + 1 < len(spans) and spans[index][2] <= expression.start:
            index += 1
        in_sentence[index] += 1
        if in_sentence[index] > MOST_IN_A_SENTENCE:
            if in_sentence[index] == MOST_IN_A_SENTENCE + 1 and mentions:
                mentions[-1] = replace(mentions[-1], doubts=(*mentions[-1].doubts, _TOO_MANY))
            continue
        paragraph, s_start, s_end = spans[index] if spans else (0, 0, len(text))
        line = max(s_start, expression.start - 80)  # a dateline's place is a few words
        if _DATELINE_BEFORE.search(text, line, expression.start) and _DATELINE_AFTER.match(
            text, expression.end
        ):
            continue  # "CALDER, Dec. 1 -": when the story was filed, not something that happened
        if told is None or told[0] != s_start:  # once a sentence, however many dates it holds
            told = (s_start, without_stray_quote_marks(text[s_start:s_end].strip()))
            told_at = text.find(told[1], s_start)
        sentence, quote_start = told[1], told_at
        around = bisect_right(quote_starts, expression.start) - 1
        quoted = around >= 0 and expression.end < quoted_spans[around][1]
        if quoted and _is_a_name(text[slice(*quoted_spans[around])], expression.text):
            continue  # ABC's "This Week", the film "High Noon": a title, not a date
        doubts: list[str] = []
        anchor: Mention | None = None
        counted: Counted | None = None
        following = found[k + 1] if k + 1 < len(found) else None
        if quoted:
            opener = text[s_start : s_start + 3].lstrip()[:1]
            outside = text[quoted_spans[around][1] : s_end]  # the words after the quotation
            goes_on = opener != "" and opener in _QUOTE_OPENERS and not _SPOKEN.search(outside)
            anchor = _when_said(mentions, index, paragraph, text, goes_on)
            if anchor is None:
                doubts.append(
                    "inside a quotation: relative to when the words were said, which the article "
                    "does not give; resolved against publication"
                )
        elif counts_from_what_follows(expression.text):
            counted = counted_from(text, expression, following, mentions, published, sentence)
            anchor = mentions[counted.at] if counted.at is not None else None
            taken_to = counted.reads_to
        elif told_from_an_event(expression.text):
            anchor = last_in_paragraph.get(paragraph) or last
            named = (
                counted_from(text, expression, following, mentions, published, sentence)
                if names_what_it_counts_from(expression.text, text[expression.end :][:12])
                else None
            )
            if named is not None and named.at is not None:  # "the day before the verdict"
                counted, anchor = named, mentions[named.at]
            elif anchor is None:
                doubts.append(
                    "relative to an earlier event, but none precedes it; "
                    "resolved against publication"
                )
            elif anchor is not last_in_paragraph.get(paragraph):
                doubts.append("relative to an event in an earlier paragraph")
        if counted is not None:
            result = counted.result
        elif anchor is not None and isinstance(anchor.result, Resolution):
            result = resolve_anchored(expression.text, anchor.result, anchor_label="event 'anchor'")
            result = _a_year_before_a_quarter(result, anchor.result)
            if _before_its_anchor(expression.text, result, anchor.result):
                doubts.append(f"{expression.text!r} falls before what it is counted from")
        else:
            anchor = None
            tense = tense_in_quotes(expression.text, [sentence])  # as the loader reads the quote
            result = resolve(
                expression.text, published, anchor_label="the source's publication", tense=tense
            )
            first, end = paragraphs.get(paragraph, (s_start, s_end))
            result = _in_quarterly_terms(
                result, text[first:end], sentence, quarterly_article, published
            )
            if isinstance(result, Unresolved) and result.duration is not None:
                before = text[s_start : expression.start]
                length = _counted_back(before, expression.text) or up_to_now(
                    before, expression.text
                )
                if length is None:
                    continue  # a length of time places nothing: no event rests on it
                result = resolve(length[0], published, anchor_label="the source's publication")
                if isinstance(result, Unresolved):
                    continue
                doubts.append(length[1])
        if anchor is None and not quoted and a_time_with_no_day(result):
            if (
                following is not None
                and following.start < s_end
                and _SAME_MOMENT.fullmatch(text, expression.end, following.start)
            ):
                clock = expression  # "at 6 a.m. ten days before the shooting": told with that day
                continue
            same = told_before(text[s_start : expression.start], mentions, published)
            day = (
                mentions[same]
                if same is not None
                else _holding_a_day(
                    text, last_in_paragraph.get(paragraph) or last, last_day, s_start, expression
                )
            )
            if (
                day is not None
                and isinstance(day.result, Resolution)
                and day.result.granularity in _DAYS
            ):
                anchor = day
                result = resolve_anchored(
                    expression.text, day.result, anchor_label="event 'anchor'"
                )
                which = f"the same deed, {day.when!r}" if same is not None else "the happening"
                doubts.append(
                    f"{expression.text!r} names no day: taken to be on the day of {which} "
                    "told before it"
                )
        start = expression.start
        if clock is not None and clock.start >= s_start:
            timed = _at_the_time(clock.text, result, anchor, published)
            result, start = (timed, clock.start) if timed is not None else (result, start)
        clock = None
        if anchor is None and isinstance(result, Resolution):
            doubts.extend(
                guesses(text[s_start : expression.start], expression.text, result, published)
            )
            prior = last_in_paragraph.get(paragraph)
            year_told = prior and another_year_told(
                prior.when, prior.result, expression.text, result
            )
            if year_told:
                doubts = [d for d in doubts if not d.startswith(f"{expression.text!r} names no")]
                doubts.append(year_told)
        if isinstance(result, Unresolved):
            doubts.append(f"could not resolve: {result.reason}")
        elif result.approximate:
            doubts.append("approximate date")
        elif not result.is_dated:
            doubts.append("vague reference, not a date")
        mention = Mention(
            number=len(mentions),
            when=result.expression,
            start=start,
            end=counted.end if counted else expression.end,
            sentence_index=index,
            paragraph=paragraph,
            sentence=sentence,
            quote_start=quote_start,
            anchor=anchor.number if anchor else None,
            result=result,
            doubts=tuple(doubts),
            quoted=quoted,
        )
        mentions.append(mention)
        if not anchor and not quoted and (last is None or last.sentence_index != index):
            last_in_paragraph[paragraph] = mention  # a sentence's first date is its news:
            last = mention  # "On Monday, he warned ... before Christmas"
            if isinstance(result, Resolution) and result.granularity in _DAYS:
                last_day = mention
    return mentions


def _holding_a_day(
    text: str, before: Mention | None, last_day: Mention | None, s_start: int, time: Found
) -> Mention | None:
    """The happening whose day a time with no day of its own ("shortly before 9 a.m.") is on:
    the one told before it, unless that is a year set off by commas in the same sentence ("Hale,
    a Democrat first elected in 2019, announced ... before 9 a.m."), an aside no day is in; then
    the last day told."""
    if before is None or not isinstance(before.result, Resolution):
        return before
    aside = (
        s_start <= before.start
        and "," in text[s_start : before.start]
        and "," in text[before.end : time.start]
    )
    return before if before.result.granularity in _DAYS or not aside else last_day


def _at_the_time(
    clock: str, day: Resolution | Unresolved, anchor: Mention | None, published: datetime
) -> Resolution | None:
    """A day told with a time before it ("at 6 a.m. ten days before the shooting") at that time,
    resolved from the same anchor, so that the loader reads the two together as the draft does."""
    if not isinstance(day, Resolution) or day.granularity != "day":
        return None
    when = f"{clock} {day.expression}"
    if anchor is not None and isinstance(anchor.result, Resolution):
        timed = resolve_anchored(when, anchor.result, anchor_label="event 'anchor'")
    else:
        timed = resolve(when, published, anchor_label="the source's publication")
    same_day = isinstance(timed, Resolution) and timed.start.date() == day.start.date()
    return timed if same_day and isinstance(timed, Resolution) else None


_FIRST_TIME = re.compile(r"\b(?:first|only)\b(?:\s+[\w'-]+){0,8}\s*$", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:has|have)(?:n't| not)?(?:\s+[\w'-]+){0,6}\s*$", re.IGNORECASE)
_LENGTH = re.compile(r"^(in|for)\s+(?!the\b)(.+)$", re.IGNORECASE)
NOW_AFTER_A_GAP = "about today"
"""The when of a first happening in a while, just done: "its first raids in nearly a week"."""
_FIRST_PHRASE = re.compile(r"\b(?:first|only)\s+((?:[\w'-]+\s+){0,6}?[\w'-]+)\s*$", re.IGNORECASE)
_JUST_DONE = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE)
"""A present perfect ("has been hit by its first raids in nearly a week"): done just now."""


def _counted_back(before: str, when: str) -> tuple[str, str] | None:
    """A length of time that ends now places what it tells: "has been hit by its first raids in
    nearly a week" (the raids are now: the last ones were nearly a week ago), "talks have been
    cut off for nearly two years" (since nearly two years ago). The expression to resolve
    instead, and the doubt to show."""
    length = _LENGTH.match(when)
    if length is None:
        return None
    ago = f"{length.group(2)} ago"
    if _FIRST_TIME.search(before):
        if not _JUST_DONE.search(before[-NEAR:]):
            return None  # "It was the first rain in a month": when it fell, the words do not say
        return (
            NOW_AFTER_A_GAP,
            f"{when!r} is how long it had been since the last: taken to be today",
        )
    if length.group(1).lower() == "for" and _SO_FAR.search(before):
        return ago, f"{when!r} up to now: taken to have begun {ago}"
    return None


_HOLIDAY = re.compile(HOLIDAY_PATTERN, re.IGNORECASE)
_CALENDAR_NAME = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?$"
)


def _is_a_name(quotation: str, when: str) -> bool:
    """A date in a quotation of a few words, written with a capital that no calendar word takes
    there, names a work or a programme: the film "High Noon", ABC's "This Week"."""
    words = quotation.strip("`'\"“”‘’ ,.").split()
    if len(words) > 6 or _HOLIDAY.search(when):
        return False
    own = when.split()
    first = 0 if words and words[0].lower().startswith(own[0].lower()) else -1
    return any(
        w[:1].isupper() and not _CALENDAR_NAME.match(w) for i, w in enumerate(own) if i != first
    )


_QUOTE_OPENERS = "\"“`'‘"
"""What a sentence that goes on quoting the words before it opens with."""
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_SAID_ON = frozenset({"day", "part-of-day", "hour", "minute", "second"})
SAID_THEN = re.compile(
    r"\b(?:said|says|wrote|told|added|declared|announced)\b[^,;\"“”]{0,50}$", re.IGNORECASE
)
"""The saying's own date just after its verb ("Lindgren said at a news conference on Tuesday"),
not one in the words describing the speaker ("said Kolber, who was elected on Tuesday")."""


MOST_IN_A_SENTENCE = 60
"""How many dates of one sentence are drafted: a sentence holding more is a list or an attack,
and weighing each date against every other would make its time grow as their square."""


_BACKWARD = re.compile(r"\b(?:earlier|before|previous|preceding|prior|ago|eve)\b", re.I)


def _before_its_anchor(when: str, result: Resolution | Unresolved, anchor: Resolution) -> bool:
    """Whether a date counted forward from a happening ("that January" after December 2021,
    "late in the morning" after Tuesday night) ends before the happening begins."""
    return (
        isinstance(result, Resolution)
        and result.end <= anchor.start
        and _BACKWARD.search(when) is None
    )


_TOO_MANY = f"its sentence holds more than {MOST_IN_A_SENTENCE} dates: the rest are not drafted"


def granularity_of(m: Mention) -> str | None:
    """How finely ``m`` dates its happening ("day", "NI" for a night, "month" ...), when it is
    dated and not approximately."""
    if isinstance(m.result, Resolution) and m.result.is_dated and not m.result.approximate:
        return m.result.part_of_day or m.result.granularity
    return None


def on_a_day(m: Mention) -> bool:
    """Whether the mention dates a day or a time in one: words are said on a day, and a night
    follows one."""
    return isinstance(m.result, Resolution) and m.result.granularity in _SAID_ON


def _when_said(
    mentions: list[Mention], index: int, paragraph: int, text: str, goes_on: bool
) -> Mention | None:
    """The date the sentence gives for the words it quotes ("wrote in an e-mail on Monday"). A
    sentence that opens with a quote (``goes_on``) may go on with the words the sentence before
    quoted and dated ("'It is a sad day,' she said on Tuesday. 'But yesterday I told ...'"):
    that sentence's day counts, when it quotes too."""
    first = index - 1 if goes_on else index
    for m in reversed(mentions):
        if m.sentence_index < first or m.paragraph != paragraph:
            break
        if m.quoted or m.anchor is not None or not isinstance(m.result, Resolution):
            continue
        if not m.result.is_dated:
            continue
        if m.sentence_index < index and not (
            on_a_day(m)
            and _QUOTE_MARK.search(m.sentence)
            and SAID_THEN.search(text, max(0, m.start - 60), m.start)
        ):
            continue
        near = text[max(0, m.start - 60) : m.end + 60]
        if _SPOKEN.search(near):
            return m
    return None


def the_ones_before(
    text: str, mentions: list[Mention], spans: list[tuple[int, int, int]], published: datetime
) -> list[tuple[Mention, tuple[int, int], str]]:
    """The happenings a lull followed, told by the first one after it: "its first aerial raids
    in nearly a week" tells of raids nearly a week ago too. Each as its mention, its sentence's
    span and its title ("The previous aerial raids")."""
    out = []
    for m in mentions:
        if m.when != NOW_AFTER_A_GAP:
            continue
        written = text[m.start : m.end]
        _, s_start, s_end = spans[m.sentence_index]
        length = _LENGTH.match(written)
        phrase = _FIRST_PHRASE.search(text, max(s_start, m.start - 80), m.start)
        if length is None or phrase is None:
            continue
        ago = f"{length.group(2)} ago"
        result = resolve(ago, published, anchor_label="the source's publication")
        if not isinstance(result, Resolution):
            continue
        doubt = f"{written!r} is the gap since the previous {phrase.group(1)}: taken as {ago}"
        before = replace(m, number=-1, when=ago, result=result, doubts=(doubt,))
        out.append((before, (s_start, s_end), f"The previous {phrase.group(1)}"))
    return out
