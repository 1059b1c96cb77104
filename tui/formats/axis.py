"""The axis: where events fall on a scaled line of time, for the terminal view and the exports.

Pure layout in character cells, with no Textual: a scale from time to columns that folds long empty
stretches, ruler ticks that adapt to the zoom, lanes, rows of marks, bars and titles, and counts per
column where a lane holds too many events to draw one by one. Times are the timeline's wall clock
(the resolver's dates are naive, in the timeline's zone), so ticks fall on its midnights and months.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tui.core.model import Event
from tui.dates.labels import (
    MONTH_ABBREVIATIONS,
    WEEKDAY_ABBREVIATIONS,
    day_label,
)

LaneMode = Literal["none", "tag", "source"]
LANE_MODES: tuple[LaneMode, ...] = ("none", "tag", "source")
NO_LANE = {"tag": "(no tag)", "source": "(no source)"}

EPOCH = datetime(1, 1, 1)
LAST_SECOND = (datetime(9999, 12, 31) - EPOCH).total_seconds()
FOLD_RATIO = 4.0
"""An empty stretch is folded when it is at least this many times longer than the rest together."""
FOLD_SHARE = 0.04
"""How much of the unfolded rest a folded stretch keeps on the scale, so its break mark shows."""
POINT_GRANULARITIES = frozenset({"second", "minute", "hour", "part-of-day", "day"})
"""Dates that say when something happened, to that precision: marks, not bars."""
MIN_SECONDS_PER_COLUMN = 60.0
BLOCKS = " ▁▂▃▄▅▆▇█"

Style = Literal[
    "label", "tick", "fold", "lane", "bar", "bar-approx", "mark", "mark-approx", "title",
    "density", "vague", "note",
]  # fmt: skip


def seconds(moment: datetime) -> float:
    """Seconds since the year 1 on the timeline's wall clock: the scale's unit of time."""
    return (moment - EPOCH).total_seconds()


def moment(value: float) -> datetime:
    """The wall-clock time ``value`` seconds after the year 1, kept inside what datetime holds."""
    return EPOCH + timedelta(seconds=min(max(value, 0.0), LAST_SECOND))


@dataclass(frozen=True, slots=True)
class Fold:
    """An empty stretch of time [start, end) drawn as ``length`` of the scale from ``at``."""

    start: float
    end: float
    at: float
    length: float


@dataclass(frozen=True, slots=True)
class Scale:
    """Time to scale positions: the identity, except that each fold squeezes its stretch."""

    folds: tuple[Fold, ...] = ()

    def position(self, time: float) -> float:
        """Where ``time`` lies on the scale."""
        i = bisect_right(self.folds, time, key=lambda f: f.start) - 1
        if i < 0:
            return time
        f = self.folds[i]
        if time < f.end:
            return f.at + (time - f.start) / (f.end - f.start) * f.length
        return f.at + f.length + (time - f.end)

    def time(self, position: float) -> float:
        """The time at a scale position: the inverse of ``position``."""
        i = bisect_right(self.folds, position, key=lambda f: f.at) - 1
        if i < 0:
            return position
        f = self.folds[i]
        if position < f.at + f.length:
            return f.start + (position - f.at) / f.length * (f.end - f.start)
        return f.end + (position - f.at - f.length)


def find_folds(spans: Sequence[tuple[float, float]]) -> Scale:
    """Fold the empty stretches between events that dwarf everything else (``FOLD_RATIO``)."""
    gaps: list[tuple[float, float]] = []
    end = -math.inf
    for start, stop in sorted(spans):
        if start > end > -math.inf:
            gaps.append((end, start))
        end = max(end, stop)
    if not gaps:
        return Scale()
    rest = end - min(s for s, _ in spans)
    chosen = []
    for a, b in sorted(gaps, key=lambda g: g[0] - g[1]):
        if b - a < FOLD_RATIO * (rest - (b - a)):
            break
        chosen.append((a, b))
        rest -= b - a
    length = FOLD_SHARE * max(rest, 1.0)
    folds, removed = [], 0.0
    for a, b in sorted(chosen):
        folds.append(Fold(a, b, a - removed, length))
        removed += b - a - length
    return Scale(tuple(folds))


@dataclass(frozen=True, slots=True)
class Item:
    """One event on the scale: positions of its start and end, and how it is drawn."""

    event: int
    start: float
    end: float
    bar: bool
    approximate: bool
    lane: int


@dataclass(frozen=True, slots=True)
class Lane:
    """A lane's name and its items (positions into ``Axis.items``) by start, for bisecting."""

    name: str
    items: tuple[int, ...]
    starts: tuple[float, ...]
    reach: tuple[float, ...]
    """The furthest end of the items up to each one: where a window's search may begin."""


@dataclass(frozen=True, slots=True)
class Axis:
    """Events laid on one scale, built once per event list, lane mode and folding."""

    events: Sequence[Event]
    items: tuple[Item, ...]
    lanes: tuple[Lane, ...]
    unplaced: tuple[int, ...]
    """Events with no place on the scale: vague references ("recently") and undated ones."""
    scale: Scale
    starts: tuple[float, ...]
    """Every item's start, sorted: the density strip's counts."""
    item_of: dict[int, int]
    """Event index to item index."""

    @property
    def first(self) -> float:
        return self.starts[0] if self.starts else 0.0

    @property
    def last(self) -> float:
        return max((i.end for i in self.items), default=1.0)


