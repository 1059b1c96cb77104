"""The resolver: news date expressions resolved against an explicit anchor, each with its reason."""

from __future__ import annotations

from datetime import datetime

import pytest

from tui.core.model import Resolution, Unresolved
from tui.dates import describe_range, find_expressions, format_label, resolve
from tui.dates.tense import tense_of

SUNDAY = datetime(2016, 9, 18)  # the bundled article's publication
STRIKE = datetime(2016, 9, 17)


def value(
    expression: str, anchor: datetime = SUNDAY, label: str = "the source's publication"
) -> str:
    result = resolve(expression, anchor, anchor_label=label)
    assert isinstance(result, Resolution), result
    return result.value


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("Saturday", "2016-09-17"),  # killed around 60 Syrian soldiers on Saturday
        ("on Monday", "2016-09-12"),  # It began on Monday
        ("since Monday", "2016-09-12/2016-09-18"),  # from then to the article
        ("last Friday", "2016-09-16"),
        ("Sunday", "2016-09-18"),  # the anchor's own weekday is that same day
        ("next Tuesday", "2016-09-20"),
    ],
)
def test_weekdays_in_a_sunday_article(expression, expected):
    assert value(expression) == expected


def test_a_bare_weekday_the_day_after_the_anchor_is_tomorrow():
    assert value("Tuesday", datetime(2000, 4, 3)) == "2000-04-04"


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("this morning", "2016-09-18TMO"),
        ("last night", "2016-09-17TNI"),
        ("tonight", "2016-09-18TNI"),
        ("Saturday night", "2016-09-17TNI"),
        ("early Sunday", "2016-09-18"),
        ("late Saturday", "2016-09-17"),
        ("overnight", "2016-09-17TNI"),  # before a Sunday publication: Saturday night
    ],
)
def test_parts_of_the_day_and_night(expression, expected):
    assert value(expression) == expected


def test_overnight_after_the_strike_is_the_night_of_the_strike():
    assert value("overnight", STRIKE, "event 'strike'") == "2016-09-17TNI"


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("today", "2016-09-18"),
        ("yesterday", "2016-09-17"),
        ("tomorrow", "2016-09-19"),
        ("five days ago", "2016-09-13"),
        ("10 days ago", "2016-09-08"),
    ],
)
def test_days_counted_from_the_publication(expression, expected):
    assert value(expression) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("the next day", "2016-09-18"),
        ("the day before", "2016-09-16"),
        ("two days later", "2016-09-19"),
        ("hours later", "2016-09-17"),
    ],
)
def test_days_counted_from_an_anchor_event(expression, expected):
    assert value(expression, STRIKE, "event 'strike'") == expected


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("last week", SUNDAY, "2016-W36"),
        ("this month", SUNDAY, "2016-09"),
        ("in March", SUNDAY, "2016-03"),
        ("June", datetime(1998, 3, 4), "1998-06"),  # a month three ahead is the coming one
        ("October", datetime(1998, 1, 8), "1997-10"),
        ("early December", datetime(2000, 1, 7), "1999-12"),
        ("last summer", datetime(1998, 2, 6), "1997-SU"),
        ("the third quarter", datetime(1989, 11, 2), "1989-Q3"),
        ("the latest quarter", datetime(1989, 11, 2), "1989-Q3"),
        ("fiscal 1998", SUNDAY, "1998"),
        ("2016", SUNDAY, "2016"),
        ("the 1990s", SUNDAY, "199"),
        ("last year", datetime(1998, 2, 19), "1997"),
        ("six weeks ago", datetime(1998, 3, 1), "1998-W03"),
        ("the weekend", datetime(1990, 8, 13), "1990-W32-WE"),
        ("the first half of 1990", SUNDAY, "1990-H1"),
        ("the 20th century", SUNDAY, "19"),
        ("by the end of the month", datetime(1990, 8, 13), "1990-08"),
        ("the end of the week", datetime(1990, 8, 13), "1990-W33"),
        ("the week after next", SUNDAY, "2016-W39"),
        ("the week before last", SUNDAY, "2016-W35"),
        ("the month after next", SUNDAY, "2016-11"),
        ("a fortnight ago", SUNDAY, "2016-09-04"),
    ],
)
def test_weeks_months_quarters_seasons_years_and_decades(expression, anchor, expected):
    assert value(expression, anchor) == expected


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("this winter", datetime(2016, 2, 10), "2015-WI"),
        ("this winter", datetime(2016, 10, 5), "2016-WI"),
        ("last winter", datetime(2016, 2, 10), "2014-WI"),
        ("last winter", datetime(2016, 4, 10), "2015-WI"),
        ("last summer", datetime(2016, 7, 20), "2015-SU"),
        ("this past summer", datetime(2016, 9, 10), "2016-SU"),
        ("next winter", datetime(2016, 2, 10), "2016-WI"),
        ("next summer", datetime(2016, 7, 20), "2017-SU"),
    ],
)
def test_a_season_is_counted_from_the_one_under_way(expression, anchor, expected):
    assert value(expression, anchor) == expected


