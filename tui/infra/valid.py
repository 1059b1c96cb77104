"""Checking that a value read back from the cache or the prefetch child has the model's shape.

An entry's digest proves it is the bytes that were written, not that those bytes were written by
this program: an entry with a value of the wrong type is treated as missing, never used. A warm
open checks 100,000 events, so each record's fields are compared with their types in one pass of
C-level ``map`` calls rather than one Python call per field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from operator import attrgetter, contains
from typing import TypeGuard

from tui.core.model import Diagnostic, Event, Quote, Resolution, Source, Timeline

_NONE: type = type(None)


def kinds(*types: type) -> frozenset[type]:
    """The types a field may hold."""
    return frozenset(types)


STR, OPT_STR, INT = kinds(str), kinds(str, _NONE), kinds(int)


def _record(cls: type, kinds: dict[str, frozenset[type]]) -> Callable[[object], bool]:
    """A check that ``value`` is exactly ``cls`` with each field of one of the types given."""
    names = [f.name for f in fields(cls)]
    assert sorted(names) == sorted(kinds), cls
    values = attrgetter(*names)
    expected = [kinds[name] for name in names]

    def check(value: object) -> bool:
        return type(value) is cls and all(map(contains, expected, map(type, values(value))))

    return check


_diagnostic = _record(
    Diagnostic, {"path": STR, "line": INT, "column": INT, "severity": STR, "message": STR}
)
_resolution = _record(
    Resolution,
    {
        "expression": STR,
        "value": STR,
        "start": kinds(datetime),
        "end": kinds(datetime),
        "granularity": STR,
        "approximate": kinds(bool),
        "explanation": STR,
        "part_of_day": OPT_STR,
        "days": kinds(tuple, _NONE),
    },
)
_quote = _record(
    Quote,
    {
        "text": STR,
        "by": OPT_STR,
        "source": OPT_STR,
        "found": kinds(bool),
        "offset": kinds(int, _NONE),
        "line": INT,
        "column": INT,
    },
)
_event_fields = _record(
    Event,
    {
        "id": OPT_STR,
        "title": STR,
        "when": STR,
        "source": OPT_STR,
        "anchor": OPT_STR,
        "details": OPT_STR,
        "tags": kinds(tuple),
        "quotes": kinds(tuple),
        "path": STR,
        "line": INT,
        "column": INT,
        "order": INT,
        "resolution": kinds(Resolution, _NONE),
        "unresolved_reason": OPT_STR,
        "doubts": kinds(tuple),
    },
)
_source = _record(
    Source,
    {
        "id": STR,
        "title": STR,
        "outlet": OPT_STR,
        "url": OPT_STR,
        "published": STR,
        "published_at": kinds(datetime, _NONE),
        "file": OPT_STR,
        "text": OPT_STR,
        "path": STR,
        "line": INT,
        "column": INT,
    },
)


def _texts(values: tuple[object, ...]) -> bool:
    return set(map(type, values)) <= STR


def _event(e: Event) -> bool:
    return (
        _event_fields(e)
        and _texts(e.tags)
        and _texts(e.doubts)
        and all(map(_quote, e.quotes))
        and (e.resolution is None or _resolution(e.resolution))
    )


def is_timeline(t: object) -> TypeGuard[Timeline]:
    """True when ``t`` is a Timeline whose every field, down to each quote, has its type."""
    return (
        type(t) is Timeline
        and type(t.title) is str
        and type(t.summary) in OPT_STR
        and type(t.timezone) is str
        and type(t.sources) is dict
        and _texts(tuple(t.sources))
        and all(map(_source, t.sources.values()))
        and type(t.events) is tuple
        and all(map(_event, t.events))
        and type(t.diagnostics) is tuple
        and all(map(_diagnostic, t.diagnostics))
        and type(t.paths) is tuple
        and _texts(t.paths)
    )


def is_load_result(value: object) -> TypeGuard[tuple[Timeline | None, tuple[Diagnostic, ...]]]:
    """True for a (timeline or None, diagnostics) pair of the right types throughout."""
    if not (type(value) is tuple and len(value) == 2):
        return False
    timeline, diagnostics = value
    return (
        (timeline is None or is_timeline(timeline))
        and type(diagnostics) is tuple
        and all(map(_diagnostic, diagnostics))
    )
