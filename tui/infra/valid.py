"""Checking that a value read back from the cache or the prefetch child has the model's shape.

An entry's digest proves it is the bytes that were written, not that those bytes were written by
this program: an entry with a value of the wrong type is treated as missing, never used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeGuard

from tui.core.model import Diagnostic, Event, Quote, Resolution, Source, Timeline


def _optional(value: object, kind: type) -> bool:
    return value is None or isinstance(value, kind)


def _texts(values: object) -> bool:
    return isinstance(values, tuple) and all(isinstance(v, str) for v in values)


def _diagnostic(d: object) -> bool:
    return (
        isinstance(d, Diagnostic)
        and isinstance(d.path, str)
        and isinstance(d.line, int)
        and isinstance(d.column, int)
        and d.severity in ("error", "warning")
        and isinstance(d.message, str)
    )


def _resolution(r: object) -> bool:
    return r is None or (
        isinstance(r, Resolution)
        and isinstance(r.expression, str)
        and isinstance(r.value, str)
        and isinstance(r.start, datetime)
        and isinstance(r.end, datetime)
        and isinstance(r.granularity, str)
        and isinstance(r.explanation, str)
        and _optional(r.part_of_day, str)
    )


def _quote(q: object) -> bool:
    return (
        isinstance(q, Quote)
        and isinstance(q.text, str)
        and _optional(q.by, str)
        and _optional(q.source, str)
        and _optional(q.offset, int)
        and isinstance(q.line, int)
        and isinstance(q.column, int)
    )


def _event(e: Any) -> bool:
    return (
        type(e) is Event
        and isinstance(e.title, str)
        and isinstance(e.when, str)
        and _optional(e.id, str)
        and _optional(e.source, str)
        and _optional(e.anchor, str)
        and _optional(e.details, str)
        and _texts(e.tags)
        and isinstance(e.quotes, tuple)
        and all(_quote(q) for q in e.quotes)
        and isinstance(e.path, str)
        and isinstance(e.line, int)
        and isinstance(e.column, int)
        and isinstance(e.order, int)
        and _resolution(e.resolution)
        and _optional(e.unresolved_reason, str)
    )


def _source(key: object, s: object) -> bool:
    return (
        isinstance(key, str)
        and isinstance(s, Source)
        and isinstance(s.id, str)
        and isinstance(s.title, str)
        and _optional(s.outlet, str)
        and _optional(s.url, str)
        and isinstance(s.published, str)
        and _optional(s.published_at, datetime)
        and _optional(s.file, str)
        and _optional(s.text, str)
        and isinstance(s.path, str)
        and isinstance(s.line, int)
        and isinstance(s.column, int)
    )


def is_timeline(t: object) -> TypeGuard[Timeline]:
    """True when ``t`` is a Timeline whose every field, down to each quote, has its type."""
    return (
        isinstance(t, Timeline)
        and isinstance(t.title, str)
        and _optional(t.summary, str)
        and isinstance(t.timezone, str)
        and isinstance(t.sources, dict)
        and all(_source(k, s) for k, s in t.sources.items())
        and isinstance(t.events, tuple)
        and all(_event(e) for e in t.events)
        and isinstance(t.diagnostics, tuple)
        and all(_diagnostic(d) for d in t.diagnostics)
        and _texts(t.paths)
    )


def is_load_result(value: object) -> TypeGuard[tuple[Timeline | None, tuple[Diagnostic, ...]]]:
    """True for a (timeline or None, diagnostics) pair of the right types throughout."""
    if not (isinstance(value, tuple) and len(value) == 2):
        return False
    timeline, diagnostics = value
    return (
        (timeline is None or is_timeline(timeline))
        and isinstance(diagnostics, tuple)
        and all(_diagnostic(d) for d in diagnostics)
    )