@pytest.mark.parametrize(
    "expression, start, end",
    [
        ("earlier this month", datetime(2016, 9, 1), datetime(2016, 9, 18)),
        ("earlier this year", datetime(2016, 1, 1), datetime(2016, 9, 18)),
        ("later this year", datetime(2016, 9, 19), datetime(2017, 1, 1)),
        ("later this month", datetime(2016, 9, 19), datetime(2016, 10, 1)),
        ("earlier in the year", datetime(2016, 1, 1), datetime(2016, 9, 18)),
    ],
)
def test_earlier_and_later_in_the_anchors_period_run_to_and_from_its_day(expression, start, end):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and (result.start, result.end) == (start, end)


@pytest.mark.parametrize(
    "expression, anchor",
    [
        ("later this week", datetime(2016, 9, 18)),
        ("earlier this week", datetime(2016, 9, 12)),
        ("earlier this month", datetime(2016, 9, 1)),
        ("later this year", datetime(2016, 12, 31)),
    ],
)
def test_earlier_or_later_in_a_period_whose_edge_is_the_anchors_day_is_refused(expression, anchor):
    result = resolve(expression, anchor)
    assert isinstance(result, Unresolved) and "none of it is" in result.reason


def test_later_this_winter_is_labelled_by_its_days_in_the_winter_it_belongs_to():
    result = resolve("later this winter", datetime(2016, 1, 10))
    assert isinstance(result, Resolution) and result.value == "2015-WI"
    assert format_label(result) == "Mon 11 Jan 2016 – Mon 29 Feb 2016 (winter 2015)"


def test_the_last_day_of_a_week_later_than_the_anchor_is_labelled_as_one_day():
    result = resolve("later this week", datetime(2016, 9, 17))
    assert isinstance(result, Resolution) and format_label(result) == "Sun 18 Sep 2016"


def test_a_number_after_the_without_an_ordinals_suffix_is_no_day_of_the_month():
    assert isinstance(resolve("the 12", SUNDAY), Unresolved)


def test_a_range_of_months_across_new_year_says_it_runs_forward():
    result = resolve("from October to March", datetime(2016, 9, 10))
    assert isinstance(result, Resolution) and result.value == "2016-10/2017-03"
    assert "sentence" not in result.explanation


def test_earlier_this_year_is_labelled_by_its_days_not_as_the_years_early_part():
    result = resolve("earlier this year", SUNDAY)
    assert isinstance(result, Resolution)
    assert format_label(result) == "Fri 1 Jan 2016 – Sat 17 Sep 2016"


def test_later_in_a_year_that_does_not_hold_the_anchor_is_its_late_third():
    result = resolve("later last year", SUNDAY)
    assert isinstance(result, Resolution) and result.start == datetime(2015, 9, 1)
    assert format_label(result) == "late 2015"


@pytest.mark.parametrize(
    "expression, tense, expected",
    [
        ("the 25th", None, "2016-08-25"),
        ("on the 5th", None, "2016-09-05"),
        ("the 20th", "future", "2016-09-20"),
        ("the 18th", "past", "2016-09-18"),
        ("the 31st", "future", "2016-10-31"),
    ],
)
def test_a_day_of_the_month_alone_is_the_most_recent_or_by_the_tense_the_next(
    expression, tense, expected
):
    result = resolve(expression, SUNDAY, tense=tense)
    assert isinstance(result, Resolution) and result.value == expected


def test_a_day_of_the_month_alone_skips_months_too_short_to_hold_it():
    result = resolve("the 31st", datetime(2016, 5, 5))
    assert isinstance(result, Resolution) and result.value == "2016-03-31"


def test_late_winter_in_february_is_the_end_of_the_winter_under_way_not_next_years():
    result = resolve("late winter", datetime(2016, 2, 10))
    assert isinstance(result, Resolution) and result.value == "2015-WI"
    assert result.end == datetime(2016, 3, 1)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The river froze in winter.", "2015-WI"),
        ("The bridge will open in winter.", "2016-WI"),
        ("The harvest came in summer.", "2015-SU"),
        ("The harvest will come in summer.", "2016-SU"),
    ],
)
def test_a_bare_season_that_is_not_under_way_is_chosen_by_the_sentences_tense(sentence, expected):
    season = "winter" if "winter" in sentence else "summer"
    at = sentence.index(season)
    tense = tense_of(sentence, at, at + len(season))
    result = resolve(season, datetime(2016, 5, 10), tense=tense)
    assert isinstance(result, Resolution) and result.value == expected


def test_a_season_of_a_year_in_words_is_found_whole():
    found = find_expressions("the level we saw in the winter of nineteen ninety-four")
    assert [f.text for f in found] == ["winter of nineteen ninety-four"]


def test_late_this_winter_in_february_is_this_winters_end():
    result = resolve("late this winter", datetime(2016, 2, 10))
    assert isinstance(result, Resolution)
    assert (result.start, result.end) == (datetime(2016, 1, 30), datetime(2016, 3, 1))


