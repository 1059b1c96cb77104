"""A story's lead is its news: proposed even when it carries no date, unless it only reports words
(not a deed done), sets a scene, or is told again later with its date."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _events(text: str, published: str = "1989-11-02"):  # type: ignore[no-untyped-def]
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    return result.timeline.events


def test_an_undated_lead_is_proposed_as_recent_news_and_marked_doubtful():
    text = (
        "Acme Corp.'s chief financial officer, Jane Doe, resigned, the company said.\n\n"
        "Acme shares closed up 10 cents yesterday."
    )
    yaml = draft_timeline(Draft(text=text, published="1989-11-02", inline=True))
    first = _events(text)[0]
    assert first.when == "recently" and first.resolution.value == "PAST_REF"
    assert "# doubtful: no date in the lead" in yaml


def test_a_lead_that_only_reports_words_proposes_nothing_undated():
    text = "Acme Corp. said it plans to cut prices.\n\nAcme shares closed up 10 cents yesterday."
    assert [e.when for e in _events(text)] == ["yesterday"]


def test_a_lead_that_reports_a_deed_done_is_proposed_as_recent_news():
    text = (
        "Acme Corp. said it sold its candy business to Brightfield Foods.\n\n"
        "Acme shares closed up 10 cents yesterday."
    )
    first = _events(text)[0]
    assert first.when == "recently" and "sold its candy business" in first.title


def test_a_lead_whose_deed_comes_before_what_its_doer_said_is_recent_news():
    text = (
        "A unit of DPC Acquisition Partners launched a $10-a-share tender offer for Dataproducts "
        'Corp., and said it would seek to liquidate the maker "as soon as possible."\n\n'
        "Dataproducts shares closed up 10 cents yesterday."
    )
    first = _events(text)[0]
    assert first.when == "recently" and "launched a $10-a-share tender offer" in first.title


def test_a_lead_that_reports_a_periods_results_is_not_recent_news():
    text = (
        "Acme Corp. said net income for the six months ended Oct. 1 slipped 5% to $9 million.\n\n"
        "Acme shares closed up 10 cents yesterday."
    )
    assert "recently" not in [e.when for e in _events(text)]


def test_a_feature_lead_sets_a_scene_and_proposes_nothing():
    text = "This hasn't been Acme's year.\n\nAcme shares fell 10 cents yesterday."
    assert [e.when for e in _events(text)] == ["yesterday"]


def test_a_lead_told_again_with_its_date_is_proposed_once_on_that_date():
    text = (
        "Zenith Holdings Corp. completed its $3 billion acquisition of Acme Inc.\n\n"
        "Zenith completed the purchase yesterday."
    )
    assert [e.resolution.value for e in _events(text)] == ["1989-11-01"]


def test_a_date_in_an_aside_of_the_lead_dates_the_aside_not_the_news():
    text = (
        "Coleco Industries Inc., a toy maker whose stock peaked in the early 1980s, filed a "
        "reorganization plan."
    )
    [event] = _events(text)
    assert event.resolution.value == "PAST_REF"


def test_a_trend_in_recent_years_proposes_no_event():
    text = (
        "Police found the body Friday.\n\n"
        "Some countries have suffered from a rash of kidnappings in recent years."
    )
    assert [e.when for e in _events(text, "1998-02-13")] == ["Friday"]


def test_a_habit_each_july_proposes_no_event():
    text = "Police found the bomb Sunday.\n\nOrangemen march each July through the town."
    assert [e.when for e in _events(text, "1998-03-22")] == ["Sunday"]


def test_a_season_still_ahead_frames_the_story_and_proposes_no_event():
    text = "Police found the bomb Sunday.\n\nProtesters demanded talks before marches this summer."
    assert [e.when for e in _events(text, "1998-03-22")] == ["Sunday"]


def test_a_happening_named_by_its_date_is_proposed_apart_on_that_date():
    text = "Kopp was indicted last year in the October 1998 shooting death of Dr. Slepian."
    events = _events(text, "2000-01-24")
    assert sorted((e.resolution.value, e.title) for e in events) == [
        ("1998-10", "Dr. Slepian shot dead"),
        ("1999", "Kopp was indicted in the October 1998 shooting death of Dr. Slepian"),
    ]


def test_a_list_of_dated_meetings_is_one_event_per_meeting():
    text = (
        "Adams stayed out pending meetings with Blair 10 days ago and President Clinton last week."
    )
    events = _events(text, "1998-03-22")
    assert sorted(e.resolution.value for e in events) == ["1998-03-12", "1998-W11"]


def test_they_did_next_is_the_same_day_as_what_they_did_before():
    text = "Police found explosives Sunday in a shed. They arrested two men at the farm."
    events = _events(text, "1998-03-22")
    assert [e.resolution.value for e in events] == ["1998-03-22", "1998-03-22"]
    assert events[1].anchor == events[0].id


def test_they_refused_to_comment_is_no_event():
    text = "Police found explosives Sunday in a shed. They refused to provide details."
    assert len(_events(text, "1998-03-22")) == 1


def test_the_start_of_a_count_dates_no_event():
    text = (
        "A task force began work Thursday.\n\n"
        "Eight of the 14 killings since 1993 were already under investigation."
    )
    assert [e.when for e in _events(text, "1998-04-02")] == ["Thursday"]


def test_a_framing_phrase_gives_way_to_who_did_what_in_the_title():
    [event] = _events(
        "In response to the new charges, Canadian officials confirmed Friday that Kopp is a "
        "suspect in sniper shootings."
    )
    assert event.title.startswith("Canadian officials confirmed that Kopp is a suspect")


def test_an_appositive_after_the_subject_gives_way_when_the_title_is_long():
    [event] = _events(
        "William C. Walbrecher Jr., an executive at San Francisco-based 1st Nationwide Bank, was "
        "named president of Citadel Holding Corp. on Monday."
    )
    assert event.title.startswith("William C. Walbrecher Jr. was named president")


def test_the_next_item_of_a_list_is_titled_with_the_words_it_completes():
    text = "Adams met with Blair 10 days ago and President Clinton last week."
    titles = {e.resolution.value: e.title for e in _events(text, "1998-03-22")}
    assert titles["1998-W11"] == "Adams met with President Clinton"


def test_a_quoted_deed_said_on_a_day_is_that_day_s_news():
    text = (
        "Police seized a bomb Sunday.\n\n"
        "``We were unjustly pushed out of the talks but we are back,'' Adams said Sunday."
    )
    assert len(_events(text, "1998-03-22")) == 2


def test_a_quoted_opinion_said_on_a_day_is_no_event():
    text = "Police seized a bomb Sunday.\n\n``This is a sad day for everyone,'' Adams said Sunday."
    assert len(_events(text, "1998-03-22")) == 1


def test_an_eight_month_old_truce_began_eight_months_before_the_article():
    text = (
        "Police seized a bomb Sunday.\n\nExtremists want to undermine the IRA's 8-month-old truce."
    )
    events = _events(text, "1998-03-22")
    assert ("IRA's truce begins", "1997-07") in [(e.title, e.resolution.value) for e in events]


def test_a_speakers_we_is_titled_in_their_words():
    text = "Police seized a bomb Sunday.\n\n``We were pushed out of the talks,'' Adams said Sunday."
    titles = [e.title for e in _events(text, "1998-03-22")]
    assert "Adams: we were pushed out of the talks" in titles


def test_a_lead_that_opens_on_a_while_clause_sets_a_scene():
    text = (
        "While the Internet has been a blessing for researchers, it worried parents.\n\n"
        "Acme shares fell 10 cents yesterday."
    )
    assert [e.when for e in _events(text)] == ["yesterday"]


def test_a_lead_dated_only_by_its_attribution_is_that_day_s_news_and_doubtful():
    text = (
        "BUDAPEST, Hungary (AP)_ Hungarian astronaut Bertalan Farkas is leaving for the United "
        "States to start a new career, he said Saturday.\n\nHe flew on the Soyuz 36 in 1980."
    )
    lead = next(e for e in _events(text, "1998-04-18") if "Farkas" in e.title)
    assert (lead.when, lead.resolution.value) == ("Saturday", "1998-04-18")
    assert lead.doubts == (
        "'Saturday' is when it was told; what it tells may have happened before",
    )


def test_a_lead_in_the_present_perfect_dated_only_by_its_attribution_is_left_to_the_body():
    text = (
        "One of the president's sons has informed the chief of staff that he has lost support, "
        "a source said Monday.\n\nThe chief of staff resigned on Tuesday."
    )
    assert [e.when for e in _events(text, "1991-12-03")] == ["on Tuesday"]


def test_a_capitalised_name_ending_in_ed_is_no_deed_of_the_lead():
    text = "Farkas is leaving for the United States.\n\nHe flew on the Soyuz 36 in 1980."
    assert [e.when for e in _events(text, "1998-04-18")] == ["1980"]
