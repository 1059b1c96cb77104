"""Command palette (ctrl+p): jump to an event, a source or a date such as "go to Sept 17".

Every entry is built as ``Text`` from the file's words, never as markup, and the timeline's
entries are marked apart from Textual's own ("app").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.fuzzy import Matcher
from textual.markup import escape
from textual.system_commands import SystemCommandsProvider

from tui.core.deeptime import seconds
from tui.core.model import Resolution, Timeline
from tui.core.textsafe import one_line
from tui.dates import format_label, resolve
from tui.ui.messages import JumpTo, ShowsTimeline
from tui.ui.widgets.event_details import Key

GROUP_STYLE = "dim"
MAX_EVENTS = 100


def entry(group: str, text: str, matcher: Matcher | None = None) -> Text:
    """``group  text`` as plain text, with the query's letters highlighted when there is one."""
    line = Text.assemble((f"{group}  ", GROUP_STYLE))
    start = len(line)
    line.append(text)
    if matcher is not None:
        score, offsets = matcher.fuzzy_search.match(matcher.query, text)
        if score:
            for offset in offsets:
                if not text[offset].isspace():
                    line.stylize(matcher.match_style.rich_style, start + offset, start + offset + 1)
    return line


def ours(score: float) -> float:
    """A fuzzy score (0 and up, unbounded) as the timeline's: from 1 to 2, Textual's own
    commands below 1, so that the two groups list apart."""
    return 1 + score / (1 + score)


def theirs(score: float) -> float:
    return score / (1 + score)


def _date_text(query: str) -> str:
    text = query.strip()
    return text[6:].strip() if text.lower().startswith("go to ") else text


class TimelineCommands(Provider):
    """Events by title, sources by title, and dates resolved the way `when` resolves them."""

    @property
    def _shown(self) -> tuple[ShowsTimeline, Timeline] | None:
        screen = cast(ShowsTimeline, self.screen)
        timeline = getattr(screen, "timeline", None)
        return (screen, timeline) if isinstance(timeline, Timeline) else None

    def _jump(self, key: Key) -> Callable[[], None]:
        def jump() -> None:
            self.screen.post_message(JumpTo(key))

        return jump

    def _say(self, message: str) -> Callable[[], None]:
        def say() -> None:
            self.app.notify(message, markup=False, timeout=8)

        return say

    async def discover(self) -> Hits:
        shown = self._shown
        if shown is None:
            return
        screen, timeline = shown
        for event in timeline.events[:50]:
            yield DiscoveryHit(
                entry("event", f"{format_label(event.resolution)}  {one_line(event.title)}"),
                self._jump(screen.key_of(event)),
                text=event.title,
                help="jump to this event",
            )

    async def search(self, query: str) -> Hits:
        shown = self._shown
        if shown is None:
            return
        screen, timeline = shown
        matcher = self.matcher(query)
        found = False
        date = self._date_hit(screen, timeline, query)
        if date is not None:
            found = True
            yield date
        count = 0
        for event in timeline.events:
            score = matcher.match(event.title)
            if score > 0:
                found = True
                yield Hit(
                    ours(score),
                    entry("event", one_line(event.title), matcher),
                    self._jump(screen.key_of(event)),
                    text=event.title,
                    help=escape(format_label(event.resolution)),
                )
                count += 1
                if count >= MAX_EVENTS:
                    break
        for source in timeline.sources.values():
            score = matcher.match(source.title)
            first = next((e for e in timeline.events if e.source == source.id), None)
            if score > 0 and first is not None:
                found = True
                yield Hit(
                    ours(score),
                    entry("source", one_line(source.title), matcher),
                    self._jump(screen.key_of(first)),
                    text=source.title,
                    help="first event from this source",
                )
        if not found:
            reason = (
                f"No event title, source or date matches “{one_line(query.strip())}”: "
                "try a word of a title, or a date such as “Sept 17”"
            )
            yield Hit(0.01, Text(reason, "italic"), self._say(reason), text=query)

    def _date_hit(self, screen: ShowsTimeline, timeline: Timeline, query: str) -> Hit | None:
        """The first event on or after the date the query names, or an entry saying why there is
        none (a date past the last event, an expression that names no date)."""
        text = _date_text(query)
        anchor = next((s.published_at for s in timeline.sources.values() if s.published_at), None)
        if anchor is None or not text:
            return None
        result = resolve(
            text, anchor, anchor_label="the first source's publication", tz=timeline.timezone
        )
        if not isinstance(result, Resolution):
            if not _meant_as_a_date(query):
                return None
            reason = f"“{one_line(text)}” is not a date here: {one_line(str(result.reason))}"
            return Hit(1.5, entry("date", reason), self._say(reason), text=text)
        label = format_label(result)
        explanation = one_line(result.explanation)
        if not result.is_dated:
            reason = f"“{one_line(text)}” names no day: {explanation}"
            return Hit(1.5, entry("date", reason), self._say(reason), text=text)
        at = seconds(result)
        target = next(
            (
                e
                for e in timeline.events
                if e.resolution and e.resolution.is_dated and seconds(e.resolution) >= at
            ),
            None,
        )
        if target is None:
            reason = f"go to {label}: no event on or after it ({explanation})"
            return Hit(100, entry("date", reason), self._say(reason), text=text)
        return Hit(
            100,
            entry("date", f"go to {label}"),
            self._jump(screen.key_of(target)),
            text=f"go to {label}",
            help=escape(explanation),
        )


def _meant_as_a_date(query: str) -> bool:
    """A query that starts with "go to" or holds a digit is meant as a date: say why it is not."""
    return query.strip().lower().startswith("go to") or any(c.isdigit() for c in query)


class AppCommands(SystemCommandsProvider):
    """Textual's own commands (keys, theme, screenshot), marked "app" so they stand apart."""

    async def discover(self) -> Hits:
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda c: c[0])
        for name, help_text, callback, discover in commands:
            if discover:
                yield DiscoveryHit(entry("app", name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            if (score := matcher.match(name)) > 0:
                yield Hit(
                    theirs(score), entry("app", name, matcher), callback, text=name, help=help_text
                )
