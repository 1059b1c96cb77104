"""Command palette (ctrl+p): jump to an event, a source, or a date such as "go to Sept 17"."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.core.model import Resolution
from tui.core.textsafe import one_line
from tui.dates import format_label, resolve


class TimelineCommands(Provider):
    """Events by title, sources by title, and dates resolved the way `when` resolves them."""

    def _timeline_screen(self):  # type: ignore[no-untyped-def]
        from tui.ui.screens.timeline import TimelineScreen

        screen = self.screen
        return (
            screen if isinstance(screen, TimelineScreen) and screen.timeline is not None else None
        )

    async def discover(self) -> Hits:
        screen = self._timeline_screen()
        if screen is None:
            return
        for event in screen.timeline.events[:50]:
            yield DiscoveryHit(
                f"{format_label(event.resolution)}  {one_line(event.title)}",
                partial(screen.jump_to, event.key),
                help="jump to this event",
            )

    async def search(self, query: str) -> Hits:
        screen = self._timeline_screen()
        if screen is None:
            return
        timeline = screen.timeline
        matcher = self.matcher(query)
        text = query.strip()
        lowered = text.lower()
        date_text = text[6:] if lowered.startswith("go to ") else text
        anchor = next((s.published_at for s in timeline.sources.values() if s.published_at), None)
        if anchor is not None and date_text:
            result = resolve(
                date_text,
                anchor,
                anchor_label="the first source's publication",
                tz=timeline.timezone,
            )
            if isinstance(result, Resolution):
                target = next(
                    (
                        e
                        for e in timeline.events
                        if e.resolution
                        and e.resolution.is_dated
                        and e.resolution.start >= result.start
                    ),
                    None,
                )
                if target is not None:
                    yield Hit(
                        100,
                        f"go to {format_label(result)}",
                        partial(screen.jump_to, target.key),
                        help=one_line(result.explanation),
                    )
        shown = 0
        for event in timeline.events:
            score = matcher.match(event.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(one_line(event.title)),
                    partial(screen.jump_to, event.key),
                    help=format_label(event.resolution),
                )
                shown += 1
                if shown >= 100:
                    break
        for source in timeline.sources.values():
            score = matcher.match(source.title)
            if score > 0:
                first = next((e for e in timeline.events if e.source == source.id), None)
                if first is not None:
                    yield Hit(
                        score,
                        matcher.highlight(one_line(source.title)),
                        partial(screen.jump_to, first.key),
                        help="first event from this source",
                    )