@pytest.mark.parametrize(
    "expression",
    [
        "nearly a week ago",
        "about three years ago",
        "around 2015",
        "almost four years ago",
        "roughly a month ago",
        "more than a year ago",
    ],
)
def test_hedges_make_a_date_approximate(expression):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.approximate
    assert format_label(result).startswith("~")


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("already", "PRESENT_REF"),
        ("in the past", "PAST_REF"),
        ("in the future", "FUTURE_REF"),
        ("a few years ago", "PAST_REF"),
        ("as soon as possible", "FUTURE_REF"),
    ],
)
def test_vague_references_are_not_dressed_up_as_dates(expression, expected):
    assert value(expression) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("2016-09-17", "2016-09-17"),
        ("Sept. 12", "2016-09-12"),
        ("17 September 2016", "2016-09-17"),
        ("March 22, 2013", "2013-03-22"),
        ("12:30 p.m. Saturday", "2016-09-17T12:30"),
        ("September 2016", "2016-09"),
        ("2016-09-17T08:30", "2016-09-17T08:30"),
        ("2016-09-12/2016-09-17", "2016-09-12/2016-09-17"),
        ("nineteen ninety-six", "1996"),
    ],
)
def test_explicit_dates_and_times(expression, expected):
    assert value(expression) == expected


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("Thanksgiving Day", datetime(2000, 1, 7), "1999-11-25"),  # the last one, six weeks before
        ("Election Day", datetime(1998, 10, 26), "1998-11-03"),  # the coming one, a week ahead
        ("last Christmas", SUNDAY, "2015-12-25"),
        ("Easter", datetime(2016, 3, 1), "2016-03-27"),
        ("New Year's Eve", SUNDAY, "2016-12-31"),  # three months ahead: the coming one
        ("Labor Day", SUNDAY, "2016-09-05"),
        ("Black Friday", datetime(2024, 12, 1), "2024-11-29"),  # the day after Thanksgiving
    ],
)
def test_holidays_are_found_in_the_right_year(expression, anchor, expected):
    assert value(expression, anchor) == expected


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("the week of March 6", datetime(2000, 2, 24), "2000-W10"),
        ("Easter week", datetime(2000, 4, 17), "2000-W16"),
        ("day before last Tuesday", datetime(2000, 2, 24), "2000-02-21"),
        ("two days after Christmas", datetime(2016, 12, 30), "2016-12-27"),
        ("this coming Sunday, March eighth", datetime(1998, 3, 5), "1998-03-08"),
        ("Friday's", datetime(1999, 3, 12), "1999-03-12"),
        ("4 in the morning", SUNDAY, "2016-09-18T04:00"),
        ("10 p.m", SUNDAY, "2016-09-18T22:00"),
        ("the last half of 1989", SUNDAY, "1989-H2"),
        ("the year-ago period", datetime(1989, 10, 26), "1988-Q3"),
    ],
)
def test_days_and_weeks_named_through_another_date(expression, anchor, expected):
    assert value(expression, anchor) == expected


def test_last_and_next_christmas_on_christmas_day_are_a_year_away():
    christmas = datetime(2016, 12, 25)
    assert [value(e, christmas) for e in ("last Christmas", "Christmas", "next Christmas")] == [
        "2015-12-25",
        "2016-12-25",
        "2017-12-25",
    ]


def test_the_past_week_is_the_calendar_week_holding_most_of_the_seven_days_before():
    result = resolve("the past week", datetime(2000, 4, 14))  # a Friday: mostly this ISO week
    assert result.value == "2000-W15"
    assert (result.start, result.end) == (datetime(2000, 4, 10), datetime(2000, 4, 17))
    assert "the calendar week (Mon–Sun) holding most of the seven days" in result.explanation
    assert resolve("last week", datetime(2000, 4, 14)).value == "2000-W14"


def test_a_decade_narrowed_by_early_or_late_keeps_its_name():
    result = resolve("the late 1970s", SUNDAY)
    assert result.value == "197" and "→ the late 1970s:" in result.explanation


@pytest.mark.parametrize(
    "expression, label",
    [
        ("early December", "early Dec 2016"),
        ("mid-December", "mid-Dec 2016"),
        ("by the end of the month", "late Sep 2016"),
        ("late 2015", "late 2015"),
        ("early this week", "early in the week of Mon 12 Sep 2016"),
        ("December", "Dec 2016"),
        ("the middle of the week", "the middle of the week of Mon 12 Sep 2016"),
        ("the past week", "week of Mon 12 Sep 2016"),  # most of the seven days before
    ],
)
def test_labels_say_which_part_early_mid_or_late_picks_out(expression, label):
    assert format_label(resolve(expression, SUNDAY)) == label


def test_a_header_range_takes_the_outer_days_of_intervals_and_says_one_day_once():
    interval = resolve("2016-09-12/2016-09-17", SUNDAY)
    christmas = resolve("2024-12-25", SUNDAY)
    assert describe_range(interval, christmas) == "Mon 12 Sep 2016 – Wed 25 Dec 2024"
    assert describe_range(christmas, interval) == "Wed 25 Dec 2024 – Sat 17 Sep 2016"
    assert describe_range(christmas, christmas) == "Wed 25 Dec 2024"


