"""Tense: the sentence around "Monday" or "in March" decides whether it is the last or the next."""

from __future__ import annotations

from datetime import datetime

import pytest

from tui.core.model import Unresolved
from tui.dates import resolve
from tui.dates.tense import tense_in_quotes, tense_of

THURSDAY = datetime(1989, 11, 2)


def tense(sentence: str, expression: str) -> str | None:
    at = sentence.index(expression)
    return tense_of(sentence, at, at + len(expression))


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("The acquisition is scheduled to close Monday.", "Monday"),
        ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "on Thursday"),
        ("Collins will be named commander for a mission in December.", "December"),
        ("Trading is to resume in Paris Tuesday.", "Tuesday"),
        ("Qantas will double its flights between Australia and India by August.", "August"),
        (
            "Protesters were planning to drive around Miami International Airport on Monday.",
            "on Monday",
        ),
        (
            "Immigration officials postponed until Tuesday morning any action on the boy.",
            "Tuesday morning",
        ),
        ("The vote was delayed by the committee until Friday.", "Friday"),
        ("Protesters planned a large demonstration in Little Havana on Saturday.", "on Saturday"),
        ("The union plans another strike on Monday.", "on Monday"),
    ],
)
def test_a_plan_or_a_will_looks_ahead(sentence, expression):
    assert tense(sentence, expression) == "future"


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("Sununu was told Wednesday by Bush's son.", "Wednesday"),
        ("Revenue was $76 million for the year ended March 31.", "March 31"),
        ("Officials said Friday that the talks will resume.", "Friday"),
    ],
)
def test_a_report_or_an_ended_period_looks_back(sentence, expression):
    assert tense(sentence, expression) == "past"


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("Officials who will testify next month were arrested on Monday.", "on Monday"),
        ("The meeting that will be remembered took place on Monday.", "on Monday"),
    ],
)
def test_a_past_verb_after_a_will_of_another_clause_looks_back(sentence, expression):
    assert tense(sentence, expression) == "past"


def test_will_as_a_name_does_not_look_ahead():
    assert tense("Will Smith, the chairman, resigned Monday.", "Monday") == "past"


def test_a_future_participle_still_looks_ahead():
    assert tense("The increased dividend will be paid Dec. 14 to holders.", "Dec. 14") == "future"


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        (
            "In January, American Medical brought in a new chief executive officer.",
            "January",
            "past",
        ),
        ("On Tuesday, the league plans to hold a news conference.", "Tuesday", "future"),
        ("In March, the company will open a plant in Ohio.", "March", "future"),
        ("In December, the United Nations will vote on the plan.", "December", "future"),
        ("In December, a Boston-based firm with a hundred staff will open.", "December", "future"),
        ("In September, it announced plans to acquire the unit.", "September", "past"),
    ],
)
def test_a_date_that_opens_the_sentence_takes_the_tense_of_the_clause_after_it(
    sentence, expression, expected
):
    assert tense(sentence, expression) == expected


@pytest.mark.parametrize(
    "sentence, expression, expected",
    [
        ("The previous contract expired in March.", "March", "past"),
        (
            "He succeeds Taylor, who stepped down as chairman in March for health reasons.",
            "March",
            "past",
        ),
        ("NATO has decided to admit Poland in early March.", "March", None),
        ("Guidelines to be published in early November will decide it.", "November", None),
        ("He had not signed an agreement to hand the child over in May.", "May", None),
    ],
)
def test_a_date_after_in_takes_the_past_of_the_verb_it_dates(sentence, expression, expected):
    assert tense(sentence, expression) == expected


def test_a_fronted_month_in_a_past_sentence_is_this_year_s():
    sentence = "In January, a clinic bombing in Birmingham killed a security guard."
    at = sentence.index("January")
    result = resolve(
        "January", datetime(1998, 10, 25), tense=tense_of(sentence, at, at + len("January"))
    )
    assert result.value == "1998-01"


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("It had been due to expire Friday evening.", "Friday evening"),
        ("The meeting had been postponed to Monday, and ended without a deal.", "Monday"),
        ("The flight was delayed due to weather on Monday.", "Monday"),
        ("They said they would look for ways to get around Wednesday's ruling.", "Wednesday"),
        ("They had planned a rally on Saturday.", "on Saturday"),
    ],
)
def test_a_plan_told_in_the_past_or_a_thing_named_by_its_day_says_nothing(sentence, expression):
    assert tense(sentence, expression) is None


