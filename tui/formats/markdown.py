"""Markdown a reader can be given as it is: dates in words, details as written, sources once.

Every text field passes through ``escape.markdown_inline`` or ``escape.markdown_block``, and a
link is written only for a URL that ``web_url`` accepts. How each date was worked out, the
expression as written and the tags are for the author: they appear only with ``--explain``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tui.core.model import Event, Resolution, Source, Timeline
from tui.core.urls import web_url
from tui.dates import day_label, describe_span
from tui.formats.escape import markdown_block, markdown_inline
from tui.formats.options import Options

_NAMES = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "May": "May",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}
_ABBREVIATION = re.compile(r"\b(" + "|".join(_NAMES) + r")\b")
_VAGUE = {
    "PAST_REF": "Earlier (no date given)",
    "PRESENT_REF": "At the time of reporting",
    "FUTURE_REF": "Later (no date given)",
}
_QUOTE_MARKS = {'"': '"', "“": "”", "„": "“", "‘": "’", "'": "'", "«": "»", "»": "«"}


_EARLY_YEAR = re.compile(r"(?<![\d:])0(\d{3})(?![\d:])")
"""A year below 1000 as labels write it (``0079``), which a reader is told as ``AD 79``."""


def in_words(text: str) -> str:
    """A label with its weekday and month names written out ("Saturday 17 September 2016"), and
    a year below 1000 as "AD 79"."""
    text = _EARLY_YEAR.sub(lambda m: f"AD {int(m[1])}", text)
    return _ABBREVIATION.sub(lambda m: _NAMES[m.group()], text)


def date_heading(r: Resolution | None) -> str:
    """The date as a heading says it: in words, "About" for an approximate one, and a vague or
    unknown one as what it is rather than the place it sorts at."""
    if r is None:
        return "Date not known"
    if not r.is_dated:
        return _VAGUE.get(r.value, "No date given")
    words = in_words(describe_span(r))
    if r.approximate:
        return "About " + words
    return words[:1].upper() + words[1:]


def unquoted(text: str) -> str:
    """A quote's text without the quotation marks it may have been written with, so that the
    export's own marks are not doubled."""
    text = text.strip()
    closing = _QUOTE_MARKS.get(text[:1])
    if closing is not None and len(text) > 1 and text.endswith(closing):
        return text[1:-1].strip()
    return text


def by_heading(events: Iterable[Event]) -> dict[str, list[Event]]:
    """The events under their date headings, each heading once: where it first comes in the
    chronology, and "Date not known" last. An undated event sorts after the one before it in its
    own file, so a merged chronology (or an approximate day beside an exact one) would otherwise
    repeat a heading."""
    groups: dict[str, list[Event]] = {}
    unknown: list[Event] = []
    for event in events:
        if event.resolution is None:
            unknown.append(event)
        else:
            groups.setdefault(date_heading(event.resolution), []).append(event)
    if unknown:
        groups.setdefault(date_heading(None), []).extend(unknown)
    return groups


def render(timeline: Timeline, options: Options) -> Iterator[str]:
    """A chronology: one heading per date (``by_heading``), each event with its details and
    quotes, then the sources, each once with its link."""
    yield f"# {markdown_inline(timeline.title)}\n\n"
    if timeline.summary:
        yield markdown_block(timeline.summary) + "\n\n"
    titles = {e.id: e.title for e in timeline.events if e.id is not None}
    cite = len(timeline.sources) > 1
    for heading, events in by_heading(timeline.events).items():
        yield f"## {markdown_inline(heading)}\n\n"
        for event in events:
            yield _event(timeline, event, options, titles, cite=cite)
    if timeline.sources:
        yield "## Sources\n\n"
        entries = dict.fromkeys(_source(s) for s in timeline.sources.values())
        yield "".join(f"- {entry}\n" for entry in entries)  # merged files often cite one article


def _event(
    timeline: Timeline, event: Event, options: Options, titles: dict[str, str], *, cite: bool
) -> str:
    parts = [f"### {markdown_inline(event.title)}"]
    if event.details:
        parts.append(markdown_block(event.details))
    for quote in event.quotes:
        by = f" — {markdown_inline(quote.by)}" if quote.by else ""
        missing = " *(not found in the source)*" if timeline.misquotes(quote) else ""
        parts.append(f"> “{markdown_inline(unquoted(quote.text))}”{by}{missing}")
    notes = []
    source = timeline.sources.get(event.source) if event.source else None
    if cite and source is not None:
        notes.append(f"*Source:* {_name(source)}")
    if options.explain:
        notes.append(f"*When:* {markdown_inline(_explanation(event, titles))}")
        if event.tags:
            notes.append("*Tags:* " + ", ".join(markdown_inline(t) for t in event.tags))
    if notes:
        parts.append("  \n".join(notes))
    return "\n\n".join(parts) + "\n\n"


def _explanation(event: Event, titles: dict[str, str]) -> str:
    """How the date was worked out, naming an anchor event by its title rather than its id."""
    r = event.resolution
    text = r.explanation if r is not None else f"{event.when}: {event.unresolved_reason}"
    if event.anchor is not None and event.anchor in titles:
        text = text.replace(f"event '{event.anchor}'", f"“{titles[event.anchor]}”")
    return text


def _name(source: Source) -> str:
    return markdown_inline(source.title) + (
        f", {markdown_inline(source.outlet)}" if source.outlet else ""
    )


def _source(source: Source) -> str:
    url = web_url(source.url)
    name = markdown_inline(source.title)
    entry = f"[{name}](<{url}>)" if url else name
    if source.outlet:
        entry += f", {markdown_inline(source.outlet)}"
    published = (
        in_words(day_label(source.published_at))
        if source.published_at is not None
        else markdown_inline(source.published)
    )
    return f"{entry}, published {published}"