def test_a_header_range_ending_on_a_week_ends_on_its_last_day():
    thursday = resolve("Thursday", THURSDAY_16_AUG_1990)
    week = resolve("this week", THURSDAY_16_AUG_1990)
    assert describe_range(resolve("Aug. 2", THURSDAY_16_AUG_1990), week) == (
        "Thu 2 Aug 1990 – Sun 19 Aug 1990"
    )
    assert describe_range(week, thursday) == "Mon 13 Aug 1990 – Thu 16 Aug 1990"
    assert describe_range(week, week) == "week of Mon 13 Aug 1990"


THURSDAY_16_AUG_1990 = datetime(1990, 8, 16)


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("last weekend", SUNDAY, "2016-W36-WE"),  # said on a weekend: the one before
        (
            "last weekend",
            datetime(2016, 9, 19),
            "2016-W37-WE",
        ),  # said on Monday: the one just ended
        ("this weekend", SUNDAY, "2016-W37-WE"),
        ("this weekend", datetime(2016, 9, 14), "2016-W37-WE"),  # said on Wednesday: the coming one
        ("this coming weekend", datetime(2016, 9, 14), "2016-W37-WE"),
        ("the weekend", datetime(2016, 9, 14), "2016-W36-WE"),
        ("next weekend", SUNDAY, "2016-W38-WE"),
    ],
)
def test_weekends_said_on_a_weekend_or_a_weekday(expression, anchor, expected):
    assert value(expression, anchor) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("Saturday at 10 p.m.", "2016-09-17T22:00"),
        ("Sept. 12 at noon", "2016-09-12T12:00"),
    ],
)
def test_a_day_then_at_and_a_time(expression, expected):
    assert value(expression) == expected


def test_a_decade_ago_is_about_ten_years_back_not_the_previous_decade():
    result = resolve("a decade ago", SUNDAY)
    assert (result.value, result.approximate) == ("2006", True)
    assert value("the last decade", SUNDAY) == "200"


WEDNESDAY = datetime(2016, 9, 21)


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("5:30 Monday evening", "2016-09-19T17:30"),
        ("2:30 this afternoon", "2016-09-21T14:30"),
        ("at 10:30 Tuesday night", "2016-09-20T22:30"),
        ("6:15 tonight", "2016-09-21T18:15"),
        ("12:30 Tuesday afternoon", "2016-09-20T12:30"),
        ("9:30 Monday morning", "2016-09-19T09:30"),
        ("17:30 Monday evening", "2016-09-19T17:30"),
    ],
)
def test_a_clock_time_with_minutes_is_read_in_the_part_of_the_day_after_it(expression, expected):
    assert value(expression, WEDNESDAY) == expected


@pytest.mark.parametrize("expression", ["12:15 tonight", "2:30 Friday night"])
def test_a_night_time_that_may_fall_after_midnight_is_refused_with_why(expression):
    result = resolve(expression, WEDNESDAY)
    assert isinstance(result, Unresolved) and "after midnight" in result.reason


def test_the_21st_of_last_month_is_that_day_of_the_month_before():
    assert value("the 21st of last month", WEDNESDAY) == "2016-08-21"
    found = find_expressions("Britain voted on the 21st of last month.")
    assert [f.text for f in found] == ["on the 21st of last month"]


def test_overnight_and_a_weekday_is_refused_as_either_night():
    result = resolve("overnight Monday", WEDNESDAY)
    assert isinstance(result, Unresolved) and "the night before Monday or the night after" in (
        result.reason
    )


def test_midnight_friday_is_explained_as_the_end_of_friday():
    result = resolve("midnight Friday", SUNDAY)
    assert (
        result.value == "2016-09-16T24"
        and "midnight at the end of the Friday" in result.explanation
    )


def test_the_part_of_a_month_is_whole_days():
    result = resolve("early December", SUNDAY)
    assert (result.start, result.end) == (datetime(2016, 12, 1), datetime(2016, 12, 12))
    late_week = resolve("late last week", SUNDAY)
    assert (late_week.start, late_week.end) == (
        datetime(2016, 9, 9),
        datetime(2016, 9, 12),
    )  # Fri–Sun


@pytest.mark.parametrize("expression", ["2016-09-17?", "2016-09~", "2016%"])
def test_edtf_qualifiers_mark_a_date_approximate(expression):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.approximate


@pytest.mark.parametrize("expression", ["2024-02-30", "Feb. 30, 2024", "on June 31", "2016-13-01"])
def test_a_day_the_calendar_lacks_is_called_that(expression):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Unresolved) and result.reason.startswith("there is no such day")


def test_a_numeric_date_that_reads_two_ways_is_refused_with_both_readings():
    result = resolve("12/11/2016", SUNDAY)
    assert isinstance(result, Unresolved)
    assert "2016-11-12 (day first)" in result.reason and "2016-12-11 (month first)" in result.reason
    assert value("31/12/2016") == value("12/31/2016") == "2016-12-31"


