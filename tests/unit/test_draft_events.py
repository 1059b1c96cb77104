"""`timeline draft` proposes happenings, not expressions: grouped, dated by their clause, titled
as headlines, with every guess marked."""

from __future__ import annotations

import pytest

from tests.support import REPO
from tui.cli import main
from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_file, load_text

ARTICLE = REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt"


def _events(text: str, published: str):  # type: ignore[no-untyped-def]
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    return result.timeline.events


def test_the_same_plea_told_twice_is_one_event():
    text = (
        "Smith pleaded guilty on Monday to fraud charges.\n\n"
        "The judge set sentencing for June.\n\n"
        "Smith pleaded guilty on Monday to the fraud charges in a Boston court."
    )
    assert [e.title for e in _events(text, "2013-03-20")] == [
        "Smith pleaded guilty to fraud charges",
        "The judge set sentencing",
    ]


def test_a_year_mentioned_in_passing_does_not_date_the_lead():
    [event] = _events(
        "The company apologised on Tuesday for the 2010 oil spill that fouled the coast.",
        "2013-03-20",
    )
    assert event.when == "on Tuesday" and event.resolution.value == "2013-03-19"


def test_a_list_of_dated_happenings_gives_one_event_each():
    text = "NATO grew by adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982."
    assert [e.resolution.value for e in _events(text, "1999-03-12")] == ["1952", "1955", "1982"]


def test_a_sentence_naming_an_earlier_happening_takes_its_day_with_an_anchor_and_a_doubt():
    text = "Rebels attacked the base on Saturday. The army said the attack was repelled."
    yaml_text = draft_timeline(Draft(text=text, published="2016-09-18", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "2016-09-17"
    assert (
        "# doubtful: no date in its sentence: taken to be the same day as the attack" in yaml_text
    )


def test_a_date_in_a_quotation_nobody_dates_is_doubtful_and_says_why():
    text = 'Police arrested Jones on Friday. "We will charge him on Monday," a spokesman said.'
    yaml_text = draft_timeline(Draft(text=text, published="2013-03-20", inline=True))
    assert "# doubtful: inside a quotation: relative to when the words were said" in yaml_text


def test_a_date_in_a_quotation_is_relative_to_when_the_sentence_says_it_was_said():
    text = 'On Monday he wrote in an e-mail: "We will meet the next day."'
    events = _events(text, "2013-03-20")
    assert events[0].resolution.value == "2013-03-18"


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "WASHINGTON (AP) _ Two soldiers were killed in an ambush on Saturday, officials said.",
            "Two soldiers were killed in an ambush",
        ),
        (
            "Mayor Anna Berg faced questions. She resigned on Friday after a vote of no trust.",
            "Berg resigned after a vote of no trust",
        ),
        (
            "It comes amid a spat over four airstrikes which killed 60 soldiers on Saturday.",
            "Four airstrikes killed 60 soldiers",
        ),
        (
            "Tired of being sidelined, astronaut Bertalan Farkas left for Houston on Friday.",
            "Astronaut Bertalan Farkas left for Houston",
        ),
    ],
)
def test_titles_read_as_headlines(sentence, title):
    assert [e.title for e in _events(sentence, "2016-09-18")][-1] == title


def test_every_title_of_the_bundled_draft_keeps_the_form_rules(tmp_path):
    out = tmp_path / "d.yaml"
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(out)]) == 0
    titles = [e.title for e in load_file(out).timeline.events]
    assert len(titles) >= 10
    for title in titles:
        assert len(title) <= 80 and "…" not in title
        assert title.split()[0] not in {"It", "He", "She", "They", "This"}


def test_an_article_with_no_datable_event_says_so_and_exits_1(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The committee is made up of nine members.", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["draft", str(article), "--published", "2016-09-18", "-o", str(out)]) == 1
    assert "no datable event" in capsys.readouterr().err
    assert not out.exists()


def test_inline_writes_the_article_as_a_literal_block(tmp_path):
    out = tmp_path / "inline.yaml"
    assert (
        main(["draft", str(ARTICLE), "--published", "2016-09-18", "--inline", "-o", str(out)]) == 0
    )
    written = out.read_text(encoding="utf-8")
    assert "    text: |-\n      Syria's fragile ceasefire" in written  # |- : no final newline
    source = next(iter(load_file(out).timeline.sources.values()))
    assert source.text == ARTICLE.read_text(encoding="utf-8")


def test_a_long_first_line_titles_the_timeline_at_a_whole_word():
    text = "Breaking " + "news about the long war " * 20 + "\n\nThe talks began on Monday."
    title = load_text(draft_timeline(Draft(text=text, published="2016-09-18", inline=True)))
    words = title.timeline.title.split()
    assert words[-1] in {"news", "about", "the", "long", "war"}


def test_review_needs_an_output_file(capsys):
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "--review"]) == 2
    assert "--review needs -o OUT.yaml" in capsys.readouterr().err


def test_a_date_relative_to_a_repeated_happening_is_anchored_on_its_first_telling():
    text = (
        "Rebels attacked the base on Saturday.\n\nThe army said the base held.\n\n"
        "Rebels attacked the base on Saturday, witnesses said. The army struck back the next day."
    )
    first, later = _events(text, "2016-09-20")
    assert later.anchor == first.id and later.resolution.value == "2016-09-18"


def test_a_long_article_is_drafted_in_time_proportional_to_its_length():
    import time

    small = ARTICLE.read_text(encoding="utf-8") + "\n"
    timings = []
    for copies in (8, 32):
        started = time.perf_counter()
        draft_timeline(Draft(text=small * copies, published="2016-09-18", inline=True))
        timings.append(time.perf_counter() - started)
    assert timings[1] < timings[0] * 4 * 2.5  # four times the text, well under 10 times the time


def test_overnight_after_a_named_happening_is_anchored_on_it_and_is_its_night():
    text = (
        "Rebels shelled the town on Thursday. "
        "Following the shelling, the council held an emergency meeting overnight."
    )
    first, meeting = _events(text, "2016-09-18")
    assert meeting.anchor == first.id and meeting.resolution.value == "2016-09-15TNI"


