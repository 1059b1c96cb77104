"""The review of a drafted timeline, driven from the keyboard through Textual's pilot."""

from __future__ import annotations

from textual.widgets import OptionList, Static, TextArea

from tests.support import REPO
from tui.dates import parse_anchor
from tui.formats.draft import propose
from tui.formats.draft_review import Review
from tui.ui.screens.review import ReviewApp

ARTICLE = (REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt").read_text("utf-8")
PUBLISHED = parse_anchor("2016-09-18")
SIZE = (140, 40)


def _app() -> ReviewApp:
    assert PUBLISHED is not None
    return ReviewApp(Review.start(ARTICLE, PUBLISHED, propose(ARTICLE, PUBLISHED)), "out.yaml")


def _status(app: ReviewApp) -> str:
    return str(app.screen.query_one("#review-status", Static).render())


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


async def test_quitting_hands_back_nothing():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "q")
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


async def test_an_event_is_added_from_the_sentence_under_the_article_s_cursor():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        area = app.screen.query_one("#article", TextArea)
        area.cursor_location = (7, 5)  # "In southern Syria, government helicopters dropped ..."
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#review-edit").display  # no date there: asks for a when
        await pilot.press(*"2016-09-18", "enter", "w")
    assert app.return_value is not None
    [added] = app.return_value
    assert added.sentence.startswith("In southern Syria") and added.when == "2016-09-18"


async def test_saving_an_event_anchored_on_a_rejected_one_is_refused_with_the_reason():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "a", "w")
        await pilot.pause()
        assert app.return_value is None and app.is_running
        notes = [str(n.message) for n in app._notifications]
        assert any("which is not accepted" in n for n in notes)


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
