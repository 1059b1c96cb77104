"""The review of a drafted timeline, driven from the keyboard through Textual's pilot."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.console import Console
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static, TextArea

from tests.support import REPO
from tui.cli import _write_problem
from tui.dates import parse_anchor
from tui.formats.draft import Draft, Proposal, propose, render_yaml
from tui.formats.draft_review import Review
from tui.ui.screens.review import ReviewApp, Writer

ARTICLE = (REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt").read_text("utf-8")
PUBLISHED = parse_anchor("2016-09-18")
SIZE = (140, 40)


def _app(write: Writer | None = None) -> ReviewApp:
    assert PUBLISHED is not None
    review = Review.start(ARTICLE, PUBLISHED, propose(ARTICLE, PUBLISHED))
    return ReviewApp(review, "out.yaml", write)


def _writer(out: Path) -> Writer:
    """What the draft command writes with: the YAML, atomically, never over a file without
    --force."""

    def write(accepted: list[Proposal]) -> str | None:
        request = Draft(text=ARTICLE, published="2016-09-18", inline=True)
        return _write_problem(
            render_yaml(request, accepted, article_file=None), str(out), force=False
        )

    return write


def _status(app: ReviewApp) -> str:
    return str(app.screen.query_one("#review-status", Static).render())


def _notes(app: ReviewApp) -> str:
    return " | ".join(str(n.message) for n in app._notifications)


def _rows(app: ReviewApp) -> list[str]:
    """Each entry of the list as its words read, the date line and the title's lines joined."""
    options = app.screen.query_one("#proposals", OptionList)
    console = Console(width=200)
    rows = []
    for i in range(options.option_count):
        with console.capture() as drawn:
            console.print(options.get_option_at_index(i).prompt)
        rows.append(" ".join(drawn.get().split()))
    return rows


def _drawn(app: ReviewApp, selector: str) -> str:
    """A widget of the current screen as it is drawn, its lines joined."""
    widget = app.screen.query_one(selector, Widget)
    width, height = widget.size
    return " ".join(s.text.strip() for s in widget.render_lines(Region(0, 0, width, height)))


async def _in_article(app: ReviewApp, pilot: Pilot[None], at: tuple[int, int]) -> TextArea:
    """Tab into the article and put its cursor at ``at`` (row, column)."""
    await pilot.press("tab")
    area = app.screen.query_one("#article", TextArea)
    area.cursor_location = at
    return area


def _underlined(app: ReviewApp) -> str:
    """The article's text drawn underlined on screen, the soft-wrapped lines joined."""
    area = app.screen.query_one("#article", TextArea)
    drawn = []
    for y in range(area.size.height):
        for segment in area.render_line(y):
            if segment.style is not None and segment.style.underline:
                drawn.append(segment.text)
    return " ".join("".join(drawn).split())


async def test_the_first_proposal_s_sentence_is_highlighted_in_the_article():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        area = app.screen.query_one("#article", TextArea)
        assert "four US-led airstrikes which mistakenly killed" in area.selected_text
        assert "on Saturday → Sat 17 Sep 2016" in _status(app)


async def test_accepted_proposals_are_what_the_review_hands_back():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "x", "a", "w")
    assert app.return_value is not None
    titles = [p.title for p in app.return_value]
    assert titles[0] == "Four US-led airstrikes mistakenly killed around 60 Syrian soldiers"
    assert len(titles) == 2


async def test_quitting_before_deciding_anything_quits_at_once():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_value is None


async def test_a_title_is_edited_in_place_and_letters_are_not_taken_as_commands():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "ctrl+u", *"Strikes hit a Syrian base", "enter", "a", "w")
    assert app.return_value is not None
    assert [p.title for p in app.return_value] == ["Strikes hit a Syrian base"]


async def test_editing_when_resolves_the_new_date_and_shows_it():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "ctrl+u", *"17 September 2016", "enter")
        await pilot.pause()
        assert "17 September 2016 → Sat 17 Sep 2016" in _status(app)


async def test_merging_keeps_the_earlier_event_with_both_sentences_as_quotes():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        options = app.screen.query_one("#proposals", OptionList)
        count = options.option_count
        await pilot.press("down", "m")
        assert options.option_count == count - 1
        await pilot.press("a", "w")
    assert app.return_value is not None
    [merged] = app.return_value
    assert merged.quotes and "America apologised" in merged.quotes[0]