def test_the_interval_of_a_day_is_that_whole_day():
    result = resolve("Saturday", SUNDAY)
    assert (result.start, result.end) == (datetime(2016, 9, 17), datetime(2016, 9, 18))


def test_the_explanation_says_how_the_date_was_found():
    result = resolve("Saturday", SUNDAY, anchor_label="the source's publication")
    assert result.explanation == (
        "Saturday → Sat 17 Sep 2016: the Saturday before "
        "the source's publication on Sun 18 Sep 2016"
    )


@pytest.mark.parametrize("expression", ["when pigs fly", "", "the 45th of Smarch", "2016-13-45"])
def test_what_cannot_be_resolved_says_why_instead_of_guessing(expression):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Unresolved) and result.reason


def test_labels_follow_the_granularity():
    assert format_label(resolve("Saturday", SUNDAY)) == "Sat 17 Sep 2016"
    assert format_label(resolve("September 2016", SUNDAY)) == "Sep 2016"
    assert format_label(resolve("Saturday night", SUNDAY)) == "Sat 17 Sep 2016, night"
    assert format_label(None) == "undated"


def test_finding_expressions_in_an_article_does_not_read_we_as_wednesday():
    text = "We said the strike on Saturday was a mistake, and we regret it. It began on Monday."
    assert [f.text for f in find_expressions(text)] == ["on Saturday", "on Monday"]


def test_finding_does_not_take_may_the_verb_for_a_month():
    assert [f.text for f in find_expressions("Officials may meet in May.")] == ["May"]


def test_now_is_explained_as_the_present_of_the_publication():
    result = resolve("now", SUNDAY, anchor_label="the source's publication")
    assert isinstance(result, Resolution)
    assert result.explanation.endswith(
        "a vague reference to the present of the source's publication on Sun 18 Sep 2016, "
        "not a date"
    )


@pytest.mark.parametrize(
    ("expression", "label"),
    [
        ("2016-09-12T14:05 to 2016-09-12T16:00", "Mon 12 Sep 2016, 14:05 – 16:00"),
        ("2016-09-12T14:05 to 2016-09-17", "Mon 12 Sep 2016, 14:05 – Sat 17 Sep 2016"),
        ("2016-09-12/2016-09-17", "Mon 12 Sep 2016 – Sat 17 Sep 2016"),
    ],
)
def test_an_interval_is_labelled_from_its_first_to_its_last_day_with_the_times_it_gives(
    expression, label
):
    assert format_label(resolve(expression, SUNDAY)) == label


@pytest.mark.parametrize(
    "expression, anchor, expected",
    [
        ("this past Friday", datetime(2016, 9, 15), "2016-09-09"),
        ("this past Monday", datetime(2016, 9, 18), "2016-09-12"),
    ],
)
def test_this_past_weekday_is_the_one_before_publication(expression, anchor, expected):
    assert value(expression, anchor) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("the following year", "2017"),
        ("the preceding year", "2015"),
        ("the previous March", "2016-03"),
        ("the following March", "2017-03"),
        ("the previous summer", "2015-SU"),
        ("the following spring", "2017-SP"),
        ("the prior Tuesday", "2016-05-31"),
    ],
)
def test_the_following_or_previous_year_season_month_or_weekday_counts_from_its_anchor(
    expression, expected
):
    assert value(expression, datetime(2016, 6, 3), "event 'summit'") == expected


@pytest.mark.parametrize(
    ("expression", "label"),
    [
        ("from 1990 to May 1999", "1990 – May 1999"),
        ("from 1990 to May 7, 1999", "1990 – Fri 7 May 1999"),
        ("between 1982 and 1992", "1982 – 1992"),
        ("from Monday to Friday", "Mon 3 May 1999 – Fri 7 May 1999"),
    ],
)
def test_a_span_s_label_gives_each_end_as_finely_as_it_was_written(expression, label):
    result = resolve(expression, datetime(1999, 5, 7))
    assert isinstance(result, Resolution) and format_label(result) == label


def test_a_fortnight_and_the_week_after_next_are_found_in_running_text():
    found = find_expressions("They met a fortnight ago and will meet again the week after next.")
    assert [f.text for f in found] == ["a fortnight ago", "the week after next"]


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("the 4th Sunday in September", "2016-09-25"),
        ("the 3rd Saturday in September", "2016-09-17"),
        ("the 2nd Friday in September 2016", "2016-09-09"),
        ("the second Tuesday of August", "2016-08-09"),
        ("the last Friday of August", "2016-08-26"),
        ("the Monday before last", "2016-09-05"),
        ("the Monday after next", "2016-09-26"),
        ("Friday the 13th", "2016-05-13"),
    ],
)
def test_weekdays_counted_in_a_month_or_from_another_week(expression, expected):
    assert value(expression) == expected


def test_a_month_without_that_many_of_a_weekday_is_refused_saying_so():
    result = resolve("the 5th Monday in September", SUNDAY)
    assert isinstance(result, Unresolved)
    assert result.reason == "September 2016 has no 5th Monday"