def test_a_weekday_in_a_sentence_that_looks_ahead_is_the_next_one():
    result = resolve("Monday", THURSDAY, tense="future")
    assert result.value == "1989-11-06"
    assert result.explanation.endswith("as the sentence looks ahead")


def test_a_month_in_a_sentence_that_looks_back_is_this_year_s():
    assert resolve("March 31", THURSDAY).value == "1990-03-31"
    assert resolve("March 31", THURSDAY, tense="past").value == "1989-03-31"


def test_the_tense_is_read_from_the_quote_that_holds_the_expression():
    quotes = ["Shares fell.", "The deal is scheduled to close Monday."]
    assert tense_in_quotes("monday", quotes) == "future"
    assert tense_in_quotes("Tuesday", quotes) is None


def test_a_deadline_just_passed_stays_in_its_year_though_the_sentence_looks_ahead():
    assert resolve("Jan. 14", datetime(2000, 1, 15), tense="future").value == "2000-01-14"
    assert resolve("Jan. 14", datetime(2000, 3, 15), tense="future").value == "2001-01-14"


def test_the_expression_is_found_as_whole_words_in_the_quote():
    assert tense_in_quotes("May", ["The mayor says the vote will be held in May."]) == "future"
    assert tense_in_quotes("Monday", ["İstanbul police said Monday"]) == "past"


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The exhibit runs through Sunday.", "through Sunday", "2016-09-25"),
        ("Lawmakers have until Friday to act.", "Friday", "2016-09-23"),
        ("The ban remains in force until Monday.", "Monday", "2016-09-26"),
        ("Officials expect results by Monday.", "by Monday", "2016-09-26"),
        ("The new rules apply from Friday.", "from Friday", "2016-09-23"),
        ("No decision is expected before Friday.", "Friday", "2016-09-23"),
        ("The next solstice falls on June 21.", "June 21", "2017-06-21"),
    ],
)
def test_what_runs_remains_or_applies_until_a_day_looks_ahead(sentence, expression, value):
    assert resolved("2016-09-21", expression, sentence) == value


def test_the_end_of_the_year_told_as_past_in_january_is_last_years():
    sentence = "Sales targets were missed by the end of the year."
    assert resolved("2017-01-05", "by the end of the year", sentence) == "2016"
    assert (
        resolved(
            "2017-01-05", "by the end of the year", "Sales will recover by the end of the year."
        )
        == "2017"
    )


@pytest.mark.parametrize(
    "sentence",
    ["Sales slumped toward the end of the year.", "Orders dried up around the end of the year."],
)
def test_a_deed_done_toward_the_end_of_the_year_in_january_is_last_years(sentence):
    assert resolved("2017-01-05", "the end of the year", sentence) == "2016"


def test_figures_for_the_year_told_as_done_in_january_are_the_year_just_ended():
    assert resolved("2017-01-03", "the year", "Sales rose 3 percent for the year.") == "2016"
    assert resolved("2017-01-03", "the year", "Sales will rise 3 percent for the year.") == "2017"
    assert resolved("2017-07-10", "the year", "Sales rose 3 percent for the year.") == "2017"


def test_this_january_of_what_is_to_come_said_in_december_is_next_years():
    assert resolved("2016-12-20", "this January", "The law takes effect this January.") == "2017-01"
    assert resolved("2016-09-21", "this January", "The law took effect this January.") == "2016-01"


def test_this_week_of_what_is_to_come_said_on_a_sunday_is_the_week_it_begins():
    assert resolved("2016-09-18", "this week", "The Senate will vote this week.") == "2016-W38"
    assert resolved("2016-09-18", "this week", "The Senate voted this week.") == "2016-W37"
    assert resolved("2016-09-19", "this week", "The Senate will vote this week.") == "2016-W38"


