"""The explorer driven from the keyboard, as a user would, through Textual's pilot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from tests.bench.generate import generate
from tests.ui.explorer import BUNDLED, SIZE, event_list, loaded, titles, until
from tui.ui.app import make_app
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.picker import PickerScreen
from tui.ui.screens.source import SourceScreen
from tui.ui.screens.tags import TagScreen
from tui.ui.screens.timeline import TimelineScreen


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of the bundled timeline and its article that a test may edit."""
    for path in BUNDLED.parent.iterdir():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path / BUNDLED.name


async def test_the_timeline_opens_in_chronological_order_with_its_title_and_span():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        header = str(screen.query_one("#title").render())
        assert "Syria ceasefire under strain" in header and "Sun 18 Sep 2016" in header
        starts = [e.resolution.start for e in event_list(pilot).shown if e.resolution]
        assert starts == sorted(starts)


async def test_a_long_title_is_cut_so_that_the_dates_and_count_still_show(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: "
        + "A very long timeline title " * 6
        + "\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: Saturday, source: a}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=(80, 20)) as pilot:
        screen = await loaded(pilot)
        header = str(screen.query_one("#title").render())
        assert header.endswith("Sat 17 Sep 2016   1 event") and "…" in header and len(header) <= 78
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        header = str(screen.query_one("#title").render())
        assert header.endswith("1 event") and len(header) <= 58


async def test_j_and_k_move_and_g_and_G_jump_to_the_ends():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        await pilot.press("j", "j")
        assert events.cursor == 2
        await pilot.press("k")
        assert events.cursor == 1
        await pilot.press("G")
        assert events.cursor == len(events.shown) - 1
        await pilot.press("g")
        assert events.cursor == 0
        await pilot.press("end", "up", "home", "down")
        assert events.cursor == 1


async def test_page_down_and_page_up_move_by_a_screen():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=(120, 12)) as pilot:
        await loaded(pilot)
        await pilot.press("pagedown")
        assert event_list(pilot).cursor > 3
        await pilot.press("pageup")
        assert event_list(pilot).cursor < 3


async def test_enter_expands_an_event_with_how_its_date_was_resolved_and_enter_collapses_it():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        strike = next(i for i, e in enumerate(events.shown) if e.id == "strike")
        events.cursor = strike
        await pilot.press("enter")
        assert "strike" in events.expanded
        details = " ".join(t.plain for t in events._detail(events.current))
        assert "the Saturday before the source's publication on Sun 18 Sep 2016" in details
        assert "Russia's defence ministry" in details
        await pilot.press("enter")
        assert events.expanded == set()
        await pilot.press("space")
        assert "strike" in events.expanded


async def test_expanding_and_collapsing_several_events_keeps_every_row_in_place():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        await pilot.press("enter", "j", "j", "enter", "k", "k", "enter")
        rows = [events._lines[line] for line in events._row_of]
        assert [index for _, index, _ in rows] == list(range(len(events.shown)))
        assert events.expanded == {events.shown[2].key}
        assert (
            events._lines[events._row_of[2] + 1][0] == 2
        )  # a detail line follows the expanded row


async def test_a_click_selects_and_a_second_click_expands():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.click("#events", offset=(10, 3))
        events = event_list(pilot)
        selected = events.cursor
        await pilot.click("#events", offset=(10, 3))
        assert events.cursor == selected and events.current.key in events.expanded


async def test_s_opens_the_source_with_the_events_quote_selected_and_escape_returns_unchanged():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        events.cursor = next(i for i, e in enumerate(events.shown) if e.id == "security-council")
        await pilot.press("enter")
        scroll = events.scroll_y
        await pilot.press("s")
        assert isinstance(app.screen, SourceScreen)
        area = app.screen.query_one(TextArea)
        assert area.selected_text == (
            "the UN Security Council held an emergency meeting overnight "
            "at the request of the Kremlin"
        )
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)
        assert events.current.id == "security-council" and "security-council" in events.expanded
        assert events.scroll_y == scroll


