"""`timeline draft` dates a happening named by a noun on that noun's date, and titles each
item of a list by whoever did it (issue 14)."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _events(text: str, published: str):  # type: ignore[no-untyped-def]
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    return result.timeline.events


def test_a_second_clause_with_no_subject_is_titled_with_the_first_clauses_subject():
    text = (
        "Farmers staged a tractor rally in Lyon on Tuesday and were hoping to block the ring road "
        "on Thursday."
    )
    titles = [e.title for e in _events(text, "2012-03-05")]
    assert titles[1].startswith("Farmers were hoping to block the ring road")


def test_a_sighting_a_named_paper_reports_is_proposed_on_the_day_of_the_report():
    text = "The stolen van was seen near the docks, the Harbour Gazette reported Monday."
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "2012-03-05"
    assert event.title.startswith("Harbour Gazette: The stolen van was seen near the docks")


def test_a_date_after_the_announcement_by_someone_titles_what_they_announced():
    text = (
        "The square was renamed to honor the announcement by Mayor Ines Varga of the founding "
        "of the city museum 40 years ago, the council said."
    )
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "1972"
    assert event.title == "Mayor Ines Varga announced the founding of the city museum"


def test_a_date_after_the_collapse_of_something_titles_the_collapse():
    text = "Trade has doubled since the region opened up after the collapse of the junta in 1991."
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "1991"
    assert event.title == "The junta collapsed"


def test_a_date_after_the_object_of_the_clauses_verb_stays_the_clauses():
    text = "The town celebrated the creation of its first school on Friday."
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "2012-03-02"
    assert event.title.startswith("The town celebrated the creation of its first school")


def test_a_noun_of_happening_before_a_date_to_come_is_not_taken_for_that_date():
    text = "The mill will reopen after the signing of the sale on Friday."
    [event] = _events(text, "2012-03-07")
    assert event.title.startswith("The mill will reopen")


def test_guests_invited_to_a_ceremony_to_come_are_titled_attending_it_on_its_day():
    text = (
        "The governor has invited the mayors of Ely and Wisbech to a ceremony in Cambridge on "
        "June 4 to open the new bridge."
    )
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "2012-06-04"
    assert event.title == "Mayors of Ely and Wisbech to attend ceremony in Cambridge"


def test_a_witness_summoned_to_testify_on_a_day_to_come_is_titled_testifying():
    text = "The committee chairman said he subpoenaed the harbour master to testify on April 2."
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "2012-04-02"
    assert event.title == "Harbour master to testify"


def test_an_invitation_dated_in_the_past_keeps_the_inviters_title():
    text = "The league invited the two clubs to join the cup in May."
    [event] = _events(text, "2012-09-07")
    assert event.resolution.value == "2012-05"
    assert event.title.startswith("The league invited the two clubs")


def test_a_there_is_sentence_lends_no_subject_to_the_next_sentences_it():
    text = (
        "There were six founding members of the league at the start. "
        "Since 1990, it has grown to take in Leeds in 1994 and Hull in 1999."
    )
    titles = [e.title for e in _events(text, "2010-05-01")]
    assert titles and not any(t.startswith("There") for t in titles)


def test_an_invited_guest_list_keeps_its_own_words_in_the_title():
    text = "The embassy has invited Mayor Okafor and the harbour board to a dinner on June 4."
    [event] = _events(text, "2012-03-07")
    assert event.title == "Mayor Okafor and the harbour board to attend dinner"


def test_a_list_of_names_then_who_clause_is_titled_by_the_main_clause():
    text = (
        "Spain, the Netherlands and Belgium, which were picked to host the cup in May 2009, will "
        "stage the final matches on July 3."
    )
    [event] = _events(text, "2012-03-07")
    assert event.resolution.value == "2012-07-03"
    assert event.title.startswith("Spain, the Netherlands and Belgium will stage the final")


def test_it_after_a_subject_with_an_adverb_before_its_verb_is_named_for_that_subject():
    text = (
        "The port authority probably wouldn't sell at that price. "
        "It sold two of its ferries on May 3."
    )
    [event] = _events(text, "2012-06-07")
    assert event.title.startswith("The port authority sold two of its ferries")


def test_a_happening_named_by_its_dates_possessive_is_proposed_on_that_date():
    text = (
        "Albright said on Tuesday that she was heartened by cooperation from Kenya and Tanzania "
        "in probing into last Friday's bombings of U.S. embassies."
    )
    dates = {e.title: e.resolution.value for e in _events(text, "1998-08-11")}
    assert dates["The bombings of U.S. embassies"] == "1998-08-07"


def test_the_and_of_a_name_does_not_end_the_words_naming_a_happening():
    text = (
        "Officials met on Monday, after the 1998 bombings at American embassies in Kenya and "
        "Tanzania."
    )
    titles = [e.title for e in _events(text, "1998-08-17")]
    assert "The bombings at American embassies in Kenya and Tanzania" in titles
