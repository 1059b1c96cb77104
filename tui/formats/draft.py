"""Draft a timeline from a plain-text article: one event per date expression, for a person to edit.

Expressions are found with the resolver's own grammar (``dates.find_expressions``), so a drafted
``when`` is always something the resolver understands, and "we" is never read as Wednesday.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime

from tui.core.model import Resolution, Unresolved
from tui.dates import find_expressions, parse_anchor, resolve
from tui.dates.tense import tense_in_quotes

TITLE_WIDTH = 72

_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
_CLOCK_GOES_ON = re.compile(
    r"\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
# Searched from a sentence's start: "^" holds only at a line's start, where a dateline stands.
_DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z.]+)?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[-—–_]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_RELATIVE_TO_EVENT = re.compile(
    r"\b(?:(?:the\s+)?(?:next|following|previous|preceding|same|prior)\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)"
    r"|the\s+day\s+(?:before|after)"
    r"|that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
    r"|(?:later|earlier)\s+that\s+\w+"
    r"|\w+\s+(?:later|earlier|afterwards?|before)\s*$"
    r"|^(?:later|earlier|afterwards?)$)",
    re.IGNORECASE,
)
_LEADING_NOISE = re.compile(
    r"^(?:[\"'“‘(_\-–—\s]+|(?:meanwhile|however|but|and|also|still)\b,?\s+)+", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Draft:
    """What to draft from: the article and what the command line says about it."""

    text: str
    published: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    source_id: str | None = None
    article_name: str = "article.txt"
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed event: the expression as written, where it is, and what it resolved to."""

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


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each sentence, abbreviations such as "Sept." kept whole."""
    spans = []
    for paragraph, match in enumerate(re.finditer(r"(?:(?!\n\s*\n).)+", text, re.DOTALL)):
        start = match.start()
        body_end = match.end()
        cursor = start
        for end_mark in _SENTENCE_END.finditer(text, start, body_end):
            candidate = text[cursor : end_mark.end()]
            if _ABBREVIATION.search(candidate.rstrip("\"'”’)]")):
                continue
            if candidate.endswith(("a.m.", "p.m.")) and _CLOCK_GOES_ON.match(text, end_mark.end()):
                continue  # "4 a.m. EDT Thursday" is one time, not a sentence end
            spans.append((paragraph, cursor, end_mark.end()))
            cursor = end_mark.end()
        if text[cursor:body_end].strip():
            spans.append((paragraph, cursor, body_end))
    return [
        (p, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
        for p, s, e in spans
        if text[s:e].strip()
    ]


def _without_stray_quote_marks(sentence: str) -> str:
    """A sentence cut from inside a quotation keeps only the marks that pair up: 'We are in serious
    trouble."' loses its closing mark, '"It began' its opening one (the rest is still verbatim)."""
    unmatched = _unmatched_quote_marks(sentence)
    if len(sentence) - 1 in unmatched:
        sentence = sentence[:-1].rstrip()
    if 0 in unmatched:
        sentence = sentence[1:].lstrip()
    return sentence


def _unmatched_quote_marks(text: str) -> set[int]:
    """Offsets of quotation marks without a partner. A straight mark opens after a space or at the
    start and closes otherwise, as in '"We will meet," he said, "and decide."'."""
    open_marks: list[int] = []
    unmatched: set[int] = set()
    for i, char in enumerate(text):
        if char not in '"“”':
            continue
        opens = char == "“" or (
            char == '"' and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—")
        )
        if opens:
            open_marks.append(i)
        elif open_marks and (text[open_marks[-1]] == "“") == (char == "”"):
            open_marks.pop()
        else:
            unmatched.add(i)
    return unmatched | set(open_marks)


