"""What the timeline screen shows: a search, tags and sources, and the index a search reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.model import Event, Timeline
from tui.core.textsafe import one_line


def haystack(event: Event) -> str:
    """What a search looks in, lower case: title, details, tags, quotes and who said them,
    apart by newlines."""
    quoted = [part for q in event.quotes for part in (q.text, q.by or "")]
    return "\n".join([event.title, event.details or "", *event.tags, *quoted]).lower()


@dataclass(frozen=True)
class Filters:
    """The active filters: an event is shown when it holds the text, has one of the tags (if any
    are chosen) and comes from one of the sources (if any are chosen)."""

    text: str = ""
    tags: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)

    @property
    def needle(self) -> str:
        return self.text.strip().lower()

    @property
    def active(self) -> bool:
        return bool(self.needle or self.tags or self.sources)

    def summary(self, count: int, timeline: Timeline) -> str:
        """``3 shown: search “x”, tag un or aid, source BBC``, or nothing without a filter."""
        parts = []
        if self.needle:
            parts.append(f"search “{one_line(self.text.strip())}”")
        if self.tags:
            label = "tag" if len(self.tags) == 1 else "tags"
            parts.append(f"{label} " + " or ".join(one_line(t) for t in sorted(self.tags)))
        if self.sources:
            label = "source" if len(self.sources) == 1 else "sources"
            names = sorted(
                one_line(timeline.sources[s].title if s in timeline.sources else s)
                for s in self.sources
            )
            parts.append(f"{label} " + " or ".join(names))
        return f"{count} shown: " + ", ".join(parts) if parts else ""


class SearchIndex:
    """Each event's searchable text, built once per timeline; typing on narrows the last result
    instead of starting over."""

    def __init__(self) -> None:
        self._timeline: Timeline | None = None
        self._texts: dict[int, str] = {}
        self._last: tuple[str, Filters, tuple[Event, ...]] | None = None

    def apply(self, timeline: Timeline, filters: Filters) -> tuple[Event, ...]:
        """The timeline's events that pass the filters, in order."""
        shown = timeline.events
        if filters.tags:
            shown = tuple(e for e in shown if not filters.tags.isdisjoint(e.tags))
        if filters.sources:
            shown = tuple(
                e
                for e in shown
                if e.source in filters.sources or any(q.source in filters.sources for q in e.quotes)
            )
        needle = filters.needle
        return self._search(timeline, shown, needle, filters) if needle else shown

    def _search(
        self, timeline: Timeline, events: tuple[Event, ...], needle: str, filters: Filters
    ) -> tuple[Event, ...]:
        if self._timeline is not timeline:
            self._timeline = timeline
            self._texts = {id(e): haystack(e) for e in timeline.events}
            self._last = None
        previous = self._last
        if (
            previous is not None
            and needle.startswith(previous[0])
            and (previous[1].tags, previous[1].sources) == (filters.tags, filters.sources)
        ):
            events = previous[2]
        texts = self._texts
        found = tuple(e for e in events if needle in texts[id(e)])
        self._last = (needle, filters, found)
        return found
