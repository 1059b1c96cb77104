"""The explorer driven from the keyboard, as a user would, through Textual's pilot."""

from __future__ import annotations

from textual import events

from tests.bench.generate import generate
from tests.ui.explorer import BUNDLED


def write(tmp_path, text: str, name: str = "t.yaml"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ONE_EVENT = (
    "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
    "events:\n  - {title: E, when: today, source: a}\n"
)


async def test_the_timeline_opens_in_chronological_order_with_its_title_and_span(explorer):
    async with explorer(BUNDLED) as ui:
        assert "Syria ceasefire under strain" in ui.title() and "Sun 18 Sep 2016" in ui.title()
        starts = [e.resolution.start for e in ui.events.shown if e.resolution]
        assert starts == sorted(starts)
        assert ui.rows()[1] == "The previous air raids on Aleppo, before the lull"


async def test_a_long_title_is_cut_so_that_the_dates_and_count_still_show(explorer, tmp_path):
    path = write(
        tmp_path,
        "title: " + "A very long timeline title " * 6 + "\n" + ONE_EVENT.split("\n", 1)[1],
    )
    async with explorer(path, size=(80, 20)) as ui:
        header = ui.title()
        assert header.endswith("Sun 18 Sep 2016   1 event") and "…" in header
        assert len(header) <= 78
        await ui.pilot.resize_terminal(60, 20)
        await ui.pilot.pause()
        header = ui.title()
        assert header.endswith("1 event") and len(header) <= 58


async def test_at_60_columns_the_title_line_keeps_the_whole_title_and_the_count(explorer):
    async with explorer(BUNDLED, size=(60, 20)) as ui:
        assert ui.title() == "Syria ceasefire under strain   18 events"


async def test_at_80_columns_the_title_line_keeps_title_dates_and_count(explorer):
    async with explorer(BUNDLED, size=(80, 20)) as ui:
        assert ui.title() == (
            "Syria ceasefire under strain   Sun 11 Sep 2016 – Sun 18 Sep 2016   18 events"
        )


async def test_a_narrow_title_line_keeps_the_active_filter(explorer):
    async with explorer(BUNDLED, size=(60, 20)) as ui:
        await ui.press("slash", *"strike", "enter")
        assert ui.title().endswith("shown: search “strike”")
        assert ui.title().startswith("Syria ceasefire")


async def test_j_and_k_move_and_g_and_G_jump_to_the_ends(explorer):
    async with explorer(BUNDLED) as ui:
        rows = ui.rows()
        await ui.press("j", "j")
        assert ui.selected() == rows[2]
        await ui.press("k")
        assert ui.selected() == rows[1]
        await ui.press("G")
        assert ui.selected() == rows[-1]
        await ui.press("g")
        assert ui.selected() == rows[0]
        await ui.press("end", "up", "home", "down")
        assert ui.selected() == rows[1]


async def test_page_down_and_page_up_move_by_a_screen(explorer):
    async with explorer(BUNDLED, size=(120, 12)) as ui:
        rows = [e.title for e in ui.events.shown]
        await ui.press("pagedown")
        assert rows.index(ui.selected()) > 3
        await ui.press("pageup")
        assert rows.index(ui.selected()) < 3


async def test_enter_expands_an_event_with_how_its_date_was_resolved_and_enter_collapses_it(
    explorer,
):
    async with explorer(BUNDLED) as ui:
        ui.select_id("strike")
        await ui.press("enter")
        screen = "\n".join(ui.lines())
        assert "▾ Four US-led airstrikes kill Syrian soldiers" in screen
        assert "the Saturday before the source's publication on Sun 18 Sep 2016" in screen
        assert "Russia's defence ministry" in screen
        await ui.press("enter")
        assert "Russia's defence ministry" not in "\n".join(ui.lines())
        await ui.press("space")
        assert "Russia's defence ministry" in "\n".join(ui.lines())


async def test_an_expanded_event_cuts_a_pasted_paragraph_of_a_when_to_a_line_or_two(
    explorer, tmp_path
):
    long_when = " ".join(["Saturday"] * 2000)
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        f"events:\n  - {{title: Strike, when: {long_when}, source: a}}\n",
    )
    async with explorer(path) as ui:
        await ui.press("enter")
        shown = [line for line in ui.lines() if "Saturday" in line]
        assert 0 < len(shown) <= 6 and "characters)" in "\n".join(shown)


