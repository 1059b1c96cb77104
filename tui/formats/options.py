"""What a renderer is told, and what it reports back: shared by every output format."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Event


@dataclass(frozen=True, slots=True)
class Options:
    """Choices the command line passes to every renderer; a format ignores those it lacks."""

    explain: bool = False
    """Markdown: add under each event how its date was worked out, and its tags."""


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An event a format cannot hold, and why, for the notice on stderr."""

    event: Event
    reason: str
