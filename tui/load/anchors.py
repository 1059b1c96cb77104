"""The anchor graph: event ids, anchors, cycles, and resolving each ``when`` in dependency order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from tui.core.model import Event, Resolution, Source, Unresolved
from tui.core.textsafe import excerpt, spelled_out
from tui.dates import format_label, resolve, resolve_anchored, told_from_an_event
from tui.dates.tense import tense_in_quotes
from tui.load.fields import Reporter, Suggester

if TYPE_CHECKING:
    from tui.load.yamltree import Node


class NotAttempted(Unresolved):
    """Left unresolved because of a problem already reported elsewhere, so no second warning."""


def at(event: Event) -> Node:
    """A stand-in node at an event's position, for a problem with no node of its own."""
    from tui.load.yamltree import Node

    return Node("scalar", "", event.line, event.column)


def resolve_all(
    reporter: Reporter,
    events: list[Event],
    when_nodes: Sequence[Node | None],
    anchor_nodes: Sequence[Node | None],
    sources: dict[str, Source],
    zone_name: str,
) -> list[Event]:
    """Resolve every `when`, anchored events after their anchors; report bad ids and cycles."""
    anchor_of = _anchor_targets(reporter, events, when_nodes, anchor_nodes)
    in_cycle = _break_cycles(reporter, events, anchor_of, anchor_nodes)
    outcome: list[Resolution | Unresolved | None] = [None] * len(events)
    for start in range(len(events)):
        chain = []
        index: int | None = start
        while index is not None and outcome[index] is None:
            chain.append(index)
            index = anchor_of[index]
        for index in reversed(chain):
            outcome[index] = (
                NotAttempted(events[index].when, "its anchor is part of a cycle")
                if index in in_cycle
                else _resolve_one(events, index, anchor_of[index], outcome, sources, zone_name)
            )
    resolved = []
    for index, event in enumerate(events):
        result = outcome[index]
        if isinstance(result, Resolution):
            coarser = _coarser_than_asked(
                event, result, anchor_of[index], events, outcome, zone_name
            )
            if coarser is not None:
                reporter.warn(when_nodes[index] or at(event), coarser)
            resolved.append(event.settled(result))
            continue
        reason = result.reason if isinstance(result, Unresolved) else "not resolved"
        if event.when and not isinstance(result, NotAttempted):
            reporter.warn(
                when_nodes[index] or at(event),
                f"cannot resolve when '{spelled_out(excerpt(event.when))}': {reason}",
            )
        resolved.append(event.settled(None, reason))
    return resolved


def _anchor_targets(
    reporter: Reporter,
    events: Sequence[Event],
    when_nodes: Sequence[Node | None],
    anchor_nodes: Sequence[Node | None],
) -> list[int | None]:
    """Each event's anchor as an index, reporting duplicate ids and anchors that name no event."""
    by_id: dict[str, int] = {}
    for index, event in enumerate(events):
        if event.id is None:
            continue
        if event.id in by_id:
            first = events[by_id[event.id]]
            reporter.report(
                event.line,
                event.column,
                "error",
                f"duplicate event id '{event.id}' (first at line {first.line})",
            )
        else:
            by_id[event.id] = index
    anchor_of: list[int | None] = [None] * len(events)
    suggest = Suggester(list(by_id))
    for index, event in enumerate(events):
        if event.anchor is None:
            continue
        target = by_id.get(event.anchor)
        if target is None:
            reporter.error(
                anchor_nodes[index] or when_nodes[index] or at(event),
                f"anchor '{spelled_out(event.anchor)}' is not the id of any event"
                f"{suggest(event.anchor, not_this=event.id)}",
            )
        else:
            anchor_of[index] = target
    return anchor_of


def _break_cycles(
    reporter: Reporter,
    events: list[Event],
    anchor_of: list[int | None],
    anchor_nodes: Sequence[Node | None],
) -> set[int]:
    """Report each anchor cycle once and cut it, so resolution always terminates; the events in
    a cycle, which have nothing to count from."""
    in_cycle: set[int] = set()
    state = [0] * len(events)
    for start in range(len(events)):
        path: list[int] = []
        index: int | None = start
        while index is not None and state[index] == 0:
            state[index] = 1
            path.append(index)
            index = anchor_of[index]
        if index is not None and state[index] == 1:
            cycle = path[path.index(index) :]
            names = _cycle_names([str(events[i].id) for i in cycle])
            for i in cycle:
                reporter.error(anchor_nodes[i] or at(events[i]), f"anchor cycle: {names}")
                anchor_of[i] = None
                in_cycle.add(i)
        for i in path:
            state[i] = 2
    return in_cycle


CYCLE_SHOWN = 6
"""The most ids a cycle's message lists: each event in it gets the message, so it stays short."""


def _cycle_names(ids: list[str]) -> str:
    """ "a → b → a"; a long cycle shows its first ids, how many it has, and its last."""
    if len(ids) > CYCLE_SHOWN:
        ids = [*ids[: CYCLE_SHOWN - 1], f"… ({len(ids)} events in all)", ids[-1]]
    return " → ".join(excerpt(i) for i in [*ids, ids[0]])


