"""Expressions anchored on another event: precision never grows through an anchor.

"Two days later" than an event dated only to 1953 is not Sat 3 Jan 1953: it is some day in (or
just after) 1953, so it is dated to that year, approximate. "The next day" after something that
happened "recently" places nothing at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from tui.core import deeptime
from tui.core.model import Resolution, Unresolved
from tui.dates.labels import day_label
from tui.dates.resolver import find_expressions, resolve

_TOLD_FROM_AN_EVENT = re.compile(
    r"\b(?:(?:the\s+(?:next|following|previous|preceding|same|prior)|following|previous|"
    r"preceding|prior)\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|quarter|year|season|spring|summer|"
    r"autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b"
    r"|the\s+day\s+(?:before|after)\s*$"
    r"|that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|"
    r"autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
    r"|(?:later|earlier)\s+that\s+\w+"
    r"|\b(?!(?:or|and)\b)\w+\s+(?:later|earlier|afterwards?|after|before)\s*$"
    r"|^\s*(?:later|earlier|afterwards?)\s*$"
    r"|^\s*(?:by\s+|on\s+)?next\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\bthe\s+eve\b|^\s*(?:on\s+|in\s+|during\s+)?the\s+night\s*$"
    r"|\b(?:late|early|later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\b\w+\s+(?:hours?|days?|weeks?|months?|years?)\s+on\s*$)",
    re.IGNORECASE,
)


def told_from_an_event(expression: str) -> bool:
    """Whether an expression counts from another event, not from when the article was written:
    "two days later", "the next day", "next morning", "that night", "later in the day", "the eve",
    "three days on", "the following Monday". "Tomorrow", "next week", "next Monday" and "the day
    before yesterday" count from the article, and so do "2016 or later" and "Sept. 1 or
    earlier"."""
    return _TOLD_FROM_AN_EVENT.search(expression) is not None


FINE = {"second", "minute", "hour", "part-of-day", "day"}
"""Anchors this fine are counted from as they are: a day is a day."""


_SPEAKERS_OWN = re.compile(
    r"(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week|month|year)|"
    r"(?:next|last)\s+(?:week|month|year))",
    re.IGNORECASE,
)
"""Words that count from when they are said, which a quotation's date may put elsewhere."""
_WOULD_AFTER_SAID = re.compile(
    r"\b(?:said|announced|told\s+\w+|added|stated|promised|pledged)\s+(?P<day>(?:on\s+)?\w+"
    r"(?:\.?\s+\d{1,2})?)\s+(?:that\s+)?[^.;]{0,120}?\bwould\b[^.;]{0,80}$",
    re.IGNORECASE,
)
"""A future reported from a dated saying ("announced Thursday that he would resign Friday"):
its day counts from the saying's."""
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]|``(.*?)''")


def counted_from_in(expression: str, sentence: str) -> str | None:
    """Why ``expression`` is not counted from the anchor when ``sentence`` holds it beside
    another date it most likely counts from ("arrested Sept. 2 and charged the next day"), or
    inside words quoted as said on another day ('"We vote tomorrow," he said Friday'), or None:
    `timeline when --sentence` is given no event or saying to count from."""
    at = sentence.lower().find(expression.strip().lower())
    quoted = (
        _said_on_another_day(expression.strip(), sentence, at)
        if _SPEAKERS_OWN.fullmatch(expression.strip()) and at >= 0
        else None
    )
    if quoted is not None:
        return quoted
    reported = _WOULD_AFTER_SAID.search(sentence, 0, at) if at > 0 else None
    if reported is not None and find_expressions(reported.group("day")):
        said = reported.group("day")
        return (
            f"'{expression.strip()}' is what was to come when it was said '{said}': it counts "
            "from that day, not the anchor; give that day as --anchor"
        )
    if not told_from_an_event(expression):
        return None
    others = [
        f.text
        for f in find_expressions(sentence)
        if not (at >= 0 and f.start < at + len(expression) and at < f.end)
        and not told_from_an_event(f.text)
    ]
    if not others:
        return None
    return (
        f"'{expression.strip()}' counts from what the sentence dates '{others[0]}': give that "
        "day as --anchor, or anchor the event on it in a timeline"
    )


def _said_on_another_day(expression: str, sentence: str, at: int) -> str | None:
    """Why a speaker's "tomorrow" is not the anchor's: it is quoted, and the sentence dates the
    saying outside the quotation ('"We will vote tomorrow," the speaker said on Friday')."""
    quote = next(
        (
            q
            for q in _QUOTED.finditer(sentence)
            if q.start() < at and at + len(expression) <= q.end()
        ),
        None,
    )
    if quote is None:
        return None
    outside = (
        sentence[: quote.start()] + " " * (quote.end() - quote.start()) + sentence[quote.end() :]
    )
    said = [f.text for f in find_expressions(outside)]
    if not said:
        return None
    return (
        f"'{expression}' is quoted, said '{said[0]}': it counts from that day, not the anchor; "
        "give that day as --anchor"
    )


