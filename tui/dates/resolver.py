"""Date resolution: turn a news date expression into a TIMEX3 value, an interval and an explanation.

All datetimes are naive wall-clock times in the timeline's zone, and the anchor is always passed in.
Shapes are resolved by the rules in ``grammar``; an explicit date written in an order the rules
do not know is read from its parts by ``fallback``; no third-party parser guesses. A duration
("3 months") is refused with its ISO value unless the anchor is an event.

Conventions, checked against the TimeBank/AQUAINT dev set:
- a bare weekday is the most recent such day, and the anchor's own day when it is that weekday
  ("Friday" in a Friday article is that Friday); "next Friday" looks forward;
- a month, a month and day, or a holiday without a year is the coming one when at most about
  four months ahead, else the last one;
- the sentence's tense, when given, overrules both ("is scheduled to close Monday");
- "the third quarter" is in the anchor's year; "the latest quarter" is the last one completed;
- vague words give PRESENT_REF, PAST_REF or FUTURE_REF, never an invented date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from tui.core.deeptime import day_iso
from tui.core.isotime import (
    ISO_DATE_TIME,
    iso_problem,
    parse_iso,
    time_problem,
    wall_clock,
    zone_named,
)
from tui.core.model import Resolution, Unresolved
from tui.dates.holidays import another_countrys
from tui.dates.names import names_something
from tui.dates.shapes import WEEKDAYS, Refusal

if TYPE_CHECKING:
    from tui.dates.grammar import Parsed


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression found in running text, by character offsets."""

    start: int
    end: int
    text: str


def parse_anchor(text: str, tz: str | None = None) -> datetime | None:
    """An ISO date or date-time as a naive datetime: with an offset and a zone ``tz``, the wall
    clock of that zone at that instant (as a source's publication is placed in its timeline's
    zone); with an offset and no zone, the offset is dropped and the wall clock kept."""
    value = parse_iso(text)
    return None if value is None else wall_clock(value, zone_named(tz) if tz else None)


@cache
def _grammar() -> ModuleType:
    """The grammar, imported on first use: opening a cached timeline never needs it."""
    from tui.dates import grammar as dategrammar

    return dategrammar


@lru_cache(maxsize=131072)
def resolve(
    expression: str,
    anchor: datetime,
    *,
    anchor_label: str = "the anchor",
    tz: str | None = None,
    tense: str | None = None,
    on_event: bool | None = None,
) -> Resolution | Unresolved:
    """Resolve ``expression`` against ``anchor`` (naive, in zone ``tz``).

    A time written in a zone of its own ("10:00 GMT", "T10:00+05:00") is placed in ``tz``, the
    instant it names shown on that zone's clock; with no ``tz`` it is kept as written, as TimeBank
    annotates it. An ISO date-time with an impossible field ("T10:60") is refused, not rolled over.

    ``tense`` ("past" or "future", read from the expression's sentence by ``tense``) decides what
    the expression alone cannot: whether "Monday" or "in March" is the last one or the next;
    "reported" is a quarter whose results are still to come, which may be the one just ended.
    ``on_event`` says the anchor is another event (by default: a label starting "event"); only
    then does a duration place anything, as the stretch from that event.
    """
    written = expression.strip()
    if (
        ISO_DATE_TIME.fullmatch(written)
        and not _END_OF_DAY.search(written)
        and (parse_iso(written) is None or time_problem(written, len("2016-09-18")))
    ):
        return Unresolved(expression, f"{written} {iso_problem(written)}")
    grammar = _grammar()
    parsed = grammar.parse_expression(expression)
    if parsed is None:
        parsed = _fallback(expression)
    if parsed is None:
        from tui.dates.spelling import suggestion

        counted = _COUNTED_FROM.match(expression)
        if counted and grammar.parse_expression(counted.group(1)) is not None:
            return Unresolved(expression, COUNTED_FROM.format(*counted.groups()))
        zone = _UNKNOWN_ZONE.search(expression)
        if zone and zone[1].lower() not in grammar.ZONE_OFFSETS:
            return Unresolved(expression, UNKNOWN_ZONE.format(zone[1], ", ".join(grammar.ZONES)))
        hint = suggestion(expression, grammar.parse_expression)
        return Unresolved(expression, UNKNOWN + (f"; did you mean {hint}?" if hint else ""))
    if isinstance(parsed, str):
        return Unresolved(expression, parsed)
    duration = grammar.core_duration(parsed)
    if duration is not None and not (
        anchor_label.startswith("event") if on_event is None else on_event
    ):
        return Unresolved(
            expression,
            f"{grammar.DURATION_REASON} (read as {duration.value})",
            duration=duration.value,
        )
    if tense is not None:
        parsed = grammar.leaning(parsed, tense)
    if tz is not None:
        parsed = grammar.placed_in(parsed, tz)
    try:
        result = parsed.build(expression, anchor, anchor_label)
    except Refusal as exc:
        return Unresolved(expression, str(exc))
    except (ValueError, OverflowError) as exc:
        return Unresolved(expression, _out_of_range(exc, expression))
    if result.days is not None and result.days[0] < BIG_BANG_DAY:
        return Unresolved(expression, BEFORE_TIME)
    return result


