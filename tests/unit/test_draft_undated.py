"""`timeline draft` leaves out what only frames the news (a guess, how things stood decades ago)
and dates, with a doubt, the happenings a story tells without a date of their own."""

from __future__ import annotations

import pytest

from tui.core.model import Event
from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _events(text: str, published: str) -> list[Event]:
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    return result.timeline.events


def test_a_guess_about_last_weeks_fire_is_not_proposed_as_the_fire():
    text = (
        "Firefighters put out a blaze at the Ridgeway mill on Tuesday.\n\n"
        "Last week's fire at the old depot may have been set by the same arsonist."
    )
    assert [e.title for e in _events(text, "2011-06-09")] == [
        "Firefighters put out a blaze at the Ridgeway mill"
    ]


def test_a_source_saying_a_thing_may_happen_still_dates_the_saying():
    [event] = _events("The mayor said on Monday that the bridge may close in June.", "2011-06-09")
    assert event.resolution.value == "2011-06-06"


def test_how_things_stood_a_decade_ago_is_a_frame_not_an_event():
    text = (
        "The two republics signed a border treaty on Friday.\n\n"
        "A decade ago, their armies were trained to fight each other."
    )
    assert [e.resolution.value for e in _events(text, "2011-06-11")] == ["2011-06-10"]


def test_a_lead_whose_deed_is_a_participle_before_a_guess_proposes_nothing_undated():
    text = (
        "A ledger found in the cellar of the old bank may explain where the money went.\n\n"
        "Auditors opened the cellar on Thursday."
    )
    assert [e.title for e in _events(text, "2011-06-11")] == ["Auditors opened the cellar"]


def test_a_year_ago_figure_in_any_currency_is_a_comparison_not_an_event():
    text = (
        "Nordbrau AG said net income in the third quarter rose 31% as the quarter's exports grew."
        "\n\nThe brewer said net income gained to 80 million kronor, or 2.10 kronor a share, "
        "from 61 million kronor, or 1.60 kronor a share, a year ago."
    )
    assert [e.resolution.value for e in _events(text, "2011-11-02")] == ["2011-Q3"]


@pytest.mark.parametrize(
    "stood",
    [
        "Up until Friday, however, the port had treated the cracks as cosmetic.",
        "Until Friday, the port had not called the cracks a danger.",
    ],
)
def test_how_things_stood_up_until_the_news_is_not_an_event_of_that_day(stood):
    text = f"Inspectors closed the pier on Friday.\n\n{stood}"
    assert [e.title for e in _events(text, "2011-06-11")] == ["Inspectors closed the pier"]


def test_a_trend_that_has_recently_been_going_on_is_not_an_event():
    text = (
        "The ferry line cut its fares on Monday.\n\n"
        "Both rival lines have recently been losing passengers to the new bridge."
    )
    assert [e.title for e in _events(text, "2011-06-09")] == ["The ferry line cut its fares"]