def lane_name(event: Event, mode: LaneMode) -> str:
    """The lane an event sits in: its first tag, or its source."""
    if mode == "tag":
        return event.tags[0] if event.tags else NO_LANE["tag"]
    if mode == "source":
        return event.source or NO_LANE["source"]
    return ""


def build_axis(events: Sequence[Event], lanes: LaneMode = "none", *, fold: bool = True) -> Axis:
    """Place events (in the list's order) on a scale, in lanes; folds long empty stretches."""
    dated: list[tuple[int, float, float]] = []
    unplaced: list[int] = []
    for index, event in enumerate(events):
        r = event.resolution
        if r is None or not r.is_dated:
            unplaced.append(index)
        else:
            dated.append((index, seconds(r.start), seconds(r.end)))
    scale = find_folds([(s, e) for _, s, e in dated]) if fold and dated else Scale()
    names: dict[str, int] = {}
    items: list[Item] = []
    position = scale.position if scale.folds else float
    for index, start, end in sorted(dated, key=lambda d: d[1]):
        event = events[index]
        r = event.resolution
        assert r is not None
        lane = names.setdefault(lane_name(event, lanes), len(names))
        bar = r.granularity not in POINT_GRANULARITIES
        items.append(Item(index, position(start), position(end), bar, r.approximate, lane))
    members: list[list[int]] = [[] for _ in names]
    for n, item in enumerate(items):
        members[item.lane].append(n)
    built = []
    for name, mine in zip(names, members, strict=True):
        reach, furthest = [], -math.inf
        for n in mine:
            furthest = max(furthest, items[n].end)
            reach.append(furthest)
        starts = tuple(items[n].start for n in mine)
        built.append(Lane(name, tuple(mine), starts, tuple(reach)))
    return Axis(
        events,
        tuple(items),
        tuple(built),
        tuple(unplaced),
        scale,
        tuple(i.start for i in items),
        {item.event: n for n, item in enumerate(items)},
    )


@dataclass(frozen=True, slots=True)
class View:
    """The part of the scale on screen: the position at column 0 and the scale per column."""

    left: float
    per_column: float

    def column(self, position: float) -> float:
        return (position - self.left) / self.per_column

    def at(self, column: float) -> float:
        return self.left + column * self.per_column


def fit(axis: Axis, columns: int, room: int = 0) -> View:
    """The whole timeline across ``columns``, with a little space at each end and ``room``
    columns more at the right for the titles of the last events."""
    first, last = axis.first, axis.last
    span = max(last - first, 3600.0)
    used = max(columns - room, 1)
    per_column = max(span * 1.04 / used, MIN_SECONDS_PER_COLUMN)
    return View(first - (per_column * used - span) / 2, per_column)


