"""Dates: resolve a news date expression against an anchor, find expressions in text, label spans.

Imports ``core`` only: never Textual, and no third-party date parser. The grammar is imported on
first use, so opening a cached timeline never pays for it. ``resolve_anchored`` resolves an
expression counted from another event, no finer than that event's own date.
"""

from tui.dates.anchored import counted_from_in, resolve_anchored, told_from_an_event
from tui.dates.labels import day_label, describe_range, describe_span, format_label
from tui.dates.resolver import Found, describe_json, find_expressions, parse_anchor, resolve

__all__ = [
    "Found",
    "counted_from_in",
    "day_label",
    "describe_json",
    "describe_range",
    "describe_span",
    "find_expressions",
    "format_label",
    "parse_anchor",
    "resolve",
    "resolve_anchored",
    "told_from_an_event",
]
