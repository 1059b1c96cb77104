"""Honest dates (issue 13): a value only when the text gives one; otherwise a refusal that says why.

Each test quotes the kind of sentence the expression comes from.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tui.core.model import Resolution, Unresolved
from tui.dates import describe_json, resolve, resolve_anchored

FRIDAY = datetime(2013, 3, 22)  # an article published on Friday 22 March 2013
SUNDAY = datetime(2016, 9, 18)
PUBLICATION = "the source's publication"


def resolved(expression: str, anchor: datetime = FRIDAY) -> Resolution:
    result = resolve(expression, anchor, anchor_label=PUBLICATION)
    assert isinstance(result, Resolution), result
    return result


def refused(expression: str, anchor: datetime = FRIDAY) -> Unresolved:
    result = resolve(expression, anchor, anchor_label=PUBLICATION)
    assert isinstance(result, Unresolved), result
    return result


# -- durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, duration",
    [
        ("3 months", "P3M"),  # "the talks could take 3 months"
        ("90 days", "P90D"),  # "a 90 days ceasefire"
        ("24 hours", "PT24H"),  # "within 24 hours"
        ("a decade", "P1DE"),  # "a decade of war"
        ("for decades", "PXDE"),  # "has ruled for decades"
        ("the past three years", "P3Y"),  # "prices rose over the past three years"
        ("two and a half years", "P2.5Y"),  # "two and a half years in prison"
        ("nearly two years", "P2Y"),  # "negotiated for nearly two years"
    ],
)
def test_a_duration_is_refused_as_a_duration_with_its_value(expression, duration):
    result = refused(expression)
    assert result.duration == duration
    assert result.reason == (
        "a duration is not a date: give the start, or anchor it on the event it follows"
        f" (read as {duration})"
    )


def test_the_batch_record_of_a_duration_names_its_value():
    record = describe_json(refused("3 months"), "2013-03-22")
    assert record["duration"] == "P3M"
    assert "a duration is not a date" in str(record["error"])


def test_a_duration_after_an_event_is_the_stretch_from_that_event():
    # "The fragile ceasefire has largely held for five days", anchored on the ceasefire.
    result = resolve("for five days", datetime(2016, 9, 12), anchor_label="event 'ceasefire'")
    assert isinstance(result, Resolution)
    assert result.value == "2016-09-12/2016-09-16"
    three = resolve("three months", datetime(2016, 9, 12), anchor_label="event 'ceasefire'")
    assert isinstance(three, Resolution)
    assert three.value == "2016-09-12/2016-12-11"


# -- the fallback claims only what it read -----------------------------------------------------


@pytest.mark.parametrize("expression", ["decades", "1,000 people", "5 miles", "$2,000", "9/11"])
def test_numbers_and_words_that_only_look_like_dates_are_not_dates(expression):
    result = resolve(expression, FRIDAY)
    assert not isinstance(result, Resolution) or result.granularity == "reference"


def test_a_date_in_an_unusual_order_is_read_from_its_parts():
    assert resolved("2016, September 30").value == "2016-09-30"
    assert resolved("30 Sept, 2016 10:00").value == "2016-09-30T10:00"


def test_a_month_and_year_in_an_unusual_order_stay_a_month():
    assert resolved("2016 Sept").value == "2016-09"


def test_a_weekday_the_date_does_not_fall_on_is_refused_with_the_reason():
    # "on Monday, 30 September 2016" — it was a Friday.
    assert refused("Monday, 30 September 2016").reason == (
        "30 September 2016 is a Friday, not a Monday"
    )


# -- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, value",
    [
        ("1957-58", "1957/1958"),  # "the 1957-58 season"
        ("1990-91", "1990/1991"),  # "the 1990-91 Gulf War"
        ("2009-2010", "2009/2010"),
        ("between 2010 and 2012", "2010/2012"),
        ("from 1957 to 1958", "1957/1958"),
        ("March 3-5", "2013-03-03/2013-03-05"),  # "the March 3-5 meeting"
        ("3 to 5 March", "2013-03-03/2013-03-05"),
        ("from January to March", "2013-01/2013-03"),
    ],
)
def test_ranges_are_intervals_at_the_granularity_of_their_ends(expression, value):
    result = resolved(expression)
    assert result.value == value
    assert result.granularity == "interval"


def test_an_iso_month_is_not_read_as_a_range():
    assert resolved("2011-12").value == "2011-12"


def test_a_range_of_weekdays_starts_on_or_before_its_end():
    # "Talks ran from Monday to Wednesday", in a Sunday paper: last week's Monday.
    assert resolved("from Monday to Wednesday", SUNDAY).value == "2016-09-12/2016-09-14"


def test_a_range_that_runs_backwards_is_refused():
    assert "before it starts" in refused("from 2012 to 2010").reason


# -- deep time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, value",
    [("in 1066", "1066"), ("AD 79", "0079"), ("476 AD", "0476"), ("0079-08-24", "0079-08-24")],
)
def test_years_below_1000_are_written_in_four_digits(expression, value):
    assert resolved(expression).value == value


@pytest.mark.parametrize("expression", ["the spring of 44 BC", "Friday, March 15, 44 BC"])
def test_a_bc_form_the_rules_do_not_read_is_refused_with_the_reason(expression):
    assert "before year 1" in refused(expression).reason


def test_a_thousand_years_ago_is_about_that_year():
    result = resolved("1,000 years ago")
    assert (result.value, result.approximate) == ("1013", True)


def test_three_decades_ago_is_about_thirty_years_back():
    result = resolved("three decades ago")
    assert (result.value, result.granularity, result.approximate) == ("1983", "year", True)


def test_years_on_count_forward():
    # "Sixty years on, the armistice still holds."
    assert resolved("60 years on").value == "2073"


# -- the forms news uses -----------------------------------------------------------------------


def test_a_time_with_a_zone_keeps_the_time_and_names_the_zone():
    result = resolved("20 March 2013 10:00 GMT")
    assert result.value == "2013-03-20T10:00"
    assert "GMT (UTC+00:00)" in result.explanation


def test_late_last_july_is_the_late_part_of_that_july():
    result = resolved("late last July")
    assert result.value == "2012-07"
    assert result.start == datetime(2012, 7, 21)
    assert "the late part of the July before" in result.explanation


@pytest.mark.parametrize("expression", ["'90s", "the '90s", "the mid-'90s"])
def test_short_decades_are_decades(expression):
    assert resolved(expression).value == "199"


@pytest.mark.parametrize(
    "expression, value",
    [
        ("the weekend before last", "2013-W10-WE"),
        ("two weekends ago", "2013-W10-WE"),
        ("the week before last", "2013-W10"),
    ],
)
def test_weeks_and_weekends_counted_back(expression, value):
    assert resolved(expression).value == value


def test_the_small_hours_of_a_day_are_its_early_part():
    # "Air strikes hit the city in the early hours of Saturday."
    result = resolved("in the early hours of Saturday", SUNDAY)
    assert result.value == "2016-09-17"
    assert result.end == datetime(2016, 9, 17, 8)


# -- misspellings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, meant",
    [
        ("Mondey", "Monday"),
        ("Septmber 5", "September"),
        ("yestreday", "yesterday"),
        ("two weks ago", "weeks"),
        ("the day befor", "before"),
    ],
)
def test_a_word_one_edit_from_a_date_word_is_refused_with_a_suggestion(expression, meant):
    assert refused(expression).reason.endswith(f'did you mean "{meant}"?')


def test_an_unknown_phrase_gets_no_suggestion():
    assert "did you mean" not in refused("the Apollo 11 mission").reason


# -- precision never grows through an anchor ---------------------------------------------------


def _event(expression: str) -> Resolution:
    return resolved(expression)


def test_two_days_after_a_year_is_that_year_approximately():
    result = resolve_anchored("two days later", _event("1953"), anchor_label="event 'coronation'")
    assert isinstance(result, Resolution)
    assert (result.value, result.granularity, result.approximate) == ("1953", "year", True)
    assert "dated only to 1953" in result.explanation


def test_the_next_day_after_a_month_is_that_month():
    result = resolve_anchored("the next day", _event("in May"), anchor_label="event 'vote'")
    assert isinstance(result, Resolution)
    assert (result.value, result.approximate) == ("2013-05", True)


def test_counting_from_a_vague_reference_is_refused():
    result = resolve_anchored("the next day", _event("recently"), anchor_label="event 'talks'")
    assert isinstance(result, Unresolved)
    assert "vague reference" in result.reason


def test_a_day_anchor_is_counted_from_as_it_is():
    result = resolve_anchored("two days later", _event("2013-03-10"), anchor_label="event 'raid'")
    assert isinstance(result, Resolution)
    assert (result.value, result.approximate) == ("2013-03-12", False)


def test_an_expression_as_coarse_as_its_anchor_is_kept():
    result = resolve_anchored("ten years later", _event("1953"), anchor_label="event 'truce'")
    assert isinstance(result, Resolution)
    assert result.value == "1963"


def test_a_duration_after_a_year_is_no_finer_than_the_year():
    result = resolve_anchored("for five days", _event("1953"), anchor_label="event 'strike'")
    assert isinstance(result, Resolution)
    assert (result.value, result.approximate) == ("1953", True)


# -- fiscal periods and year ranges across a century --------------------------------------------


@pytest.mark.parametrize(
    "expression, value",
    [
        ("the 2013 fiscal year", "2013"),  # "profit for the 2013 fiscal year"
        ("fiscal 2012-13", "2012/2013"),  # "the fiscal 2012-13 budget"
        ("fiscal 2013's second quarter", "2013-Q2"),
        ("1999-00", "1999/2000"),  # "the 1999-00 season"
    ],
)
def test_fiscal_periods_and_seasons_that_cross_a_century(expression, value):
    assert resolved(expression).value == value


@pytest.mark.parametrize("expression", ["at the time", "back then", "weeks ago", "the other day"])
def test_vague_references_to_a_past_moment_are_past_refs(expression):
    # "At the time, no one knew how many had died."
    assert resolved(expression).value == "PAST_REF"


def test_the_1800s_is_the_century_and_the_2000s_the_decade():
    assert resolved("in the 1800s").value == "18"
    assert resolved("the 2000s").value == "200"


@pytest.mark.parametrize(
    "expression, label, years",
    [
        ("the late 1800s", "the late 19th century", (1866, 1900)),
        ("the early 1900s", "the early 20th century", (1900, 1933)),
        ("the mid-19th century", "the mid-19th century", (1833, 1866)),
        ("the late nineteenth century", "the late 19th century", (1866, 1900)),
    ],
)
def test_a_part_of_a_century_keeps_its_part(expression, label, years):
    from tui.dates import describe_span

    result = resolved(expression)
    assert describe_span(result) == label
    assert (result.start.year, result.end.year) == years


def test_a_year_below_1000_is_labelled_in_four_digits():
    from tui.dates import format_label

    assert format_label(resolved("AD 79")) == "AD 79"
    assert format_label(resolved("0079-08-24")) == "Thu 24 Aug AD 79"


def test_a_count_from_a_named_event_says_to_anchor_it_on_that_event():
    result = resolve("two days after the bombing", datetime(1998, 3, 4))
    assert isinstance(result, Unresolved)
    assert result.reason == (
        "counted from 'the bombing', which is not a date: write when 'two days after' with "
        "anchor: set to the id of that event"
    )


def test_a_count_from_a_date_is_still_counted_from_that_date():
    result = resolve("10 days before Christmas", datetime(1998, 3, 4))
    assert isinstance(result, Resolution) and result.value == "1997-12-15"


def test_a_29_february_in_a_year_without_one_says_so_in_words():
    result = resolve("February 29", datetime(2017, 3, 1))
    assert isinstance(result, Unresolved)
    assert result.reason == (
        "that month has no such day in the year it falls in (a 29 February needs its year)"
    )


def test_a_count_too_large_for_the_calendar_is_refused_without_python_s_words():
    result = resolve("99999999999999999999 days ago", datetime(2017, 3, 1))
    assert isinstance(result, Unresolved)
    assert result.reason == "the date falls outside the calendar's years 1 to 9999"


@pytest.mark.parametrize(
    "expression, why",
    [
        ("the following night", "the night of the day after"),
        ("the previous evening", "the evening of the day before"),
    ],
)
def test_a_part_of_the_next_or_previous_day_says_which_part_in_its_explanation(expression, why):
    assert why in resolved(expression).explanation


def test_a_weekday_and_a_day_that_meet_only_far_off_are_refused_as_a_slip():
    # "The vote is Tuesday the 19th." said in a September whose 19th is a Monday
    result = resolve("Tuesday the 19th", FRIDAY, tense="future")
    assert isinstance(result, Unresolved) and "may have slipped" in result.reason