def summarize(sentence: str) -> str:
    """A short title from a sentence: leading quotes and connectives dropped, cut at a word."""
    title = " ".join(_LEADING_NOISE.sub("", sentence).split())
    title = title[:1].upper() + title[1:]
    if len(title) <= TITLE_WIDTH:
        return title.rstrip(".")
    cut = title[: TITLE_WIDTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


_QUARTER_TALK = re.compile(r"\bquarter", re.IGNORECASE)
_YEAR_AGO = re.compile(r"\byear[- ](?:ago|earlier)\b", re.IGNORECASE)
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
    compares figures.
    """
    if (
        isinstance(result, Resolution)
        and result.granularity == "year"
        and not result.approximate
        and result.value == str(published.year - 1)
        and _YEAR_AGO.search(result.expression)
        and (_QUARTER_TALK.search(paragraph) or (quarterly_article and _FIGURES.search(sentence)))
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


def _slug(words: str, taken: set[str]) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", words.lower())[:4]) or "event"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def propose(text: str, published: datetime) -> list[Proposal]:
    """Every date expression of the article as a proposed event, anchored where the text says so."""
    found = find_expressions(text)
    spans = sentences(text)
    quarterly_article = len(_QUARTER_TALK.findall(text)) >= 2
    paragraphs: dict[int, tuple[int, int]] = {}
    for number, start, end in spans:
        first = paragraphs.get(number, (start, end))[0]
        paragraphs[number] = (first, end)
    proposals: list[Proposal] = []
    taken: set[str] = set()
    last_in_paragraph: dict[int, Proposal] = {}
    last: Proposal | None = None
    index = 0
    for expression in found:
        while index + 1 < len(spans) and spans[index][2] <= expression.start:
            index += 1
        paragraph, s_start, s_end = spans[index] if spans else (0, 0, len(text))
        if _DATELINE_BEFORE.search(text, s_start, expression.start) and _DATELINE_AFTER.match(
            text, expression.end
        ):
            continue  # "CALDER, Dec. 1 -": when the story was filed, not something that happened
        sentence = _without_stray_quote_marks(text[s_start:s_end].strip())
        doubts: list[str] = []
        anchor: Proposal | None = None
        if _RELATIVE_TO_EVENT.search(expression.text):
            anchor = last_in_paragraph.get(paragraph) or last
            if anchor is None:
                doubts.append(
                    "relative to an earlier event, but none precedes it; resolved against publication"
                )
            elif anchor is not last_in_paragraph.get(paragraph):
                doubts.append(f"relative to an event in an earlier paragraph ({anchor.id})")
        if anchor is not None and isinstance(anchor.result, Resolution):
            result = resolve(
                expression.text, anchor.result.start, anchor_label=f"event '{anchor.id}'"
            )
            result = _a_year_before_a_quarter(result, anchor.result)
        else:
            tense = tense_in_quotes(
                expression.text, [sentence]
            )  # as the loader will read the drafted quote
            result = resolve(
                expression.text, published, anchor_label="the source's publication", tense=tense
            )
            paragraph_text = (
                text[paragraphs[paragraph][0] : paragraphs[paragraph][1]]
                if paragraphs
                else sentence
            )
            result = _in_quarterly_terms(
                result, paragraph_text, sentence, quarterly_article, published
            )
        if isinstance(result, Unresolved):
            doubts.append(f"could not resolve: {result.reason}")
        elif result.approximate:
            doubts.append("approximate date")
        elif not result.is_dated:
            doubts.append("vague reference, not a date")
        title = summarize(sentence)
        proposal = Proposal(
            id=_slug(title, taken),
            title=title,
            when=expression.text,
            start=expression.start,
            end=expression.end,
            sentence=sentence,
            anchor=anchor.id if anchor else None,
            result=result,
            doubts=tuple(doubts),
            quote_start=text.find(sentence, s_start),
            quote_end=text.find(sentence, s_start) + len(sentence),
        )
        proposals.append(proposal)
        if not anchor and (last is None or last.sentence != sentence):
            last_in_paragraph[paragraph] = (
                proposal  # a sentence's first date is when its news happened:
            )
            last = proposal  # "On Monday, he warned ... before Christmas"
    return proposals


_NOT_PRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_YAML_BREAKS = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


def _q(value: str) -> str:
    """A YAML double-quoted scalar that reads back exactly, whatever the article's characters.

    JSON strings are valid YAML, except that YAML folds its extra line breaks and refuses some
    characters JSON leaves raw; those are escaped too.
    """
    quoted = json.dumps(value, ensure_ascii=False)
    quoted = re.sub("[\x85\u2028\u2029]", lambda m: _YAML_BREAKS[m.group()], quoted)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def render_yaml(request: Draft, proposals: list[Proposal], *, article_file: str | None) -> str:
    """The drafted timeline in format v1, with a comment on each doubtful event."""
    lines = [_first_line(request.text)]
    title = request.title or lines[0]
    source_id = request.source_id or _slug(
        request.title or request.article_name.rsplit(".", 1)[0], set()
    )
    out = [
        "# yaml-language-server: $schema=timeline.schema.json",
        f"# Drafted by `timeline draft` from {request.article_name}: one event per date expression.",
        "# Check each title and date, merge events that are the same, and delete what is not news.",
        "# For completion in your editor: timeline schema > timeline.schema.json",
        f"title: {_q(title)}",
        "sources:",
        f"  {source_id}:",
        f"    title: {_q(request.title or title)}",
    ]
    if request.outlet:
        out.append(f"    outlet: {_q(request.outlet)}")
    if request.url:
        out.append(f"    url: {_q(request.url)}")
    out.append(f"    published: {_q(request.published)}")
    if article_file is not None and not request.inline:
        out.append(f"    file: {_q(article_file)}")
    else:
        out.append(f"    text: {_q(request.text)}")
    out.append("events:" if proposals else "events: []")
    for p in proposals:
        for doubt in p.doubts:
            out.append(f"  # doubtful: {doubt}")
        out += [
            f"  - id: {_q(p.id)}",
            f"    title: {_q(p.title)}",
            f"    when: {_q(p.when)}",
        ]
        if p.anchor:
            out.append(f"    anchor: {_q(p.anchor)}")
        out += ["    quotes:", f"      - text: {_q(p.sentence)}"]
    return "\n".join(out) + "\n"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:120]
    return "Untitled article"


def draft_timeline(request: Draft, *, article_file: str | None = None) -> str:
    """Draft the YAML for an article; ``article_file`` is how the YAML should refer to its text."""
    published = parse_anchor(request.published)
    if published is None:
        raise ValueError(f"published {request.published!r} is not an ISO date or date-time")
    return render_yaml(request, propose(request.text, published), article_file=article_file)


expressions = propose