def _resolve_one(
    events: Sequence[Event],
    index: int,
    anchor_index: int | None,
    outcome: Sequence[Resolution | Unresolved | None],
    sources: dict[str, Source],
    zone_name: str,
) -> Resolution | Unresolved:
    """Resolve one event against its anchor event or its source's publication."""
    event = events[index]
    if not event.when:
        return NotAttempted(event.when, "no 'when' given")
    if anchor_index is not None:
        anchor_result = outcome[anchor_index]
        anchor_event = events[anchor_index]
        if not isinstance(anchor_result, Resolution):
            fixed = _needs_no_anchor(event.when, zone_name)
            if fixed is not None:
                return fixed
            return Unresolved(event.when, f"its anchor event '{anchor_event.id}' is undated")
        try:
            return resolve_anchored(
                event.when, anchor_result, anchor_label=f"event '{anchor_event.id}'", tz=zone_name
            )
        except (OverflowError, ValueError):
            return Unresolved(event.when, "the date would fall outside the years 1 to 9999")
    if event.anchor is not None:
        return NotAttempted(event.when, f"its anchor '{event.anchor}' is not an event id")
    source = sources.get(event.source) if event.source else None
    if source is None:
        return NotAttempted(event.when, "no source publication date to resolve it against")
    if source.published_at is None:
        return _without_anchor(event.when, source.id, zone_name)
    result = _safely(
        event.when,
        source.published_at,
        "the source's publication",
        zone_name,
        tense=tense_in_quotes(event.when, (q.text for q in event.quotes)),
    )
    told_from_another = isinstance(result, Resolution) and result.value != "PAST_REF"
    if told_from_another and told_from_an_event(event.when):
        return Unresolved(event.when, _needs_an_anchor(events, index))
    return result


def _needs_an_anchor(events: Sequence[Event], index: int) -> str:
    """Why "two days later" with no ``anchor:`` is not counted from the article's publication,
    naming the event before it as the likely one it follows. ("Earlier" alone is still before
    the article, so it stays a vague past.)"""
    why = "it counts from another event, not from the article's publication: set anchor: to "
    before = next((e for e in reversed(events[:index]) if e.path == events[index].path), None)
    if before is None:
        return why + "the id of the event it follows"
    if before.id is not None:
        return why + f"the id of the event it follows (the one before it is '{before.id}')"
    return why + (
        f"the id of the event it follows (the one before it, line {before.line}, has no id yet)"
    )


def _coarser_than_asked(
    event: Event,
    result: Resolution,
    anchor_index: int | None,
    events: Sequence[Event],
    outcome: Sequence[Resolution | Unresolved | None],
    zone_name: str,
) -> str | None:
    """The warning for an anchored ``when`` that its anchor could date only coarsely ("two days
    later" than an event known only to its year), or None when the anchor was precise enough."""
    if anchor_index is None:
        return None
    anchor = outcome[anchor_index]
    if not isinstance(anchor, Resolution):
        return None
    label = f"event '{events[anchor_index].id}'"
    # the very call resolve_anchored made first, so the resolver's cache answers it
    exact = resolve_anchored(event.when, anchor, anchor_label=label, tz=zone_name, exact=True)
    if not isinstance(exact, Resolution) or exact.value == result.value:
        return None
    return (
        f"when '{excerpt(event.when)}' counts from {label}, which is dated only "
        f"as {format_label(anchor)}: shown as {format_label(result)}, no finer than its anchor"
    )


PROBE_ANCHOR = datetime(2000, 1, 1)
"""Any anchor: an expression that fails against it fails whatever the publication date."""


def _without_anchor(when: str, source_id: str, zone_name: str) -> Resolution | Unresolved:
    """With no valid publication date (already an error), still say when ``when`` itself is wrong:
    a problem that does not depend on the anchor is not hidden behind that error."""
    probe = _safely(when, PROBE_ANCHOR, "the anchor", zone_name, tense=None)
    if isinstance(probe, Unresolved):
        return probe
    return NotAttempted(when, f"source '{source_id}' has no valid 'published' date")


def _needs_no_anchor(when: str, zone_name: str) -> Resolution | None:
    """``when`` resolved, when it is the same date whatever it is counted from (an explicit
    "2016-01-01"): an undated anchor event then takes nothing from it."""
    first, second = (
        _safely(when, probe, "no anchor", zone_name, tense=None) for probe in _FAR_APART
    )
    if not (isinstance(first, Resolution) and isinstance(second, Resolution)):
        return None
    return first if (first.value, first.start) == (second.value, second.start) else None


_FAR_APART = (datetime(1901, 3, 7), datetime(2087, 10, 22))
"""Two anchors no relative date could land on alike."""


def _safely(
    when: str, anchor: datetime, label: str, zone_name: str, *, tense: str | None
) -> Resolution | Unresolved:
    """``resolve``, with a date pushed past the calendar's ends turned into a reason; a time
    written in a zone of its own is placed in the file's zone by ``resolve``."""
    try:
        return resolve(when, anchor, anchor_label=label, tz=zone_name, tense=tense)
    except (OverflowError, ValueError):
        return Unresolved(when, "the date would fall outside the years 1 to 9999")
    except RecursionError:
        return Unresolved(when, "the expression is nested too deeply to be a date")
