"""A draft's `# doubtful: why` comments are read back with the events they sit above."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_file, load_text

TIMELINE = """\
title: T
sources:
  a: {title: A, published: 2016-09-18}
events:
  # doubtful: the day is a guess
  # (a plain comment between)
  # doubtful: the quote is reported speech
  - id: first
    title: First
    when: on Monday
  - id: second
    title: Second
    when: on Tuesday
  # doubtful: only the month is known
  - title: Third
    when: September
"""


def _doubts(text: str) -> dict[str, tuple[str, ...]]:
    return {e.title: e.doubts for e in load_text(text, "t.yaml").timeline.events}


def test_every_doubt_above_an_event_is_kept_in_the_file_s_order():
    assert _doubts(TIMELINE)["First"] == ("the day is a guess", "the quote is reported speech")


def test_a_doubt_belongs_to_the_event_below_it_not_to_the_one_before():
    doubts = _doubts(TIMELINE)
    assert (doubts["Second"], doubts["Third"]) == ((), ("only the month is known",))


def test_a_file_without_doubts_gives_none():
    assert set(_doubts(TIMELINE.replace("doubtful", "note")).values()) == {()}


def test_a_drafted_file_opened_again_carries_each_proposal_s_doubts(tmp_path):
    text = "The ceasefire began on Monday. Officials said the talks had already failed."
    path = tmp_path / "draft.yaml"
    path.write_text(draft_timeline(Draft(text=text, published="2016-09-18", inline=True)), "utf-8")
    written = [
        line.strip()[len("# doubtful: ") :]
        for line in path.read_text("utf-8").splitlines()
        if line.strip().startswith("# doubtful: ")
    ]
    events = load_file(path).timeline.events
    assert written and sorted(d for e in events for d in e.doubts) == sorted(written)


def test_a_doubt_inside_a_block_of_details_is_text_not_a_doubt_of_the_next_event():
    text = TIMELINE.replace(
        "    when: on Monday\n",
        "    when: on Monday\n    details: |\n      Notes.\n      # doubtful: part of the notes\n",
    )
    assert _doubts(text)["Second"] == ()


def test_lines_broken_by_a_lone_carriage_return_are_counted_as_yaml_counts_them():
    text = TIMELINE.replace("  # (a plain comment between)\n", "  # a\r  # b\r")
    doubts = _doubts(text)
    assert doubts["First"] == ("the day is a guess", "the quote is reported speech")
    assert doubts["Second"] == ()


def test_a_doubt_above_a_list_written_on_one_line_belongs_to_no_event():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n# doubtful: the list\n"
        "events: [{title: First, when: on Monday}, {title: Second, when: on Tuesday}]\n"
    )
    assert set(_doubts(text).values()) == {()}


def test_a_hundred_doubts_above_one_event_are_twenty_lines_with_the_rest_counted():
    text = TIMELINE.replace("  # doubtful: the day is a guess\n", "  # doubtful: d\n" * 100)
    doubts = _doubts(text)["First"]
    assert len(doubts) == 20 and doubts[-1] == "and 82 more doubts"


def test_a_line_separator_inside_a_value_breaks_no_line_for_the_doubts_either():
    text = TIMELINE.replace(
        "    when: on Monday\n", '    when: on Monday\n    details: "a\u2028b"\n'
    )
    doubts = _doubts(text)
    assert doubts["Third"] == ("only the month is known",) and doubts["Second"] == ()