async def test_merging_the_first_proposal_or_into_a_rejected_one_is_refused_saying_why():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        options = app.screen.query_one("#proposals", OptionList)
        count = options.option_count
        await pilot.press("m")
        assert "Not merged: it is the first" in _notes(app)
        await pilot.press("x", "m")
        await pilot.pause()
        assert "Not merged: the one before it is rejected" in _notes(app)
        assert options.option_count == count


async def test_a_when_of_ten_thousand_characters_is_shown_cut_to_one_line():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "ctrl+u")
        app.screen.query_one(Input).value = "soon " * 2000
        await pilot.press("enter")
        await pilot.pause()
        status = _status(app)
        assert "(9,999 characters)" in status and len(status) < 600


async def test_an_event_is_added_from_the_sentence_under_the_article_s_cursor():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        # "In southern Syria, government helicopters dropped ..."
        await _in_article(app, pilot, (7, 5))
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#review-edit").display  # no date there: asks for a when
        await pilot.press(*"2016-09-18", "enter", "w")
    assert app.return_value is not None
    [added] = app.return_value
    assert added.sentence.startswith("In southern Syria") and added.when == "2016-09-18"


async def test_escape_on_the_when_of_a_sentence_just_added_takes_it_back_out():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        before = len(_rows(app))
        await _in_article(app, pilot, (7, 5))
        await pilot.press("n", "escape")
        await pilot.pause()
        assert len(_rows(app)) == before
        assert "Not added" in _notes(app)


async def test_a_60_column_list_keeps_each_dates_time_by_dropping_its_weekday():
    app = _app()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        drawn = _drawn(app, "#proposals")
        assert "Sat 17 Sep" not in drawn and "17 Sep 2016" in drawn


async def test_saving_an_event_anchored_on_a_rejected_one_is_refused_with_the_reason():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "a", "w")
        await pilot.pause()
        assert app.return_value is None and app.is_running
        notes = [str(n.message) for n in app._notifications]
        assert any("which is not accepted" in n for n in notes)


async def test_an_emptied_title_is_kept_and_the_reviewer_is_told_why():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "ctrl+u", "enter")
        await pilot.pause()
        assert "Title kept: an event needs one" in _notes(app)
        await pilot.press("a", "w")
    assert app.return_value is not None
    assert app.return_value[0].title.startswith("Four US-led airstrikes")


async def test_escape_leaves_an_edit_without_changing_the_title():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", *"Something else", "escape", "a", "w")
    assert app.return_value is not None
    assert app.return_value[0].title.startswith("Four US-led airstrikes")


async def test_a_60_column_footer_still_shows_how_to_write_and_quit():
    app = _app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one("Footer")
        visible = [k for k in footer.query("FooterKey") if k.region.width and k.region.right <= 60]
        labels = " ".join(str(k.render()) for k in visible)
        assert "Quit" in labels and "Write" in labels, labels


async def test_quitting_after_accepting_asks_and_a_second_q_throws_the_review_away():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q")
        await pilot.pause()
        assert "Quit the review? Your decisions are not written yet." in _drawn(app, "#quit-review")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_value is None


async def test_ctrl_q_after_accepting_asks_too_rather_than_dropping_the_review():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "ctrl+q")
        await pilot.pause()
        assert app.is_running
        assert "Quit the review? Your decisions are not written yet." in _drawn(app, "#quit-review")


async def test_escape_in_the_quit_question_keeps_the_review_and_its_decisions():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q", "escape")
        await pilot.pause()
        assert app.is_running
        title = str(app.screen.query_one("#review-title", Static).render())
        assert "1 of" in title


async def test_w_in_the_quit_question_writes_the_accepted_events(tmp_path):
    out = tmp_path / "out.yaml"
    app = _app(_writer(out))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q", "w")
        await pilot.pause()
    assert out.exists() and "Four US-led airstrikes" in out.read_text("utf-8")


