"""Hostile `when:` values: the resolver answers every one quickly, and never raises (issue 17)."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.model import Resolution, Unresolved
from tui.dates import find_expressions, resolve
from tui.dates.grammar import parse_expression, parse_normalized

SUNDAY = datetime(2016, 9, 18)
LIMIT = 0.050
"""Seconds one expression may take in a test, whatever its content: five times the 10 ms target,
so that a busy machine passes while an exponential grammar (seconds at 20 nestings) still fails.
The target itself is measured by ``python -m tests.bench resolver``."""

NESTING = [
    "the week of ",
    "the day before ",
    "the day after ",
    "the first half of ",
    "the day prior to ",
    "on ",
    "nearly ",
    "last ",
    "post ",
    "pre ",
    "about ",
    "2016/",
    "monday ",
    "the ",
    "the end of ",
]
WORDS = [*NESTING, "Monday", "2016", "Christmas", "10 p.m. ", "or later ", "Sept. 30 ", ", ", "-"]


def _fresh_time(expression: str, anchor: datetime = SUNDAY) -> tuple[float, object]:
    """Seconds to resolve an expression never seen before (the caches emptied first), the best
    of three runs, so that a busy machine's pauses are not counted as the grammar's work."""
    best = float("inf")
    for _ in range(3):
        for cached in (resolve, parse_expression, parse_normalized):
            cached.cache_clear()
        start = time.perf_counter()
        result = resolve(expression, anchor)
        best = min(best, time.perf_counter() - start)
    return best, result


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import the grammar and its helpers once, so the limit measures the work, not the imports."""
    for expression in ("Sept. 30 2016 at dawn", "the 3rd of Sept", "Mondey", "3 months", "1957-58"):
        resolve(expression, SUNDAY)


@pytest.mark.parametrize("prefix", NESTING)
@pytest.mark.parametrize("repeats", [6, 20, 1000])
def test_a_nested_expression_is_answered_within_the_limit(prefix, repeats):
    seconds, result = _fresh_time(prefix * repeats + "Monday")
    assert isinstance(result, (Resolution, Unresolved))
    assert seconds < LIMIT, f"{seconds * 1000:.1f} ms"


@pytest.mark.parametrize(
    "expression",
    ["on " * 1000 + "Monday", "nearly " * 1000 + "Monday", "2016/" * 1000, "monday " * 14000],
)
def test_a_very_long_expression_is_refused_as_too_long(expression):
    _, result = _fresh_time(expression)
    assert isinstance(result, Unresolved)
    assert "too long to be a date expression" in result.reason


def test_twenty_five_thousand_articles_are_refused_at_once():
    seconds, result = _fresh_time("the " * 25000)
    assert isinstance(result, Unresolved)
    assert seconds < LIMIT


def test_a_short_nesting_still_resolves():
    _, result = _fresh_time("the day before the week of Monday")
    assert isinstance(result, (Resolution, Unresolved))
    _, result = _fresh_time("the day before Christmas")
    assert isinstance(result, Resolution)
    assert result.value == "2016-12-24"


@pytest.mark.parametrize("text", ["on " * 1000 + "Monday", "the " * 25000, "monday " * 14000])
def test_finding_expressions_in_hostile_text_never_raises(text):
    start = time.perf_counter()
    found = find_expressions(text)
    assert all(text[f.start : f.end] == f.text for f in found)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "anchor", [datetime(1, 1, 1), datetime(1, 1, 3), datetime(9999, 12, 31, 23, 59)]
)
@pytest.mark.parametrize(
    "expression",
    ["yesterday", "tomorrow", "next year", "last year", "the weekend", "Christmas", "next week"],
)
def test_the_calendars_edges_give_a_reason_not_a_traceback(anchor, expression):
    result = resolve(expression, anchor)
    if isinstance(result, Unresolved):
        assert "1 to 9999" in result.reason


def test_yesterday_before_the_first_day_of_the_calendar_is_refused_with_its_reason():
    result = resolve("yesterday", datetime(1, 1, 1))
    assert isinstance(result, Unresolved)
    assert result.reason.startswith("the date falls outside the calendar's years 1 to 9999")


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("20162016Sept. 30", "there is no such day: September 30, 20162016"),
        ("2016 Sept. 31", "there is no such day: September 31, 2016"),
    ],
)
def test_a_date_written_in_an_odd_order_that_the_calendar_lacks_is_refused(expression, reason):
    result = resolve(expression, datetime(2016, 9, 18))
    assert isinstance(result, Unresolved) and result.reason.startswith(reason)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    noise=st.text(max_size=8),
    where=st.integers(min_value=0, max_value=40),
)
def test_a_mutated_when_value_is_answered_within_the_limit(words, noise, where):
    expression = "".join(words)
    expression = expression[:where] + noise + expression[where:]
    seconds, result = _fresh_time(expression)
    assert isinstance(result, (Resolution, Unresolved))
    assert seconds < LIMIT, f"{expression!r}: {seconds * 1000:.1f} ms"


def _finding_time(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        find_expressions(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("word", ["fiscal ", "first ", "the ", "early ", "10 "])
def test_finding_expressions_grows_with_the_length_of_the_text_not_its_square(word):
    find_expressions(word)
    small, large = _finding_time(word * 2000), _finding_time(word * 8000)
    assert large < 8 * small + 0.05, f"{small:.3f}s for 2,000 repeats, {large:.3f}s for 8,000"