def test_weekdays_counted_in_a_month_are_found_whole_in_running_text():
    found = find_expressions(
        "The council met on the second Tuesday of August and on Friday the 13th."
    )
    assert [f.text for f in found] == ["the second Tuesday of August", "on Friday the 13th"]


@pytest.mark.parametrize("expression", ["fiscal 2016", "FY2016", "the fiscal third quarter"])
def test_a_fiscal_period_is_placed_as_the_calendars_but_marked_approximate(expression):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.approximate
    assert "a fiscal year's months are its keeper's" in result.explanation


def test_the_past_year_is_the_calendar_year_before_marked_approximate():
    result = resolve("in the past year", SUNDAY)
    assert isinstance(result, Resolution) and (result.value, result.approximate) == ("2015", True)


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("from Nov. to Feb.", "2016-11/2017-02"),
        ("between December and February", "2016-12/2017-02"),
        ("from October to March", "2016-10/2017-03"),
    ],
)
def test_a_range_of_months_without_years_runs_on_across_new_year(expression, expected):
    assert value(expression) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("between April and June 2020", "2020-04/2020-06"),
        ("April to June 2020", "2020-04/2020-06"),
        ("from November to February 2021", "2020-11/2021-02"),
        ("from March 3 to June 5, 2019", "2019-03-03/2019-06-05"),
    ],
)
def test_a_range_whose_end_writes_the_year_starts_in_that_year(expression, expected):
    assert value(expression) == expected


def test_a_bad_day_in_a_range_is_not_blamed_on_29_february():
    result = resolve("Sept. 5-40", SUNDAY)
    assert isinstance(result, Unresolved) and "29 February" not in result.reason


def test_two_weeks_ago_tuesday_is_refused_with_both_readings_not_read_as_two_weeks_ago():
    result = resolve("two weeks ago Tuesday", SUNDAY)
    assert isinstance(result, Unresolved) and "reads two ways" in result.reason
    found = find_expressions("The mayor returned two weeks ago Tuesday.")
    assert [f.text for f in found] == ["two weeks ago Tuesday"]


def test_the_nth_weekday_of_the_anchors_month_told_in_the_past_is_last_years():
    sentence = "They met on the 4th Sunday in September."
    at = sentence.index("the 4th")
    tense = tense_of(sentence, at, sentence.index("."))
    assert value_with_tense("the 4th Sunday in September", tense) == "2015-09-27"


def value_with_tense(expression: str, tense: str | None) -> str:
    result = resolve(expression, SUNDAY, tense=tense)
    assert isinstance(result, Resolution), result
    return result.value


def test_two_decades_on_end_are_one_stretch_and_two_apart_are_two_times():
    assert value("the late 1980s and early 1990s") == "198/199"
    found = find_expressions("Prices rose in the 1960s and 1980s.")
    assert [f.text for f in found] == ["the 1960s", "1980s"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Theresa May resigned on Tuesday.",
        "Mrs. May met the Queen on Tuesday.",
        "May will travel to Brussels on Tuesday.",
        "April Ryan asked the first question on Tuesday.",
        "The crowd cheered when June Carter sang on Tuesday.",
        "Markets crashed on Black Monday on Tuesday.",
        "The Sunday Times reported the story on Tuesday.",
    ],
)
def test_a_month_or_weekday_that_is_a_word_of_a_name_is_not_a_date(sentence):
    assert [f.text for f in find_expressions(sentence)] == ["on Tuesday"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("President Clinton Tuesday vetoed the bill.", "Tuesday"),
        ("The index fell in Tokyo Monday.", "Monday"),
        ("Also Friday, the mayors flew to Washington.", "Friday"),
        ("Last May Smith won the seat.", "Last May"),
        ("The vote is set for the June Democratic primary.", "June"),
    ],
)
def test_a_month_or_weekday_beside_a_capitalised_word_is_still_a_date(sentence, expected):
    assert [f.text for f in find_expressions(sentence)] == [expected]


MONDAY_29_FEB = datetime(2016, 2, 29)


@pytest.mark.parametrize(
    "expression, expected",
    [("this Friday", "2016-03-04"), ("this Sunday", "2016-03-06"), ("this Monday", "2016-02-29")],
)
def test_this_and_a_weekday_still_to_come_in_the_week_is_that_day(expression, expected):
    result = resolve(expression, MONDAY_29_FEB)
    assert isinstance(result, Resolution) and result.value == expected


def test_this_and_a_weekday_already_gone_is_refused_when_no_tense_says_which():
    result = resolve("this Monday", datetime(2016, 3, 2))
    assert isinstance(result, Unresolved) and "tense does not say" in result.reason


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("He resigned this Monday.", "this Monday", "2016-02-29"),
        ("Leaders will meet at the weekend.", "the weekend", "2016-W09-WE"),
        ("Protests erupted this weekend.", "this weekend", "2016-W08-WE"),
        ("She was born March 21.", "March 21", "2015-03-21"),
        ("The conference was held March 3-5.", "March 3-5", "2015-03-03/2015-03-05"),
        ("The hearing is Thursday.", "Thursday", "2016-03-03"),
        ("The festival is held in June.", "June", "2016-06"),
    ],
)
def test_the_verb_just_before_a_date_gives_its_tense(sentence, expression, expected):
    at = sentence.index(expression)
    result = resolve(
        expression, datetime(2016, 3, 2), tense=tense_of(sentence, at, at + len(expression))
    )
    assert isinstance(result, Resolution) and result.value == expected