async def test_an_out_file_that_appeared_meanwhile_keeps_the_review_open_and_says_so(tmp_path):
    out = tmp_path / "out.yaml"
    app = _app(_writer(out))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        out.write_text("written by another program\n", "utf-8")
        await pilot.press("w")
        await pilot.pause()
        assert app.is_running
        assert "out.yaml exists; use --force" in _notes(app)
        assert "The review stays open" in _notes(app)
        assert out.read_text("utf-8") == "written by another program\n"
        out.unlink()
        await pilot.press("w")
        await pilot.pause()
    assert app.return_value is not None and len(app.return_value) == 1
    assert "Four US-led airstrikes" in out.read_text("utf-8")


async def test_a_folder_that_is_gone_keeps_the_review_open_with_the_reason(tmp_path):
    app = _app(_writer(tmp_path / "gone" / "out.yaml"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "w")
        await pilot.pause()
        assert app.is_running
        assert "does not exist" in _notes(app)


async def test_an_added_sentence_dated_the_same_day_shows_the_date_of_the_proposal_before_it():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        # "In southern Syria, ..." follows the raids on Aleppo, about today
        await _in_article(app, pilot, (7, 5))
        await pilot.press("n", *"the same day", "enter")
        await pilot.pause()
        added = next(row for row in _rows(app) if "helicopters" in row)
        assert "Sun 18 Sep 2016" in added
        assert "the day of event 'the-is-stronghold-of'" in _status(app)


async def test_an_added_event_counted_from_the_one_before_is_written_with_its_anchor():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        options = app.screen.query_one("#proposals", OptionList)
        options.highlighted = next(  # the raids on Aleppo "in nearly a week"
            i for i, row in enumerate(_rows(app)) if "stronghold of Aleppo" in row
        )
        await pilot.press("a", "tab")
        area = app.screen.query_one("#article", TextArea)
        area.cursor_location = (7, 5)
        await pilot.press("n", *"two days later", "enter", "w")
    assert app.return_value is not None
    raids, added = app.return_value
    assert added.anchor == raids.id and added.result.value == "2016-09-20"


async def test_the_sentence_n_would_take_is_underlined_in_the_article():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _in_article(app, pilot, (7, 5))
        await pilot.pause()
        underlined = _underlined(app)
        assert underlined.startswith("In southern Syria, government helicopters dropped")
        assert underlined.endswith("killing eight people.")


async def test_down_in_the_article_underlines_the_next_sentence_whole_and_up_goes_back():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _in_article(app, pilot, (7, 5))
        await pilot.pause()
        first = _underlined(app)
        await pilot.press("down")
        second = _underlined(app)
        assert second != first and not second.startswith(first[:20])
        await pilot.press("up")
        assert _underlined(app) == first


async def test_down_steps_past_a_sentence_whose_closing_quote_mark_is_not_its_own():
    text = 'The talks began on Monday." They failed on Tuesday. Envoys left on Friday.'
    published = datetime(2016, 9, 18)
    app = ReviewApp(Review.start(text, published, propose(text, published)), "out.yaml")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        app.screen.query_one("#article", TextArea).cursor_location = (0, 2)
        await pilot.press("down")
        assert _underlined(app) == "They failed on Tuesday."
        await pilot.press("up")
        assert _underlined(app).startswith("The talks began on Monday")


async def test_after_n_the_focus_stays_in_the_article_for_the_next_sentence():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        area = await _in_article(app, pilot, (7, 5))
        await pilot.press("n", *"2016-09-18", "enter")
        await pilot.pause()
        assert app.focused is area


async def test_adding_a_sentence_already_proposed_says_so_and_adds_no_twin():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        count = app.screen.query_one("#proposals", OptionList).option_count
        await _in_article(app, pilot, (24, 5))  # "It began on ..."
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#proposals", OptionList).option_count == count
        assert "Already proposed: 'The fragile ceasefire began'" in _notes(app)


async def test_a_second_n_on_a_proposed_sentence_adds_another_event_from_it():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        count = app.screen.query_one("#proposals", OptionList).option_count
        await _in_article(app, pilot, (24, 5))  # "It began on ..."
        await pilot.press("n")
        await pilot.pause()
        assert "Press n again to add another event from it" in _notes(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#proposals", OptionList).option_count == count + 1
        assert app.screen.query_one("#review-edit", Input).display  # its date is asked for


async def test_a_when_that_does_not_resolve_cannot_be_accepted_and_says_what_to_do():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "ctrl+u", *"Fridy", "enter", "a")
        await pilot.pause()
        assert "0 of" in str(app.screen.query_one("#review-title", Static).render())
        notes = _notes(app)
        assert 'did you mean "Friday"?' in notes
        assert "press e to edit the when, or x to reject it" in notes


async def test_an_accepted_proposal_edited_to_an_unresolved_when_is_not_written():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "up", "e", "ctrl+u", *"Fridy", "enter", "w")
        await pilot.pause()
        assert app.is_running and app.return_value is None
        assert "No longer accepted" in " ".join(str(n.title) for n in app._notifications)


