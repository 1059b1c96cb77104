"""Clock times, zones and the calendar's edges: a time no clock shows is refused, not rolled
over; a time written in a zone of its own ("10:00 GMT", "T10:00+05:00") is the instant it names
on the timeline's clock, and a zone not known is named in the refusal; "the '00s" is the latest
such decade the article has seen begin; nothing is dated before the universe began."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tui.core.model import Resolution, Unresolved
from tui.dates import resolve
from tui.load.loader import load_text

SUNDAY = datetime(2016, 9, 18)


@pytest.mark.parametrize(
    ("expression", "why"),
    [
        ("23 a.m.", "with a.m. or p.m. the hours run from 1 to 12"),
        ("0 p.m.", "with a.m. or p.m. the hours run from 1 to 12"),
        ("13 p.m. Monday", "with a.m. or p.m. the hours run from 1 to 12"),
        ("Monday at 10:61", "the hours run to 23 and the minutes to 59"),
        ("2016-09-18T10:60", "has minute 60, and minutes run from 00 to 59"),
        ("2016-09-18T25:00", "has hour 25, and hours run from 00 to 23"),
        ("2016-09-18T10:00+25:00", "has offset hour 25"),
        ("2016-09-18T10:00+05:99", "has offset minute 99"),
        ("24:30 Saturday", "the hours run to 23 and the minutes to 59"),
        ("2016-13", "has month 13, and months run from 01 to 12"),
        ("2016-00", "has month 0, and months run from 01 to 12"),
    ],
)
def test_a_time_or_month_no_calendar_has_is_refused_saying_which_field(expression, why):
    result = resolve(expression, SUNDAY, tz="UTC")
    assert isinstance(result, Unresolved) and why in result.reason


@pytest.mark.parametrize(
    ("expression", "value"), [("1999-00", "1999/2000"), ("1998-2002", "1998/2002")]
)
def test_a_range_carried_into_the_next_century_is_still_a_range(expression, value):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.value == value


def test_iso_midnight_at_the_end_of_the_day_is_the_next_days_start():
    result = resolve("2016-09-18T24:00", SUNDAY, tz="UTC")
    assert isinstance(result, Resolution) and result.start == datetime(2016, 9, 19)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("20 March 2013 10:00 GMT", "2013-03-20T06:00"),
        ("10 a.m. EST on March 20, 2013", "2013-03-20T11:00"),
        ("10:00 GMT Saturday", "2016-09-17T06:00"),
        ("about 9 p.m. PDT Friday", "2016-09-17T00:00"),
        ("2016-09-18T10:00+05:00", "2016-09-18T01:00"),
        ("around 2016-09-18T10:00Z", "2016-09-18T06:00"),
        ("10 a.m. EDT Saturday to 2 p.m. PDT Saturday", "2016-09-17T10:00/2016-09-17T17:00"),
    ],
)
def test_a_time_written_in_another_zone_is_shown_on_the_timelines_clock(expression, value):
    result = resolve(expression, SUNDAY, tz="America/New_York")
    assert isinstance(result, Resolution) and result.value == value
    assert "in America/New_York" in result.explanation


def test_with_no_zone_asked_a_written_zone_is_kept_as_written_as_timebank_does():
    result = resolve("4 a.m. EDT Thursday", SUNDAY)
    assert isinstance(result, Resolution) and result.value == "2016-09-15T04:00"
    assert "EDT (UTC-04:00) as written" in result.explanation


def test_a_gmt_time_in_a_new_york_timeline_exports_as_that_instant():
    text = (
        "title: T\ntimezone: America/New_York\nsources:\n  a: {title: A, published: 2013-03-22}\n"
        'events:\n  - {title: Apology, when: "20 March 2013 10:00 GMT", source: a}\n'
    )
    (event,) = load_text(text, "t.yaml").timeline.events
    assert event.resolution.start == datetime(2013, 3, 20, 6, 0)


NOVEMBER_NIGHT = """\
title: T
timezone: America/New_York
sources:
  a: {title: A, published: 2016-11-07}
events:
  - {title: Plain, when: "1:30 a.m. Nov. 6, 2016", source: a}
  - {title: Second, when: "1:30 a.m. EST Nov. 6, 2016", source: a}
