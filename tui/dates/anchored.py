"""Expressions anchored on another event: precision never grows through an anchor.

"Two days later" than an event dated only to 1953 is not Sat 3 Jan 1953: it is some day in (or
just after) 1953, so it is dated to that year, approximate. "The next day" after something that
happened "recently" places nothing at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from tui.core.model import Resolution, Unresolved
from tui.dates.resolver import resolve

FINE = {"second", "minute", "hour", "part-of-day", "day"}
"""Anchors this fine are counted from as they are: a day is a day."""


def resolve_anchored(
    expression: str,
    anchor: Resolution,
    *,
    anchor_label: str = "the anchor event",
    tz: str = "UTC",
    tense: str | None = None,
) -> Resolution | Unresolved:
    """Resolve ``expression`` counted from another event's resolution, no finer than it allows.

    A result that does not depend on where in the anchor's span it is counted from (an explicit
    date, "ten years later" than a year) is kept; one that does is widened to the anchor's own
    granularity around where it falls, and marked approximate.
    """
    if not anchor.is_dated:
        return Unresolved(
            expression,
            f"{anchor_label} is a vague reference ({anchor.value}), not a date: there is no day "
            "to count from",
        )
    first = resolve(
        expression, anchor.start, anchor_label=anchor_label, tz=tz, tense=tense, on_event=True
    )
    if not isinstance(first, Resolution):
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
