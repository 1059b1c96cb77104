"""What an expanded event shows, as styled lines: the widget wraps and draws them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rich.console import Console
from rich.style import Style
from rich.text import Text

from tui.core.model import Event, Timeline
from tui.core.textsafe import excerpt
from tui.dates import format_label
from tui.ui.cells import cells

_DIM = Style(dim=True)
WHEN_SHOWN = 200
"""The most of a ``when`` the expanded event shows: a date expression is a few words, and a
pasted paragraph would push everything else off the screen."""


def detail_lines(
    timeline: Timeline,
    event: Event,
    *,
    full_title: bool = False,
    titles: Mapping[str, str] | None = None,
) -> list[Text]:
    """Details, the date and how it was resolved, source, tags, quotes; the whole title first when
    the row had to cut it. ``titles`` (by id) names the event it is anchored on as a reader
    knows it, not only by its id."""
    out: list[Text] = []
    if full_title:
        out.append(Text(cells(event.title), "bold"))
    if event.details:
        out += [Text(cells(line)) for line in event.details.strip().splitlines()]
    when = Text.assemble(("when: ", _DIM), cells(excerpt(event.when, WHEN_SHOWN)))
    if event.resolution is not None:
        why = event.resolution.explanation.split(": ", 1)[-1]
        when.append("  →  " + cells(excerpt(why, 2 * WHEN_SHOWN)))
    elif event.unresolved_reason:
        reason = excerpt(event.unresolved_reason, 2 * WHEN_SHOWN)
        when.append(f"  →  undated: {cells(reason)}", "italic")
    out.append(when)
    out += [Text.assemble(("doubtful: ", "bold"), cells(doubt)) for doubt in event.doubts]
    if event.anchor:
        title = (titles or {}).get(event.anchor)
        named = f"{title} ({event.anchor})" if title else event.anchor
        out.append(Text.assemble(("anchored on: ", _DIM), cells(named)))
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        line = Text.assemble(("source: ", _DIM), cells(source.title))
        if source.outlet:
            line.append(f", {cells(source.outlet)}")
        line.append(f", published {cells(source.published)}")
        out.append(line)
    if event.tags:
        out.append(Text.assemble(("tags: ", _DIM), cells(", ".join(event.tags))))
    for quote in event.quotes:
        line = Text.assemble(("“", _DIM), (cells(quote.text), "italic"), ("”", _DIM))
        if quote.by:
            line.append(f" — {cells(quote.by)}")
        if not quote.found:
            line.append("  (not found in the source's text)", "bold red")
        out.append(line)
    if len(set(timeline.paths)) > 1:
        out.append(Text.assemble(("file: ", _DIM), f"{cells(Path(event.path).name)}:{event.line}"))
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


class EventTexts:
    """Per timeline: each event's key, its date label (once per distinct resolution) and its
    detail lines wrapped to a width, kept until the timeline or the width changes."""

    def __init__(self) -> None:
        self.timeline: Timeline | None = None
        self._keys: dict[int, Key] = {}
        self._labels: dict[int, str] = {}
        self._details: dict[Key, list[Text]] = {}
        self._titles: dict[str, str] | None = None

    def use(self, timeline: Timeline) -> None:
        if timeline is not self.timeline:
            self.timeline = timeline
            self._keys = unique_keys(timeline.events)
            self._labels.clear()
            self._details.clear()
            self._titles = None

    def key_of(self, event: Event) -> Key:
        """The event's key: unique even where the file repeats an id."""
        return self._keys.get(id(event)) or ("at", event.path, event.order)

    def label(self, event: Event) -> str:
        key = id(event.resolution)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = format_label(event.resolution)
        return label

    def details(self, event: Event, width: int, console: Console, full_title: bool) -> list[Text]:
        key = self.key_of(event)
        lines = self._details.get(key)
        if lines is None and self.timeline is not None:
            if event.anchor and self._titles is None:  # the first event with an id keeps it
                events = reversed(self.timeline.events)
                self._titles = {e.id: e.title for e in events if e.id is not None}
            told = detail_lines(self.timeline, event, full_title=full_title, titles=self._titles)
            lines = self._details[key] = [
                piece for text in told for piece in text.wrap(console, width)
            ]
        return lines or []

    def rewrap(self) -> bool:
        """Forget the wrapped details (the width changed); whether there were any."""
        had = bool(self._details)
        self._details.clear()
        return had
