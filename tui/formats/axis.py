"""The axis: where events fall on a scaled line of time, for the terminal view and the exports.

Pure layout in character cells, with no Textual: a scale from time to columns that folds long empty
stretches, ruler ticks that adapt to the zoom, lanes, rows of marks, bars and titles, and counts per
column where a lane holds too many events to draw one by one. Times are the timeline's wall clock
(the resolver's dates are naive, in the timeline's zone), so ticks fall on its midnights and months.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tui.core.model import Event
from tui.core.textsafe import one_line
from tui.dates.labels import (
    MONTH_ABBREVIATIONS,
    REFERENCE_NAMES,
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


def fit(axis: Axis, columns: int) -> View:
    """The whole timeline across ``columns``, with a little room at each end."""
    first, last = axis.first, axis.last
    span = max(last - first, 3600.0)
    per_column = max(span * 1.04 / max(columns, 1), MIN_SECONDS_PER_COLUMN)
    return View(first - (per_column * columns - span) / 2, per_column)


def zoom(axis: Axis, view: View, columns: int, factor: float, around: float | None) -> View:
    """Zoom by ``factor`` (2 is in, 0.5 out) with ``around`` (the selection) in the middle."""
    whole = fit(axis, columns).per_column
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


# -- the picture ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """Text at a column of a line, how it is drawn, and the event it belongs to, if any."""

    column: int
    text: str
    style: Style
    event: int | None = None
    selected: bool = False


Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Picture:
    """The axis as lines of spans: two ruler lines, the lanes' rows, then the vague margin."""

    lines: tuple[Line, ...]
    width: int
    gutter: int
    unit: str
    first: datetime
    last: datetime
    drawn: int
    counted: int
    """Events in view drawn one by one, and those only counted in a lane's density."""


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


class _Rows:
    """Greedy rows of one lane: a mark goes to the first row with room for it and its title."""

    def __init__(self, count: int) -> None:
        self.marks = [-1] * count
        self.texts = [-1] * count
        self.placed: list[list[tuple[int, int, Item]]] = [[] for _ in range(count)]

    def add(self, c0: int, c1: int, wants: int, item: Item) -> None:
        row = next((r for r, end in enumerate(self.texts) if end < c0), None)
        if row is None:
            row = next((r for r, end in enumerate(self.marks) if end < c0), None)
        if row is None:
            row = min(range(len(self.marks)), key=self.marks.__getitem__)
        self.marks[row] = max(self.marks[row], c1)
        self.texts[row] = max(self.texts[row], c1 + wants)
        self.placed[row].append((c0, c1, item))


def gutter_width(axis: Axis) -> int:
    """Columns left of the scale for the lanes' labels: none without lanes."""
    if not any(lane.name for lane in axis.lanes):
        return 0
    return min(max(len(one_line(lane.name)) for lane in axis.lanes), 16) + 1