def test_a_happening_dated_only_by_the_day_it_was_reported_is_not_given_that_day():
    text = (
        "Sununu was told Wednesday by Bush's son that he had lost support. "
        "One of the president's sons has informed Sununu that his days are numbered, "
        "the sources said Monday."
    )
    events = _events(text, "1991-12-03")
    assert [e.resolution.value for e in events] == ["1991-11-27"]


def test_a_saying_dated_before_its_content_is_still_the_event():
    events = _events("Clinton said Thursday that he had ordered the strikes.", "1998-08-21")
    assert [e.resolution.value for e in events] == ["1998-08-20"]


def test_a_date_that_dates_only_an_opinion_being_voiced_proposes_no_event():
    text = (
        "Iraqi troops seized the airport on Monday. "
        "The British Foreign Office said today conditions in Kuwait appear to be deteriorating. "
        "Cabinet minister Michael Eitan said Sunday that the remarks marked a change."
    )
    assert [e.resolution.value for e in _events(text, "1990-08-15")] == ["1990-08-13"]


def test_a_saying_that_announces_a_decision_is_still_the_event():
    text = "Federal officials said Monday they will order the boy returned to his father."
    assert [e.resolution.value for e in _events(text, "2000-04-04")] == ["2000-04-03"]


def test_a_happening_named_by_its_date_after_said_is_still_dated():
    text = "Investigators said last month's discovery of a rifle represented a breakthrough."
    assert [e.resolution.value for e in _events(text, "1999-05-06")] == ["1999-04"]


def test_a_goal_or_a_guess_about_a_date_is_not_an_event():
    text = (
        "The carrier Kennedy sailed on Sunday. "
        "Pentagon officials say the goal is to put 40,000 troops in the region by the end of the "
        "month. The group might come to the U.S. as soon as Tuesday."
    )
    assert [e.resolution.value for e in _events(text, "1990-08-13")] == ["1990-08-12"]


def test_the_bounds_of_a_period_that_figures_cover_are_not_events():
    text = (
        "Sun shares rose on Tuesday. "
        "In the 1988 period, the company earned $20.6 million, or 26 cents a share."
    )
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1989-10-24"]


def test_already_before_a_state_places_nothing_in_the_past():
    text = (
        "The carrier Kennedy sailed on Sunday. "
        "Three other carriers already are stationed within striking distance of Iraq."
    )
    assert [e.resolution.value for e in _events(text, "1990-08-13")] == ["1990-08-12"]


def test_already_before_a_deed_is_still_a_vague_past_event():
    text = "The carrier Kennedy sailed on Sunday. Iraq has already seized two tankers."
    values = [e.resolution.value for e in _events(text, "1990-08-13")]
    assert values == ["PAST_REF", "1990-08-12"]


def test_a_sentence_that_follows_on_immediately_takes_the_day_before_it_with_a_doubt():
    text = (
        "In March, the Miami relatives filed a federal lawsuit to overturn the decision. "
        "They immediately appealed to the 11th Circuit Court of Appeals in Atlanta."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2000-04-03", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "2000-03"
    assert second.title.startswith("Miami relatives immediately appealed")
    assert "'immediately' after the happening told before it" in yaml_text


def test_a_plan_told_in_the_past_tense_dates_no_event():
    text = (
        "DD Acquisition extended its offer on Wednesday. "
        "The offer, which was due to expire yesterday, is conditional on 50.1% of the shares."
    )
    assert [e.resolution.value for e in _events(text, "1989-11-02")] == ["1989-11-01"]


def test_a_count_of_shares_through_a_day_is_dated_by_the_happening_it_counts_from():
    text = (
        "Under a program approved by the company in 1987, Nashua had purchased 481,000 shares "
        "through Sept. 29."
    )
    assert [e.resolution.value for e in _events(text, "1989-10-30")] == ["1987"]


def test_a_date_that_opens_a_when_clause_dates_the_happening_the_clause_tells():
    text = (
        "In contrast to Thursday, when 133 people were arrested and police were forced to use "
        "tear gas, protesters in Miami were much calmer Friday."
    )
    assert [e.resolution.value for e in _events(text, "2000-01-07")] == ["2000-01-06"]


def test_a_fiscal_quarter_that_says_when_it_ended_is_the_three_months_to_that_day():
    text = "Sun reported a $20.3 million loss for its fourth quarter ended June 30."
    yaml_text = draft_timeline(Draft(text=text, published="1989-10-26", inline=True))
    [event] = load_text(yaml_text).timeline.events
    assert event.when == "1989-04/1989-06" and event.title == "Sun reported a $20.3 million loss"
    assert "taken as the three months to its end" in yaml_text


def test_this_years_figures_are_a_measure_not_an_event():
    text = (
        "Paribas launched its bid on Monday. "
        "Mr. Fournier said the exceptional gain would mean nearly twice as high a dividend this "
        "year as last. Holders can expect strong dividends again next year."
    )
    assert [e.resolution.value for e in _events(text, "1989-10-27")] == ["1989-10-23"]


def test_an_older_years_figures_still_date_what_happened():
    text = "Coleco bounced back in 1985 with the Cabbage Patch dolls, and sales hit $600 million."
    assert [e.resolution.value for e in _events(text, "1989-11-02")] == ["1985"]


def test_last_years_results_written_as_a_year_are_an_event():
    text = "In 1988, the company earned $822.8 million, or $5.66 a share, on sales of $12 billion."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1988"]


def test_last_years_results_counted_back_are_a_measure():
    text = "Xerox said Tuesday it would cut jobs. A year ago, the company had profit of $2 billion."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1989-10-24"]


def test_a_date_in_words_quoted_without_a_plan_or_a_moment_is_not_an_event():
    text = (
        "NATO embraced Poland on Friday. "
        '"For the people of Poland, high noon comes today." '
        '"This gives him the protection that he will not be repatriated before Feb. 10."'
    )
    assert [e.resolution.value for e in _events(text, "1999-03-12")] == ["1999-03-12"]


def test_a_plan_announced_in_a_quotation_is_still_an_event():
    text = '"We will be back tomorrow to continue our negotiations," the lawyer said.'
    assert [e.resolution.value for e in _events(text, "2000-04-03")] == ["2000-04-04"]


def test_a_deadline_that_has_passed_gives_way_to_the_new_one():
    text = "Merieux said it would extend its bid, due to expire last Thursday, to Nov. 6."
    assert [e.resolution.value for e in _events(text, "1989-10-30")] == ["1989-11-06"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote, originally scheduled for Saturday, was postponed until Tuesday.",
        "The summit had been set for Friday but was called off.",
    ],
)
def test_the_day_a_plan_was_first_set_for_does_not_date_what_became_of_it(sentence):
    text = "The government fell on Sunday. " + sentence
    values = [e.resolution.value for e in _events(text, "2000-01-15")]
    assert "2000-01-14" not in values and "2000-01-15" not in values


