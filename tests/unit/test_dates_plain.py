"""Dates a new user tried: a weekday written with a date, "the past week", nested relative days.

Each test quotes the kind of sentence the expression comes from; the anchor is an article
published on Sunday 18 September 2016.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tui.core.model import Resolution, Unresolved
from tui.dates import resolve

SUNDAY = datetime(2016, 9, 18)
PUBLICATION = "the source's publication"


def resolved(expression: str, anchor: datetime = SUNDAY) -> Resolution:
    result = resolve(expression, anchor, anchor_label=PUBLICATION)
    assert isinstance(result, Resolution), result
    return result


def refused(expression: str, anchor: datetime = SUNDAY) -> Unresolved:
    result = resolve(expression, anchor, anchor_label=PUBLICATION)
    assert isinstance(result, Unresolved), result
    return result


# -- a weekday written with a date and no year -------------------------------------------------


def test_a_weekday_the_yearless_date_does_not_fall_on_is_refused_with_the_year_chosen():
    # "The ceasefire was due to begin at sunset on Monday 13 September."  (it was a Tuesday)
    assert refused("Monday 13 September").reason == (
        "13 September 2016 is a Tuesday, not a Monday (no year is written: it is the most "
        "recent Sep 13 as of the source's publication on Sun 18 Sep 2016)"
    )


def test_an_american_weekday_and_date_that_disagree_are_refused():
    # "The strikes came on Friday, Sept. 17, the Pentagon said."  (17 September was a Saturday)
    assert "17 September 2016 is a Saturday, not a Friday" in refused("Friday, Sept. 17").reason


@pytest.mark.parametrize(
    "expression, value",
    [
        ("Monday 12 September", "2016-09-12"),  # "talks resumed on Monday 12 September"
        ("Saturday, Sept. 17", "2016-09-17"),  # "airstrikes on Saturday, Sept. 17"
        ("Tues., Sept. 13", "2016-09-13"),  # "on Tues., Sept. 13, aid trucks waited"
        ("Thursday, 22 September", "2016-09-22"),  # "the council will meet Thursday, 22 September"
    ],
)
def test_a_weekday_that_agrees_with_its_yearless_date_keeps_the_date(expression, value):
    assert resolved(expression).value == value


def test_a_time_on_a_weekday_and_date_that_disagree_is_refused_too():
    # "at 10 a.m. Friday, Sept. 17, the convoy left"  (a Saturday)
    assert "is a Saturday, not a Friday" in refused("10 a.m. Friday, Sept. 17").reason


def test_a_yearless_weekday_and_date_read_by_the_fallback_are_checked_as_well():
    # "September 13, Monday: the first full day of the truce"
    assert "is a Tuesday, not a Monday" in refused("September 13, Monday").reason


# -- the past week -------------------------------------------------------------------------------


def test_the_past_week_names_one_calendar_week_in_value_interval_and_words():
    # "Aid convoys have waited at the border for the past week."
    result = resolved("the past week")
    assert result.value == "2016-W37"
    assert (result.start, result.end) == (datetime(2016, 9, 12), datetime(2016, 9, 19))
    assert result.explanation == (
        "the past week → week of Mon 12 Sep 2016: the calendar week (Mon–Sun) holding most of "
        "the seven days before the source's publication on Sun 18 Sep 2016"
    )


def test_the_past_week_said_on_a_thursday_is_the_week_before():
    # Thursday 15 September: four of the seven days before it fall in the week of Mon 5.
    assert resolved("the past week", datetime(2016, 9, 15)).value == "2016-W36"


# -- nested relative days ----------------------------------------------------------------------


def test_the_day_before_yesterday_is_explained_as_two_days_before():
    # "the day before yesterday, rebels shelled the road"
    result = resolved("the day before yesterday")
    assert result.value == "2016-09-16"
    assert result.explanation.endswith(
        ": 2 days before the source's publication on Sun 18 Sep 2016"
    )


def test_the_day_after_tomorrow_is_explained_as_two_days_after():
    # "the vote is the day after tomorrow"
    assert resolved("the day after tomorrow").explanation.endswith(
        ": 2 days after the source's publication on Sun 18 Sep 2016"
    )


def test_the_day_before_a_named_day_reads_as_said():
    # "on the day before last Tuesday, the convoy was stopped"
    assert resolved("the day before last Tuesday").explanation.endswith(
        ": the day before the Tuesday before the source's publication on Sun 18 Sep 2016"
    )


def test_yesterday_is_explained_as_the_day_before():
    # "Russia's defence ministry said yesterday the strikes killed 62 soldiers"
    assert resolved("early yesterday").explanation.endswith(
        ": the early part of the day before the source's publication on Sun 18 Sep 2016"
    )


# -- parts of the day and counted hours ---------------------------------------------------------


@pytest.mark.parametrize(
    "expression, value",
    [
        (
            "Saturday night, Sept. 17",
            "2016-09-17TNI",
        ),  # "the strikes late Saturday night, Sept. 17"
        ("Monday morning, Sept. 12", "2016-09-12TMO"),  # "the truce began Monday morning, Sept. 12"
        ("late last night", "2016-09-17TNI"),  # "the council met late last night"
        ("the night before last", "2016-09-16TNI"),  # "shelling the night before last"
        ("some time last week", "2016-W36"),  # "the convoy was looted some time last week"
    ],
)
def test_a_part_of_a_named_or_relative_day_is_kept(expression, value):
    assert resolved(expression).value == value


def test_a_weekday_with_its_part_of_the_day_is_still_checked_against_the_date():
    # "on Friday night, Sept. 17"  (a Saturday)
    assert "is a Saturday, not a Friday" in refused("Friday night, Sept. 17").reason


def test_forty_eight_hours_ago_is_two_days_back_not_the_anchor_day():
    # "The ceasefire was agreed 48 hours ago."
    assert resolved("48 hours ago").value == "2016-09-16"
    assert resolved("24 hours later").value == "2016-09-19"


def test_a_count_of_hours_between_two_days_is_approximate():
    # "the fighting stopped 36 hours ago"
    result = resolved("36 hours ago")
    assert result.approximate and result.value == "2016-09-16"


def test_last_with_a_date_says_the_word_chose_the_year_not_the_sentence():
    # "the talks that broke down last Oct. 23"
    result = resolved("last Oct. 23")
    assert result.value == "2015-10-23"
    assert result.explanation.endswith(", as 'last' looks back")


@pytest.mark.parametrize(
    "expression, value",
    [
        ("the evening of Sept. 17", "2016-09-17TEV"),  # "on the evening of Sept. 17, jets struck"
        ("on the night of September 16", "2016-09-16TNI"),  # "on the night of September 16"
        ("two nights ago", "2016-09-16TNI"),  # "two nights ago, the shelling resumed"
        ("a week before Saturday", "2016-09-10"),  # "a week before Saturday's strike"
    ],
)
def test_a_part_or_a_count_of_a_named_day_places_it(expression, value):
    assert resolved(expression).value == value


def test_a_part_of_a_yearless_date_with_the_wrong_weekday_is_refused():
    # "on the night of Friday, Sept. 17"  (a Saturday)
    assert "is a Saturday, not a Friday" in refused("the night of Friday, Sept. 17").reason


def test_hours_counted_from_a_publication_time_land_on_the_day_they_reach():
    # "Twelve hours ago the convoy was still at the border", published at 10:00
    result = resolved("12 hours ago", datetime(2016, 9, 18, 10, 0))
    assert result.value == "2016-09-17" and not result.approximate
    assert result.explanation.endswith(
        "12 hours before the source's publication on Sun 18 Sep 2016 at 10:00"
    )
