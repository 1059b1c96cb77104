"""What an expanded event shows, as styled lines: the widget wraps and draws them."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from rich.text import Text

from tui.core.model import Event, Timeline
from tui.core.textsafe import one_line

_DIM = Style(dim=True)


def detail_lines(timeline: Timeline, event: Event, *, full_title: bool = False) -> list[Text]:
    """Details, the date and how it was resolved, source, tags, quotes; the whole title first when
    the row had to cut it."""
    out: list[Text] = []
    if full_title:
        out.append(Text(one_line(event.title), "bold"))
    if event.details:
        out += [Text(one_line(line)) for line in event.details.strip().splitlines()]
    when = Text.assemble(("when: ", _DIM), one_line(event.when))
    if event.resolution is not None:
        when.append("  →  " + one_line(event.resolution.explanation.split(": ", 1)[-1]))
    elif event.unresolved_reason:
        when.append(f"  →  undated: {one_line(event.unresolved_reason)}", "italic")
    out.append(when)
    if event.anchor:
        out.append(Text.assemble(("anchored on: ", _DIM), one_line(event.anchor)))
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        line = Text.assemble(("source: ", _DIM), one_line(source.title))
        if source.outlet:
            line.append(f", {one_line(source.outlet)}")
        line.append(f", published {one_line(source.published)}")
        out.append(line)
    if event.tags:
        out.append(Text.assemble(("tags: ", _DIM), one_line(", ".join(event.tags))))
    for quote in event.quotes:
        line = Text.assemble(("“", _DIM), (one_line(quote.text), "italic"), ("”", _DIM))
        if quote.by:
            line.append(f" — {one_line(quote.by)}")
        if not quote.found:
            line.append("  (not found in the source's text)", "bold red")
        out.append(line)
    if len(set(timeline.paths)) > 1:
        out.append(
            Text.assemble(("file: ", _DIM), f"{one_line(Path(event.path).name)}:{event.line}")
        )
    return out


Key = tuple[str, str, int]
"""An event's key in the explorer: ("id", id, n) for the n-th event with that id, or
("at", file, position) for one without; two events never share one, whatever their ids."""


def unique_keys(events: tuple[Event, ...]) -> dict[int, Key]:
    """Each event's key, by ``id()`` of the event: stable across reloads where ids are."""
    keys: dict[int, Key] = {}
    seen: dict[str, int] = {}
    for event in events:
        if event.id is None:
            keys[id(event)] = ("at", event.path, event.order)
        else:
            n = seen.get(event.id, 0)
            seen[event.id] = n + 1
            keys[id(event)] = ("id", event.id, n)
    return keys