BIG_BANG_DAY = -13_800_000_000 * 146_097 // 400
"""The day number (0001-01-01 is 0) of the universe's start, 13.8 billion years ago: a date
before it is a typo or a joke, and numbers that large are beyond what a float keeps to the day."""
BEFORE_TIME = "the date is before the universe began, 13.8 billion years ago"


_END_OF_DAY = re.compile(r"[T ]24:00(?::00)?\s*$", re.I)
"""ISO 8601's midnight at the end of a day, which Python's reader refuses and the grammar reads."""


UNKNOWN = "not a date expression the resolver knows"
UNKNOWN_ZONE = (
    "the time zone '{}' is not one the resolver knows (it reads {}); write the time with its "
    "UTC offset, as in 2016-09-18T10:00+05:30"
)
_UNKNOWN_ZONE = re.compile(r"\d(?::\d\d|\s*[aApP]\.?[mM]\b\.?)\s*\(?(?!(?:AM|PM)\b)([A-Z]{2,5})\b")
"""A clock time followed by what looks like a zone's abbreviation ("10 a.m. IST")."""
COUNTED_FROM = (
    "counted from {1!r}, which is not a date: write when {0!r} with anchor: set to the id of "
    "that event"
)
_COUNTED_FROM = re.compile(r"^\s*(\S+(?:\s+\S+){0,3}?\s+(?:after|before))\s+(\S.{0,200})$", re.I)
_OUT_OF_RANGE = "the date falls outside the calendar's years 1 to 9999"


def _out_of_range(exc: ValueError | OverflowError, expression: str) -> str:
    """Why a date could not be built, in the user's words, not Python's."""
    if "day is out of range for month" in str(exc):
        leap = re.search(r"\bfeb", expression, re.IGNORECASE) and re.search(r"\b29\b", expression)
        return "that month has no such day in the year it falls in" + (
            " (a 29 February needs its year)" if leap else ""
        )
    return _OUT_OF_RANGE if "C int" in str(exc) else f"{_OUT_OF_RANGE} ({exc})"


def find_expressions(text: str) -> list[Found]:
    """The date expressions in running text, found with the same grammar ``resolve`` uses."""
    grammar = _grammar()
    found = []
    for match in grammar.finder().finditer(text):
        raw = match.group(0)
        stripped = raw.rstrip(" ,.;:")
        start = match.start() + (len(stripped) - len(stripped.lstrip()))
        stripped = stripped.strip()
        first, joined, second = stripped.partition(" and ")
        pieces = [(start, stripped)]
        if joined and not isinstance(grammar.parse_expression(stripped), grammar.Parsed):
            pieces = [(start, first), (start + len(first) + len(joined), second)]
        for at, piece in pieces:  # "the 1960s and 1980s" is two decades, not one stretch
            if (
                not piece
                or _LOWERCASE_NAME.search(piece)
                or names_something(text, at, at + len(piece))
                or (_YEAR.fullmatch(piece) and _not_a_year(text, at, at + len(piece)))
                or (piece.lower() == "today" and _TODAYS_GENERIC.match(text, at + len(piece)))
                or _no_season_nor_day(text, at, at + len(piece))
                or another_countrys(piece, text[max(0, at - 80) : at + len(piece) + 80])
                or not isinstance(grammar.parse_expression(piece), grammar.Parsed)
            ):
                continue
            found.append(Found(at, at + len(piece), piece))
    return found


_YEAR = re.compile(r"\d{4}")
_NAMED_BEFORE = re.compile(
    r"\b(?:called|named|dubbed|titled|entitled|known\s+as)\s+(?:[A-Z][\w'&.-]*\s+){1,3}$"
)
"""A year ending a name ("a joint venture called Orion 1980") is part of the name, not a date."""
_COUNT_OF = re.compile(
    r"\s+(?!(?:is|was|has|does|says|goes|this|thus|plus|less|unless|years|times|levels|prices)"
    r"\b)[a-z]{2,}s\b"
)
"""A plural noun after the number: "1998 stores" are stores counted, not stores of 1998."""
_YEAR_WORD_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|in|of|since|by|from|until|to|for|"
    r"during|through|between|and|or|early|late|mid|around|before|after|about|fiscal|calendar|"
    r"model|class)|['’]s|[,(-])\s*$"
    r"|^\s*$",
    re.IGNORECASE,
)
"""What a year used as a word before a noun follows: "the 1998 elections", "Iraq's 1990
invasion"."""
_STREET = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|"
    r"Place|Square)\b"
)
"""A house number before its street: "1600 Pennsylvania Avenue"."""
_NUMBERED = re.compile(
    r"(?:\b(?:Route|Highway|Interstate|Flight|Room|Suite|Apartment|Apt\.|No\.|Nos\.|Number|"
    r"Resolution|Article|Section|Chapter|Page|Pages|pp?\.|Platform|Gate|Exit|Pier|Precinct|"
    r"H\.R\.)|[$£€¥#])\s?$"
)
"""What numbers a thing rather than dating it: "along Route 2016", "Resolution 1441", "$1999"."""