def resolve_anchored(
    expression: str,
    anchor: Resolution,
    *,
    anchor_label: str = "the anchor event",
    tz: str = "UTC",
    tense: str | None = None,
    exact: bool = False,
) -> Resolution | Unresolved:
    """Resolve ``expression`` counted from another event's resolution, no finer than it allows.

    A result that does not depend on where in the anchor's span it is counted from (an explicit
    date, "ten years later" than a year) is kept; one that does is widened to the anchor's own
    granularity around where it falls, and marked approximate. ``exact`` counts from the anchor's
    start however coarse it is: what the result would be without the precision rule.
    """
    if not anchor.is_dated:
        return Unresolved(
            expression,
            f"{anchor_label} is a vague reference ({anchor.value}), not a date: there is no day "
            "to count from",
        )
    if anchor.days is not None:
        return _from_deep_time(expression, anchor, anchor_label, tz, tense, exact)
    first = resolve(
        expression, anchor.start, anchor_label=anchor_label, tz=tz, tense=tense, on_event=True
    )
    if exact or not isinstance(first, Resolution):
        return first
    if anchor.granularity in FINE:
        return replace(first, approximate=True) if anchor.approximate else first
    last_day = max(anchor.start, anchor.end - timedelta(days=1))
    last = resolve(
        expression, last_day, anchor_label=anchor_label, tz=tz, tense=tense, on_event=True
    )
    if isinstance(last, Resolution) and last.value == first.value:
        return replace(first, approximate=True) if anchor.approximate else first
    if not isinstance(last, Resolution):
        return last
    middle = first.start + (last.start - first.start) / 2
    return _widened(expression, first, middle, anchor, anchor_label)


def _widened(
    expression: str, first: Resolution, middle: datetime, anchor: Resolution, label: str
) -> Resolution:
    """The period of the anchor's granularity around ``middle``, approximate, with the reason."""
    from tui.dates.days import Week
    from tui.dates.periods import Century, Decade, Half, Month, Quarter, Season, Year
    from tui.dates.shapes import Parsed, _reason, _result

    year, month = middle.year, middle.month
    shapes: dict[str, Parsed] = {
        "month": Month(month=month, year=year),
        "quarter": Quarter((month - 1) // 3 + 1, year),
        "half": Half(1 if month < 7 else 2, year),
        "season": Season(
            ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[month - 1],
            year - (month < 3),
        ),
        "year": Year(year),
        "decade": Decade(year // 10 * 10),
        "century": Century(year // 100 + 1),
    }
    shape = shapes.get(anchor.granularity)
    if shape is not None:
        period = shape.build(expression, middle, label)
        value, start, end, granularity = period.value, period.start, period.end, period.granularity
    elif anchor.granularity in ("week", "weekend"):
        period = Week(0).build(expression, middle, label)
        value, start, end, granularity = period.value, period.start, period.end, "week"
    else:
        span = anchor.end - anchor.start
        start, end = first.start, first.start + span
        value, granularity = (
            f"{start.date().isoformat()}/{(end - timedelta(days=1)).date().isoformat()}",
            "interval",
        )
    why = (
        f"{_reason(first)}, but {label} is dated only to {anchor.value}, and a date is no finer "
        "than its anchor"
    )
    return _result(expression, value, start, end, granularity, True, why)


def _from_deep_time(
    expression: str, anchor: Resolution, label: str, tz: str, tense: str | None, exact: bool
) -> Resolution | Unresolved:
    """Counted from an anchor before AD 1 ("two years later" than 44 BC is 42 BC).

    The Gregorian calendar repeats exactly every 400 years, weekdays and leap days included, so
    the expression is counted from the anchor moved a whole number of 400-year cycles into years
    ``datetime`` holds, and the result is moved back. A result that does not move with the anchor
    (an explicit date) is kept as it is; one deep time has no value for (a week, a time of day)
    is refused with the reason.
    """
    years = deeptime.shift_years(anchor)
    near = resolve_anchored(
        expression, _moved(anchor, years), anchor_label=label, tz=tz, tense=tense, exact=exact
    )
    if not isinstance(near, Resolution):
        return near
    further = resolve_anchored(
        expression,
        _moved(anchor, years + deeptime.CYCLE_YEARS),
        anchor_label=label,
        tz=tz,
        tense=tense,
        exact=exact,
    )
    if isinstance(further, Resolution) and (further.value, further.days) == (near.value, near.days):
        return near
    from tui.dates.shapes import _reason, _result, day_span

    shift = years // deeptime.CYCLE_YEARS * deeptime.CYCLE_DAYS
    first, after = day_span(near)
    days = (first - shift, after - shift)
    value = deeptime.value_of(near.granularity, days)
    if value is None:
        return Unresolved(
            expression,
            f"{label} is dated {deeptime.label(anchor)}, before AD 1, where a date is given only "
            f"as a day, a month, a year or a range of them (this would be a {near.granularity})",
        )
    moved_on = f" on {day_label(_moved(anchor, years).start)}"
    why = _reason(near).replace(moved_on, f" ({deeptime.label(anchor)})")
    start, end = deeptime.bounds(days)
    return _result(
        expression,
        value,
        start,
        end,
        near.granularity,
        near.approximate,
        why,
        None,
        days if days[0] < 0 else None,
    )


def _moved(anchor: Resolution, years: int) -> Resolution:
    """A deep-time anchor moved ``years`` (a multiple of 400) later, as an ordinary resolution;
    its value is the original's label, which is what messages about it quote."""
    assert anchor.days is not None
    shift = years // deeptime.CYCLE_YEARS * deeptime.CYCLE_DAYS
    start, end = (deeptime.EARLIEST + timedelta(days=d + shift) for d in anchor.days)
    return Resolution(
        anchor.expression,
        deeptime.label(anchor),
        start,
        end,
        anchor.granularity,
        anchor.approximate,
        anchor.explanation,
    )