def test_a_thing_done_by_now_after_a_named_happening_is_dated_between_the_two_and_doubtful():
    text = (
        "A fire gutted the Harbour Street warehouse on May 2.\n\n"
        "Three men questioned about the fire have been charged with arson."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-09", inline=True))
    charged = {e.title: e for e in _events(text, "2011-06-09")}[
        "Three men questioned about the fire have been charged with arson"
    ]
    assert charged.resolution.value == "2011-05-02/2011-06-09"
    assert "# doubtful: no date in its sentence: done by the time of the article" in yaml_text


def test_a_thing_that_has_not_been_done_is_not_dated_after_the_happening():
    text = (
        "A fire gutted the Harbour Street warehouse on May 2.\n\n"
        "Nobody questioned about the fire has been charged, and no arrest is near."
    )
    assert [e.resolution.value for e in _events(text, "2011-06-09")] == ["2011-05-02"]


def test_a_sentence_going_on_late_in_the_day_takes_the_day_just_told():
    text = (
        "The union and the railway resumed their talks on Monday.\n\n"
        '"We want a fair deal," a driver said.\n\n'
        "Late in the day, the negotiators left the hotel without a word."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-08", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "2011-06-06"
    assert "relative to an event in an earlier paragraph" in yaml_text


def test_a_detail_of_fridays_launch_told_later_is_not_a_second_launch():
    text = (
        "The space agency launched its new weather satellite on Friday.\n\n"
        "Engineers cheered in the control room.\n\n"
        "The timing of Friday's launch was set by the weather."
    )
    assert [e.title for e in _events(text, "2011-06-11")] == [
        "The space agency launched its new weather satellite"
    ]


def test_a_deed_after_fridays_ruling_is_still_proposed_on_its_own():
    text = (
        "The court ruled against the builder on Friday.\n\n"
        "The mayor urged the builder to give up after Friday's ruling."
    )
    assert len(_events(text, "2011-06-11")) == 2


def test_a_scene_on_the_way_to_the_summit_friday_is_not_a_second_summit():
    text = (
        "The two leaders opened their summit in Oslo on Friday.\n\n"
        "On the train to the summit Friday, the aides were asked about the border."
    )
    assert [e.title for e in _events(text, "2011-06-11")] == [
        "The two leaders opened their summit in Oslo"
    ]


def test_a_reaction_to_the_news_just_told_is_proposed_on_its_day():
    text = (
        "The governor said on Tuesday that the dam would be rebuilt.\n\n"
        "A spokesman for the water board said he was unaware of the governor's remarks."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-08", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "2011-06-07"


def test_a_subject_described_as_formed_in_reaction_to_a_threat_is_no_reaction():
    text = (
        "The league admitted two members on Tuesday.\n\n"
        "Formed in reaction to the threat of war, the league was joined by nine states."
    )
    assert len(_events(text, "2011-06-08")) == 1


def test_today_as_the_twelfth_day_of_an_operation_proposes_its_start_not_today():
    text = (
        "Troops held the pass on Monday.\n\n"
        "In the north, today is the 12th day of Operation Granite, the campaign to retake the "
        "valley."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-08", inline=True))
    values = [e.resolution.value for e in load_text(yaml_text).timeline.events]
    assert values == ["2011-05-28", "2011-06-06"]
    assert "taken to have begun 11 days before" in yaml_text


def test_a_sentence_naming_an_offer_of_last_month_takes_that_month_with_a_doubt():
    text = (
        "In October, the investor group made a new offer for the chain. "
        "The board accepted the offer after a long meeting."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-12-02", inline=True))
    first, second = load_text(yaml_text).timeline.events
    assert second.anchor == first.id and second.resolution.value == "2011-10"
    assert "taken to be the same month as the offer" in yaml_text


def test_a_sentence_telling_how_things_stand_is_not_dated_by_the_shooting_it_names():
    text = (
        "A gunman wounded a guard in the shooting at the bank on Monday. "
        "The suspect is wanted in connection with the shooting of two other guards."
    )
    assert len(_events(text, "2011-06-08")) == 1


def test_a_deed_in_the_days_before_a_killing_of_last_spring_is_placed_last_spring():
    text = (
        "The mill owner was killed outside his office last spring.\n\n"
        "Police said a van was seen near the office in the days before the killing."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-11-08", inline=True))
    values = [e.resolution.value for e in load_text(yaml_text).timeline.events]
    assert values == ["2011-SP", "2011-SP"]
    assert "'in the days before the killing', taken to be its time" in yaml_text


def test_a_deed_in_the_weeks_before_a_shooting_on_a_day_spans_that_month_and_the_one_before():
    text = (
        "A guard was shot at the depot on March 3.\n\n"
        "Neighbours said a stranger had watched the gate in the weeks before the shooting."
    )
    watched = _events(text, "2011-06-08")[0]
    assert watched.resolution.value == "2011-02/2011-03"


def test_the_days_before_a_shooting_on_a_given_day_are_not_guessed():
    text = (
        "A guard was shot at the depot on March 3.\n\n"
        "Neighbours said a stranger had watched the gate in the days before the shooting."
    )
    assert [e.resolution.value for e in _events(text, "2011-06-08")] == ["2011-03-03"]


def test_the_same_speaker_telling_the_same_day_again_is_one_event():
    text = (
        "Mayor Okafor said Tuesday that the city had warned the ferry company twice.\n\n"
        "Residents gathered at the pier.\n\n"
        "It was not until Tuesday that Okafor revealed the warnings had been sent in writing."
    )
    assert len(_events(text, "2011-06-08")) == 1


def test_a_speaker_who_also_said_more_that_day_is_a_second_event():
    text = (
        "Mayor Okafor said Tuesday that the city had warned the ferry company twice.\n\n"
        "Okafor also said Tuesday that the pier would be closed for repairs."
    )
    assert len(_events(text, "2011-06-08")) == 2


def test_a_heading_of_two_words_is_not_taken_for_a_retelling_of_the_lead():
    text = (
        "Following are statements made Friday by the mayor and Governor Ruiz.\n\n"
        "Ruiz on Friday.\n\n"
        '"We will rebuild the bridge before winter."'
    )
    assert len(_events(text, "2011-06-11")) == 2


def test_deeds_told_after_a_scene_of_earlier_sunday_take_that_sunday_with_a_doubt():
    text = (
        "Flood water closed the main road on Sunday. Earlier Sunday, volunteers and soldiers "
        "built a wall of sandbags by the river. A boat rescued two fishermen from a roof. "
        "Soldiers carried an old woman to the church hall."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-12", inline=True))
    values = [e.resolution.value for e in load_text(yaml_text).timeline.events]
    assert values == ["2011-06-12"] * 4
    assert yaml_text.count("taken to be the day of the scene it goes on telling") == 2


def test_a_scene_ends_at_the_first_sentence_that_tells_no_deed():
    text = (
        "Flood water closed the main road on Sunday. Earlier Sunday, volunteers built a wall of "
        'sandbags. "We will hold," one said. Soldiers carried an old woman to the church hall.'
    )
    assert len(_events(text, "2011-06-12")) == 2


def test_that_was_when_points_back_at_the_last_day_told_past_a_week():
    text = (
        "The coach was told on Wednesday that the board had lost faith in him. "
        "Last week he had phoned two directors. "
        "That, a friend said, was when the coach began calling the players' agents."
    )
    [calling] = [e for e in _events(text, "2011-06-11") if e.when == "the same day"]
    assert calling.resolution.value == "2011-06-08"


def test_a_previously_announced_plan_is_a_name_not_a_happening_of_the_past():
    text = (
        "The airline cut 40 routes on Monday.\n\n"
        "The cuts follow a previously announced plan to shrink the fleet."
    )
    assert len(_events(text, "2011-06-08")) == 1


def test_earlier_before_a_noun_describes_it_and_dates_nothing():
    text = (
        "The airline cut 40 routes on Monday.\n\n"
        "The cuts are for this crew what strikes were for earlier generations, a pilot said."
    )
    assert len(_events(text, "2011-06-08")) == 1


def test_a_thing_that_has_already_been_done_is_still_a_happening_of_the_past():
    text = "The airline cut 40 routes on Monday.\n\nThe union has already challenged the cuts."
    assert [e.when for e in _events(text, "2011-06-08")] == ["previously", "on Monday"]


def test_a_finding_reported_with_no_date_is_placed_before_the_article_and_doubtful():
    text = (
        "Divers recovered the ferry's bell on Tuesday.\n\n"
        "Investigators said laboratory tests showed the hull had been weakened by rust."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-08", inline=True))
    assert [e.when for e in load_text(yaml_text).timeline.events] == ["previously", "on Tuesday"]
    assert "a finding reported, placed only before the article" in yaml_text


def test_a_charge_told_with_no_date_is_booked_in_the_quarter_the_article_reports():
    text = (
        "Northwind Corp. posted a $648 million loss for the third quarter on Friday.\n\n"
        "Revenue rose 3.7% in the quarter to $2.35 billion. On top of that, the company took a "
        "$230 million charge related to the layoffs of 8,000 employees.\n"
    )
    charge = next(e for e in _events(text, "1989-10-30") if "charge" in e.title)
    assert charge.title.startswith("The company took a $230 million charge")
    assert charge.resolution is not None and charge.resolution.value == "1989-Q3"


def test_a_charge_of_the_year_ago_quarter_it_is_compared_with_is_not_its_date():
    text = (
        "Northwind Corp. said net income in the third quarter rose 63% from a year ago.\n\n"
        "It had eight million guilders of charges in the year-ago quarter. The charges were "
        "offset by a $2 million gain on the sale of investments.\n"
    )
    gain = next(e for e in _events(text, "1989-11-02") if "gain" in e.title)
    assert gain.resolution is not None and gain.resolution.value == "1989-Q3"


def test_a_charge_still_to_come_is_not_put_in_the_quarter_reported():
    text = (
        "Northwind Corp. posted a $648 million loss for the third quarter on Friday.\n\n"
        "Analysts said the company would take a $230 million charge for the layoffs.\n"
    )
    assert not any("charge" in e.title for e in _events(text, "1989-10-30"))


def test_a_reaction_told_with_no_date_is_on_the_day_of_the_leads_news():
    text = (
        "The boy must be returned to his father, immigration authorities ruled Wednesday.\n\n"
        "Relatives in Miami vowed to fight on.\n\n"
        "In Havana, the government gave a guarded first response to the INS ruling.\n"
    )
    events = _events(text, "2000-01-05")
    response = next(e for e in events if "response" in e.title)
    assert response.resolution is not None and response.resolution.value == "2000-01-05"
    assert response.anchor == events[0].id


def test_a_reaction_to_something_the_lead_does_not_tell_is_left_undated():
    text = (
        "The boy must be returned to his father, immigration authorities ruled Wednesday.\n\n"
        "In Havana, the government welcomed the vote in Congress.\n"
    )
    assert not any("welcomed" in e.title for e in _events(text, "2000-01-05"))


def test_a_reaction_to_news_of_a_week_before_is_left_undated():
    text = (
        "The boy must be returned to his father, immigration authorities ruled on Jan. 5.\n\n"
        "In Havana, the government gave a guarded first response to the INS ruling.\n"
    )
    assert not any("response" in e.title for e in _events(text, "2000-01-12"))


def test_welcoming_the_result_of_the_leads_vote_is_on_its_day():
    text = (
        "A constitutional convention voted Friday to make Australia a republic.\n\n"
        "Republicans across the country welcomed the result.\n"
    )
    welcomed = next(e for e in _events(text, "1998-02-13") if "welcomed" in e.title)
    assert welcomed.resolution is not None and welcomed.resolution.value == "1998-02-13"


@pytest.mark.parametrize(
    "lead, sentence",
    [
        (
            "A federal judge ruled Wednesday that the boy must go home.",
            "The earlier ruling by the state court had been condemned by civil-liberties groups.",
        ),
        (
            "The state decided Wednesday to build the dam.",
            "Environmental groups have condemned the decision to flood the valley for years.",
        ),
        (
            "A federal judge ruled Wednesday that the boy must go home.",
            "The decision, which lawyers for the family condemned, will be appealed.",
        ),
        (
            "Troops crossed the border Wednesday into the valley.",
            "The order to withdraw was denounced by settlers.",
        ),
        (
            "The president was truly shaken Wednesday by the news.",
            "The ruling party condemned the decision of its leader to stay.",
        ),
    ],
)
def test_what_is_no_reaction_to_the_leads_news_of_the_day_is_left_undated(lead, sentence):
    events = _events(f"{lead}\n\n{sentence}\n", "2000-01-06")
    assert [e.when for e in events if e.when == "the same day"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Separately, prosecutors filed charges against two former executives, who were accused "
        "of hiding $40 million.",
        "The stock posted gains on the New York Stock Exchange, rising $2 to $30.",
        "The bill's provisions were worth $3 billion to the industry.",
    ],
)
def test_what_is_no_line_of_the_quarters_results_is_not_put_in_it(sentence):
    text = f"Unisys Corp. reported a $648 million loss for the third quarter.\n\n{sentence}\n"
    assert [e.title for e in _events(text, "1999-10-20")] == [
        "Unisys Corp. reported a $648 million loss"
    ]


def test_a_charge_after_another_quarter_is_named_is_in_the_nearest_quarter():
    text = (
        "Unisys Corp. reported a $648 million loss for the third quarter.\n\n"
        "In the second quarter, it recorded a $100 million charge for layoffs. The company "
        "took a $20 million write-off of inventory.\n"
    )
    write_off = next(e for e in _events(text, "1999-10-20") if "write-off" in e.title)
    assert write_off.resolution is not None and write_off.resolution.value == "1999-Q2"


def test_a_year_ago_quarter_compared_with_never_dates_a_charge():
    text = (
        "Unisys Corp. reported a $648 million loss for the third quarter.\n\n"
        "That compared with a profit of $50 million in the year-earlier quarter.\n\n"
        "The company took a $230 million charge related to the layoffs.\n"
    )
    charge = next(e for e in _events(text, "1999-10-20") if "charge" in e.title)
    assert charge.resolution is not None and charge.resolution.value == "1999-Q3"