async def test_the_footer_offers_w_to_write_and_60_columns_show_accept_reject_write_quit():
    app = _app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one("Footer")
        shown = [k for k in footer.query("FooterKey") if k.region.width and k.region.right <= 60]
        labels = [str(k.render()) for k in shown]
        for key, what in (("a", "Accept"), ("x", "Reject"), ("w", "Write"), ("q", "Quit")):
            assert any(label.split() == [key, what] for label in labels), labels


async def test_question_mark_shows_the_review_s_keys_and_escape_closes_them():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert "merge the proposal into the one before" in _drawn(app, "#help Static")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#proposals", OptionList)


async def test_a_vague_when_is_listed_in_the_explorer_s_words():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "ctrl+u", *"recently", "enter")
        await pilot.pause()
        first = _rows(app)[0]
        assert "before Sun 18 Sep 2016" in first and "PAST_REF" not in first


async def test_an_anchored_proposal_given_a_date_of_its_own_is_written_without_its_anchor():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#proposals", OptionList).highlighted = 1  # "the same day"
        await pilot.press("e", "ctrl+u", *"Friday", "enter")
        await pilot.pause()
        assert "Friday → Fri 16 Sep 2016" in _status(app)
        await pilot.press("a", "w")
    assert app.return_value is not None
    [apology] = app.return_value
    assert apology.anchor is None and apology.result.value == "2016-09-16"


async def test_a_sentence_added_with_no_date_is_not_accepted_until_it_has_a_when():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        app.screen.query_one("#article", TextArea).cursor_location = (7, 5)
        await pilot.press("n", "enter")
        await pilot.pause()
        assert "0 of 19" in str(app.screen.query_one("#review-title", Static).render())
        await pilot.press("shift+tab")
        app.screen.query_one("#proposals", OptionList).highlighted = next(
            i for i, row in enumerate(_rows(app)) if "helicopters" in row
        )
        await pilot.press("e", *"2016-09-18", "enter")
        await pilot.pause()
        assert "1 of 19" in str(app.screen.query_one("#review-title", Static).render())


async def test_at_60_columns_each_title_is_one_cut_line_and_the_status_shows_it_whole():
    app = _app()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#proposals", OptionList)
        drawn = options.render_lines(Region(0, 0, *options.size))
        lines = [s.text.strip("▊▎▔▁ ") for s in drawn]
        assert lines[1] == "· 17 Sep 2016" and lines[2].endswith("…")
        assert lines[3].startswith("· ")  # the next proposal follows at once
        assert "Four US-led airstrikes mistakenly killed around 60 Syrian soldiers" in " ".join(
            _status(app).split()
        )


async def test_up_at_the_first_proposal_stays_there_so_the_next_key_acts_on_what_is_seen():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        options = app.screen.query_one("#proposals", OptionList)
        assert options.highlighted == 0
        await pilot.press("up", "up")
        assert options.highlighted == 0
        await pilot.press("end", "down")
        assert options.highlighted == options.option_count - 1


async def test_merging_proposals_of_two_dates_says_which_date_was_kept_and_which_dropped():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "m")
        await pilot.pause()
        assert "its date 'on Saturday' kept, 'the same day' dropped" in _notes(app)


async def test_a_when_anchored_on_a_proposal_not_accepted_is_warned_about_at_once():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "a", "up", "e", "ctrl+u", *"the next day", "enter")
        await pilot.pause()
        assert "which is not accepted" in _notes(app)
