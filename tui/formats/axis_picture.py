"""The axis as a picture: lines of spans in character cells, for the terminal and the SVG export.

Marks, bars and titles go greedily into rows of their lane; a lane with more events in view than
its rows can show draws their counts as a histogram instead, so 100,000 events cost a bisection
per column, not a mark each.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache

from tui.core.textsafe import one_line
from tui.dates.labels import REFERENCE_NAMES
from tui.formats.axis import (
    Axis,
    Item,
    Lane,
    Scale,
    Style,
    Tick,
    View,
    blocks,
    counts,
    duration_words,
    moment,
    pick_unit,
    ticks,
)


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
    """The ruler's unit ("days"), or "" when nothing is dated and there is no ruler."""
    first: datetime
    last: datetime
    drawn: int
    counted: int
    """Events in view drawn one by one, and those only counted in a lane's density."""


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


NO_DATES = "No event has a date to place on the scale"
_NO_RULER: tuple[Line, Line] = ((Span(0, NO_DATES, "note"),), ())
"""In place of the ruler when nothing is dated: a scale of no time would be a made-up one
("Mon 1 Jan AD 1, 01:00")."""


def gutter_width(axis: Axis) -> int:
    """Columns left of the scale for the lanes' labels: none without lanes."""
    if not any(lane.name for lane in axis.lanes):
        return 0
    return min(max(width_of(one_line(lane.name)) for lane in axis.lanes), 16) + 1


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
    low, high = view.at(0), view.at(columns)
    chosen = axis.item_of.get(selected) if selected is not None else None
    shown_lanes, heights = _lane_rows(
        axis, (low, high), rows_left, axis.lane_of[chosen] if chosen is not None else None
    )
    lines: list[Line] = list(_ruler(axis.scale, view, columns, gutter) if len(axis) else _NO_RULER)
    drawn = counted = 0
    for lane, rows_here in zip(shown_lanes, heights, strict=True):
        rows, d, c = _lane(axis, lane, view, columns, rows_here, selected, title_of, (low, high))
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
        pick_unit(view.per_column)[1] if len(axis) else "",
        moment(axis.scale.time(low)),
        moment(axis.scale.time(high)),
        drawn,
        counted,
    )


def _lane_rows(
    axis: Axis, window: tuple[float, float], rows: int, mine: int | None
) -> tuple[list[Lane], list[int]]:
    """The lanes that fit, in their order, and rows for each by how crowded it is in view.

    When they do not all fit, lanes with nothing in view give way first; the selected event's
    lane is always shown."""
    need = [lane.count(*window) for lane in axis.lanes]
    keep = list(range(len(axis.lanes)))
    if len(keep) > rows:
        keep = [k for k in keep if need[k] or k == mine]
    if len(keep) > rows:
        keep = keep[:rows]
        if mine is not None and mine not in keep:
            keep[-1] = mine
    heights = [1] * len(keep)
    spare = rows - len(keep)
    while spare > 0:
        wanting = [k for k in range(len(keep)) if heights[k] < need[keep[k]]]
        if not wanting:
            break
        k = max(wanting, key=lambda k: need[keep[k]] / heights[k])
        heights[k] += 1
        spare -= 1
    if spare > 0 and len(keep) == 1:
        heights[0] += spare
    return [axis.lanes[k] for k in keep], heights


def _ruler(scale: Scale, view: View, columns: int, gutter: int) -> tuple[Line, Line]:
    marks = ["─"] * columns
    found = [tick for tick in ticks(scale, view, columns)[0] if 0 <= tick.column < columns]
    for tick in found:
        marks[tick.column] = "┬"
    folds: list[Span] = []
    folded: list[tuple[int, int]] = []
    for f in scale.folds:
        c0 = max(math.floor(view.column(f.at)), 0)
        c1 = min(max(math.ceil(view.column(f.at + f.length)), c0 + 1), columns)
        if c0 < columns and c1 > 0:
            marks[c0:c1] = "≈" * (c1 - c0)
            folded.append((c0, c1))
            words = f"⋯{duration_words(f.end - f.start)}⋯"
            if c1 - c0 >= len(words):
                folds.append(Span(gutter + c0, words, "fold"))
    labels = [
        Span(gutter + column, label, "label")
        for column, label in _tick_labels(found, columns, folded)
    ]
    line = (Span(gutter, "".join(marks), "tick"),)
    return _merge(labels, folds), line


