"""A "he" or "she" that opens a paragraph is named in the drafted title (issue 14) when the
sentences before it carry the same person over: a subject named, then sentences opening on the
same pronoun. The stories are invented."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _titles(text: str, published: str) -> list[str]:
    result = load_text(draft_timeline(Draft(text=text, published=published, inline=True)))
    assert result.timeline is not None
    return [e.title for e in result.timeline.events]


def test_a_paragraph_opening_on_she_is_named_from_the_subject_carried_over_to_it():
    text = (
        "Ruth Calder, a chemist who mapped the lake's algae, died on Friday. She was 80.\n\n"
        "Ruth Okonkwo Calder was born in 1944 in Leeds. She spent summers on the coast.\n\n"
        "She graduated from Durham University in 1966 and earned a doctorate in 1970.\n"
    )
    titles = _titles(text, "2024-03-12")
    assert "Calder graduated from Durham University" in titles
    assert "Calder earned a doctorate" in titles


def test_her_opening_a_paragraph_is_the_carried_over_persons():
    text = (
        "Dr. Anna Lind, a surgeon, died on Friday.\n\n"
        "Dr. Lind retired in 2004. She taught at the college until 2010.\n\n"
        "Her husband died in 2012.\n"
    )
    assert "Lind's husband died" in _titles(text, "2024-03-12")


def test_the_speaker_of_a_quotation_is_the_he_of_the_paragraph_after_it():
    text = (
        "Steel profits fell 54% in the third quarter, Bethmoor said on Tuesday.\n\n"
        '"It does not bode well," said John Jacobson, an analyst at Keel Partners.\n\n'
        "He thinks several steelmakers will report losses in the third quarter of 1990.\n"
    )
    assert any(t.startswith("Jacobson thinks") for t in _titles(text, "1989-10-26"))


def test_another_subject_between_them_keeps_the_pronoun_unnamed():
    text = (
        "Ruth Calder was born in 1944 in Leeds.\n\n"
        "The city council named a park after her mother in 1950.\n\n"
        "She graduated from Durham University in 1966.\n"
    )
    assert not any("Calder graduated" in t for t in _titles(text, "2024-03-12"))


def test_a_man_named_before_is_not_the_she_of_the_paragraph_after():
    text = (
        "Tom Reyes was born in 1944 in Leeds. He spent summers on the coast.\n\n"
        "She graduated from Durham University in 1966.\n"
    )
    assert not any("Reyes graduated" in t for t in _titles(text, "2024-03-12"))


def test_a_framed_she_goes_on_with_the_lead_subjects_day():
    text = (
        "Secretary of State Madeleine Albright paid tribute Tuesday to the bombing victims.\n\n"
        '"We will find the killers," Albright told embassy workers.\n\n'
        "Albright, arriving after a 16-hour flight, spent five hours in Tanzania.\n\n"
        "She was scheduled to meet President Daniel arap Moi before returning home.\n\n"
        "In Dar es Salaam, she laid a wreath next to the crater.\n"
    )
    result = load_text(draft_timeline(Draft(text=text, published="1998-08-18", inline=True)))
    assert result.timeline is not None
    wreath = next(e for e in result.timeline.events if "wreath" in e.title)
    assert wreath.title.startswith("Albright laid")
    assert wreath.resolution is not None and wreath.resolution.value == "1998-08-18"


def test_a_man_married_to_the_woman_is_not_the_she_after_them():
    text = "John Ellison married Margaret Hale in 1960.\n\nShe graduated from Radcliffe in 1963.\n"
    assert "Ellison graduated from Radcliffe" not in _titles(text, "2024-03-12")


def test_a_he_after_someone_told_of_without_a_name_is_that_person():
    text = (
        "On Wednesday afternoon, Gov. Tina Kotek invoked the act. A firefighter suffered burns "
        "that evening. He was flown to a hospital in Portland on Thursday.\n"
    )
    assert "The firefighter was flown to a hospital in Portland" in _titles(text, "2024-08-16")


def test_a_deed_told_at_an_age_is_dated_from_the_birth_year_and_named():
    text = (
        "Margaret Ellison Doyle, a chemist, died on Friday.\n\n"
        "She was born on March 3, 1932, in Lagos. At 17 she won a scholarship to University "
        "College Ibadan, and she later earned her doctorate in London in 1959.\n"
    )
    result = load_text(draft_timeline(Draft(text=text, published="2023-11-18", inline=True)))
    assert result.timeline is not None
    dated = {e.title: e.resolution.value for e in result.timeline.events if e.resolution}
    assert dated["Doyle won a scholarship to University College Ibadan"] == "1949"
    assert dated["Doyle later earned her doctorate in London"] == "1959"
    assert dated["Doyle was born, in Lagos"] == "1932-03-03"


def test_the_man_the_officer_spoke_of_is_the_he_after_them():
    text = "Later the officer said a man had fled with the cash. He was arrested on Tuesday.\n"
    assert "The man was arrested" in _titles(text, "2024-08-16")
