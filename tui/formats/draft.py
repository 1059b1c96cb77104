"""Draft a timeline from a plain-text article: its happenings as proposed events, for a person to
review (``timeline draft``, and the review screen with ``--review``).

The events come from ``draft_events``; this module writes them as a format-v1 file that passes
``timeline check``: every quote verbatim, every guess under a ``# doubtful: why`` comment.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model import Resolution
from tui.core.textsafe import without_controls
from tui.dates import parse_anchor
from tui.formats.draft_events import propose
from tui.formats.draft_mentions import Mention, Proposal, expressions
from tui.formats.draft_text import sentences, slug
from tui.formats.draft_titles import DATELINE, TITLE_LIMIT, headline

__all__ = [
    "Draft",
    "Mention",
    "Proposal",
    "datable",
    "draft_timeline",
    "expressions",
    "headline",
    "propose",
    "render_yaml",
    "sentences",
]


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


def datable(proposals: Sequence[Proposal]) -> list[Proposal]:
    """The proposals that carry a date: an article without any has nothing to draft."""
    return [p for p in proposals if isinstance(p.result, Resolution)]


_NOT_PRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_YAML_BREAKS = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
_NOT_IN_A_BLOCK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)


def _q(value: str) -> str:
    """A YAML double-quoted scalar that reads back exactly, whatever the article's characters.

    JSON strings are valid YAML, except that YAML folds its extra line breaks and refuses some
    characters JSON leaves raw; those are escaped too.
    """
    quoted = json.dumps(value, ensure_ascii=False)
    quoted = re.sub("[\x85\u2028\u2029]", lambda m: _YAML_BREAKS[m.group()], quoted)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


_PLAIN_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def _key(value: str) -> str:
    """A mapping key as written by hand when it is a plain word, else quoted so it reads back."""
    return value if _PLAIN_KEY.fullmatch(value) else _q(value)


def _block(value: str, indent: str) -> str | None:
    """The article as a ``|`` block that reads back exactly, or None when only quoting can."""
    if not value.strip() or _NOT_IN_A_BLOCK.search(value) or "\t" in value:
        return None
    body = value.rstrip("\n")
    trailing = len(value) - len(body)
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    lines = body.split("\n")
    if any(line != line.rstrip(" ") for line in lines):
        return None  # trailing spaces survive a block, but editors strip them; quote instead
    first = next((line for line in lines if line), "")
    indicator = str(len(indent)) if first.startswith(" ") else ""
    out = [f"|{indicator}{chomp}"]
    out += [indent + line if line else "" for line in lines]
    out += [""] * (trailing - 1)
    return "\n".join(out)


_REGIONAL_ZONES = {
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "BST": "Europe/London",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
}
_ZONED_TIME = re.compile(
    r"\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*\(?(" + "|".join(_REGIONAL_ZONES) + r")\b"
)


def article_zone(text: str) -> str | None:
    """The zone an article's clock times are written in ("4 a.m. EDT Thursday"), when they name
    one region's zone and no other: then the drafted timeline shows them as the article does.
    GMT and UTC name no region (a wire story gives them beside local time), so they decide
    nothing."""
    zones = {_REGIONAL_ZONES[m[1]] for m in _ZONED_TIME.finditer(text)}
    return zones.pop() if len(zones) == 1 else None


def render_yaml(request: Draft, proposals: Sequence[Proposal], *, article_file: str | None) -> str:
    """The drafted timeline in format v1, with a comment on each doubtful event."""
    title = request.title or _first_line(request.text)
    source_id = request.source_id or slug(
        request.title or request.article_name.rsplit(".", 1)[0], set(), "article"
    )
    out = [
        "# yaml-language-server: $schema=timeline.schema.json",
        f"# Drafted by `timeline draft` from {_one_line(request.article_name)}: one event per",
        "# happening. Check each title and date, and delete what is not news.",
        "# For completion in your editor: timeline schema > timeline.schema.json",
        f"title: {_q(title)}",
    ]
    zone = article_zone(request.text)
    if zone is not None:
        out += [f"timezone: {zone}  # the zone the article's times are written in"]
    out += [
        "sources:",
        f"  {_key(source_id)}:",
        f"    title: {_q(title)}",
    ]
    if request.outlet:
        out.append(f"    outlet: {_q(request.outlet)}")
    if request.url:
        out.append(f"    url: {_q(request.url)}")
    out.append(f"    published: {_q(request.published)}")
    if article_file is not None and not request.inline:
        out.append(f"    file: {_q(article_file)}")
    else:
        out.append(f"    text: {_block(request.text, '      ') or _q(request.text)}")
    out.append("events:" if proposals else "events: []")
    for p in proposals:
        for doubt in p.doubts:
            out.append(f"  # doubtful: {_one_line(doubt)}")
        out += [f"  - id: {_q(p.id)}", f"    title: {_q(p.title)}", f"    when: {_q(p.when)}"]
        if p.anchor:
            out.append(f"    anchor: {_q(p.anchor)}")
        out += ["    quotes:", *(f"      - text: {_q(q)}" for q in (p.sentence, *p.quotes))]
    return "\n".join(out) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_line(text: str) -> str:
    """The article's lead sentence, without a wire dateline, as the timeline's title: whole when
    it fits an event title's length, else shortened as a headline is (the explorer's title line
    shows no more), never cut mid-phrase."""
    for paragraph in re.split(r"\n\s*\n", text):
        lead = DATELINE.sub("", without_controls(paragraph).strip())
        if lead.strip():
            first = sentences(lead)
            sentence = _one_line(lead[first[0][1] : first[0][2]] if first else lead)
            if not sentence.strip(" ."):
                return "Untitled article"
            whole = sentence.removesuffix(".").removesuffix(":")
            return whole if len(whole) <= TITLE_LIMIT else headline(sentence, "", [])
    return "Untitled article"


def draft_timeline(request: Draft, *, article_file: str | None = None) -> str:
    """Draft the YAML for an article; ``article_file`` is how the YAML should refer to its text."""
    published = parse_anchor(request.published)
    if published is None:
        raise ValueError(f"published {request.published!r} is not an ISO date or date-time")
    return render_yaml(request, propose(request.text, published), article_file=article_file)
