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
