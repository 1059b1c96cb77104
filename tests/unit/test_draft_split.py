"""`timeline draft` finds every happening of a sentence that reports several (issue 14): each
item of a dated list, not the year the list counts from."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _events(text: str, published: str):  # type: ignore[no-untyped-def]
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    return result.timeline.events


def test_a_list_counted_since_a_year_gives_each_later_year_not_the_start():
    text = (
        "Since 1990, the league has grown to take in Leeds and York in 1994, "
        "Hull in 1999 and Bath in 2003."
    )
    assert [e.resolution.value for e in _events(text, "2010-05-01")] == ["1994", "1999", "2003"]


def test_a_since_date_alone_still_dates_its_sentence():
    [event] = _events("Since 2004, the mill has closed twice.", "2010-05-01")
    assert event.resolution.value == "2004"


def test_each_item_of_a_dated_list_is_titled_with_what_the_list_did():
    text = "The bank opened branches, adding Lyon in 2001, Nantes in 2005 and Lille in 2008."
    titles = [e.title for e in _events(text, "2010-05-01")]
    assert titles[1].endswith("adding Nantes") and titles[2].endswith("adding Lille")


def test_a_named_papers_report_of_an_undated_deed_is_proposed_on_the_day_of_the_report():
    text = (
        "The missing banker was spotted boarding a ferry to Calais, the Dover Chronicle reported "
        "Tuesday."
    )
    [event] = _events(text, "2011-06-10")
    assert event.resolution.value == "2011-06-07"
    assert event.title.startswith("Dover Chronicle: The missing banker was spotted boarding")


def test_a_nameless_sources_word_is_no_event_of_its_own():
    text = "The minister has offered to resign, party sources said Tuesday."
    assert list(_events(text, "2011-06-10")) == []


def test_a_named_sources_opinion_is_no_event_of_its_own():
    text = "The plan is sound and fair to everyone, Mayor Ruth Okafor said Tuesday."
    assert list(_events(text, "2011-06-10")) == []


def test_happenings_counted_over_the_past_years_run_from_then_to_this_year():
    text = "Police have linked the fire to six other attacks on shops in the past three years."
    [event] = _events(text, "2011-06-10")
    assert event.resolution.value == "2008/2011"


def test_a_trend_over_the_past_years_is_no_stretch_of_happenings():
    text = "Profit has fallen in each of the past three years, despite steady sales."
    assert list(_events(text, "2011-06-10")) == []


def test_a_visit_ending_as_the_days_story_speaks_runs_up_to_that_day_and_is_doubtful():
    text = (
        "The Chilean envoy said Thursday the loan was agreed.\n\n"
        "Ortega, concluding a three-day trip, said both sides were pleased."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-06-09", inline=True))
    stay = [e for e in _events(text, "2011-06-09") if e.title == "Ortega ends three-day trip"]
    assert [e.resolution.value for e in stay] == ["2011-06-07/2011-06-09"]
    assert "# doubtful: 'concluding a three-day trip'" in yaml_text


def test_a_visit_ending_in_a_story_of_an_earlier_day_is_not_guessed():
    text = (
        "The Chilean envoy said Tuesday the loan was agreed.\n\n"
        "Ortega, concluding a three-day trip, said both sides were pleased."
    )
    assert all("trip" not in e.title for e in _events(text, "2011-06-09"))


def test_a_deed_told_in_a_relative_clause_on_its_own_date_is_a_second_event():
    text = (
        "Harbor Mills said on Monday it had been approached by Delta Foods, "
        "which bought its bakery unit in 2004."
    )
    events = {e.title: e.resolution.value for e in _events(text, "2011-06-10")}
    assert events["Delta Foods bought its bakery unit"] == "2004" and len(events) == 2


def test_a_possibility_in_a_relative_clause_is_no_event_of_its_own():
    text = (
        "Officials said on Monday they would meet the envoy, who could arrive as early as Friday."
    )
    assert [e.resolution.value for e in _events(text, "2011-06-08")] == ["2011-06-06"]


def test_a_month_after_a_past_deed_in_a_relative_clause_is_the_last_one_and_doubtful():
    text = (
        "Harbor Mills said in May it had been approached by Delta Foods, "
        "which agreed to buy its bakery unit for $2 million in February."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2011-11-02", inline=True))
    events = {e.title: e.resolution.value for e in _events(text, "2011-11-02")}
    assert events["Delta Foods agreed to buy its bakery unit for $2 million"] == "2011-02"
    assert "taken as 'last February'" in yaml_text


def test_a_happening_named_by_whose_it_was_before_its_year_is_its_own_event():
    text = (
        "The Harbor Guild's work has changed since its founding in 1921, a year when William Dale "
        "gave his famous lecture on March 3, 1919."
    )
    events = {e.title: e.resolution.value for e in _events(text, "2011-06-10")}
    assert events["The Harbor Guild founded"] == "1921"


def test_an_embargo_named_by_its_year_is_its_own_event_beside_the_days_news():
    text = "The senate on Friday tightened the 1993 trade embargo against Ruritania."
    assert sorted(e.resolution.value for e in _events(text, "2011-06-13")) == [
        "1993",
        "2011-06-10",
    ]


def test_a_happening_followed_by_another_on_its_own_date_gives_two_events():
    text = "Then came another sister, Georgina, in 1983, followed by Manuel and Lazaro in 1984."
    assert [(e.title, e.resolution.value) for e in _events(text, "2000-02-24")] == [
        ("Another sister, Georgina, came", "1983"),
        ("Manuel and Lazaro followed", "1984"),
    ]


def test_what_followed_is_titled_by_itself_not_by_the_subject_before_it():
    text = "The strike began on Monday, followed by a march on Wednesday."
    titles = [e.title for e in _events(text, "2000-02-24")]
    assert titles == ["The strike began", "A march followed"]