@pytest.mark.parametrize(
    "expression, expected",
    [("a week from Tuesday", "2016-03-08"), ("two weeks from today", "2016-03-14")],
)
def test_a_count_of_weeks_from_a_day_is_counted_from_that_day(expression, expected):
    result = resolve(expression, MONDAY_29_FEB)
    assert isinstance(result, Resolution) and result.value == expected


def test_a_week_from_a_weekday_is_found_whole_in_running_text():
    found = find_expressions("The strike will end a week from Tuesday.")
    assert [f.text for f in found] == ["a week from Tuesday"]


def test_the_night_before_is_the_night_of_the_day_before():
    result = resolve("the night before", MONDAY_29_FEB)
    assert isinstance(result, Resolution) and result.value == "2016-02-28TNI"


def test_the_night_before_a_named_day_is_not_found_as_the_night_before_alone():
    found = find_expressions("The night before Christmas was cold.")
    assert [f.text for f in found] == ["Christmas"]


def test_some_day_is_a_time_to_come_not_an_approximate_day():
    result = resolve("some day", MONDAY_29_FEB)
    assert isinstance(result, Resolution) and result.value == "FUTURE_REF"


def test_a_minus_sign_inside_a_written_date_is_refused_not_dropped():
    result = resolve("Jan 1 -5000", MONDAY_29_FEB)
    assert isinstance(result, Unresolved) and "minus sign" in result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The planned March 3 vote will go ahead.",
        "The scheduled March 3 vote was moved.",
        "A hundred March 3 protesters.",
    ],
)
def test_a_participle_that_is_an_adjective_before_a_date_gives_no_tense(sentence):
    at = sentence.index("March 3")
    assert tense_of(sentence, at, at + len("March 3")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Fires broke out on the 3rd and 4th floors of the building.",
        "Art from the 18th and 19th centuries was stolen.",
        "The team finished on the 3rd in the league table.",
    ],
)
def test_an_ordinal_a_noun_may_follow_is_not_a_day_of_the_month(sentence):
    assert find_expressions(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sales fell in April, according to Reuters. May was better.", ["April", "May"]),
        ("Exports dropped in April. June was flat, Smith said.", ["April", "June"]),
        ("Orders for May increased 3 percent.", ["May"]),
        ("Beginning May, prices will rise.", ["May"]),
    ],
)
def test_a_month_after_a_sentences_end_or_a_date_word_is_still_a_date(sentence, expected):
    assert [f.text for f in find_expressions(sentence)] == expected


def test_a_quarters_figures_told_as_in_are_for_a_quarter_that_is_over():
    sentence = "Harlow said its third-quarter profit rose 18 percent."
    at = sentence.index("third-quarter")
    tense = tense_of(sentence, at, at + len("third-quarter"))
    result = resolve("third-quarter", datetime(2024, 2, 29), tense=tense)
    assert isinstance(result, Resolution) and result.value == "2023-Q3"


def test_the_same_quarter_a_year_earlier_counts_from_the_quarter_told_before():
    from tui.dates import resolve_anchored

    told = resolve("the third quarter", datetime(2023, 11, 1))
    assert isinstance(told, Resolution)
    same = resolve_anchored("the same quarter", told)
    year_before = resolve_anchored("the same quarter a year earlier", told)
    assert isinstance(same, Resolution) and isinstance(year_before, Resolution)
    assert (same.value, year_before.value) == ("2023-Q3", "2022-Q3")


@pytest.mark.parametrize(
    "sentence, expression, anchor, expected",
    [
        (
            "The trial will run Monday through Wednesday.",
            "Monday through Wednesday",
            datetime(2016, 2, 29),
            "2016-02-29/2016-03-02",
        ),
        (
            "If the vote happens Tuesday, the bill will pass.",
            "Tuesday",
            MONDAY_29_FEB,
            "2016-03-01",
        ),
        ("He said in May that he might resign.", "May", MONDAY_29_FEB, "2015-05"),
        ("The shop is closed until Friday.", "until Friday", MONDAY_29_FEB, "2016-03-04"),
        ("The rule takes effect on the 1st.", "the 1st", MONDAY_29_FEB, "2016-03-01"),
    ],
)
def test_the_sentences_tense_reaches_ranges_conditions_and_schedules(
    sentence, expression, anchor, expected
):
    at = sentence.index(expression)
    tense = tense_of(sentence, at, at + len(expression))
    result = resolve(expression, anchor, tense=tense)
    assert isinstance(result, Resolution) and result.value == expected


