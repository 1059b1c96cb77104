"""Frozen, slotted records that pickle as their constructor call.

``dataclass(frozen=True, slots=True)`` pickles through a ``__setstate__`` written in Python, run
once per object; the cache and the load child move 100,000 events at a time, and pickling each
record as ``cls(*fields)`` loads it more than twice as fast (and dumps it faster too).
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import TypeVar

T = TypeVar("T", bound=type)


def pickled_by_fields(cls: T) -> T:
    """Give a slotted dataclass a ``__reduce__`` that rebuilds it from its fields in order."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls
