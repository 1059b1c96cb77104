"""An event's ``when`` against its own quotes: a quote dating the event otherwise earns a word."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from tui.core.deeptime import end_seconds, seconds
from tui.core.isotime import zone_named
from tui.core.model import Event, Resolution, Source
from tui.core.textsafe import excerpt
from tui.dates import day_label, describe_span, find_expressions, resolve
from tui.dates.tense import past_verb_in_quotes, tense_in_quotes, told_as_done
from tui.dates.words import may_name_a_date
from tui.load.anchors import at
from tui.load.fields import Reporter

if TYPE_CHECKING:
    from tui.load.yamltree import Node


def check_quoted_dates(
    reporter: Reporter,
    events: Sequence[Event],
    when_nodes: Sequence[Node | None],
    sources: dict[str, Source],
    zone_name: str,
) -> None:
    """Warn when every date a quote names, read against the same publication as the event's
    ``when``, falls outside the event's date (a quote that also names a matching date is fine:
    articles often mention several); and when the quote tells in the past what the ``when``
    puts after the publication."""
    for event, when_node in zip(events, when_nodes, strict=True):
        for problem in (
            _disagreement(event, sources, zone_name),
            _told_in_the_past(event, sources, zone_name) or _after_its_report(event, sources),
        ):
            if problem is not None:
                reporter.warn(when_node or at(event), problem)


def _told_in_the_past(event: Event, sources: dict[str, Source], zone_name: str) -> str | None:
    """Why a ``when`` read as after its source's publication is in doubt when its quote tells
    the deed in the past ("The ceasefire began Monday" in a Sunday article): the date is kept,
    as wire copy reads it, and the earlier reading is named for the author to choose."""
    r = event.resolution
    source = sources.get(event.source) if event.source else None
    if r is None or not r.is_dated or event.anchor is not None or source is None:
        return None
    texts = [q.text for q in event.quotes if q.source in (None, event.source)]
    verb = past_verb_in_quotes(event.when, texts) if source.published_at else None
    that_day = _resolve("today", "", source, zone_name) if verb else None
    if verb is None or that_day is None or seconds(r) < end_seconds(that_day):
        return None
    earlier = _resolve(event.when, "", source, zone_name, tense="past")
    if earlier is None or seconds(earlier) >= seconds(r):
        return None
    return (
        f"when '{excerpt(event.when)}' gives {describe_span(r)}, after the source's "
        f"publication, but its quote tells it in the past ('{verb}'); if it had "
        f"happened by then, it was {describe_span(earlier)}: write that date"
    )


def _after_its_report(event: Event, sources: dict[str, Source]) -> str | None:
    """Why an anchored ``when`` that lands after its source's publication day is in doubt when
    every quote tells the deed as done ("three days later" after a strike told in a Sunday
    article): an article reports nothing that happened after it, so the anchor or the count is
    likely wrong. A quote that speaks of what is to come is a plan, and fine."""
    r = event.resolution
    source = sources.get(event.source) if event.source else None
    if r is None or not r.is_dated or event.anchor is None or source is None:
        return None
    published = source.published_at
    texts = [q.text for q in event.quotes if q.source in (None, event.source)]
    if published is None or not texts or not all(told_as_done(t) for t in texts):
        return None
    day_after = datetime(published.year, published.month, published.day) + timedelta(days=1)
    if r.days is not None or r.start < day_after:
        return None
    return (
        f"when '{excerpt(event.when)}' gives {describe_span(r)}, after the source's publication "
        f"on {day_label(published)}, but its quote tells it as done: an article cannot report "
        "what happened after it; check the anchor and the count"
    )


def check_wall_times(
    reporter: Reporter, events: Sequence[Event], when_nodes: Sequence[Node | None], zone_name: str
) -> None:
    """Warn when a time of day names a wall-clock time the file's zone skipped (01:30 on the
    night the clocks went forward): the instant kept is an hour off from what was written."""
    zone = zone_named(zone_name)
    for event, when_node in zip(events, when_nodes, strict=True):
        r = event.resolution
        if zone is None or r is None or r.days is not None or r.granularity not in _TIMES:
            continue
        if _skipped(r.start, zone):
            reporter.warn(
                when_node or at(event),
                f"when '{excerpt(event.when)}' gives {describe_span(r)}, a time that did not "
                f"happen in {zone_name}: the clocks moved past it that night",
            )
        elif (placed := _repeated(r.start, zone)) is not None:
            reporter.warn(
                when_node or at(event),
                f"when '{excerpt(event.when)}' gives {describe_span(r)}, a time that happened "
                f"twice in {zone_name} (the clocks went back that night): it is placed at the "
                f"{placed}; write its zone or offset to choose",
            )


_TIMES = frozenset({"hour", "minute", "second"})


def _repeated(wall: datetime, zone: tzinfo) -> str | None:
    """Which of two times the zone's clocks showed ``wall`` it is placed at ("first, UTC-04:00"),
    or None when they showed it once."""
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    offset = wall.replace(tzinfo=zone).strftime("%z")
    return f"{('first', 'second')[wall.fold]}, UTC{offset[:3]}:{offset[3:5]}"


def _skipped(wall: datetime, zone: tzinfo) -> bool:
    """Whether the zone's clocks never showed ``wall``: it does not survive a trip through UTC."""
    try:
        back = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    except (OverflowError, ValueError):
        return False
    return back.replace(tzinfo=None) != wall


def _disagreement(event: Event, sources: dict[str, Source], zone_name: str) -> str | None:
    r = event.resolution
    if r is None or not r.is_dated or event.anchor is not None or not event.quotes:
        return None
    source = sources.get(event.source) if event.source else None
    if source is None or source.published_at is None:
        return None
    when = event.when.lower()
    texts = [q.text for q in event.quotes if q.source in (None, event.source)]
    if any(when in text.lower() for text in texts):
        return None  # the quote holds the when itself: the common, agreeing case
    other: tuple[str, Resolution] | None = None
    for text in texts:
        if not may_name_a_date(text):
            continue
        for found in find_expressions(text):
            if found.text.lower() in when:
                return None
            quoted = _resolve(found.text, text, source, zone_name)
            if quoted is None:
                continue
            if seconds(quoted) < end_seconds(r) and seconds(r) < end_seconds(quoted):
                return None
            other = other or (found.text, quoted)
    if other is None:
        return None
    expression, quoted = other
    return (
        f"when '{excerpt(event.when)}' gives {describe_span(r)}, "
        f"but its quote says '{expression}', which gives {describe_span(quoted)}"
    )


def _resolve(
    expression: str, quote: str, source: Source, zone_name: str, tense: str | None = None
) -> Resolution | None:
    """A quoted expression read as the ``when`` would be (or in ``tense``, when given); None
    unless it names a real date."""
    assert source.published_at is not None
    try:
        result = resolve(
            expression,
            source.published_at,
            anchor_label="the source's publication",
            tz=zone_name,
            tense=tense or tense_in_quotes(expression, [quote]),
        )
    except (OverflowError, ValueError, RecursionError):
        return None
    return result if isinstance(result, Resolution) and result.is_dated else None