def test_february_29_follows_the_tense_to_a_leap_year_within_a_year():
    assert resolve("Feb. 29", datetime(2023, 12, 1), tense="future").value == "2024-02-29"
    assert resolve("Feb. 29", datetime(2017, 1, 10), tense="past").value == "2016-02-29"


@pytest.mark.parametrize(
    "anchor, tense", [(datetime(2023, 12, 1), "past"), (datetime(2017, 1, 10), "future")]
)
def test_february_29_years_away_is_refused_as_a_slip(anchor, tense):
    result = resolve("Feb. 29", anchor, tense=tense)
    assert isinstance(result, Unresolved) and "needs its year" in result.reason


def test_a_quarter_told_as_done_before_it_begins_is_last_year_s():
    sentence = "The company earned $10.2 million in the third quarter."
    when = tense_in_quotes("the third quarter", [sentence])
    result = resolve("the third quarter", datetime(1998, 3, 4), tense=when)
    assert result.value == "1997-Q3"
    assert result.explanation.endswith("as the sentence looks back")


def test_a_quarter_just_ended_is_still_this_year_s_when_its_results_are_ahead():
    sentence = "The company expects third-quarter results to be lower."
    when = tense_in_quotes("third-quarter", [sentence])
    assert resolve("third-quarter", THURSDAY, tense=when).value == "1989-Q3"


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("The deal must be signed by Friday.", "Friday"),
        ("The lease has to be renewed in March.", "March"),
        ("The minister might resign on Monday.", "on Monday"),
    ],
)
def test_an_obligation_or_a_possibility_looks_ahead(sentence, expression):
    assert tense(sentence, expression) == "future"


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("He may have left the city on Friday.", "on Friday"),
        ("The deal should have been signed by Friday.", "Friday"),
    ],
)
def test_a_modal_with_have_tells_the_past_not_a_plan(sentence, expression):
    assert tense(sentence, expression) is None


def test_a_modal_inside_a_quotation_does_not_date_what_follows_it():
    sentence = "``We must keep marching,'' said a message read on Wednesday night."
    assert tense(sentence, "on Wednesday night") is None


def test_a_month_day_after_on_dates_a_past_verb_as_past():
    assert tense("The president signed the law on Dec. 25.", "Dec. 25") == "past"


def test_a_date_after_a_present_perfect_is_not_its_past():
    sentence = "Albright has invited the ministers to a ceremony on March 12."
    assert tense(sentence, "March 12") is None


def test_a_counterfactual_would_have_looks_back_not_ahead():
    sentence = "He said he would not have resigned on Friday had he known."
    assert tense(sentence, "on Friday") == "past"


def test_a_date_just_passed_in_a_sentence_that_looks_ahead_says_why_it_is_kept():
    result = resolve("Sept. 10", datetime(2016, 9, 18), tense="future")
    assert result.value == "2016-09-10" and "a date just passed" in result.explanation


def resolved(anchor: str, expression: str, sentence: str) -> str | None:
    return resolve(
        expression, datetime.fromisoformat(anchor), tense=tense(sentence, expression)
    ).value


@pytest.mark.parametrize(
    "anchor, expression, sentence, value",
    [
        ("2016-09-18", "Monday", "The ceasefire began on Monday.", "2016-09-12"),
        ("2016-09-18", "Monday", "The rebels withdrew Monday.", "2016-09-12"),
        ("2016-11-20", "Monday", "Israeli jets hit targets in Gaza Monday.", "2016-11-14"),
        ("2016-11-20", "Monday", "The two sides agreed Monday to a truce.", "2016-11-14"),
        ("2018-06-14", "Friday", "Shares fell 3 percent on Friday.", "2018-06-08"),
        ("2015-01-02", "Saturday", "Police arrested two men Saturday.", "2014-12-27"),
        ("2016-09-18", "Nov. 3", "Gunmen killed 12 people Nov. 3.", "2015-11-03"),
        (
            "2016-09-18",
            "Christmas Eve",
            "Police arrested 20 people on Christmas Eve.",
            "2015-12-24",
        ),
    ],
)
def test_a_deed_done_on_the_day_after_the_publication_s_weekday_is_last_week_s(
    anchor, expression, sentence, value
):
    assert resolved(anchor, expression, sentence) == value


