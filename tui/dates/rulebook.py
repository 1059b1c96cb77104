"""The rule book: how a shape is registered, and ``parse_normalized``, which tries the rules in
order on a normalised expression, peeling hedges and prepositions."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import chain

from tui.dates.shapes import Approximately, Parsed, Ref
from tui.dates.words import _PREFIXES, HEDGES, REF_WORDS

MAX_LENGTH = 100
"""The longest expression, in characters, the grammar reads. The longest in the dev set has 34;
past this it is prose, not a date, and a bound keeps every expression's time small."""

_Rule = Callable[[re.Match[str]], Parsed | None]
_RULES: list[tuple[re.Pattern[str], _Rule]] = []


_FIRST_RULES: list[tuple[re.Pattern[str], _Rule]] = []


def rule(pattern: str) -> Callable[[_Rule], _Rule]:
    """Register a shape: the whole normalised expression must match ``pattern``. Rules are tried
    in the order they are registered."""

    def register(handler: _Rule) -> _Rule:
        _RULES.append((re.compile(f"(?:{pattern})$"), handler))
        return handler

    return register


def first_rule(pattern: str) -> Callable[[_Rule], _Rule]:
    """Register a shape tried before every ``rule``, whatever the order the modules load in."""

    def register(handler: _Rule) -> _Rule:
        _FIRST_RULES.append((re.compile(f"(?:{pattern})$"), handler))
        return handler

    return register


_PART_OF = re.compile(
    r"^(?:a good part of|much of|most of|part of|all of|the rest of|the whole of|"
    r"the remainder of|some time in|sometime in) "
)
_OPEN_ENDED = re.compile(
    r" (?:or later|or earlier|and beyond|and later|or before|or after|or so)\b"
)


def too_long(length: int) -> str:
    """Why an expression is refused unread."""
    return f"too long to be a date expression ({length} characters; at most {MAX_LENGTH})"


@lru_cache(maxsize=65536)
def parse_normalized(text: str) -> Parsed | None:
    """Match a normalised expression, peeling hedges and prepositions as needed.

    Rules nest ("the day before the week of …"), and several rules can reach the same inner text;
    the cache reads each inner text once, so the work grows with the length, not exponentially."""
    open_ended = _OPEN_ENDED.search(text)
    if open_ended:
        inner = parse_normalized((text[: open_ended.start()] + text[open_ended.end() :]).strip())
        return Approximately(inner, open_ended.group().strip()) if inner is not None else None
    if _PART_OF.match(text):
        return parse_normalized(_PART_OF.sub("", text, count=1))
    if text in REF_WORDS:
        return Ref(REF_WORDS[text])  # before the hedges: "some day" is a time to come, not a day
    for hedge in HEDGES:
        if text.startswith(hedge + " ") or text.endswith(" " + hedge):
            rest = (
                text[len(hedge) + 1 :] if text.startswith(hedge + " ") else text[: -len(hedge) - 1]
            )
            inner = parse_normalized(rest)
            if inner is not None:
                return Approximately(inner, hedge)
            break
    for pattern, handler in chain(_FIRST_RULES, _RULES):
        match = pattern.match(text)
        if match:
            try:
                parsed = handler(match)
            except (ValueError, KeyError):
                parsed = None
            if parsed is not None:
                return parsed
    stripped = _PREFIXES.sub("", text, count=1)
    if stripped != text:
        return parse_normalized(stripped)
    return None