async def test_the_quote_stays_in_view_when_the_terminal_is_resized():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        events.cursor = next(i for i, e in enumerate(events.shown) if e.id == "security-council")
        await pilot.press("s")
        area = app.screen.query_one(TextArea)
        for size in [(120, 40), (60, 15)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            _, row = area.wrapped_document.location_to_offset(area.selection.start)
            assert area.scroll_y <= row < area.scroll_y + area.scrollable_content_region.height


async def test_n_and_shift_n_step_through_the_sources_quotes_saying_whose_they_are():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        screen = app.screen
        first = screen.index
        await pilot.press("n")
        assert screen.index == first + 1
        event, quote = screen.quotes[screen.index]
        assert screen.query_one(TextArea).selected_text == quote.text
        assert event.title in str(screen.query_one("#quote-status").render())
        await pilot.press("N")
        assert screen.index == first


async def test_o_never_opens_a_url_that_is_not_http(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'javascript:alert(1)',"
        " text: 'It happened.'}\nevents:\n  - {title: E, when: today, quotes: [{text: It happened}]}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("s", "o")
        assert opened == []


async def test_o_opens_an_https_url_and_its_markup_stays_text(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    url = "https://example.org/[@click=app.quit]x[/]"
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: '" + url + "'}\n"
        "events:\n  - {title: E, when: today}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        assert "has no text" in str(app_screen_text(pilot))
        await pilot.press("o")
        await pilot.pause()
        assert opened == [url]
        assert [n.message for n in pilot.app._notifications] == [f"Opened {url}"]
        assert pilot.app.is_running


async def test_o_says_so_when_no_browser_could_be_started(tmp_path, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'https://example.org/a'}\n"
        "events:\n  - {title: E, when: today}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("s", "o")
        await pilot.pause()
        [message] = [n.message for n in pilot.app._notifications]
        assert (
            message.startswith("No browser could be started") and "https://example.org/a" in message
        )


def app_screen_text(pilot) -> str:  # type: ignore[no-untyped-def]
    return str(pilot.app.screen.query_one("#no-text").render())


async def test_slash_filters_as_you_type_enter_keeps_it_and_escape_clears_it():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.press(*"churkin")
        assert titles(pilot) == ['Vitaly Churkin calls the deal "a very big question mark"']
        await pilot.press("enter")
        assert app.focused is event_list(pilot)
        assert len(titles(pilot)) == 1
        await pilot.press("escape")
        assert len(titles(pilot)) == 18
        assert not app.screen.query_one(Input).display


async def test_a_search_that_matches_nothing_says_so_and_how_to_clear_it():
    async with make_app([str(BUNDLED)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"zzzz", "enter")
        assert (
            event_list(pilot)
            .render_line(0)
            .text.strip()
            .startswith("No event matches: Escape clears")
        )


async def test_t_on_a_timeline_without_tags_says_so_instead_of_an_empty_list(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: today, source: a}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(pilot.app.screen, TimelineScreen)
        assert [n.message for n in pilot.app._notifications][0].startswith(
            "No event in this timeline has tags"
        )


async def test_letters_typed_in_one_burst_after_slash_go_into_the_search():
    async with make_app([str(BUNDLED)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for key, char in [("slash", "/"), ("e", "e"), ("q", "q"), ("slash", "/"), ("t", "t")]:
            pilot.app.post_message(
                events.Key(key, char)
            )  # queued together, as a fast typist sends them
        await pilot.pause()
        await pilot.pause()
        assert pilot.app.screen.query_one("#search", Input).value == "eq/t"
        assert pilot.app.is_running and isinstance(pilot.app.screen, TimelineScreen)


async def test_keys_typed_in_one_burst_after_enter_go_back_to_the_list():
    async with make_app([str(BUNDLED)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for key, char in [
            ("slash", "/"),
            ("a", "a"),
            ("i", "i"),
            ("r", "r"),
            ("enter", "\r"),
            ("G", "G"),
        ]:
            pilot.app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        events_shown = event_list(pilot)
        assert pilot.app.screen.query_one("#search", Input).value == "air"
        assert (
            pilot.app.focused is events_shown and events_shown.cursor == len(events_shown.shown) - 1
        )


async def test_keys_queued_behind_q_open_nothing():
    async with make_app([str(BUNDLED)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        pilot.app.quitting = True  # what q sets before the app winds down
        await pilot.press("t", "question_mark", "s", "e")
        assert isinstance(pilot.app.screen, TimelineScreen)


async def test_on_a_large_timeline_search_waits_for_a_pause_in_typing(monkeypatch):
    monkeypatch.setattr(
        "tui.ui.screens.timeline.TYPE_AHEAD_EVENTS", 10
    )  # the bundled 18 events count as large
    monkeypatch.setattr(
        "tui.ui.screens.timeline.TYPE_AHEAD_SECONDS", 1.0
    )  # longer than typing takes on a busy machine
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"churkin")
        assert screen.filter_text == ""
        await until(pilot, lambda: screen.filter_text == "churkin")
        assert titles(pilot) == ['Vitaly Churkin calls the deal "a very big question mark"']


async def test_search_matches_quotes_and_tags_too():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"connivance")
        assert titles(pilot) == ["Russia's foreign ministry says the strike jeopardises the truce"]
        app.screen.query_one(Input).value = "intelligence"
        await pilot.pause()
        assert titles(pilot) == [
            "Possible targets followed for days before the strike",
            "Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor",
        ]


async def test_t_filters_by_a_chosen_tag():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TagScreen)
        app.screen.dismiss("un")
        await pilot.pause()
        assert all("un" in e.tags for e in event_list(pilot).shown) and len(titles(pilot)) == 3
        await pilot.press("escape")
        assert len(titles(pilot)) == 18


async def test_j_and_k_move_in_the_tag_list_and_the_title_names_the_filter():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        tags = app.screen.query_one("#tags")
        await pilot.press("j", "j", "k")
        assert tags.highlighted == 1
        chosen = tags.get_option_at_index(1).id
        await pilot.press("enter")
        await pilot.pause()
        title = str(app.screen.query_one("#title").render())
        assert f"tag {chosen}" in title and f"{len(titles(pilot))} shown" in title


async def test_question_mark_shows_every_key_and_escape_closes_it():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)


async def test_q_quits():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("q")
        assert not app.is_running


@pytest.fixture
def editor(monkeypatch) -> list[list[str]]:
    """$EDITOR as a recorder: the command lines the app would run, without leaving the app."""
    import contextlib

    from tui.ui.app import TimelineApp

    calls: list[list[str]] = []
    monkeypatch.setenv("EDITOR", "myeditor --wait")
    monkeypatch.setattr("subprocess.run", lambda argv, check: calls.append(argv))
    monkeypatch.setattr(TimelineApp, "suspend", lambda self: contextlib.nullcontext())
    return calls


async def test_e_opens_the_editor_at_the_events_line_then_reloads(copy, editor):
    app = make_app([str(copy)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        event = event_list(pilot).current
        await pilot.press("e")
        assert editor == [["myeditor", "--wait", f"+{event.line}", str(copy)]]


async def test_e_on_a_file_that_cannot_be_opened_edits_it_at_the_first_error(editor, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: T\nsources:\n\ta: 1\n", encoding="utf-8")
    app = make_app([str(broken)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        assert editor == [["myeditor", "--wait", "+3", str(broken)]]
        assert not app.screen.check_action("search", ())


async def test_ctrl_p_goes_to_a_date_resolved_like_when():
    app = make_app([str(BUNDLED)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"go to Sept 17")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert event_list(pilot).current.resolution.start.day == 17


async def test_saving_the_file_reloads_it_keeping_selection_and_expansions(copy):
    app = make_app([str(copy)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        events = event_list(pilot)
        events.cursor = next(i for i, e in enumerate(events.shown) if e.id == "strike")
        await pilot.press("enter")
        text = copy.read_text(encoding="utf-8")
        copy.write_text(
            text.replace("Four US-led airstrikes kill", "Four US-led strikes kill"),
            encoding="utf-8",
        )
        await until(pilot, lambda: events.current.title.startswith("Four US-led strikes"))
        assert events.current.id == "strike" and "strike" in events.expanded


async def test_saving_the_article_reloads_too_so_a_quote_added_to_it_is_found(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The talks began on Monday.", encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, file: a.txt}\n"
        "events:\n  - {title: E, when: Monday, source: a, quotes: [{text: The strikes resumed}]}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert any("does not occur" in d.message for d in screen._problems)
        article.write_text("The talks began on Monday. The strikes resumed.", encoding="utf-8")
        await until(pilot, lambda: not screen._problems)


async def test_a_broken_save_keeps_the_last_good_timeline_under_a_banner_until_fixed(copy):
    app = make_app([str(copy)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        good = copy.read_text(encoding="utf-8")
        copy.write_text(
            good.replace("title: Syria ceasefire under strain", "title: [broken"), encoding="utf-8"
        )
        banner = screen.query_one("#banner")
        await until(pilot, lambda: banner.display)
        assert f"{copy.name}:" in str(banner.render()) and len(titles(pilot)) == 18
        copy.write_text(good, encoding="utf-8")
        await until(pilot, lambda: not banner.display)


async def test_a_deleted_file_keeps_what_is_shown_and_says_so(copy):
    app = make_app([str(copy)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        copy.unlink()
        banner = screen.query_one("#banner")
        await until(pilot, lambda: banner.display)
        assert "deleted" in str(banner.render()) and len(titles(pilot)) == 18


async def test_r_reloads(copy):
    app = make_app([str(copy)], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        first = screen.timeline
        await pilot.press("r")
        await until(pilot, lambda: screen.timeline is not first)


async def test_a_file_with_errors_opens_with_its_problems_listed(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {title: E, when: today, source: b}\n",
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert "5:37: error: event 1 cites unknown source 'b'" in str(
            screen.query_one("#problem-list").render()
        )
        assert titles(pilot) == ["E"]


async def test_a_file_that_cannot_load_shows_its_errors_in_place_of_the_list(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert "YAML syntax error" in str(screen.query_one("#problem-list").render())
        assert not event_list(pilot).display


async def test_a_folder_without_timelines_says_so(tmp_path):
    async with make_app([str(tmp_path)], use_cache=False).run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert "no timeline files given, or none (*.yaml) in the folder" in str(
            screen.query_one("#problem-list").render()
        )


async def test_a_folder_of_several_timelines_shows_a_picker(tmp_path, copy):
    shutil.copy(copy, copy.parent / "second.yaml")
    async with make_app([str(copy.parent)], use_cache=False).run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, PickerScreen)
        await pilot.press("enter")
        await loaded(pilot)
        assert isinstance(pilot.app.screen, TimelineScreen)


async def test_several_files_merge_into_one_chronology_marked_with_their_files(copy):
    second = copy.parent / "second.yaml"
    second.write_text(
        copy.read_text(encoding="utf-8").replace(
            "title: Syria ceasefire under strain", "title: Two"
        ),
        encoding="utf-8",
    )
    async with make_app([str(copy), str(second)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert len(titles(pilot)) == 36
        assert {Path(e.path).name for e in event_list(pilot).shown} == {copy.name, "second.yaml"}


async def test_markup_in_a_title_is_shown_literally_and_does_nothing():
    hostile = BUNDLED.parent.parent / "tests" / "hostile" / "markup-in-text.yaml"
    async with make_app([str(hostile)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("enter")
        line = event_list(pilot).render_line(1).text
        assert "[@click=app.quit]X[/] [bold]not bold[/bold]" in line
        await pilot.click("#events", offset=(8, 1))
        assert pilot.app.is_running


async def test_a_tab_in_a_title_is_drawn_as_a_space(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        'events:\n  - {title: "CC\\tDD\\tEE", when: today}\n',
        encoding="utf-8",
    )
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        line = event_list(pilot).render_line(1).text
        assert "CC DD EE" in line and "\t" not in line


async def test_g_after_G_shows_the_first_date_heading_again(tmp_path):
    async with make_app([str(BUNDLED)], use_cache=False).run_test(size=(120, 12)) as pilot:
        await loaded(pilot)
        await pilot.press("G", "g")
        await pilot.pause()
        events = event_list(pilot)
        assert events.cursor == 0 and events.scroll_y == 0


async def test_ten_thousand_events_open_and_G_reaches_the_last(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(generate(10_000), encoding="utf-8")
    async with make_app([str(path)], use_cache=False).run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("G")
        events = event_list(pilot)
        assert events.cursor == 9_999 and events.current is events.shown[-1]
