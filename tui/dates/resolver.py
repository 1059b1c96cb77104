"""Date resolution: turn a news date expression into a TIMEX3 value, an interval and an explanation.

All datetimes are naive wall-clock times in the timeline's zone, and the anchor is always passed in.
Common shapes are resolved by the rules in ``dategrammar`` without dateparser; dateparser (English
only, imported on first need) is the fallback for explicit dates the rules do not cover.

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
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from tui.core.frozen import pickled_by_fields

if TYPE_CHECKING:
    from tui.dates.grammar import Parsed


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved expression: TIMEX3 value, the interval [start, end) it covers, and why."""

    expression: str
    value: str
    start: datetime
    end: datetime
    granularity: str
    approximate: bool
    explanation: str
    part_of_day: str | None = None


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An expression the resolver could not resolve, and the reason, instead of a guess."""

    expression: str
    reason: str


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression found in running text, by character offsets."""

    start: int
    end: int
    text: str


PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def parse_anchor(text: str) -> datetime | None:
    """An ISO date or date-time as a naive datetime (an offset is dropped, the wall clock kept)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value.replace(tzinfo=None)


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
    tz: str = "UTC",
    tense: str | None = None,
) -> Resolution | Unresolved:
    """Resolve ``expression`` against ``anchor`` (naive, in zone ``tz``).

    ``tense`` ("past" or "future", read from the expression's sentence by ``tense``) decides what
    the expression alone cannot: whether "Monday" or "in March" is the last one or the next.
    """
    grammar = _grammar()
    parsed = grammar.parse_expression(expression)
    if parsed is None:
        parsed = _dateparser_fallback(expression, anchor)
        if parsed is None:
            return Unresolved(expression, "not a date expression the resolver knows")
    if isinstance(parsed, str):
        return Unresolved(expression, parsed)
    if tense is not None:
        parsed = grammar.leaning(parsed, tense)
    try:
        return parsed.build(expression, anchor, anchor_label)
    except (ValueError, OverflowError) as exc:
        return Unresolved(expression, f"out of range: {exc}")


def find_expressions(text: str) -> list[Found]:
    """The date expressions in running text, found with the same grammar ``resolve`` uses."""
    grammar = _grammar()
    found = []
    for match in grammar.finder().finditer(text):
        raw = match.group(0)
        stripped = raw.rstrip(" ,.;:")
        start = match.start() + (len(stripped) - len(stripped.lstrip()))
        stripped = stripped.strip()
        if (
            not stripped
            or _LOWERCASE_NAME.search(stripped)
            or not isinstance(grammar.parse_expression(stripped), grammar.Parsed)
        ):
            continue
        found.append(Found(start, start + len(stripped), stripped))
    return found


def describe_json(result: Resolution | Unresolved, anchor_text: str) -> dict[str, object]:
    """The JSON record `timeline when --batch` prints for one expression."""
    if isinstance(result, Unresolved):
        return {"expression": result.expression, "anchor": anchor_text, "error": result.reason}
    return {
        "expression": result.expression,
        "anchor": anchor_text,
        "value": result.value,
        "start": result.start.isoformat(),
        "end": result.end.isoformat(),
        "granularity": result.granularity,
        "approximate": result.approximate,
        "explanation": result.explanation,
    }


def format_label(resolution: Resolution | None) -> str:
    """A short label for lists: ``Sat 17 Sep 2016``, ``Sep 2016``, ``Sat 17 Sep 2016, night``."""
    if resolution is None:
        return "undated"
    return ("~" if resolution.approximate else "") + describe_span(resolution)


WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def day_label(moment: datetime | date) -> str:
    """``Sat 17 Sep 2016``: English whatever the locale, and without strftime, which lists of 100k pay for."""
    return (
        f"{WEEKDAY_ABBREVIATIONS[moment.weekday()]} {moment.day} "
        f"{MONTH_ABBREVIATIONS[moment.month - 1]} {moment.year}"
    )


def describe_span(r: Resolution) -> str:
    """The resolved span in words, at its own granularity, with the part of it that "early",
    "mid" or "late" picked out ("early Dec 2024", "the late 1970s")."""
    start, g = r.start, r.granularity
    if g == "reference":
        return {
            "PRESENT_REF": "the present",
            "PAST_REF": "the past",
            "FUTURE_REF": "the future",
        }.get(r.value, r.value)
    if g in ("day", "part-of-day"):
        text = day_label(start)
        return f"{text}, {PART_NAMES[r.part_of_day]}" if r.part_of_day else text
    if g in ("hour", "minute", "second"):
        return f"{day_label(start)}, {start.hour:02d}:{start.minute:02d}"
    if g == "weekend":
        return f"weekend of {day_label(start)}"
    if g == "interval":
        return f"{day_label(start)} – {day_label(r.end - timedelta(days=1))}"
    if g == "season":
        from tui.dates.shapes import SEASON_NAMES

        return f"{SEASON_NAMES[r.value[-2:]]} {start.year}"
    if g == "century":
        number = int(r.value) + 1
        suffix = (
            "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        return f"the {number}{suffix} century"
    whole = _whole_period(r)
    if whole is None:
        return r.value
    first, after = whole
    part = _part_of(r, first, after)
    if g == "week":
        if part is None:
            return f"week of {day_label(start)}"  # a rolling week ("the past week")
        return {
            "": "week",
            "early ": "early in the week",
            "mid-": "the middle of the week",
            "late ": "late in the week",
        }[part] + f" of {day_label(first)}"
    part = part or ""
    if g == "month":
        return f"{part}{MONTH_ABBREVIATIONS[first.month - 1]} {first.year}"
    if g == "quarter":
        return f"{part}Q{(first.month - 1) // 3 + 1} {first.year}"
    if g == "half":
        return f"{part}H{1 if first.month < 7 else 2} {first.year}"
    if g == "year":
        return f"{part}{first.year}"
    return f"the {part}{r.value}0s"


def describe_range(first: Resolution, last: Resolution) -> str:
    """From the earliest resolution to the latest, for a timeline's header: an interval at either
    end gives only its outer day, and a range within one label is that label once."""
    begin = day_label(first.start) if first.granularity == "interval" else describe_span(first)
    end = (
        day_label(last.end - timedelta(days=1))
        if last.granularity == "interval"
        else describe_span(last)
    )
    return begin if begin == end else f"{begin} – {end}"


def _part_of(r: Resolution, first: datetime, after: datetime) -> str | None:
    """ "early ", "mid-", "late " or "" (the whole): which part of [first, after) the span covers;
    None when it does not lie inside it."""
    if not first <= r.start < r.end <= after:
        return None
    if (r.start, r.end) == (first, after):
        return ""
    return "early " if r.start == first else "late " if r.end == after else "mid-"


def _whole_period(r: Resolution) -> tuple[datetime, datetime] | None:
    """The whole week, month, quarter, half, year or decade that a resolution lies in."""
    start, g = r.start, r.granularity
    if g == "week":
        monday = datetime(start.year, start.month, start.day) - timedelta(days=start.weekday())
        return monday, monday + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(g)
    if months is not None:
        first_month = (start.month - 1) // months * months
        first = datetime(start.year, first_month + 1, 1)
        after_month = first_month + months
        return first, datetime(start.year + after_month // 12, after_month % 12 + 1, 1)
    if g == "decade":
        year = start.year // 10 * 10
        return datetime(year, 1, 1), datetime(year + 10, 1, 1)
    return None


_LOWERCASE_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
"""In running text a month or weekday is capitalised; "may" and "march" in lower case are verbs."""

_DATEPARSER_SHAPE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE
)


def _dateparser_fallback(expression: str, anchor: datetime) -> Parsed | None:
    """Explicit dates the rules miss, read by dateparser (English only, imported when first needed)."""
    if not _DATEPARSER_SHAPE.search(expression) or len(expression) > 60:
        return None
    from tui.dates.grammar import ExplicitDay

    parsed = _dateparser_parse(expression, anchor)
    if parsed is None:
        return None
    return ExplicitDay(parsed.date())


def _dateparser_parse(expression: str, anchor: datetime) -> datetime | None:
    import dateparser

    try:
        return dateparser.parse(
            expression,
            languages=["en"],
            settings={"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past", "STRICT_PARSING": True},
        )
    except (ValueError, OverflowError, TypeError):
        return None
