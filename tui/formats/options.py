"""What a renderer is told, and what it reports back: shared by every output format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tui.core.model import Event, Timeline


@dataclass(frozen=True, slots=True)
class Options:
    """Choices the command line passes to every renderer; a format ignores those it lacks."""

    explain: bool = False
    """Markdown: add under each event how its date was worked out, and its tags."""
    zones: Mapping[str, str] = field(default_factory=dict)
    """Each file's time zone, by path, when merged files differ: the merged timeline has one."""

    def zone_of(self, event: Event, timeline: Timeline) -> str:
        """The zone an event's local times are in: its own file's, else the timeline's."""
        return self.zones.get(event.path, timeline.timezone)


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An event a format cannot hold, and why, for the notice on stderr."""

    event: Event
    reason: str