AUGUST_2024 = datetime(2024, 8, 20)


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("Hamas's Oct. 7 attack killed about 1,200 people.", "Oct. 7", "2023-10-07"),
        ("The Nov. 13 attacks in Paris killed 130 people.", "Nov. 13", "2023-11-13"),
        ("Since the Nov. 13 attacks, security has been tight.", "Nov. 13", "2023-11-13"),
        ("Security has been tight since Nov. 13.", "since Nov. 13", "2023-11-13/2024-08-20"),
        ("The Nov. 5 vote on the budget will decide it.", "Nov. 5", "2024-11-05"),
    ],
)
def test_a_day_that_names_a_past_happening_is_the_last_such_day(sentence, expression, expected):
    at = sentence.index(expression)
    tense = tense_of(sentence, at, at + len(expression))
    result = resolve(expression, AUGUST_2024, tense=tense)
    assert isinstance(result, Resolution) and result.value == expected


@pytest.mark.parametrize(
    "sentence, expression, anchor, expected",
    [
        (
            "It reported a loss for the fourth quarter.",
            "the fourth quarter",
            "2017-02-10",
            "2016-Q4",
        ),
        (
            "It posted a net loss of $5 million for the fourth quarter.",
            "the fourth quarter",
            "2017-02-10",
            "2016-Q4",
        ),
        ("Sales will rebound in the first quarter.", "the first quarter", "2016-12-30", "2017-Q1"),
        (
            "The merger is expected to close in the fourth quarter.",
            "the fourth quarter",
            "2024-02-10",
            "2024-Q4",
        ),
        (
            "It will release its final estimate of second-quarter growth on Sept. 28.",
            "second-quarter",
            "2023-09-20",
            "2023-Q2",
        ),
        (
            "It will report third-quarter results next week.",
            "third-quarter",
            "2016-10-20",
            "2016-Q3",
        ),
    ],
)
def test_a_quarter_told_across_the_new_year_is_on_the_side_its_tense_says(
    sentence, expression, anchor, expected
):
    at = sentence.index(expression)
    tense = tense_of(sentence, at, at + len(expression))
    result = resolve(expression, datetime.fromisoformat(anchor), tense=tense)
    assert isinstance(result, Resolution) and result.value == expected


def test_a_fiscal_year_of_two_digits_is_the_one_nearest_the_anchor():
    result = resolve("FY16", MONDAY_29_FEB)
    assert isinstance(result, Resolution) and result.value == "2016"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company has 1998 stores.",
        "He lives at 1600 Pennsylvania Avenue.",
        "It sold 2000 cars.",
        "Troops will deploy along Route 2016.",
        "The council passed Resolution 1441.",
        "He paid $1999 for the phone.",
    ],
)
def test_a_four_digit_count_or_house_number_is_no_year(sentence):
    assert find_expressions(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Intel's chips are in many of today's personal computers.",
        "In today's world, nobody writes letters.",
        "The case is for today's youth what the blockade was for their parents.",
    ],
)
def test_todays_world_is_the_present_as_an_era_not_the_day(sentence):
    assert find_expressions(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Arab Spring toppled rulers across the region.",
        "The fall of Aleppo shocked the world.",
        "He walked with a spring in his step.",
        "He sings in the choir every Sunday.",
        "Once a week, on a Monday, he called.",
    ],
)
def test_a_season_that_is_a_name_or_a_thing_and_a_recurring_day_are_no_dates(sentence):
    assert find_expressions(sentence) == []


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("He left in the fall of 2015.", "fall of 2015"),
        ("Spring came early.", "Spring"),
        ("They met on Sunday.", "on Sunday"),
        ("It was a Saturday morning in late April.", "late April"),
        ("The film opens in theaters on a Friday, Nov. 3.", "Friday, Nov. 3"),
        ("Today's strike by workers shut the port.", "Today"),
        ("Hundreds attended a Sunday night memorial service.", "Sunday night"),
    ],
)
def test_a_season_or_a_day_that_dates_is_still_found(sentence, expression):
    assert [f.text for f in find_expressions(sentence)] == [expression]


@pytest.mark.parametrize(
    "sentence",
    [
        "India celebrated Independence Day with parades.",
        "Canadian families gathered for Thanksgiving.",
    ],
)
def test_another_countrys_holiday_is_not_taken_for_the_american_day(sentence):
    assert find_expressions(sentence) == []


def test_a_holiday_in_passing_beside_another_country_keeps_its_day():
    sentence = "The Cuban boy was found floating off Florida on Thanksgiving Day."
    assert [f.text for f in find_expressions(sentence)] == ["Thanksgiving Day"]


def test_todays_editions_are_the_days_own():
    assert [f.text for f in find_expressions("The story ran in today's editions.")] == ["today"]


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("since Monday", "2016-09-12/2016-09-18"),
        ("since 1990", "1990/2016"),
        ("since March", "2016-03/2016-09"),
    ],
)
def test_since_a_time_runs_from_it_to_the_anchor_as_finely_as_it_is_told(expression, expected):
    result = resolve(expression, SUNDAY)
    assert isinstance(result, Resolution) and result.value == expected


def test_since_a_time_after_the_anchor_is_refused():
    assert isinstance(resolve("since next week", SUNDAY), Unresolved)