async def test_expanding_and_collapsing_several_events_keeps_every_row_in_place(explorer):
    async with explorer(BUNDLED) as ui:
        before = ui.rows()
        await ui.press("enter", "j", "j", "enter", "k", "k", "enter")
        assert ui.rows() == before
        lines = ui.lines()
        third = next(i for i, line in enumerate(lines) if line.endswith(before[2]))
        assert "▾" in lines[third] and lines[third + 1].startswith("       ")
        assert sum("▾" in line for line in lines) == 1


async def test_a_click_selects_and_a_second_click_expands(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.pilot.click("#events", offset=(10, 3))
        selected = ui.selected()
        await ui.pilot.click("#events", offset=(10, 3))
        await ui.pilot.pause()
        assert ui.selected() == selected and f"▾ {selected}" in "\n".join(ui.lines())


async def test_slash_filters_as_you_type_enter_keeps_it_and_escape_clears_it(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"churkin")
        assert ui.rows() == ['Vitaly Churkin calls the deal "a very big question mark"']
        await ui.press("enter")
        assert ui.app.focused is ui.events
        assert len(ui.rows()) == 1
        await ui.press("escape")
        assert len(ui.rows()) == 18
        assert not ui.app.screen.query_one("#search").display


async def test_a_search_that_matches_nothing_says_so_and_how_to_clear_it(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"zzzz", "enter")
        assert ui.lines()[0].strip().startswith("No event matches: Escape clears")


async def test_t_on_a_timeline_without_tags_still_filters_by_source(explorer, tmp_path):
    async with explorer(write(tmp_path, ONE_EVENT)) as ui:
        await ui.press("t")
        assert "source  A  (1)" in str(ui.app.screen.query_one("#tag-list").render_line(0).text)


async def test_letters_typed_in_one_burst_after_slash_go_into_the_search(explorer):
    async with explorer(BUNDLED) as ui:
        for key, char in [("slash", "/"), ("e", "e"), ("q", "q"), ("slash", "/"), ("t", "t")]:
            ui.app.post_message(events.Key(key, char))  # queued together, as a fast typist
        await ui.pilot.pause()
        await ui.pilot.pause()
        assert ui.app.screen.query_one("#search").value == "eq/t"
        assert ui.app.is_running and ui.screen


async def test_keys_typed_in_one_burst_after_enter_go_back_to_the_list(explorer):
    async with explorer(BUNDLED) as ui:
        burst = [("slash", "/"), ("a", "a"), ("i", "i"), ("r", "r"), ("enter", "\r"), ("G", "G")]
        for key, char in burst:
            ui.app.post_message(events.Key(key, char))
        await ui.pilot.pause()
        await ui.pilot.pause()
        assert ui.app.screen.query_one("#search").value == "air"
        assert ui.app.focused is ui.events and ui.selected() == ui.rows()[-1]


async def test_keys_queued_behind_q_open_nothing(explorer):
    async with explorer(BUNDLED) as ui:
        ui.app.session.quitting = True  # what q sets before the app winds down
        await ui.press("t", "question_mark", "s", "e")
        assert ui.screen and len(ui.app.screen_stack) == 1


async def test_on_a_large_timeline_search_waits_for_a_pause_in_typing(explorer, monkeypatch):
    monkeypatch.setattr("tui.ui.widgets.search_box.TYPE_AHEAD_EVENTS", 10)  # 18 events are large
    monkeypatch.setattr("tui.ui.widgets.search_box.TYPE_AHEAD_SECONDS", 1.0)  # longer than typing
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"churkin")
        assert len(ui.rows()) == 18
        await ui.until(lambda: len(ui.rows()) == 1)
        assert ui.rows() == ['Vitaly Churkin calls the deal "a very big question mark"']