_TODAYS_GENERIC = re.compile(
    r"['’]s\s+(?:(?!(?:by|of|for|in|on|at|with|from|to)\b)[\w-]+\s+){0,2}?"
    r"(?:world|society|youth|young|generation|generations|children|"
    r"kids|teenagers|teens|students|parents|families|consumers|workers|voters|standards|dollars|"
    r"terms|age|era|culture|technology|computers|machines|cars|economy|marketplace|climate)\b",
    re.IGNORECASE,
)
"""The present as an era, not the day: "today's youth", "in today's world", "many of today's
personal computers". The annotators dated "today's editions" and "today's quiz", not these."""


_SEASON = re.compile(r"(?:the\s+)?(spring|summer|autumn|fall|winter)", re.IGNORECASE)
_WEEKDAY = re.compile(
    "(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)
"""A bare weekday, perhaps with its part of the day: "a Friday, Nov. 3" names its day."""
_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|In|On|By|This|Last|Next|Early|Late|Mid|Since)\b)[A-Z][a-z]+\s+$"
)
"""A capitalised word before a season that makes it a name: "the Arab Spring", "Prague Spring"."""
_OF_A_THING = re.compile(r"\s+of\s+(?!\d|(?:the\s+year|this|last|next|that)\b)", re.IGNORECASE)
"""A season word that is a noun of something: "the fall of Aleppo" (not "the fall of 2015")."""
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
"""A day that recurs ("every Sunday") is a set of days, not the last such day."""
_ANY_SUCH_DAY = re.compile(r"\s*(?:[,.;]|in\b|of\b|when\b|that\b|$)", re.IGNORECASE)
"""After "a Saturday morning", what makes it a day no date names ("a Saturday morning in late
April"), not a day's thing ("a Sunday night memorial service")."""


def _no_season_nor_day(text: str, start: int, end: int) -> bool:
    """Whether a bare season word is a name's or a thing's ("the Arab Spring", "the fall of
    Aleppo", "a spring in his step"), or a weekday is any such day ("every Sunday", "a
    Saturday morning")."""
    piece = text[start:end]
    before = text[max(0, start - 30) : start]
    if _WEEKDAY.fullmatch(piece):
        if _EVERY_BEFORE.search(before):
            return True
        return _A_BEFORE.search(before) is not None and _ANY_SUCH_DAY.match(text, end) is not None
    season = _SEASON.fullmatch(piece)
    if season is None:
        return False
    named = season.group(1)[0].isupper() and _NAME_BEFORE.search(before) is not None
    return named or bool(_OF_A_THING.match(text, end)) or bool(_A_BEFORE.search(before))


def _not_a_year(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number in running text is a name's, a count's or an address's: "a
    joint venture called Orion 1980", "has 1998 stores", "1600 Pennsylvania Avenue", "Route
    2016"."""
    before = text[max(0, start - 60) : start]
    if _NAMED_BEFORE.search(before) or _NUMBERED.search(before) or _STREET.match(text, end):
        return True
    return _COUNT_OF.match(text, end) is not None and not _YEAR_WORD_BEFORE.search(before)


def describe_json(result: Resolution | Unresolved, anchor_text: str) -> dict[str, object]:
    """The JSON record `timeline when --batch` prints for one expression."""
    if isinstance(result, Unresolved):
        record: dict[str, object] = {
            "expression": result.expression,
            "anchor": anchor_text,
            "error": result.reason,
        }
        if result.duration is not None:
            record["duration"] = result.duration
        return record
    start, end = (
        (day_iso(result.days[0]), day_iso(result.days[1]))
        if result.days is not None
        else (result.start.isoformat(), result.end.isoformat())
    )
    return {
        "expression": result.expression,
        "anchor": anchor_text,
        "value": result.value,
        "start": start,
        "end": end,
        "granularity": result.granularity,
        "approximate": result.approximate,
        "explanation": result.explanation,
    }


_LOWERCASE_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
"""In running text a month or weekday is capitalised; "may" and "march" in lower case are verbs."""


def _fallback(expression: str) -> Parsed | None:
    """Explicit dates in an order the rules miss, read from their parts."""
    from tui.dates import fallback

    return fallback.read(_grammar().normalize(expression))
