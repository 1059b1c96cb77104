"""Date resolution: turn a news date expression into a TIMEX3 value, an interval and an explanation.

All datetimes are naive wall-clock times in the timeline's zone; the anchor is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache


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


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An expression the resolver could not resolve, and the reason, instead of a guess."""

    expression: str
    reason: str


@lru_cache(maxsize=65536)
def resolve(
    expression: str, anchor: datetime, *, anchor_label: str = "the anchor", tz: str = "UTC"
) -> Resolution | Unresolved:
    """Resolve ``expression`` against ``anchor`` (naive, in zone ``tz``)."""
    text = expression.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return Unresolved(expression, "not understood yet")
    start = datetime(day.year, day.month, day.day)
    return Resolution(
        expression, day.isoformat(), start, start + timedelta(days=1), "day", False,
        f"{expression} → {start:%a %d %b %Y}: an explicit date",
    )
