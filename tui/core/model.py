"""The loaded timeline: plain frozen dataclasses that know nothing of YAML or Textual.

The loader builds these; the explorer, the exporters and the CLI only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from tui.core.frozen import pickled_by_fields

Severity = Literal["error", "warning"]

Granularity = Literal[
    "second",
    "minute",
    "hour",
    "part-of-day",
    "day",
    "weekend",
    "week",
    "interval",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "reference",
]
"""How finely a resolution places its event; "reference" is a vague PRESENT_REF, PAST_REF or
FUTURE_REF, which places it nowhere."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved expression: TIMEX3 value, the interval [start, end) it covers, and why.

    ``days`` is set only for a resolution that begins before 1 January AD 1: the proleptic
    Gregorian day numbers of [start, end), day 0 = 0001-01-01 (``tui.core.deeptime``). Then
    ``start`` and ``end`` are only clamped into what ``datetime`` holds, and a position is asked of
    ``deeptime.seconds``; ``value`` is EDTF with astronomical years (``-0043`` is 44 BC)."""

    expression: str
    value: str
    start: datetime
    end: datetime
    granularity: Granularity
    approximate: bool
    explanation: str
    part_of_day: str | None = None
    days: tuple[int, int] | None = None

    @property
    def is_dated(self) -> bool:
        """True when it names a stretch of time; a vague reference ("recently") does not, and its
        start and end are only where it sorts."""
        return self.granularity != "reference"


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An expression the resolver could not resolve, and the reason, instead of a guess.

    ``duration`` is the ISO 8601 value (``P3M``) of an expression that names a length of time,
    not a date: it places nothing on its own, but says what was read."""

    expression: str
    reason: str
    duration: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a file, pinned to a 1-based line and column."""

    path: str
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True when the file cannot be trusted because of this problem."""
        return self.severity == "error"


def tally(errors: int, warnings: int) -> str:
    """ "3 errors, 1 warning": how ``timeline check`` and the problems panel sum problems up."""
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """A passage an event quotes from a source, and where it was found in the text."""

    text: str
    by: str | None
    source: str | None
    found: bool
    offset: int | None
    line: int
    column: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Source:
    """An article that events cite; its publication is the anchor for relative dates."""

    id: str
    title: str
    outlet: str | None
    url: str | None
    published: str
    published_at: datetime | None
    file: str | None
    text: str | None
    path: str
    line: int
    column: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """One dated happening, as written in the file and as resolved."""

    id: str | None
    title: str
    when: str
    source: str | None
    anchor: str | None
    details: str | None
    tags: tuple[str, ...]
    quotes: tuple[Quote, ...]
    path: str
    line: int
    column: int
    order: int
    resolution: Resolution | None = None
    unresolved_reason: str | None = None
    doubts: tuple[str, ...] = ()
    """The ``# doubtful:`` comments above the event (a draft's guesses), for the reader to see."""

    @property
    def key(self) -> str:
        """A key that survives reloads: the id when there is one, else file and position."""
        return self.id if self.id is not None else f"{self.path}#{self.order}"

    def settled(self, resolution: Resolution | None, unresolved_reason: str | None = None) -> Event:
        """This event with its date resolved, or the reason it is not.

        Written out field by field: ``dataclasses.replace`` costs several times more, which
        shows when a loader settles 100,000 events.
        """
        return Event(
            self.id,
            self.title,
            self.when,
            self.source,
            self.anchor,
            self.details,
            self.tags,
            self.quotes,
            self.path,
            self.line,
            self.column,
            self.order,
            resolution,
            unresolved_reason,
            self.doubts,
        )


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Timeline:
    """A whole timeline: its sources, its events in chronological order, and its problems."""

    title: str
    summary: str | None
    timezone: str
    sources: dict[str, Source]
    events: tuple[Event, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    paths: tuple[str, ...] = field(default=())

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The problems that make the file untrustworthy."""
        return tuple(d for d in self.diagnostics if d.is_error)

    def misquotes(self, quote: Quote) -> bool:
        """Whether a quote is not in the text of the source it cites: an export says so beside
        it; a source with no text to look in says nothing either way."""
        source = self.sources.get(quote.source) if quote.source else None
        return not quote.found and source is not None and source.text is not None

    @property
    def span(self) -> tuple[datetime, datetime] | None:
        """The earliest start and latest end of the resolved events, if any resolved."""
        resolved = [e.resolution for e in self.events if e.resolution is not None]
        if not resolved:
            return None
        return min(r.start for r in resolved), max(r.end for r in resolved)
