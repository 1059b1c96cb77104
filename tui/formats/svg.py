"""The axis as a standalone SVG: the same layout as the terminal's, drawn with shapes and text.

Every piece of the timeline's text that reaches the SVG (or the HTML page around it) goes through
``xml_text``, so markup or a ``<script>`` in a title is shown, never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from tui.core.model import Timeline
from tui.core.textsafe import visible
from tui.dates import format_label
from tui.formats.axis import BLOCKS, LaneMode, build_axis, fit
from tui.formats.axis_picture import Picture, Span, draw, gutter_width

COLUMNS = 160
"""The export's width in character cells: the axis at 160 columns, as a wide terminal shows it."""
CELL_WIDTH, CELL_HEIGHT = 8, 20
ROWS_PER_LANE = 6
PALETTE = """
  --text: #1e1e1e; --muted: #5f6368; --faint: #9aa0a6; --primary: #0178d4;
  --secondary: #004578; --accent: #b35900; --fold: #b3261e; --rule: #c8ccd0;
"""
"""Textual's default colours, darkened for paper; one place to restyle the picture."""
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text made safe for XML and HTML, in content and in quoted attributes: ``<``, ``&`` and
    quotes escaped, controls shown as symbols (XML cannot hold them even escaped)."""
    return escape(_NOT_XML.sub("\ufffd", visible(text)), quote=True)


def default_lanes(timeline: Timeline) -> LaneMode:
    """Lanes by tag when events have tags, else by source when there are several, else none."""
    if any(e.tags for e in timeline.events):
        return "tag"
    return "source" if len(timeline.sources) > 1 else "none"


def axis_picture(timeline: Timeline, columns: int = COLUMNS) -> Picture:
    """The whole timeline fitted to ``columns``, each lane tall enough for its crowded days."""
    axis = build_axis(timeline.events, default_lanes(timeline))
    scale = columns - gutter_width(axis)
    view = fit(axis, scale, room=scale // 5)
    rows = 2 + max(len(axis.lanes), 1) * ROWS_PER_LANE + (1 if axis.unplaced else 0)
    return draw(axis, view, columns, rows)


def to_svg(timeline: Timeline, columns: int = COLUMNS) -> str:
    """A standalone SVG document of the timeline's axis."""
    return "".join(svg_chunks(timeline, columns)) + "\n"


def svg_chunks(
    timeline: Timeline, columns: int = COLUMNS, *, standalone: bool = True
) -> Iterator[str]:
    picture = axis_picture(timeline, columns)
    lines = _trimmed(picture)
    width = picture.width * CELL_WIDTH + 2 * CELL_WIDTH
    height = (len(lines) + 2) * CELL_HEIGHT
    head = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    yield (
        f'<svg{head} viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-labelledby="axis-title" font-family="monospace" font-size="13">'
    )
    yield f'<title id="axis-title">{xml_text(timeline.title)}</title>'
    yield f"<style>svg {{{PALETTE}}} {_CSS}</style>"
    yield f'<rect class="paper" width="{width}" height="{height}"/>'
    heading = (
        f"{timeline.title} — {picture.unit}, {timeline.timezone} time"
        if picture.unit
        else timeline.title
    )
    yield f'<text class="heading" x="{CELL_WIDTH}" y="{CELL_HEIGHT}">{xml_text(heading)}</text>'
    for row, line in enumerate(lines, start=1):
        y = (row + 1) * CELL_HEIGHT
        for span in line:
            yield from _shape(timeline, picture, span, y)
    yield "</svg>"


_CSS = """
.paper { fill: #ffffff; } text { fill: var(--text); white-space: pre; }
.heading, .label { font-weight: bold; } .lane { fill: var(--accent); font-weight: bold; }
.rule, .tick { stroke: var(--muted); stroke-width: 1; } .lane-rule { stroke: var(--rule); }
.fold { stroke: var(--fold); stroke-width: 2; fill: none; } .fold-words { fill: var(--fold); }
.bar { fill: var(--primary); }
.bar-approx { fill: var(--primary); fill-opacity: .35; stroke: var(--primary);
  stroke-dasharray: 3 2; }
.mark { fill: var(--secondary); }
.mark-approx { fill: #ffffff; stroke: var(--faint); stroke-width: 1.5; }
.density { fill: var(--primary); } .vague, .note { fill: var(--muted); font-style: italic; }
"""


def _trimmed(picture: Picture) -> list[tuple[Span, ...]]:
    """The picture's lines without the empty rows a lane did not need."""
    return [line for n, line in enumerate(picture.lines) if line or n < 2]


def _x(column: float) -> float:
    return (column + 1) * CELL_WIDTH


def _el(tag: str, css: str, **numbers: float) -> str:
    """An empty SVG element of a class, with numeric attributes (``x1=`` for ``x1``)."""
    attributes = " ".join(f'{name}="{value:g}"' for name, value in numbers.items())
    return f'<{tag} class="{css}" {attributes}/>'


def _shape(timeline: Timeline, picture: Picture, span: Span, y: int) -> Iterator[str]:
    """One span as SVG: text as text, the ruler as lines, marks and bars as shapes."""
    x, length = _x(span.column), len(span.text)
    mid = y - CELL_HEIGHT * 0.3
    if span.style == "tick":
        yield _el("line", "rule", x1=x, y1=mid, x2=x + length * CELL_WIDTH, y2=mid)
        for k, char in enumerate(span.text):
            cx = x + (k + 0.5) * CELL_WIDTH
            if char == "┬":
                yield _el("line", "tick", x1=cx, y1=mid, x2=cx, y2=mid + 6)
            elif char == "≈" and (k == 0 or span.text[k - 1] != "≈"):
                yield (
                    f'<path class="fold" d="M{cx - 3:g} {mid + 6:g} L{cx + 1:g} {mid - 6:g}'
                    f' M{cx + 3:g} {mid + 6:g} L{cx + 7:g} {mid - 6:g}"/>'
                )
        return
    if span.style == "lane":
        top = y - CELL_HEIGHT + 3
        yield _el("line", "lane-rule", x1=CELL_WIDTH, y1=top, x2=_x(picture.width), y2=top)
    if span.style in ("bar", "bar-approx"):
        shape = _el("rect", span.style, x=x, y=mid - 4, width=length * CELL_WIDTH, height=8, rx=2)
        yield _with_title(timeline, span, shape)
        return
    if span.style in ("mark", "mark-approx"):
        shape = _el("circle", span.style, cx=x + CELL_WIDTH / 2, cy=mid, r=4.5)
        yield _with_title(timeline, span, shape)
        return
    if span.style == "density":
        for k, char in enumerate(span.text):
            h = CELL_HEIGHT * max(BLOCKS.find(char), 0) / 8
            if h:
                left = x + k * CELL_WIDTH
                yield _el("rect", "density", x=left, y=y + 4 - h, width=CELL_WIDTH - 1, height=h)
        return
    css = "fold-words" if span.style == "fold" else span.style
    yield f'<text class="{css}" x="{x:g}" y="{y}">{xml_text(span.text)}</text>'


def _with_title(timeline: Timeline, span: Span, shape: str) -> str:
    """A shape with its event's title and date as a tooltip."""
    if span.event is None:
        return shape
    event = timeline.events[span.event]
    tip = f"{event.title} — {format_label(event.resolution)}"
    return f"<g>{shape}<title>{xml_text(tip)}</title></g>"