def zoom(axis: Axis, view: View, columns: int, factor: float, around: float | None) -> View:
    """Zoom by ``factor`` (2 is in, 0.5 out) with ``around`` (the selection) in the middle."""
    whole = fit(axis, columns, columns // 5).per_column
    per_column = min(max(view.per_column / factor, MIN_SECONDS_PER_COLUMN), whole * 2)
    centre = around if around is not None else view.at(columns / 2)
    return View(centre - per_column * columns / 2, per_column)


def pan(view: View, columns: float) -> View:
    """Move the view by ``columns`` (negative is back in time)."""
    return View(view.left + columns * view.per_column, view.per_column)


def follow(view: View, columns: int, position: float) -> View:
    """The view moved just enough that ``position`` is on screen, a little in from the edge."""
    column = view.column(position)
    margin = min(columns / 8, 10)
    if margin <= column <= columns - margin:
        return view
    return View(position - view.per_column * columns / 2, view.per_column)


# -- ruler ----------------------------------------------------------------------------------

Unit = tuple[str, int]
UNITS: tuple[tuple[Unit, float, int, str], ...] = (
    (("hour", 1), 3600, 6, "hours"),
    (("hour", 3), 3 * 3600, 6, "hours"),
    (("hour", 6), 6 * 3600, 6, "hours"),
    (("hour", 12), 12 * 3600, 6, "hours"),
    (("day", 1), 86400, 6, "days"),
    (("week", 1), 7 * 86400, 6, "weeks"),
    (("month", 1), 30.44 * 86400, 8, "months"),
    (("month", 3), 91.3 * 86400, 7, "quarters"),
    (("year", 1), 365.25 * 86400, 4, "years"),
    (("year", 5), 5 * 365.25 * 86400, 4, "years"),
    (("year", 10), 10 * 365.25 * 86400, 5, "decades"),
    (("year", 50), 50 * 365.25 * 86400, 4, "decades"),
    (("year", 100), 100 * 365.25 * 86400, 5, "centuries"),
    (("year", 500), 500 * 365.25 * 86400, 5, "centuries"),
    (("year", 1000), 1000 * 365.25 * 86400, 5, "millennia"),
)


@dataclass(frozen=True, slots=True)
class Tick:
    column: int
    label: str
    full: str
    """The label with its month and year, for the first tick on screen and after a fold."""


def pick_unit(per_column: float) -> tuple[Unit, str]:
    """The finest unit whose ticks leave room for their labels."""
    for unit, size, width, name in UNITS:
        if size / per_column >= width + 2:
            return unit, name
    return UNITS[-1][0], UNITS[-1][3]


def _floor(t: datetime, unit: Unit) -> datetime:
    kind, n = unit
    if kind == "hour":
        return t.replace(hour=t.hour // n * n, minute=0, second=0, microsecond=0)
    day = datetime(t.year, t.month, t.day)
    if kind == "day":
        return day
    if kind == "week":
        return day - timedelta(days=day.weekday())
    if kind == "month":
        return datetime(t.year, (t.month - 1) // n * n + 1, 1)
    return datetime(max(t.year // n * n, 1), 1, 1)


def _next(t: datetime, unit: Unit) -> datetime | None:
    kind, n = unit
    if kind == "hour":
        return t + timedelta(hours=n)
    if kind in ("day", "week"):
        return t + timedelta(days=1 if kind == "day" else 7)
    if kind == "month":
        month = t.month - 1 + n
        year = t.year + month // 12
        return datetime(year, month % 12 + 1, 1) if year <= 9999 else None
    year = t.year // n * n + n
    return datetime(year, 1, 1) if year <= 9999 else None


def tick_label(t: datetime, unit: Unit, *, full: bool = False) -> str:
    """``21:00`` (the day at midnight), ``Sat 17``, ``12 Sep``, ``Sep 2016``, ``Q3 2016``,
    ``2016``, ``1990s``: in the timeline's zone, English whatever the locale. ``full`` adds the
    month and year that a day or an hour leaves out, for the first tick on screen."""
    kind, n = unit
    if full and kind in ("hour", "day", "week"):
        hour = f", {t.hour:02d}:{t.minute:02d}" if t.hour or t.minute else ""
        return day_label(t) + hour
    if kind == "hour" and (t.hour or t.minute):
        return f"{t.hour:02d}:{t.minute:02d}"
    if kind in ("hour", "day"):
        return f"{WEEKDAY_ABBREVIATIONS[t.weekday()]} {t.day}"
    if kind == "week":
        return f"{t.day} {MONTH_ABBREVIATIONS[t.month - 1]}"
    if kind == "month":
        if n == 3:
            return f"Q{(t.month - 1) // 3 + 1} {t.year}"
        return f"{MONTH_ABBREVIATIONS[t.month - 1]} {t.year}"
    return f"{t.year}s" if n in (10, 100) else str(t.year)


def ticks(scale: Scale, view: View, columns: int) -> tuple[list[Tick], str]:
    """The ruler's ticks on screen, outside folds, and the name of their unit."""
    unit, name = pick_unit(view.per_column)
    out: list[Tick] = []
    pieces: list[tuple[float, float]] = []
    low, high = scale.time(view.at(0)), scale.time(view.at(columns))
    edge = low
    for f in scale.folds:
        if f.end > low and f.start < high:
            pieces.append((edge, f.start))
        edge = max(edge, f.end)
    pieces.append((edge, high))
    for a, b in pieces:
        if b <= a:
            continue
        t: datetime | None = _floor(moment(a), unit)
        fresh = True
        while t is not None and (s := seconds(t)) <= b and len(out) <= columns:
            if s >= a:
                column = round(view.column(scale.position(s)))
                full = tick_label(t, unit, full=True) if fresh or column <= 0 else ""
                out.append(Tick(column, tick_label(t, unit), full))
                fresh = column < 0
            t = _next(t, unit)
    return out, name


def duration_words(length: float) -> str:
    """A folded stretch's length in round words: ``98 years``, ``5 months``, ``3 days``."""
    for size, word in ((365.25 * 86400, "year"), (30.44 * 86400, "month"), (86400, "day")):
        if length >= size:
            count = round(length / size)
            return f"{count} {word}{'s' * (count != 1)}"
    hours = max(round(length / 3600), 1)
    return f"{hours} hour{'s' * (hours != 1)}"


def counts(starts: Sequence[float], low: float, per_column: float, columns: int) -> list[int]:
    """How many of the sorted ``starts`` fall in each column from ``low``: bucketed by bisection."""
    edges = [bisect_left(starts, low + c * per_column) for c in range(columns + 1)]
    return [edges[c + 1] - edges[c] for c in range(columns)]


def blocks(values: Sequence[int], height: int = 1) -> list[str]:
    """Rows (top first) of block characters, a histogram ``height`` rows tall; one event shows."""
    top = max(values, default=0)
    levels = [0 if v == 0 else max(1, round(v / top * 8 * height)) for v in values] if top else []
    return [
        "".join(BLOCKS[min(max(level - 8 * row, 0), 8)] for level in levels)
        for row in reversed(range(height))
    ]