def test_a_deadline_still_ahead_is_still_the_event():
    text = "Shareholders must tender their shares by the offer, due to expire Friday."
    assert [e.resolution.value for e in _events(text, "1989-10-30")] == ["1989-11-03"]


def test_an_anniversary_recalls_its_happening_on_its_own_day_with_a_doubt():
    text = (
        "Many feared the effort would fail today, the 39th anniversary of the Bay of Pigs "
        "fiasco, an aborted invasion of Cuba."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2000-04-17", inline=True))
    events = load_text(yaml_text).timeline.events
    recalled = next(e for e in events if e.resolution.value == "1961-04-17")
    assert recalled.title.startswith("The Bay of Pigs fiasco")
    assert "taken to be 39 years before" in yaml_text


def test_an_anniversary_that_a_date_is_counted_from_is_not_dated_by_that_date():
    text = (
        "In March, a week after the 30th anniversary of the harbour treaty, a storm sank "
        "two ferries."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2001-05-02", inline=True))
    assert "30 years before" not in yaml_text
    assert all(e.resolution.start.year >= 2001 for e in load_text(yaml_text).timeline.events)


def test_a_forecast_of_a_figure_for_a_year_to_come_is_not_an_event():
    text = (
        "The brewer said on Tuesday it had closed two plants. Its exports in 1991 will rise "
        "sharply, the chairman said, and he foresees strong demand throughout the 1990s."
    )
    assert [e.title for e in _events(text, "1990-03-08")] == [
        "The brewer said it had closed two plants"
    ]


def test_a_time_of_day_with_no_day_is_kept_but_marked_doubtful():
    text = "A neighbour saw the van near the depot at 6 a.m."
    yaml_text = draft_timeline(Draft(text=text, published="2003-04-09", inline=True))
    assert "# doubtful: '6 a.m' names no day: taken to be on the day of publication" in yaml_text


def test_a_time_of_day_before_an_undated_happening_is_not_put_on_the_publication_day():
    text = "A neighbour saw the van near the depot at 6 a.m., ten days before the fire."
    yaml_text = draft_timeline(Draft(text=text, published="2003-04-09", inline=True))
    [event] = load_text(yaml_text).timeline.events
    assert event.resolution is None
    assert "counted from 'the fire', which the article does not date" in yaml_text


@pytest.mark.parametrize(
    "text, published, doubt",
    [
        (
            "The board rejected a court order that the plant stay open until March 6.",
            "2003-02-11",
            "'March 6' may be a deadline or a bound, not when this happened",
        ),
        (
            "DD Acquisition Corp. extended to Nov. 20 its $45-a-share offer for Dunkin' Donuts.",
            "1989-11-02",
            "'Nov. 20' may be a deadline or a bound, not when this happened",
        ),
        (
            "The company said it would extend its bid, due to expire last Thursday, to Nov. 6.",
            "1989-10-30",
            "'Nov. 6' may be a deadline or a bound, not when this happened",
        ),
        (
            "Prime Minister John Howard promised to put the question to a national referendum "
            "next year after the delegates voted 89-52.",
            "1998-02-13",
            "'next year' may be when what was meant is due, not when it was said",
        ),
    ],
)
def test_a_date_still_ahead_of_a_bound_a_move_or_a_promise_is_kept_but_marked_doubtful(
    text, published, doubt
):
    yaml_text = draft_timeline(Draft(text=text, published=published, inline=True))
    assert doubt in yaml_text


def test_a_date_moved_to_is_a_bound_even_when_read_as_past():
    text = "The government extended the curfew through Sunday."
    yaml_text = draft_timeline(Draft(text=text, published="1989-10-30", inline=True))
    assert "'Sunday' may be a deadline or a bound, not when this happened" in yaml_text


def test_two_dated_deeds_joined_by_and_are_two_events():
    text = (
        "After touring Dar es Salaam Thursday and meeting with Kenyan police leaders Friday "
        "morning, the FBI chief said he was satisfied."
    )
    values = [e.resolution.value for e in _events(text, "1998-08-21")]
    assert values == ["1998-08-20", "1998-08-21TMO"]


def test_a_few_days_after_a_month_is_no_finer_than_the_month():
    text = (
        "In January, American Medical brought in a new chief executive. "
        "A few days later, American Medical announced sharply lower earnings."
    )
    yaml_text = draft_timeline(Draft(text=text, published="1989-10-27", inline=True))
    events = {e.title: e for e in load_text(yaml_text).timeline.events}
    later = events["American Medical announced sharply lower earnings"]
    assert later.anchor == events["American Medical brought in a new chief executive"].id
    assert later.resolution.value == "1989-01" and later.resolution.approximate


def test_the_day_before_a_named_weekday_is_counted_from_that_weekday_not_an_earlier_event():
    text = (
        "In 1989, the family left Cuba. "
        "The day before last Tuesday's hearing, Manuel went to Lazaro's home."
    )
    values = [e.resolution.value for e in _events(text, "2000-02-24")]
    assert values == ["1989", "2000-02-21"]


def test_a_quarters_results_are_dated_by_the_quarter_not_the_year_they_are_compared_with():
    text = "Du Pont Co. reported that third-quarter profit grew a robust 19% from a year ago."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1989-Q3"]


def test_a_year_earlier_than_nine_months_of_results_is_not_the_year_ago_quarter():
    text = (
        "Compaq Computer Corp. said third-quarter net income rose 18%. Net for the year-earlier "
        "nine months included a gain of $9.7 million, or 15 cents a share."
    )
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1988", "1989-Q3"]


def test_figures_set_against_the_year_ago_quarter_are_dated_by_the_quarter_reported():
    text = (
        "Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 47 "
        "cents a share, in the year-ago period."
    )
    [event] = _events(text, "1989-10-26")
    assert event.resolution.value == "1989-Q3"
    assert "year-ago" not in event.title


def test_the_year_ago_quarters_own_results_keep_the_year_ago_quarter():
    text = "In the year-ago quarter, the company reported net income of $1.9 million."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1988-Q3"]


def test_the_time_a_figure_is_compared_with_dates_no_event():
    text = (
        "Ogden Projects Inc. said Tuesday it would sell two plants.\n\n"
        "Ogden Projects said it has 13 facilities in operation, up from seven a year ago.\n\n"
        "Sales were C$348.2 million compared with C$307.2 million a year earlier.\n\n"
        "The finance unit attributed the decline to higher borrowing costs compared with a year "
        "earlier.\n\n"
        "Revenue was C$291.6 million, up from C$252 million in 1988.\n\n"
        "Net income this year has risen just over comparable periods in 1988."
    )
    [event] = _events(text, "1989-10-26")
    assert event.when == "Tuesday"


def test_the_day_a_pair_of_rates_is_compared_with_dates_no_event():
    text = (
        "The central bank raised its rate on Thursday.\n\n"
        "In late trading the dollar was at 1.8400 marks and 142.10 yen compared with 1.8353 marks "
        "and 141.52 yen Wednesday."
    )
    assert [e.when for e in _events(text, "1989-10-26")] == ["on Thursday"]


def test_a_count_rising_from_a_year_keeps_that_year():
    text = "Visitors jumped from fewer than 100,000 in 1980 to more than 300,000 in 1997."
    assert "1980" in [e.when for e in _events(text, "1998-09-07")]


def test_a_compared_year_that_opens_a_when_clause_dates_that_clause():
    text = "Net income rose over comparable periods in 1988, when year-end net fell sharply."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1988"]


def test_a_completion_expected_by_a_day_is_still_a_scheduled_event():
    text = "They said they expect the transaction to be completed by Dec. 15."
    assert [e.resolution.value for e in _events(text, "1989-11-01")] == ["1989-12-15"]


def test_a_fiscal_quarter_takes_the_end_the_next_sentence_gives_it():
    text = (
        "National Intergroup posted net income for the fiscal second-quarter of $8.6 million. "
        "Sales increased in the quarter ended Sept. 30 to $747.8 million."
    )
    [event] = _events(text, "1989-10-26")
    assert event.when == "1989-07/1989-09"


def test_a_date_before_a_pronoun_and_a_verb_of_saying_dates_the_saying():
    text = "Sun shares rose on Tuesday. Sun shipped 28,000 systems in the quarter, he said."
    assert [e.resolution.value for e in _events(text, "1989-10-26")] == ["1989-10-24"]


def test_an_announcement_after_the_market_closed_is_the_day_of_that_close():
    text = (
        "Its stock closed unchanged Friday at $29 a share. "
        "Nashua announced the Reiss request after the market closed."
    )
    yaml_text = draft_timeline(Draft(text=text, published="1989-10-30", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "1989-10-27"


def test_a_january_report_set_against_the_year_ago_quarter_is_the_last_quarter():
    text = (
        "Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 47 "
        "cents a share, in the year-ago period."
    )
    [event] = _events(text, "1990-01-25")
    assert event.resolution.value == "1989-Q4"


def test_two_attacks_on_the_same_day_on_different_places_are_two_events():
    text = (
        "Government troops attacked Aleppo on Monday.\n\n"
        "Government troops attacked Homs on Monday.\n\n"
        "Rebels shelled Damascus on Monday."
    )
    assert [e.title for e in _events(text, "2016-09-18")] == [
        "Government troops attacked Aleppo",
        "Government troops attacked Homs",
        "Rebels shelled Damascus",
    ]


def test_a_name_typed_with_a_combining_accent_is_the_same_name_told_again():
    sentence = "Za\u0300lgo attacked the town on Saturday."
    text = "\n\n".join([sentence, "Z\u00e0lgo attacked the town on Saturday.", sentence])
    assert len(_events(text, "2016-09-18")) == 1


def test_places_that_are_not_the_sentence_s_first_word_still_tell_two_happenings_apart():
    text = "3 soldiers died in Aleppo on Monday.\n\n3 soldiers died in Homs on Monday."
    assert len(_events(text, "2016-09-18")) == 2


def test_events_with_one_title_are_numbered_in_the_order_told():
    text = " ".join(f"Troops attacked the town on {d}." for d in ("Monday", "Friday", "Sunday"))
    assert [e.id for e in _events(text, "2016-09-18")] == [
        "troops-attacked-the-town",
        "troops-attacked-the-town-2",
        "troops-attacked-the-town-3",
    ]


def test_a_month_with_no_year_placed_in_another_year_than_the_article_s_is_doubtful():
    text = "The warrant was issued in November. He was charged on May 6."
    events = {e.when: e for e in _events(text, "1999-05-07")}
    assert events["November"].doubts == ("'November' names no year: taken to be in 1998",)
    assert events["May 6"].doubts == ()


def test_a_stretch_told_since_a_year_is_doubtful_saying_it_runs_on_to_the_article():
    text = "Kopp has been arrested in several states since 1990, police said."
    (event,) = _events(text, "1999-05-07")
    assert event.doubts == ("'since 1990' is when it began: what it tells runs on to the article",)


def test_each_line_of_a_chronology_is_an_event_of_its_own():
    text = (
        "Key dates in the dispute:\n"
        "March 3 - Dockers walk out in Antwerp\n"
        "March 9 – The port authority cuts their pay\n"
        "• March 14: Talks resume in Brussels\n"
    )
    events = _events(text, "2016-03-20")
    assert [(e.resolution.value, e.title) for e in events] == [
        ("2016-03-03", "Dockers walk out in Antwerp"),
        ("2016-03-09", "The port authority cuts their pay"),
        ("2016-03-14", "Talks resume in Brussels"),
    ]


def test_a_chronologys_heading_is_the_timelines_title():
    text = "Key dates in the dispute:\nMarch 3 - Dockers walk out in Antwerp\n"
    result = load_text(draft_timeline(Draft(text=text, published="2016-03-20", inline=True)))
    assert result.timeline is not None and result.timeline.title == "Key dates in the dispute"


def test_a_sentence_wrapped_across_lines_stays_one_sentence():
    text = "The dockers walked out on Monday after the port\nauthority cut their pay by a third.\n"
    [event] = _events(text, "2016-03-20")
    assert event.title == "The dockers walked out after the port authority cut their pay by a third"


def test_prose_wrapped_before_a_month_or_a_number_is_not_read_as_a_list():
    text = (
        "The engineer warned in\nMarch: the span could fail under load, the council said.\n"
        "Police said that\n3 people - including two children - died on Friday.\n"
    )
    assert [e.quotes[0].text for e in _events(text, "2016-09-21")] == [
        "The engineer warned in\nMarch: the span could fail under load, the council said.",
        "Police said that\n3 people - including two children - died on Friday.",
    ]


def test_a_date_that_only_names_a_happening_titles_the_event_from_its_words():
    [event] = _events(
        "The council will not lift the fines imposed on the port after its 2011 closure of "
        "the docks until the owners pay.",
        "2016-03-20",
    )
    assert (event.resolution.value, event.title) == ("2011", "Closure of the docks")


def test_a_date_that_names_only_a_deadline_says_it_is_the_deadlines():
    text = "The mayor gave no reason for the March 14 deadline."
    yaml_text = draft_timeline(Draft(text=text, published="2016-03-20", inline=True))
    assert "# doubtful: 'March 14' dates the deadline the sentence names" in yaml_text


def test_a_deed_reported_with_its_own_date_is_dated_by_it_not_by_the_saying():
    [event] = _events(
        "Police said Monday that the suspect had fled the city on Saturday.", "2016-09-21"
    )
    assert (event.when, event.resolution.value) == ("on Saturday", "2016-09-17")


def test_a_plan_reported_with_its_date_leaves_the_saying_its_day():
    [event] = _events("Officials said Monday the talks will resume on Friday.", "2016-09-21")
    assert event.when == "Monday"


def test_a_headline_in_capitals_keeps_its_abbreviated_month_whole():
    [event] = _events("PRESIDENT SIGNS LAW ON SEPT. 20\n", "2016-09-21")
    assert (event.title, event.resolution.value) == ("PRESIDENT SIGNS LAW", "2016-09-20")


def test_the_rows_of_a_table_are_events_titled_without_its_bars():
    text = "| 2016-09-12 | Ceasefire began |\n| 2016-09-17 | US strikes hit Syrian troops |\n"
    assert [e.title for e in _events(text, "2016-09-21")] == [
        "Ceasefire began",
        "US strikes hit Syrian troops",
    ]


def test_a_year_in_a_clause_of_its_own_beside_a_day_is_an_event_too():
    events = _events("The fort fell on March 3, 1850, and was rebuilt in 1851.", "2016-09-21")
    assert [(e.resolution.value, e.title) for e in events] == [
        ("1850-03-03", "The fort fell"),
        ("1851", "The fort was rebuilt"),
    ]


def test_a_date_that_is_only_a_yardstick_dates_no_event():
    text = "The dockers struck on Monday. It was the first full strike at the port since 1970."
    assert [e.when for e in _events(text, "2024-03-14")] == ["on Monday"]


def test_a_year_describing_the_subject_dates_nothing_and_a_time_keeps_the_day_before():
    text = (
        "Mayor Daniel Hale resigned on Tuesday.\n\n"
        "Hale, a Democrat first elected in 2019, announced his resignation in a letter "
        "delivered shortly before 9 a.m.\n"
    )
    events = _events(text, "2024-04-17")
    assert [(e.resolution.value, e.title) for e in events] == [
        ("2024-04-16", "Mayor Daniel Hale resigned"),
        ("2024-04-16T09:00", "Hale announced his resignation in a letter delivered"),
    ]


def test_a_quotation_going_on_from_a_dated_saying_counts_its_dates_from_that_day():
    text = (
        "Springfield Mayor Daniel Hale resigned on Tuesday.\n\n"
        '"This is a sad day," Lindgren said at a news conference on Tuesday afternoon. '
        '"But yesterday I told my colleagues that we will get through it."\n'
    )
    events = _events(text, "2024-04-17")
    assert sorted((e.resolution.value, e.title) for e in events) == [
        ("2024-04-15", "Lindgren: I told my colleagues that we will get through it"),
        ("2024-04-16", "Springfield Mayor Daniel Hale resigned"),
        ("2024-04-16TAF", "Lindgren: this is a sad day"),
    ]


def test_a_dateline_with_a_states_abbreviation_is_left_out_of_the_title_and_the_quote():
    text = "SPRINGFIELD, Ill. (AP) - Mayor Daniel Hale resigned on Tuesday after a search.\n"
    [event] = _events(text, "2024-04-17")
    assert event.title == "Mayor Daniel Hale resigned after a search"
    assert event.quotes[0].text == "Mayor Daniel Hale resigned on Tuesday after a search."


def test_a_planned_figures_year_dates_no_event():
    text = "The deal raises pay by 6.5 percent this year and a further 3 percent in 2025.\n"
    assert _events(text, "2024-03-14") == ()


def test_a_month_with_no_year_after_a_sentence_told_in_another_year_is_doubtful():
    text = "The year that made her name was 1998. In January, the concert hall opened in Leeds.\n"
    hall = next(e for e in _events(text, "2023-01-02") if "hall" in e.title)
    assert hall.doubts == (
        "'January' names no year, after a sentence told in 1998: taken to be in 2023",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In Baghdad, a car bomb killed 12 people on Sunday, officials said.", "on Sunday"),
        ("Police have not named the two hikers, who have been missing since Friday.", "Friday"),
    ],
)
def test_a_fronted_place_or_a_not_far_before_since_leaves_the_date_its_event(text, expected):
    assert [e.when for e in _events(text, "2016-09-18")] == [expected]


def test_a_quotation_with_its_own_speaker_does_not_take_the_sentence_befores_day():
    text = '"We are ready," Smith said on Tuesday. "Yesterday was awful," Jones told the BBC.\n'
    assert all(e.when != "Yesterday" for e in _events(text, "2016-09-18"))


def test_a_date_describing_the_speaker_dates_what_the_relative_clause_tells():
    text = '"We are ready," said Kolber, who was elected on Tuesday. "Yesterday we met them."\n'
    assert [(e.when, e.title) for e in _events(text, "2016-09-18")] == [
        ("on Tuesday", "Kolber was elected")
    ]


def test_overnight_after_a_day_told_just_before_the_storys_is_that_days_night():
    text = (
        "Hurricane Lorena made landfall late Tuesday near Biloxi.\n"
        "It weakened to a tropical storm overnight as it moved inland.\n"
    )
    night = next(e for e in _events(text, "2025-10-02") if e.when == "overnight")
    assert night.resolution.value == "2025-09-30TNI"


def test_overnight_in_a_later_paragraph_of_an_earlier_days_news_is_doubtful():
    text = (
        "Thousands were evacuated on Tuesday after the river burst its banks.\n\n"
        "The river rose two metres overnight, officials said.\n"
    )
    night = next(e for e in _events(text, "2023-05-11") if e.when == "overnight")
    assert night.resolution is not None and night.resolution.value == "2023-05-09TNI"
    assert night.doubts and "in another paragraph" in night.doubts[0]


def test_a_second_clause_whose_subject_has_a_name_in_commas_is_its_own_event():
    text = (
        "The river rose two metres overnight, and the town's mayor, Helen Okafor, declared a "
        "state of emergency early Tuesday morning.\n"
    )
    titles = {e.when: e.title for e in _events(text, "2023-05-11")}
    assert titles == {
        "overnight": "The river rose two metres",
        "early Tuesday morning": "The town's mayor, Helen Okafor, declared a state of emergency",
    }


def test_a_clause_dated_from_the_one_before_it_is_its_own_event_anchored_on_it():
    events = _events(
        "A man went missing last Thursday and was found safe the next day.\n", "2023-05-11"
    )
    assert [(e.title, e.when, e.anchor, e.resolution.value) for e in events] == [
        ("A man went missing", "last Thursday", None, "2023-05-04"),
        ("A man was found safe", "the next day", "a-man-went-missing", "2023-05-05"),
    ]


def test_while_and_a_participle_opens_no_clause_of_its_own():
    text = "A man who went missing on Monday while fishing upstream was found the next day.\n"
    assert not any(e.title.startswith("While") for e in _events(text, "2023-05-11"))


def test_figures_for_the_months_ended_a_day_are_dated_by_those_months():
    text = "In the three months ended Sept. 30, Northwind's profit fell 18 percent.\n"
    [event] = _events(text, "2024-10-30")
    assert (event.title, event.resolution.value) == (
        "Northwind's profit fell 18 percent",
        "2024-07/2024-09",
    )
    assert "taken as the months to that day" in event.doubts[0]


def test_a_date_of_what_was_done_before_having_is_not_the_deeds_own():
    text = (
        "Northwind said on Tuesday that it cut its forecast, having already lowered it in July.\n"
    )
    [event] = _events(text, "2024-10-30")
    assert (event.when, event.resolution.value) == ("on Tuesday", "2024-10-29")


def test_a_sentence_dated_only_by_what_was_done_before_says_so_and_drops_it_from_the_title():
    text = (
        "The company cut its full-year forecast for the second time this year, having already "
        "lowered it in July.\n"
    )
    [event] = _events(text, "2024-10-30")
    assert event.title == "The company cut its full-year forecast for the second time this year"
    assert event.doubts == ("'July' dates what was done before ('having ...'), not this",)


def test_the_hour_of_a_routine_dates_no_event():
    text = (
        "The bakery reopened on Saturday.\n\n"
        "For 41 years, the bakery had opened at 5 a.m. six days a week.\n"
    )
    assert [e.when for e in _events(text, "2024-06-16")] == ["on Saturday"]


def test_a_name_or_an_aside_is_no_routine():
    text = (
        "A fire broke out at the offices of the Springfield Daily News at 3:15 a.m. Tuesday.\n\n"
        "A blast ripped through the plant, which usually opens at 6 a.m., at 5:40 a.m. Tuesday.\n"
    )
    assert [e.when for e in _events(text, "2023-10-11")] == [
        "3:15 a.m. Tuesday",
        "5:40 a.m. Tuesday",
    ]


def test_a_range_between_two_months_dates_the_event_whole():
    [event] = _events(
        "The volunteers enrolled between March 2012 and December 2013.\n", "2024-03-14"
    )
    assert (event.title, event.resolution.value) == ("The volunteers enrolled", "2012-03/2013-12")


def test_the_time_a_record_is_the_longest_since_dates_nothing():
    text = "Kestrel beat Rovers on Sunday.\n\nIt was their longest run since the 2019-20 season.\n"
    assert [e.when for e in _events(text, "2025-11-10")] == ["on Sunday"]


def test_a_delay_by_months_to_a_day_is_no_period_of_figures():
    [event] = _events("The deadline was pushed back by three months to March 31.\n", "2023-12-10")
    assert event.when == "March 31"


def test_a_scenes_time_before_its_news_titles_the_news():
    text = (
        "It was a Saturday morning in late April, and the creek behind the bakery had climbed "
        "over its banks.\n"
    )
    [event] = _events(text, "2024-06-16")
    assert event.title.startswith("The creek behind the bakery had climbed")
    assert event.resolution.value == "2024-04"


def test_a_relative_clause_with_a_short_verb_titles_its_own_deed():
    text = "His lawyer argued that the transfers were approved by Gerald Pike, who died in 2019.\n"
    assert [(e.when, e.title) for e in _events(text, "2022-05-01")] == [
        ("2019", "Gerald Pike died")
    ]


def test_figures_to_be_reported_leave_the_date_to_the_report():
    [event] = _events("Harlow will report fourth-quarter results in late June.\n", "2024-02-29")
    assert (event.when, event.resolution.value) == ("late June", "2024-06")


def test_a_headline_above_the_story_is_not_proposed_as_its_lead():
    text = "Ex-treasurer convicted of fraud\n\nPHOENIX — A jury on Friday found John Doe guilty.\n"
    assert [e.when for e in _events(text, "2022-05-01")] == ["on Friday"]


def test_the_day_before_a_happening_it_names_counts_from_that_happening():
    text = (
        "A federal jury on Friday found Raymond Okafor guilty of embezzlement.\n\n"
        "He was arrested in 2020.\n\n"
        "In closing arguments the day before the verdict, prosecutors said he had lied.\n"
    )
    closing = next(e for e in _events(text, "2022-05-01") if "closing" in e.quotes[0].text)
    assert closing.resolution.value == "2022-04-28"


def test_overnight_after_a_time_told_on_a_day_before_the_storys_is_that_nights():
    text = (
        "Hurricane Lorena made landfall late Tuesday near Pascagoula.\n\n"
        "The storm came ashore at about 10 p.m. Central time. It weakened to a tropical storm "
        "overnight as it moved inland.\n"
    )
    events = _events(text, "2025-10-02")
    assert {(e.title, e.resolution.value) for e in events} >= {
        ("The storm came ashore", "2025-09-30T22:00"),
        ("The storm weakened to a tropical storm as it moved inland", "2025-09-30TNI"),
    }


def test_a_date_of_what_did_not_happen_is_doubtful_saying_so():
    [event] = _events("The council did not meet on Monday.\n", "2016-03-02")
    assert event.doubts == ("'on Monday' dates what the sentence says did not happen",)


def test_what_did_not_stop_until_a_day_stopped_then_and_keeps_its_verb_whole():
    [event] = _events("The rain did not let up until late Monday.\n", "2016-03-02")
    assert (event.title, event.when, event.doubts) == (
        "The rain did not let up",
        "late Monday",
        (),
    )


def test_a_sayings_date_after_words_that_date_a_deed_of_their_own_is_doubtful():
    [event] = _events('"We closed on Friday," the mayor said on Tuesday.\n', "2016-03-02")
    assert event.doubts == ("'on Tuesday' is when it was said; the words tell of 'on Friday'",)


def test_a_day_counted_from_a_happening_not_drafted_is_written_out_so_the_file_resolves():
    text = (
        "Trade has slowed. Hussein said of trade with Iraq: ``There are no shipments at the "
        "moment.'' A day earlier, scores of trucks streamed north out of Aqaba to Amman."
    )
    drafted = draft_timeline(Draft(text=text, published="1990-08-16", inline=True))
    assert "'A day earlier' counts from an event the draft does not have" in drafted
    [event] = _events(text, "1990-08-16")
    assert (event.when, event.resolution.value) == ("1990-08-15", "1990-08-15")


def test_a_date_still_to_come_in_a_telling_of_the_past_is_doubtful():
    text = (
        "Reports said Saudi Arabia told U.S., European and Japanese oil companies of a 15-20 "
        "percent cutback in its oil supply in September."
    )
    drafted = draft_timeline(Draft(text=text, published="1990-08-16", inline=True))
    assert "'September' is after publication but told in the past" in drafted


def test_what_the_lead_s_subject_did_next_with_no_date_is_the_lead_s_day_and_doubtful():
    text = (
        "NAIROBI, Kenya (AP) _ Secretary Madeleine Albright paid tribute Tuesday to "
        "bombing victims.\n\n"
        "Albright, arriving after a 16-hour flight, spent about five hours in Tanzania.\n\n"
        "Albright announced a gift of medical supplies to Tanzania and Kenya."
    )
    events = _events(text, "1998-08-18")
    assert [e.resolution.value for e in events] == ["1998-08-18"] * 3
    drafted = draft_timeline(Draft(text=text, published="1998-08-18", inline=True))
    assert drafted.count("taken to be the day of the lead") == 2


def test_what_the_lead_s_subject_did_for_months_is_not_given_the_lead_s_day():
    text = (
        "Secretary Madeleine Albright paid tribute Tuesday to bombing victims.\n\n"
        "Albright for months refused requests to visit the region."
    )
    assert len(_events(text, "1998-08-18")) == 1


def test_a_date_in_the_source_a_sentence_cites_at_its_end_is_doubtful():
    text = (
        "The candy businesses had sales of about $154 million, according to a memorandum "
        "distributed by the company's owner to bankers last December."
    )
    drafted = draft_timeline(Draft(text=text, published="1989-10-30", inline=True))
    assert "'last December' is in whom the sentence cites" in drafted


def test_a_date_that_only_names_a_thing_in_a_sentence_of_how_things_stand_dates_nothing():
    text = (
        "RJR agreed on Friday to sell its candy businesses to Nestle.\n\n"
        "Nestle's share of 7% before Friday's purchases is far below the shares of Hershey."
    )
    assert [e.title for e in _events(text, "1989-10-30")] == [
        "RJR agreed to sell its candy businesses to Nestle"
    ]


def test_the_lead_s_subject_s_past_roles_are_not_given_the_lead_s_day():
    text = (
        "Secretary Madeleine Albright paid tribute Tuesday to bombing victims.\n\n"
        "Albright negotiated the Dayton peace accords as U.N. ambassador.\n\n"
        "Albright fled Czechoslovakia with her family as a girl."
    )
    assert len(_events(text, "1998-08-18")) == 1


def test_a_date_after_an_aside_citing_a_source_is_the_news_s():
    text = "The company, according to a filing, sold the unit last December."
    drafted = draft_timeline(Draft(text=text, published="1989-10-30", inline=True))
    assert "is in whom the sentence cites" not in drafted


def test_a_date_in_a_participle_fronted_before_the_subject_dates_nothing_it_did():
    text = (
        "Sir George Martin died on Tuesday.\n\n"
        "Born in London on Jan. 3, 1926, Martin served in the Fleet Air Arm during World War II."
    )
    assert [e.title for e in _events(text, "2016-03-09")] == ["Sir George Martin died"]


def test_a_date_in_a_condition_that_did_not_happen_dates_nothing():
    text = (
        "Macron won the vote on Sunday.\n\n"
        "Had he won in 2012, he would have been the first president since Chirac to serve twice."
    )
    assert [e.when for e in _events(text, "2021-10-01")] == ["on Sunday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "And I hope that, whatever happens today, our relationship will stay strong.",
        "No matter what happens in November, the talks will go on.",
        "Whatever the outcome Tuesday, the party is split.",
    ],
)
def test_a_date_in_a_happening_left_open_dates_nothing(sentence):
    text = f"Clinton met the Russian envoy on Friday.\n\n{sentence}\n"
    assert [e.when for e in _events(text, "1998-02-13")] == ["on Friday"]


def test_whatever_happened_on_a_day_is_dated_by_it():
    text = "Investigators are piecing together whatever happened Monday night at the plant."
    assert [e.when for e in _events(text, "1998-10-27")] == ["Monday night"]


@pytest.mark.parametrize(
    ("text", "when", "value"),
    [
        (
            "Harlow was arrested in February 2022. She pleaded not guilty at her arraignment "
            "that May.",
            "that May",
            "2022-05",
        ),
        ("In 1998 the river flooded. Farmers replanted that spring.", "that spring", "1998-SP"),
    ],
)
def test_that_may_is_the_may_of_the_year_told_before(text, when, value):
    event = next(e for e in _events(text, "2024-01-04") if e.when == when)
    assert event.anchor is not None
    assert event.resolution is not None and event.resolution.value == value


def test_that_before_a_month_opening_a_clause_is_no_anaphor():
    text = "The company said on Monday that May sales rose 5 percent."
    assert "that May" not in [e.when for e in _events(text, "2024-01-04")]


def test_overnight_after_a_night_told_in_the_paragraph_before_is_that_night_doubted():
    text = (
        "Firefighters made their first progress against the fire on Friday.\n\n"
        "By Tuesday night, deputies were going door to door.\n\n"
        "The fire roughly tripled in size overnight.\n"
    )
    night = next(e for e in _events(text, "2024-08-16") if e.when == "overnight")
    assert night.resolution is not None and night.resolution.value == "2024-08-13TNI"
    assert night.doubts and "in another paragraph" in night.doubts[0]


def test_a_quarters_results_reported_on_a_day_are_dated_by_the_day():
    text = "Halvorsen Foods Inc reported a 38% drop in first-quarter profit on Tuesday."
    [event] = _events(text, "2024-04-23")
    assert (event.when, event.title) == (
        "on Tuesday",
        "Halvorsen Foods Inc reported a 38% drop in first-quarter profit",
    )


def test_a_date_describing_a_noun_in_passing_does_not_date_the_clause():
    text = (
        "In 1988 she was elected to the Academy. A decade later, she led a survey that repeated "
        "measurements along lines first sampled in the 1950s."
    )
    survey = next(e for e in _events(text, "2023-11-18") if "survey" in e.title)
    assert survey.when == "A decade later"
    assert survey.resolution is not None and survey.resolution.value == "1998"


@pytest.mark.parametrize(
    ("text", "when", "value"),
    [
        (
            "By Thursday morning, crews had contained a third of the fire. The body of the man "
            "was found later that day.",
            "later that day",
            "2024-08-15",
        ),
        (
            "Harlow took the stand on Wednesday. The prosecutor began her cross-examination late "
            "in the afternoon.",
            "late in the afternoon",
            "2024-08-14TAF",
        ),
    ],
)
def test_a_later_part_of_the_day_told_before_is_that_days(text, when, value):
    event = next(e for e in _events(text, "2024-08-16") if e.when == when)
    assert event.anchor is not None
    assert event.resolution is not None and event.resolution.value == value


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Members of the union voted in March to strike, as talks that began in 2022 stalled.",
            "March",
        ),
        (
            "Halvorsen Foods reported a 38% drop in first-quarter profit, after a strike closed "
            "its plant on Jan. 3.",
            "first-quarter",
        ),
    ],
)
def test_the_clauses_own_date_wins_over_one_of_another_clause(text, when):
    assert _events(text, "2024-04-23")[0].when == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Harlow was arrested in December 2021. She pleaded not guilty that January.",
            "that January",
        ),
        (
            "The fire spread on Tuesday night. Late in the morning, crews arrived.",
            "Late in the morning",
        ),
    ],
)
def test_a_date_counted_forward_that_falls_before_its_anchor_is_doubted(text, when):
    event = next(e for e in _events(text, "2024-01-04") if e.when == when)
    assert event.doubts and "falls before what it is counted from" in event.doubts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Police said that May, the prime minister, would resign.",
        "She slipped at home and never recovered from that fall.",
    ],
)
def test_that_before_a_name_or_a_noun_is_no_anaphor(text):
    assert all(not e.when.startswith("that") for e in _events(text, "2019-03-01"))


def test_an_age_whose_words_date_themselves_is_not_dated_twice():
    text = "She was born on March 3, 1932. At 17, she won a scholarship in 1950."
    assert [e.resolution.value for e in _events(text, "2023-11-18")] == ["1932-03-03", "1950"]


def test_that_evening_is_the_evening_of_the_day_told_before():
    text = (
        "On Wednesday afternoon, Gov. Tina Kotek invoked the act. A firefighter suffered burns "
        "that evening.\n"
    )
    burns = next(e for e in _events(text, "2024-08-16") if e.when == "that evening")
    assert burns.resolution is not None and burns.resolution.value == "2024-08-14TEV"


@pytest.mark.parametrize(
    "text",
    [
        "Polyansky said on Friday that Moscow abstained.",
        "Officials said on Friday that the court had indicted two men.",
        "The ministry said on Friday that the army evacuated the town.",
    ],
)
def test_a_saying_that_reports_a_deed_done_is_the_event(text):
    assert [e.when for e in _events(text, "2024-06-10")] == ["on Friday"]
