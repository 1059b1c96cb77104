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
from typing import Literal, NamedTuple

from tui.core import deeptime
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


def moment_words(value: float) -> str:
    """A position on the scale in words: its day (``Sat 17 Sep 2016``), or before AD 1, where
    ``moment`` is clamped, its year (``3000 BC``)."""
    if value < 0:
        return deeptime.year_words(deeptime.ymd(math.floor(value / 86400))[0])
    return day_label(moment(value))


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


class Item(NamedTuple):
    """One event on the scale: positions of its start and end, and how it is drawn."""

    event: int
    start: float
    end: float
    bar: bool
    approximate: bool
    lane: int


@dataclass(frozen=True, slots=True)
class Lane:
    """A lane's name and its items (indices into the axis's columns) by start, for bisecting."""

    name: str
    items: Sequence[int]
    starts: Sequence[float]
    classes: tuple[tuple[float, list[float], list[int]], ...]
    """The items again, split by length (each class: the longest, its starts, its items), so a
    window finds what overlaps it by bisection whatever the lengths: O(log n) plus what it finds."""

    def _slices(self, low: float, high: float) -> list[tuple[list[int], int, int]]:
        out = []
        for longest, starts, items in self.classes:
            a, b = bisect_left(starts, low - longest), bisect_left(starts, high)
            if b > a:
                out.append((items, a, b))
        return out

    def count(self, low: float, high: float) -> int:
        """About how many items overlap [low, high): at least that many, and those near it."""
        return sum(b - a for _, a, b in self._slices(low, high))

    def overlapping(self, low: float, high: float) -> list[int]:
        """The items that may overlap [low, high), in order of start."""
        return sorted(n for items, a, b in self._slices(low, high) for n in items[a:b])


@dataclass(frozen=True, slots=True)
class Axis:
    """Events laid on one scale, built once per event list, lane mode and folding.

    The items are kept as columns (one list per field, in order of start), not as objects: an
    ``Item`` is made only for the few that are drawn, so 100,000 events cost a few lists."""

    events: Sequence[Event]
    event_of: list[int]
    starts: list[float]
    ends: list[float]
    bars: list[bool]
    approximate: list[bool]
    lane_of: list[int]
    lanes: tuple[Lane, ...]
    unplaced: tuple[int, ...]
    """Events with no place on the scale: vague references ("recently") and undated ones."""
    scale: Scale
    item_of: dict[int, int]
    """Event index to item index."""
    last: float

    def item(self, n: int) -> Item:
        return Item(
            self.event_of[n],
            self.starts[n],
            self.ends[n],
            self.bars[n],
            self.approximate[n],
            self.lane_of[n],
        )

    @property
    def first(self) -> float:
        return self.starts[0] if self.starts else 0.0

    def __len__(self) -> int:
        return len(self.starts)


def lane_name(event: Event, mode: LaneMode) -> str:
    """The lane an event sits in: its first tag, or its source."""
    if mode == "tag":
        return event.tags[0] if event.tags else NO_LANE["tag"]
    if mode == "source":
        return event.source or NO_LANE["source"]
    return ""


