"""Merging loaded files into one chronology, and the order events are shown in."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from tui.core.deeptime import end_seconds, seconds
from tui.core.isotime import FINER_THAN_A_DAY, in_utc, zone_named
from tui.core.model import Event, Source, Timeline
from tui.load.result import LoadResult


def merge(results: Sequence[LoadResult]) -> LoadResult:
    """Merge loaded files into one timeline; a clashing source id is prefixed with its file name."""
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    timelines = [r.timeline for r in results if r.timeline is not None]
    if not timelines:
        return LoadResult(None, diagnostics)
    sources: dict[str, Source] = {}
    events: list[Event] = []
    for timeline in timelines:
        renames: dict[str, str] = {}
        for source in timeline.sources.values():
            new_id = source.id
            if new_id in sources:
                new_id = base = f"{Path(source.path).stem}/{source.id}"
                n = 1
                while new_id in sources or new_id in timeline.sources:  # "b/s1" may be taken
                    n += 1
                    new_id = f"{base}-{n}"
                renames[source.id] = new_id
            sources[new_id] = replace(source, id=new_id)
        for event in timeline.events:
            if renames:
                event = replace(
                    event,
                    source=renames.get(event.source, event.source) if event.source else None,
                    quotes=tuple(
                        replace(q, source=renames.get(q.source, q.source)) if q.source else q
                        for q in event.quotes
                    ),
                )
            events.append(replace(event, order=len(events)))
    zones = {path: t.timezone for t in timelines for path in t.paths}
    ordered = chronological(events, zones if len(set(zones.values())) > 1 else None)
    merged = Timeline(
        title=" + ".join(t.title for t in timelines),
        summary=None,
        timezone=timelines[0].timezone,
        sources=sources,
        events=ordered,
        diagnostics=diagnostics,
        paths=tuple(p for t in timelines for p in t.paths),
    )
    return LoadResult(merged, diagnostics)


def chronological(
    events_in_file_order: Sequence[Event], zones: dict[str, str] | None = None
) -> tuple[Event, ...]:
    """Sort by start, a longer span first ("Dec 2016" before "Thu 1 Dec 2016", so each date's
    events stay under one heading), then file order; an undated event follows the event before it
    in the file, after the others of that date. Positions are ``deeptime.seconds``, so 500 BC
    comes before 44 BC and AD 79.

    ``zones`` gives each file's time zone when merged files differ: instants (hours and finer)
    then compare in UTC, days and coarser values on their own file's calendar.
    """
    keys: list[tuple[float, float, float, int]] = []
    previous: tuple[float, float, float, int] = (-math.inf, 0.0, -1, 0)
    for event in events_in_file_order:
        r = event.resolution
        if r is not None:
            start = at = seconds(r)
            if zones is not None and r.granularity in FINER_THAN_A_DAY and r.days is None:
                start += (
                    in_utc(r.start, zone_named(zones.get(event.path, "UTC"))) - r.start
                ).total_seconds()
            previous = (start, at - end_seconds(r), event.order, 0)
        else:  # after every event of the same date, so that it does not split their heading
            previous = (*previous[:2], math.inf, previous[3] + 1)
        keys.append(previous)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return tuple(events_in_file_order[i] for i in order)