async def test_search_matches_quotes_and_tags_too(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"connivance")
        assert ui.rows() == ["Russia's foreign ministry says the strike jeopardises the truce"]
        ui.app.screen.query_one("#search").value = "intelligence"
        await ui.pilot.pause()
        assert ui.rows() == [
            "Possible targets followed for days before the strike",
            "Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor",
        ]


async def test_search_matches_who_a_quote_is_by(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"Reuters")
        assert "Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor" in ui.rows()


async def test_question_mark_shows_every_key_and_escape_closes_it(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("question_mark")
        assert "command palette" in ui.drawn("#help Static")
        await ui.press("escape")
        assert ui.screen and len(ui.app.screen_stack) == 1


async def test_q_quits(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.pilot.press("q")
        assert not ui.app.is_running


async def test_the_footer_keeps_quit_and_help_at_60_columns(explorer):
    async with explorer(BUNDLED, size=(60, 20)) as ui:
        under = {ui.app.screen.get_widget_at(x, 19)[0] for x in range(60)}
        assert {"Quit", "Help"} <= {getattr(w, "description", None) for w in under}


async def test_a_title_hidden_under_the_scrollbar_is_cut_with_an_ellipsis(explorer, tmp_path):
    events_yaml = "".join(
        f"  - {{title: 'Event {n} with a title long enough to reach the scrollbar of the list "
        f"at sixty columns', when: today}}\n"
        for n in range(30)
    )
    path = write(tmp_path, ONE_EVENT.split("events:")[0] + "events:\n" + events_yaml)
    async with explorer(path, size=(60, 20)) as ui:
        width = ui.events.scrollable_content_region.width
        assert width < 60  # the scrollbar takes its columns
        row = next(line for line in ui.lines() if "Event 0 " in line)
        assert row.endswith("…") and len(row) == width
        await ui.press("enter")
        expanded = " ".join(line.strip() for line in ui.lines())
        assert "reach the scrollbar of the list at sixty columns" in expanded


async def test_expanded_lines_keep_their_last_character_at_60_by_20(explorer):
    async with explorer(BUNDLED, size=(60, 20)) as ui:
        ui.select_id("strike")
        await ui.press("enter")
        width = ui.events.scrollable_content_region.width
        details = [line for line in ui.lines() if line.startswith("       ")]
        assert details and all(len(line) <= width for line in details)
        words = " ".join(line.strip() for line in details)
        assert "intended target was" in words or "intended target" not in words


async def test_two_events_with_the_same_id_keep_their_own_details(explorer, tmp_path):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {id: x, title: First, when: today, details: first details}\n"
        "  - {id: x, title: Second, when: today, details: second details}\n",
    )
    async with explorer(path) as ui:
        ui.select("Second")
        await ui.press("enter")
        screen = "\n".join(ui.lines())
        assert "second details" in screen and "first details" not in screen
        assert "▸ First" in screen and "▾ Second" in screen


async def test_an_explicit_id_equal_to_a_generated_key_shows_its_own_details(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    generated = f"{path}#0"
    write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {title: Plain, when: today, details: plain details}\n"
        f"  - {{id: '{generated}', title: Named, when: today, details: named details}}\n",
    )
    async with explorer(path) as ui:
        ui.select("Named")
        await ui.press("enter")
        screen = "\n".join(ui.lines())
        assert "named details" in screen and "plain details" not in screen
        assert "▸ Plain" in screen


async def test_markup_in_a_title_is_shown_literally_and_does_nothing(explorer):
    hostile = BUNDLED.parent.parent / "tests" / "hostile" / "markup-in-text.yaml"
    async with explorer(hostile) as ui:
        await ui.press("enter")
        assert "[@click=app.quit]X[/] [bold]not bold[/bold]" in ui.lines()[1]
        await ui.pilot.click("#events", offset=(8, 1))
        assert ui.app.is_running


async def test_a_tab_in_a_title_is_drawn_as_a_space(explorer, tmp_path):
    path = write(
        tmp_path,
        ONE_EVENT.split("events:")[0] + 'events:\n  - {title: "CC\\tDD\\tEE", when: today}\n',
    )
    async with explorer(path) as ui:
        assert "CC DD EE" in ui.lines()[1] and "\t" not in ui.lines()[1]


async def test_g_after_G_shows_the_first_date_heading_again(explorer):
    async with explorer(BUNDLED, size=(120, 12)) as ui:
        heading = ui.lines()[0]
        await ui.press("G", "g")
        assert ui.lines()[0] == heading and ui.selected() == ui.rows()[0]


async def test_ten_thousand_events_open_and_G_reaches_the_last(explorer, tmp_path):
    path = write(tmp_path, generate(10_000), "big.yaml")
    async with explorer(path) as ui:
        await ui.press("G")
        assert ui.selected() == ui.events.shown[-1].title == ui.rows()[-1]
        assert "10000 events" in ui.title()


async def test_two_hundred_thousand_problems_are_counted_not_all_listed(explorer, tmp_path):
    lines = "".join(f"  - {{title: E{n}, when: today, source: nope}}\n" for n in range(3000))
    path = write(tmp_path, ONE_EVENT.split("events:")[0] + "events:\n" + lines)
    async with explorer(path) as ui:
        listed = ui.text("#problem-list")
        assert listed.count("unknown source") == 200
        assert "… and 2,800 more problems (3,000 in all)" in listed


async def test_keycap_and_skin_tone_emoji_are_drawn_so_the_row_keeps_its_end(explorer, tmp_path):
    title = (
        "Vote 1\ufe0f\u20e3 2\ufe0f\u20e3 thumbs \U0001f44d\U0001f3fd "
        "family \U0001f468\u200d\U0001f467 end"
    )
    path = write(tmp_path, ONE_EVENT.replace("title: E,", f"title: '{title}',"))
    async with explorer(path, size=(60, 20)) as ui:
        [row] = ui.rows()
        assert row == "Vote 1\u20e3 2\u20e3 thumbs \U0001f44d family \U0001f468\U0001f467 end"


async def test_details_rewrap_when_expanding_brings_the_scrollbar(explorer):
    async with explorer(BUNDLED, size=(96, 33)) as ui:
        ui.select_id("strike")
        await ui.press("enter")
        await ui.pilot.pause()
        details = [line for line in ui.lines() if line.startswith("       ")]
        assert len(details) > 5 and not any(line.endswith("…") for line in details)
        assert "not named in the text), published 2016-09-18" in "\n".join(details)


async def test_an_anchored_event_names_the_event_it_counts_from_by_its_title(explorer):
    async with explorer(BUNDLED) as ui:
        ui.select_id("targets-tracked")
        await ui.press("enter")
        screen = " ".join(line.strip() for line in ui.lines())
        assert (
            "anchored on: Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor (strike)"
            in screen
        )


async def test_the_footer_offers_to_collapse_an_open_event_and_to_expand_a_folded_one(explorer):
    async def offered() -> list[str]:
        await ui.pilot.pause()
        return [str(key.description) for key in ui.app.screen.query("FooterKey")]

    async with explorer(BUNDLED) as ui:
        assert "Expand" in await offered() and "Collapse" not in await offered()
        await ui.press("enter")
        assert "Collapse" in await offered() and "Expand" not in await offered()
        await ui.press("j")
        assert "Expand" in await offered()