def build_axis(events: Sequence[Event], lanes: LaneMode = "none", *, fold: bool = True) -> Axis:
    """Place events (in the list's order) on a scale, in lanes; folds long empty stretches."""
    index_of: list[int] = []
    starts: list[float] = []
    ends: list[float] = []
    unplaced: list[int] = []
    known: dict[datetime, float] = {}
    for index, event in enumerate(events):
        r = event.resolution
        if r is None or r.granularity == "reference":
            unplaced.append(index)
            continue
        if r.days is not None:  # before AD 1: its day numbers, not the clamped datetimes
            index_of.append(index)
            starts.append(deeptime.seconds(r))
            ends.append(deeptime.end_seconds(r))
            continue
        start, end = known.get(r.start), known.get(r.end)
        if start is None:
            start = known[r.start] = seconds(r.start)
        if end is None:
            end = known[r.end] = seconds(r.end)
        index_of.append(index)
        starts.append(start)
        ends.append(end)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    if any(order[k] != k for k in range(len(order))):
        index_of = [index_of[k] for k in order]
        starts = [starts[k] for k in order]
        ends = [ends[k] for k in order]
    scale = find_folds(list(zip(starts, ends, strict=True))) if fold and starts else Scale()
    if scale.folds:
        starts = [scale.position(t) for t in starts]
        ends = [scale.position(t) for t in ends]
    resolutions = [events[i].resolution for i in index_of]
    bars = [r.granularity not in POINT_GRANULARITIES for r in resolutions]  # type: ignore[union-attr]
    approximate = [r.approximate for r in resolutions]  # type: ignore[union-attr]
    names: dict[str, int] = {}
    if lanes == "none":
        lane_of = [0] * len(starts)
        names[""] = 0
        members: list[Sequence[int]] = [range(len(starts))]
    else:
        lane_of = [names.setdefault(lane_name(events[i], lanes), len(names)) for i in index_of]
        groups: list[list[int]] = [[] for _ in names]
        for n, lane in enumerate(lane_of):
            groups[lane].append(n)
        members = list(groups)
    built = []
    for name, mine in zip(names, members, strict=True):
        lane_starts = starts if lanes == "none" else [starts[n] for n in mine]
        built.append(Lane(name, mine, lane_starts, _classes(mine, starts, ends)))
    return Axis(
        events,
        index_of,
        starts,
        ends,
        bars,
        approximate,
        lane_of,
        tuple(built) if starts else (),
        tuple(unplaced),
        scale,
        dict(zip(index_of, range(len(index_of)), strict=True)),
        max(ends, default=1.0),
    )


