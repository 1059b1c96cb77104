"""What loading gives: a timeline, or None when nothing could be trusted, and every problem."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Diagnostic, Timeline


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: a timeline (None when nothing can be trusted) and every problem found."""

    timeline: Timeline | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def ok(self) -> bool:
        """True when a timeline loaded without errors (warnings allowed)."""
        return self.timeline is not None and not any(d.is_error for d in self.diagnostics)