"""


def test_a_time_the_clocks_showed_twice_says_which_of_the_two_it_is():
    result = load_text(NOVEMBER_NIGHT, "t.yaml")
    messages = [
        d.message.split("(the clocks went back that night): ")[1] for d in result.diagnostics
    ]
    assert messages == [
        "it is placed at the first, UTC-04:00; write its zone or offset to choose",
        "it is placed at the second, UTC-05:00; write its zone or offset to choose",
    ]


def test_the_second_half_past_one_written_in_est_is_an_hour_after_the_first():
    plain, second = load_text(NOVEMBER_NIGHT, "t.yaml").timeline.events
    zone = ZoneInfo("America/New_York")
    first_instant = plain.resolution.start.replace(tzinfo=zone)
    second_instant = second.resolution.start.replace(tzinfo=zone)
    assert (second_instant - first_instant.astimezone(UTC)).total_seconds() == 3600


@pytest.mark.parametrize(
    ("expression", "published", "value"),
    [
        ("the '00s", datetime(2016, 9, 18), "200"),
        ("the ’00s", datetime(2016, 9, 18), "200"),
        ("the '00s", datetime(1998, 3, 4), "190"),
        ("the late '80s", datetime(2016, 9, 18), "198"),
    ],
)
def test_a_decade_written_short_is_the_latest_one_begun_by_the_article(
    expression, published, value
):
    result = resolve(expression, published)
    assert isinstance(result, Resolution) and result.value == value


@pytest.mark.parametrize(
    ("expression", "zone"), [("10 a.m. IST", "IST"), ("10:00 JST Saturday", "JST")]
)
def test_a_zone_the_resolver_does_not_know_is_named_in_the_refusal(expression, zone):
    result = resolve(expression, SUNDAY, tz="UTC")
    assert isinstance(result, Unresolved)
    assert result.reason.startswith(f"the time zone '{zone}' is not one the resolver knows")


def test_a_british_time_with_a_point_is_read_as_the_time():
    result = resolve("10.30 p.m. Saturday", SUNDAY)
    assert isinstance(result, Resolution) and result.value == "2016-09-17T22:30"


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("from 10 a.m. to 2 p.m. Saturday", "2016-09-17T10:00/2016-09-17T14:00"),
        ("from 10 a.m. to 2 p.m. EDT Saturday", "2016-09-17T14:00/2016-09-17T18:00"),
    ],
)
def test_a_range_of_times_shares_the_day_and_zone_written_after_its_end(expression, value):
    result = resolve(expression, SUNDAY, tz="UTC")
    assert isinstance(result, Resolution) and result.value == value


def test_a_year_before_the_universe_began_is_refused_and_13_billion_years_ago_is_not():
    result = resolve("99999999999999999999 BC", SUNDAY)
    assert isinstance(result, Unresolved) and "before the universe began" in result.reason
    assert isinstance(resolve("13000000000 years ago", SUNDAY), Resolution)


@pytest.mark.parametrize("expression", ["2016 or later", "Sept. 1 or earlier"])
def test_a_date_or_later_counts_from_the_article_not_from_another_event(expression):
    from tui.dates import told_from_an_event

    assert not told_from_an_event(expression)
    assert told_from_an_event("two days later")


def test_a_number_before_capitals_is_not_taken_for_a_time_in_an_unknown_zone():
    result = resolve("3 NATO troops", SUNDAY, tz="UTC")
    assert isinstance(result, Unresolved) and "time zone" not in result.reason


def test_the_zone_of_a_range_s_start_is_its_end_s_too():
    result = resolve("10 a.m. EDT to 2 p.m. Saturday", SUNDAY, tz="UTC")
    assert isinstance(result, Resolution) and result.value == "2016-09-17T14:00/2016-09-17T18:00"


def test_a_long_run_of_spaces_after_an_iso_time_is_refused_at_once():
    result = resolve("2016-09-18T10:00" + " " * 40_000 + "x", SUNDAY, tz="UTC")
    assert isinstance(result, Unresolved)


@pytest.mark.parametrize(
    ("expression", "value"), [("the year 9999", "9999"), ("December 9999", "9999-12")]
)
def test_the_calendar_s_last_year_and_month_are_dates(expression, value):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.value == value
