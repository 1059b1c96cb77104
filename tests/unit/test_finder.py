"""The finder finds in running text every form the resolver reads: ranges, durations, hedges."""

from __future__ import annotations

import pytest

from tui.core.model import Resolution
from tui.dates import find_expressions, parse_anchor
from tui.formats.draft import expressions, propose

SEPT_18 = parse_anchor("2016-09-18")
OCT_30 = parse_anchor("1989-10-30")


def found(text: str) -> list[str]:
    return [f.text for f in find_expressions(text)]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("He led the trans-Antarctic expedition of 1957-58.", "1957-58"),
        ("Sales fell between 1982 and 1992, the report said.", "between 1982 and 1992"),
        ("He served from 1991 to 1997 as governor.", "from 1991 to 1997"),
        ("The festival runs Sept. 12-17, 2016, in the old town.", "Sept. 12-17, 2016"),
        ("The talks are set for 3 to 5 March in Geneva.", "3 to 5 March"),
        ("Schools stay shut from Monday to Wednesday.", "from Monday to Wednesday"),
        ("It bought 254,200 shares from Sept. 14 to Thursday.", "from Sept. 14 to Thursday"),
        ("The fair runs from March 3 through April 9, 2017.", "from March 3 through April 9, 2017"),
        ("The club's 2016/17 season ended in defeat.", "2016/17"),
    ],
)
def test_a_range_is_found_whole_not_as_its_first_end(sentence, expression):
    assert found(sentence) == [expression]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Immigrants arrived in the late 19th century.", "the late 19th century"),
        ("It dates to the early twentieth century.", "the early twentieth century"),
        ("The mill was built in the mid-1800s.", "the mid-1800s"),
    ],
)
def test_a_century_is_found_with_its_part(sentence, expression):
    assert found(sentence) == [expression]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("In the '80s, she moved to Ohio.", "the '80s"),
        ("Sales boomed in the late ’60s.", "the late ’60s"),
    ],
)
def test_a_decade_written_with_an_apostrophe_is_found(sentence, expression):
    assert found(sentence) == [expression]


def test_a_month_of_last_year_is_found_whole():
    assert found("Kim first traveled to Beijing in March of last year.") == ["March of last year"]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The ceasefire has largely held for five days, despite violations.", "for five days"),
        ("Aleppo was hit by its first aerial raids in nearly a week.", "in nearly a week"),
        ("Prices have risen over the past three years.", "over the past three years"),
        ("Rebels have fought for decades in the hills.", "for decades"),
    ],
)
def test_a_duration_is_found_as_the_resolver_reads_it(sentence, expression):
    assert found(sentence) == [expression]


def test_a_list_of_years_is_three_years_not_a_range():
    assert found("Floods struck in 1990, 1991 and 1992.") == ["1990", "1991", "1992"]


def test_a_dated_count_stays_a_date_and_a_bare_count_is_no_expression():
    assert found("Five days ago the council met; one day we will know.") == ["Five days ago"]


def test_a_first_happening_in_a_while_just_done_is_dated_today_saying_why():
    text = "Meanwhile, Aleppo has been hit by its first aerial raids in nearly a week."
    event = next(p for p in propose(text, SEPT_18) if p.title.startswith("Aleppo"))
    assert event.when == "about today"
    assert isinstance(event.result, Resolution) and event.result.value == "2016-09-18"
    assert event.result.approximate
    assert event.doubts[0] == (
        "'in nearly a week' is how long it had been since the last: taken to be today"
    )


def test_a_first_happening_in_a_while_told_in_the_past_is_not_dated_by_the_gap():
    assert propose("It was the first rain in nearly a month.", SEPT_18) == []


def test_a_length_of_time_alone_is_not_proposed_as_an_event():
    text = (
        "The port reopened on Friday.\n\n"
        "Dock workers walked out for five days in protest at the new contracts."
    )
    assert [p.when for p in propose(text, SEPT_18)] == ["on Friday"]


def test_a_month_after_an_event_and_recent_weeks_are_found():
    text = "The following month, the company put itself up for sale. In recent weeks it slowed."
    assert found(text) == ["The following month", "In recent weeks"]


def test_a_state_that_has_lasted_a_while_is_proposed_from_its_start():
    text = "Israel-Syrian talks have been cut off for nearly two years."
    [event] = propose(text, parse_anchor("1998-03-01"))
    assert event.when == "nearly two years ago"
    assert isinstance(event.result, Resolution)
    assert event.result.value == "1996"
    assert "up to now" in event.doubts[0]


def test_a_date_word_in_the_title_of_a_show_or_a_film_is_not_an_event():
    text = (
        'James Baker, speaking on ABC News\' "This Week," said the request was heard. '
        'The poster showed Gary Cooper from the film "High Noon."'
    )
    whens = [p.when.lower() for p in propose(text, SEPT_18)]
    assert not any("week" in w or "noon" in w for w in whens)


def test_a_holiday_or_a_weekday_quoted_alone_is_still_a_date():
    text = 'Asked when the talks resume, he said: "Monday." Shops shut for "Christmas Day."'
    assert [m.when for m in expressions(text, SEPT_18)] == ["Monday", "Christmas Day"]


def test_shares_bought_over_a_range_of_days_are_dated_by_the_whole_range():
    [proposal] = propose("Crane bought 254,200 shares from Sept. 14 to Thursday.", OCT_30)
    assert isinstance(proposal.result, Resolution)
    assert proposal.result.value == "1989-09-14/1989-10-26"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Farkas set up a joint venture called Orion 1980, making space parts.", []),
        ("The plan, known as Vision 2020, was adopted in 1995.", ["1995"]),
        ("He was named in 1980 to the board.", ["1980"]),
    ],
)
def test_a_year_that_ends_a_name_is_no_date(sentence, found):
    assert [f.text for f in find_expressions(sentence)] == found


def test_a_first_happening_in_a_while_also_proposes_the_ones_before_the_lull():
    text = "Meanwhile, Aleppo has been hit by its first aerial raids in nearly a week."
    before = next(p for p in propose(text, SEPT_18) if p.when == "nearly a week ago")
    assert before.title == "The previous aerial raids"
    assert isinstance(before.result, Resolution) and before.result.value == "2016-09-11"