def test_setting_off_on_the_next_day_is_still_tomorrow_in_wire_copy():
    sentence = "Albright headed Tuesday to East Africa."
    assert resolved("1998-08-17", "Tuesday", sentence) == "1998-08-18"


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The Nov. 3 attack killed 12.", "Nov. 3", "2015-11-03"),
        ("Monday's ceasefire was violated.", "Monday", "2016-09-12"),
        ("The strikes on Monday were the deadliest.", "Monday", "2016-09-12"),
        ("The march on Saturday will draw thousands.", "Saturday", "2016-09-24"),
    ],
)
def test_a_date_in_the_subject_takes_the_tense_of_the_verb_after_it(sentence, expression, value):
    assert resolved("2016-09-18", expression, sentence) == value


@pytest.mark.parametrize(
    "anchor, expression, sentence, value",
    [
        ("2016-09-20", "Thursday", "The leaders meet Thursday.", "2016-09-22"),
        ("2016-09-20", "Friday", "Talks could resume Friday.", "2016-09-23"),
        ("2016-01-05", "Oct. 10", "The product launches Oct. 10.", "2016-10-10"),
        ("2016-09-21", "Tuesday", "He heads to Paris Tuesday.", "2016-09-27"),
        ("2016-09-21", "Monday", "Schools reopen Monday.", "2016-09-26"),
        ("2017-01-03", "Thursday", "The court decides Thursday.", "2017-01-05"),
        ("2017-01-03", "Monday", "The court hears arguments Monday.", "2017-01-09"),
        ("2016-09-21", "Saturday", "Tickets go on sale Saturday.", "2016-09-24"),
        ("2016-09-21", "the 28th", "He faces sentencing on the 28th.", "2016-09-28"),
        ("2016-09-21", "7 a.m. Tuesday", "Polls open at 7 a.m. Tuesday.", "2016-09-27T07:00"),
        ("2017-01-03", "Thursday", "The court opens Thursday.", "2017-01-05"),
    ],
)
def test_a_schedule_told_in_the_present_looks_ahead(anchor, expression, sentence, value):
    assert resolved(anchor, expression, sentence) == value


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The minister said he hoped to sign the deal by Friday.", "Friday", "2016-09-23"),
        ("Organizers hope for thousands on Saturday.", "Saturday", "2016-09-24"),
        ("Officials aim to reopen the bridge Tuesday.", "Tuesday", "2016-09-27"),
        ("He had hoped to sign it on Friday.", "Friday", "2016-09-16"),
        ("The union called a 24-hour strike for Monday.", "Monday", "2016-09-26"),
        ("She had planned a party for Saturday.", "Saturday", "2016-09-17"),
        ("The war began after the Oct. 7 attack on the base.", "Oct. 7", "2015-10-07"),
        ("Police are still hunting whoever staged the Dec. 2 bombing.", "Dec. 2", "2015-12-02"),
        ("Hopes for a ceasefire faded Monday.", "Monday", "2016-09-19"),
        ("Turnout was high for Monday, officials said.", "Monday", "2016-09-19"),
        ("Under new rules Monday, dozens of flights were grounded.", "Monday", "2016-09-19"),
    ],
)
def test_a_hope_or_an_aim_looks_ahead_and_an_attack_named_by_its_day_is_past(
    sentence, expression, value
):
    assert resolved("2016-09-21", expression, sentence) == value


@pytest.mark.parametrize(
    "sentence",
    ["Ahead of Monday's vote, both sides campaigned hard.", "They met ahead of Monday's vote."],
)
def test_what_is_done_ahead_of_a_days_happening_awaits_it(sentence):
    assert resolved("2016-09-21", "Monday", sentence) == "2016-09-26"
    assert resolved("2016-09-21", "Monday's", sentence) == "2016-09-26"


def test_what_could_not_be_done_on_a_day_is_not_a_plan():
    sentence = "Neither he nor his family could be located Wednesday."
    assert tense(sentence, "Wednesday") is None