def _tick_labels(
    found: list[Tick], columns: int, folded: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """Labels two cells apart at least, placed by rank: the days' on an hourly ruler, then the
    first tick's date in its fullest form that fits between them (or, when none does, the first
    day's), then the rest where there is room; so a long first label never hides the days. No
    label touches a fold (``folded``, its columns): one running across it would name the time
    on its far side wrongly ("Q1 1950" over a 1999 ceremony after a fifty-year fold)."""
    taken: dict[int, str] = {}

    def put(tick: Tick, forms: tuple[str, ...]) -> bool:
        taken.pop(tick.column, None)
        for label in forms:
            end = tick.column + width_of(label)
            if (
                end <= columns
                and all(end <= c0 or tick.column >= c1 for c0, c1 in folded)
                and all(
                    end + 1 < start or tick.column > start + width_of(text) + 1
                    for start, text in taken.items()
                )
            ):
                taken[tick.column] = label
                return True
        return False

    majors = [t for t in found if t.major]
    for tick in majors:
        put(tick, (tick.label,))
    dated = False
    for tick in found:
        if tick.longer and not tick.major:
            if put(tick, tick.longer):
                dated = True
            else:
                put(tick, (tick.label,))
    for tick in majors if not dated else ():
        if tick.longer and put(tick, tick.longer):
            break
        put(tick, (tick.label,))
    for tick in found:
        if tick.column not in taken:
            put(tick, (tick.label,))
    return sorted(taken.items())


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
    chosen = axis.item_of.get(selected) if selected is not None else None
    chosen_item = axis.item(chosen) if chosen is not None else None
    mine = chosen_item is not None and chosen_item.lane == axis.lane_of[lane.items[0]]
    if lane.count(low, high) > columns * height // 2:
        values = counts(lane.starts, view.left, view.per_column, columns)
        rows = [[Span(0, text, "density")] for text in blocks(values, height)]
        if mine and chosen_item is not None and low <= chosen_item.start < high:
            over = rows[0] + _item_spans(chosen_item, view, columns, True, title_of)
            rows[0] = _flatten(over, columns)
        return rows, 0, sum(values)
    placed = _Rows(height)
    for n in lane.overlapping(low, high):
        item = axis.item(n)
        c0, c1 = _columns(item, view)
        if c1 <= 0 or c0 >= columns:
            continue
        placed.add(c0, c1, width_of(title_of(item.event)) + 2, item)
    rows = []
    for row in placed.placed:
        spans: list[Span] = []
        groups = _groups(row, selected)
        for k, (_, c1, top, members) in enumerate(groups):
            for item in sorted(members, key=lambda i: (not i.bar, i is top)):
                spans += _item_spans(item, view, columns, item.event == selected, None)
            room = (groups[k + 1][0] - 1 if k + 1 < len(groups) else columns) - c1 - 1
            more = f" +{len(members) - 1}" if len(members) > 1 else ""
            text = title_of(top.event)
            if room >= min(width_of(text), 6) + len(more):
                text = _cut(text, room - len(more)) + more
                spans.append(Span(c1 + 1, text, "title", top.event, top.event == selected))
        rows.append(_flatten(spans, columns))
    return rows, sum(len(r) for r in placed.placed), 0


def _groups(
    row: list[tuple[int, int, Item]], selected: int | None
) -> list[tuple[int, int, Item, list[Item]]]:
    """Items of a row that overlap drawn together, the selected one (or the first) on top and
    titled with how many they are, so that a crowded day says ``+3`` rather than hiding three."""
    groups: list[tuple[int, int, Item, list[Item]]] = []
    for c0, c1, item in row:
        if groups and c0 < groups[-1][1]:
            g0, g1, top, members = groups[-1]
            members.append(item)
            groups[-1] = (g0, max(g1, c1), item if item.event == selected else top, members)
        else:
            groups.append((c0, c1, item, [item]))
    return groups


Cell = tuple[str, Style, int | None, bool]


def _flatten(spans: list[Span], columns: int) -> list[Span]:
    """Spans painted in order onto a row of cells (later ones over earlier), then joined again
    into runs, so that a line never holds two spans over one cell."""
    if all(_narrow(s.text) for s in spans):
        cells = _paint_narrow(spans, columns)
    else:
        cells = _paint(spans, columns)
    out: list[Span] = []
    run: list[str] = []
    start, kind = 0, None
    for column, cell in enumerate([*cells, None]):
        here = cell[1:] if cell is not None else None
        if here != kind or (here is None and run):
            if kind is not None and run:
                out.append(Span(start, "".join(run), kind[0], kind[1], kind[2]))
            run, start, kind = [], column, here
        if cell is not None:
            run.append(cell[0])
    return out


def _paint_narrow(spans: list[Span], columns: int) -> list[Cell | None]:
    """Spans of one-cell characters painted from the last (the one on top) down, each cell once:
    a row of a thousand overlapping bars costs its width, not a thousand widths."""
    cells: list[Cell | None] = [None] * columns
    free = list(range(columns + 1))
    """Each cell's next unpainted cell at or after it, shortened as it is followed."""

    def next_free(i: int) -> int:
        root = i
        while free[root] != root:
            root = free[root]
        while free[i] != root:
            free[i], i = root, free[i]
        return root

    for s in reversed(spans):
        a, b = max(s.column, 0), min(s.column + len(s.text), columns)
        i = next_free(a) if a < b else b
        while i < b:
            cells[i] = (s.text[i - s.column], s.style, s.event, s.selected)
            free[i] = i + 1
            i = next_free(i + 1)
    return cells


def _paint(spans: list[Span], columns: int) -> list[Cell | None]:
    """Spans painted in order, wide characters over two cells and combining marks joined to the
    character before them."""
    cells: list[Cell | None] = [None] * columns
    for s in spans:
        look = (s.style, s.event, s.selected)
        at = s.column
        for char in s.text:
            width = cell_width(char)
            if width == 0 and 0 < at <= columns and cells[at - 1] is not None:
                last = cells[at - 1]
                assert last is not None
                cells[at - 1] = (last[0] + char, *last[1:])
            elif width and at >= 0 and at + width <= columns:
                cells[at] = (char, *look)
                if width == 2:
                    cells[at + 1] = ("", *look)
            at += width
    return cells


@lru_cache(maxsize=4096)
def _narrow(text: str) -> bool:
    """Whether each character of ``text`` takes one cell (a bar's few distinct ones are looked
    up once)."""
    return text.isascii() or all(cell_width(char) == 1 for char in set(text))


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
        column += width_of(text) + 2
    return tuple(spans)


def _reference(value: str) -> str:
    return REFERENCE_NAMES.get(value, value)


def _shift(row: list[Span], by: int) -> list[Span]:
    return [Span(s.column + by, s.text, s.style, s.event, s.selected) for s in row] if by else row


def _cut(text: str, room: int) -> str:
    """Text cut to ``room`` cells with an ellipsis."""
    if room <= 0:
        return ""
    if width_of(text) <= room:
        return text
    kept, used = [], 0
    for char in text:
        used += cell_width(char)
        if used > room - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


@cache
def cell_width(char: str) -> int:
    """Terminal cells a character takes: two for wide East Asian ones, none for a combining mark."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width_of(text: str) -> int:
    """Terminal cells a text takes."""
    return text.__len__() if text.isascii() else sum(map(cell_width, text))


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