def draw(
    axis: Axis,
    view: View,
    width: int,
    height: int,
    selected: int | None = None,
    *,
    titles: Callable[[int], str] | None = None,
) -> Picture:
    """The axis in ``width`` by ``height`` cells, the selected event (an index) picked out."""
    gutter = gutter_width(axis)
    columns = max(width - gutter, 1)
    title_of = titles or (lambda i: one_line(axis.events[i].title))
    rows_left = max(height - 2 - (1 if axis.unplaced else 0), 1)
    shown_lanes = axis.lanes[:rows_left]
    per_lane = max(rows_left // max(len(shown_lanes), 1), 1)
    low, high = view.at(0), view.at(columns)
    lines: list[Line] = list(_ruler(axis.scale, view, columns, gutter))
    drawn = counted = 0
    for lane in shown_lanes:
        rows, d, c = _lane(axis, lane, view, columns, per_lane, selected, title_of, (low, high))
        drawn, counted = drawn + d, counted + c
        label = (Span(0, _cut(one_line(lane.name), gutter - 1), "lane"),) if gutter else ()
        for n, row in enumerate(rows):
            lines.append((label if n == 0 else ()) + tuple(_shift(row, gutter)))
    hidden = len(axis.lanes) - len(shown_lanes)
    if hidden:
        lines[-1] = (*lines[-1][:1], Span(gutter, f"… {hidden} more lanes", "note"))
    while len(lines) < height - (1 if axis.unplaced else 0):
        lines.append(())
    if axis.unplaced:
        lines.append(_margin(axis, width, selected, title_of))
    return Picture(
        tuple(lines[:height]),
        width,
        gutter,
        pick_unit(view.per_column)[1],
        moment(axis.scale.time(low)),
        moment(axis.scale.time(high)),
        drawn,
        counted,
    )


def _ruler(scale: Scale, view: View, columns: int, gutter: int) -> tuple[Line, Line]:
    marks = ["─"] * columns
    labels: list[Span] = []
    end = -1
    found, _ = ticks(scale, view, columns)
    for tick in found:
        if 0 <= tick.column < columns:
            marks[tick.column] = "┬"
            label = tick.full or tick.label
            if tick.column + len(label) > columns:
                label = tick.label
            if tick.column > end and tick.column + len(label) <= columns:
                labels.append(Span(gutter + tick.column, label, "label"))
                end = tick.column + len(label)
    folds: list[Span] = []
    for f in scale.folds:
        c0 = max(math.floor(view.column(f.at)), 0)
        c1 = min(max(math.ceil(view.column(f.at + f.length)), c0 + 1), columns)
        if c0 < columns and c1 > 0:
            marks[c0:c1] = "≈" * (c1 - c0)
            words = f"⋯{duration_words(f.end - f.start)}⋯"
            if c1 - c0 >= len(words):
                folds.append(Span(gutter + c0, words, "fold"))
    line = (Span(gutter, "".join(marks), "tick"),)
    return _merge(labels, folds), line


def _merge(labels: list[Span], folds: list[Span]) -> Line:
    """Labels with the folds' words laid over them."""
    kept = [
        s
        for s in labels
        if not any(
            f.column < s.column + len(s.text) and s.column < f.column + len(f.text) for f in folds
        )
    ]
    return tuple(sorted([*kept, *folds], key=lambda s: s.column))


def _lane(
    axis: Axis,
    lane: Lane,
    view: View,
    columns: int,
    height: int,
    selected: int | None,
    title_of: Callable[[int], str],
    window: tuple[float, float],
) -> tuple[list[list[Span]], int, int]:
    low, high = window
    first = bisect_right(lane.reach, low)
    last = bisect_left(lane.starts, high)
    chosen = axis.item_of.get(selected) if selected is not None else None
    chosen_item = axis.items[chosen] if chosen is not None else None
    mine = chosen_item is not None and chosen_item.lane == axis.items[lane.items[0]].lane
    if last - first > columns * height // 2:
        values = counts(lane.starts, view.left, view.per_column, columns)
        rows = [[Span(0, text, "density")] for text in blocks(values, height)]
        if mine and chosen_item is not None and low <= chosen_item.start < high:
            _overlay(rows[0], _item_spans(chosen_item, view, columns, True, title_of))
        return rows, 0, sum(values)
    placed = _Rows(height)
    for n in lane.items[first:last]:
        item = axis.items[n]
        c0, c1 = _columns(item, view)
        if c1 <= 0 or c0 >= columns:
            continue
        placed.add(c0, c1, len(title_of(item.event)) + 2, item)
    rows = []
    for row in placed.placed:
        spans: list[Span] = []
        groups = _groups(row, selected)
        for k, (_, c1, item, together) in enumerate(groups):
            is_selected = item.event == selected
            spans += _item_spans(item, view, columns, is_selected, None)
            room = (groups[k + 1][0] if k + 1 < len(groups) else columns) - c1 - 1
            more = f" +{together - 1}" if together > 1 else ""
            text = title_of(item.event)
            if room >= min(len(text), 6) + len(more):
                text = _cut(text, room - len(more)) + more
                spans.append(Span(c1 + 1, text, "title", item.event, is_selected))
        rows.append(sorted(spans, key=lambda s: s.column))
    return rows, sum(len(r) for r in placed.placed), 0


def _groups(
    row: list[tuple[int, int, Item]], selected: int | None
) -> list[tuple[int, int, Item, int]]:
    """Items of a row that overlap drawn as one, the selected one (or the first) on top, with
    how many they are, so that a crowded day says ``+3`` rather than hiding three events."""
    groups: list[tuple[int, int, Item, int]] = []
    for c0, c1, item in row:
        if groups and c0 < groups[-1][1]:
            g0, g1, top, n = groups[-1]
            top = item if item.event == selected else top
            groups[-1] = (g0, max(g1, c1), top, n + 1)
        else:
            groups.append((c0, c1, item, 1))
    return groups


def _columns(item: Item, view: View) -> tuple[int, int]:
    c0 = math.floor(view.column(item.start))
    if not item.bar:
        return c0, c0 + 1
    return c0, max(math.ceil(view.column(item.end)), c0 + 1)


def _item_spans(
    item: Item, view: View, columns: int, selected: bool, title_of: Callable[[int], str] | None
) -> list[Span]:
    c0, c1 = _columns(item, view)
    a, b = max(c0, 0), min(c1, columns)
    style: Style
    if item.bar and c1 - c0 >= 2:
        char, style = ("╌", "bar-approx") if item.approximate else ("━", "bar")
        out = [Span(a, char * (b - a), style, item.event, selected)]
    else:
        char, style = ("○", "mark-approx") if item.approximate else ("●", "mark")
        out = [Span(a, char, style, item.event, selected)]
    if title_of is not None and b + 1 < columns:
        out.append(
            Span(b + 1, _cut(title_of(item.event), columns - b - 1), "title", item.event, selected)
        )
    return out


def _overlay(row: list[Span], spans: list[Span]) -> None:
    """Lay spans over a row of one density span, cutting the density around them."""
    base = row[0]
    text = list(base.text)
    for s in spans:
        text[s.column : s.column + len(s.text)] = " " * len(s.text)
    row[0] = Span(base.column, "".join(text), base.style)
    row.extend(spans)
    row.sort(key=lambda s: s.column)


def _margin(axis: Axis, width: int, selected: int | None, title_of: Callable[[int], str]) -> Line:
    """The events that have no place on the scale, apart from it: ``vague ◇ title (the past)``."""
    head = "off the scale: " if width >= 60 else "vague: "
    spans = [Span(0, head, "note")]
    column = len(head)
    order = list(axis.unplaced)
    if selected in axis.unplaced:
        at = order.index(selected)
        order = order[at:] + order[:at]
    for index in order:
        r = axis.events[index].resolution
        what = "undated" if r is None else _reference(r.value)
        text = f"◇ {title_of(index)} ({what})"
        if column + 6 > width:
            break
        spans.append(Span(column, _cut(text, width - column), "vague", index, index == selected))
        column += len(text) + 2
    return tuple(spans)


def _reference(value: str) -> str:
    return REFERENCE_NAMES.get(value, value)


def _shift(row: list[Span], by: int) -> list[Span]:
    return [Span(s.column + by, s.text, s.style, s.event, s.selected) for s in row] if by else row


def _cut(text: str, room: int) -> str:
    """Text cut to ``room`` cells with an ellipsis."""
    if room <= 0:
        return ""
    return text if len(text) <= room else text[: room - 1] + "…"


def text_lines(picture: Picture) -> list[str]:
    """The picture as plain text, one string per line: for tests, captures and the README."""
    out = []
    for line in picture.lines:
        cells = [" "] * picture.width
        for span in line:
            for k, char in enumerate(span.text):
                if 0 <= span.column + k < picture.width:
                    cells[span.column + k] = char
        out.append("".join(cells).rstrip())
    return out