@pytest.mark.parametrize(
    "sentence, expression, read",
    [
        ("The man who shot the officer appears in court Friday.", "Friday", None),
        ("Regulators approved a rate increase effective Jan. 1.", "Jan. 1", None),
        ("Forecasters predicted heavy snow for Monday.", "Monday", None),
        ("The Dec. 25 truce proposed by Moscow would halt fighting.", "Dec. 25", None),
        ("A March 1 deadline loomed.", "March 1", None),
        ("The Nov. 5 election is expected to be close.", "Nov. 5", "future"),
        ("The April 2 referendum was backed by the opposition.", "April 2", None),
        ("The union ratified a contract expiring June 30.", "June 30", None),
        ("The man who heads the agency resigned Saturday.", "Saturday", "past"),
        ("Lawmakers refused to vote Monday.", "Monday", None),
        ("Why did lawmakers vote against the bill Tuesday?", "Tuesday", None),
    ],
)
def test_a_verb_that_tells_of_something_else_does_not_date_the_date(sentence, expression, read):
    assert tense(sentence, expression) == read


def test_a_plural_noun_before_a_date_is_no_schedule():
    assert tense("Early returns Thursday showed the incumbent ahead.", "Thursday") == "past"


@pytest.mark.parametrize(
    "anchor, expression, sentence, value",
    [
        ("2016-09-18", "Monday", "The vote was Monday.", "2016-09-12"),
        ("2016-09-18", "3 p.m. Monday", "The vote was at 3 p.m. Monday.", "2016-09-12T15:00"),
        ("2016-09-18", "Monday", "He should have left Monday.", "2016-09-12"),
        ("2016-09-18", "November", "He could have won in November.", "2015-11"),
        ("2016-09-18", "November", "If elected in November, she would cut taxes.", "2016-11"),
        ("2016-09-18", "November", "Whoever wins in November faces a divided Congress.", "2016-11"),
        ("2016-01-15", "the second half", "Earnings rose in the second half.", "2015-H2"),
        ("2016-09-18", "the first half", "Sales will rise in the first half.", "2017-H1"),
        ("2019-03-20", "Thursday", "He was to visit the Golan Heights on Thursday.", "2019-03-21"),
    ],
)
def test_a_past_was_a_modal_perfect_a_condition_and_a_half_follow_the_sentence(
    anchor, expression, sentence, value
):
    assert resolved(anchor, expression, sentence) == value


@pytest.mark.parametrize(
    "anchor, expression, sentence, value",
    [
        (
            "2017-01-10",
            "fourth-quarter",
            "It will report fourth-quarter results Jan. 25.",
            "2016-Q4",
        ),
        (
            "2017-01-10",
            "the fourth quarter",
            "It will post earnings for the fourth quarter next week.",
            "2016-Q4",
        ),
        (
            "2017-01-10",
            "the fourth quarter",
            "The deal will close in the fourth quarter.",
            "2017-Q4",
        ),
        (
            "2017-06-20",
            "fourth-quarter",
            "It will report fourth-quarter results in January.",
            "2017-Q4",
        ),
    ],
)
def test_results_still_to_come_are_for_the_quarter_just_ended(anchor, expression, sentence, value):
    assert resolved(anchor, expression, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He was expected to be arraigned Monday.", "2024-08-19"),
        ("The vote was expected to take place Monday but was postponed.", "2024-08-12"),
        ("He had been expected to testify Monday.", "2024-08-12"),
    ],
)
def test_what_was_expected_for_a_day_is_still_ahead_unless_it_fell_through(sentence, value):
    assert resolved("2024-08-16", "Monday", sentence) == value


def test_a_deed_set_off_as_a_participle_is_past_whatever_the_main_verb():
    sentence = (
        "The company would step up promotions and expected its purchase of Crisp & Co, "
        "completed in November, to add to earnings."
    )
    assert resolved("2024-04-23", "November", sentence) == "2023-11"


def test_a_plan_that_holds_until_something_is_still_ahead():
    sentence = "He was expected to be arraigned Monday and remain in custody until trial."
    assert resolved("2024-08-16", "Monday", sentence) == "2024-08-19"