def _classes(
    items: Sequence[int], starts: list[float], ends: list[float]
) -> tuple[tuple[float, list[float], list[int]], ...]:
    """Items grouped by the power of two of their length, each group by start, with its longest."""
    groups: dict[int, tuple[list[float], list[int]]] = {}
    longest: dict[int, float] = {}
    for n in items:
        length = ends[n] - starts[n]
        exponent = math.frexp(length)[1]
        group = groups.get(exponent)
        if group is None:
            group = groups[exponent] = ([], [])
            longest[exponent] = 0.0
        group[0].append(starts[n])
        group[1].append(n)
        if length > longest[exponent]:
            longest[exponent] = length
    return tuple((longest[e], g[0], g[1]) for e, g in sorted(groups.items()))


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
    """The view moved just enough that ``position`` is on screen, two columns in from the edge."""
    column = view.column(position)
    margin = min(2, columns // 4)
    if column < margin:
        return View(position - margin * view.per_column, view.per_column)
    if column > columns - 1 - margin:
        return View(position - (columns - 1 - margin) * view.per_column, view.per_column)
    return view


# -- ruler ----------------------------------------------------------------------------------

Unit = tuple[str, int]
UNITS: tuple[tuple[Unit, float, int, str], ...] = (
    (("hour", 1), 3600, 6, "hours"),
    (("hour", 3), 3 * 3600, 6, "hours"),
    (("hour", 6), 6 * 3600, 6, "hours"),
    (("hour", 12), 12 * 3600, 6, "hours"),
    (("day", 1), 86400, 6, "days"),
    (("date", 1), 86400, 2, "days"),
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


DAY_KINDS = frozenset({"hour", "day", "date", "week"})
"""Units whose labels leave out the month and year."""


@dataclass(frozen=True, slots=True)
class Tick:
    column: int
    label: str
    longer: tuple[str, ...] = ()
    """Fuller labels, longest first, naming the month and year that ``label`` leaves out: for
    the first tick on screen and the first after a fold, wherever one has room."""
    major: bool = False
    """The tick starts a day on an hourly ruler: its label outranks the others'."""


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
    if kind in ("day", "date"):
        return day
    if kind == "week":
        return day - timedelta(days=day.weekday())
    if kind == "month":
        return datetime(t.year, (t.month - 1) // n * n + 1, 1)
    return datetime(max(t.year // n * n, 1), 1, 1)


def _next(t: datetime, unit: Unit) -> datetime | None:
    """The tick after ``t``, or None past the calendar's end (9999-12-31)."""
    kind, n = unit
    step = timedelta(hours=n) if kind == "hour" else None
    if kind in ("day", "date", "week"):
        step = timedelta(days=7 if kind == "week" else 1)
    if step is not None:
        return t + step if datetime.max - t >= step else None
    if kind == "month":
        month = t.month - 1 + n
        year = t.year + month // 12
        return datetime(year, month % 12 + 1, 1) if year <= 9999 else None
    year = t.year // n * n + n
    return datetime(year, 1, 1) if year <= 9999 else None


def tick_label(t: datetime, unit: Unit, *, full: bool = False) -> str:
    """``21:00`` (the day at midnight), ``Sat 17`` or ``17``, ``12 Sep``, ``Sep 2016``, ``Q3 2016``,
    ``2016``, ``1990s``: in the timeline's zone, English whatever the locale. ``full`` adds the
    month and year that a day or an hour leaves out, for the first tick on screen."""
    kind, n = unit
    if full and kind in DAY_KINDS:
        hour = f", {t.hour:02d}:{t.minute:02d}" if t.hour or t.minute else ""
        return day_label(t) + hour
    if kind == "hour" and (t.hour or t.minute):
        return f"{t.hour:02d}:{t.minute:02d}"
    if kind in ("hour", "day"):
        return f"{WEEKDAY_ABBREVIATIONS[t.weekday()]} {t.day}"
    if kind == "date":
        return str(t.day)
    if kind == "week":
        return f"{t.day} {MONTH_ABBREVIATIONS[t.month - 1]}"
    if kind == "month":
        if n == 3:
            return f"Q{(t.month - 1) // 3 + 1} {t.year}"
        return f"{MONTH_ABBREVIATIONS[t.month - 1]} {t.year}"
    return f"{t.year}s" if n in (10, 100) else str(t.year)


def _longer(t: datetime, unit: Unit, label: str) -> tuple[str, ...]:
    """The fuller form of a tick's label, if it has one: with the month and year."""
    full = tick_label(t, unit, full=True)
    return (full,) if full != label else ()


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
        if a < 0:
            out += _ticks_bc(scale, view, a, min(b, 0.0), unit)[: columns + 1]
            a = 0.0
        if b <= a:
            continue
        t: datetime | None = _floor(moment(a), unit)
        fresh = True
        while t is not None and (s := seconds(t)) <= b and len(out) <= columns:
            if s >= a:
                column = math.floor(view.column(scale.position(s)))
                label = tick_label(t, unit)
                major = unit[0] == "hour" and not (t.hour or t.minute)
                longer = _longer(t, unit, label) if fresh or column <= 0 or major else ()
                out.append(Tick(column, label, longer, major))
                fresh = column < 0
            t = _next(t, unit)
    return out, name


def _ticks_bc(scale: Scale, view: View, a: float, b: float, unit: Unit) -> list[Tick]:
    """Year ticks before AD 1, at round years BC ("500 BC", "400 BC"); none at finer units,
    which ``datetime`` cannot count there."""
    kind, n = unit
    if kind != "year":
        return []
    out = []
    k = math.floor((1 - deeptime.ymd(math.floor(a / 86400))[0]) / n)
    last = math.floor((1 - deeptime.ymd(math.floor(b / 86400))[0]) / n)
    if k - last > 10_000:  # more ticks than any screen has columns: the unit is too fine here
        return []
    while (year := 1 - k * n) <= 0 and (s := deeptime.day_number(year) * 86400.0) <= b:
        if s >= a:
            label = deeptime.year_words(year)
            out.append(Tick(math.floor(view.column(scale.position(s))), label))
        k -= 1
    return out


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
    """Rows (top first) of block characters, a histogram ``height`` rows tall.

    Heights grow with the logarithm of the count, so that one event still shows beside a
    thousand, and a day with a hundred stands out from one with ten."""
    top = math.log1p(max(values, default=0))
    levels = (
        [math.ceil(math.log1p(v) / top * 8 * height) if v else 0 for v in values] if top else []
    )
    return [
        "".join(BLOCKS[min(max(level - 8 * row, 0), 8)] for level in levels)
        for row in reversed(range(height))
    ]
