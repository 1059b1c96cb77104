"""The source view: the article with the event's quote highlighted, and the way back."""

from __future__ import annotations

from textual.widgets import TextArea

from tests.ui.explorer import BUNDLED

SECURITY_COUNCIL_QUOTE = (
    "the UN Security Council held an emergency meeting overnight at the request of the Kremlin"
)


def write(tmp_path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def test_s_opens_the_source_with_the_events_quote_selected_and_escape_returns_unchanged(
    explorer,
):
    async with explorer(BUNDLED) as ui:
        ui.select_id("security-council")
        await ui.press("enter")
        before = ui.lines()
        await ui.press("s")
        assert ui.app.screen.query_one(TextArea).selected_text == SECURITY_COUNCIL_QUOTE
        await ui.press("escape")
        assert ui.selected().startswith("UN Security Council holds an emergency meeting")
        assert ui.lines() == before


async def test_q_in_the_source_view_goes_back_instead_of_quitting(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("s", "q")
        assert ui.app.is_running and ui.screen


async def test_escape_after_n_returns_to_the_event_whose_quote_is_shown(explorer):
    async with explorer(BUNDLED) as ui:
        ui.select_id("security-council")
        await ui.press("s", "n")
        status = ui.text("#quote-status")
        await ui.press("escape")
        assert ui.selected() in status and not ui.selected().startswith("UN Security Council")


async def test_the_quote_stays_in_view_when_the_terminal_is_resized(explorer):
    async with explorer(BUNDLED) as ui:
        ui.select_id("security-council")
        await ui.press("s")
        area = ui.app.screen.query_one(TextArea)
        for size in [(120, 40), (60, 15)]:
            await ui.pilot.resize_terminal(*size)
            await ui.pilot.pause()
            await ui.pilot.pause()
            _, row = area.wrapped_document.location_to_offset(area.selection.start)
            assert area.scroll_y <= row < area.scroll_y + area.scrollable_content_region.height


async def test_n_and_shift_n_step_through_the_sources_quotes_saying_whose_they_are(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("s")
        area = ui.app.screen.query_one(TextArea)
        first, first_status = area.selected_text, ui.text("#quote-status")
        await ui.press("n")
        assert area.selected_text != first and ui.text("#quote-status") != first_status
        assert ui.text("#quote-status").startswith("quote ")
        await ui.press("N")
        assert area.selected_text == first and ui.text("#quote-status") == first_status


async def test_the_quote_is_found_after_line_and_paragraph_separators(explorer, tmp_path):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a:\n    title: A\n    published: 2016-09-18\n"
        '    text: "First line\\u2028second line\\u2029New paragraph. The talks began on Monday."\n'
        "events:\n  - {title: E, when: Monday, quotes: [{text: The talks began}]}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s")
        assert ui.app.screen.query_one(TextArea).selected_text == "The talks began"


async def test_a_source_without_text_says_so(explorer, tmp_path):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: today}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s")
        assert "This source has no text" in ui.text("#no-text")


async def test_a_source_whose_file_cannot_be_read_says_its_quotes_are_not_checked(
    explorer, tmp_path
):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, file: gone.txt}\n"
        "events:\n  - {title: E, when: today, quotes: [{text: The talks began}]}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s")
        shown = ui.text("#no-text")
        assert "'gone.txt' cannot be read" in shown and "not checked" in shown


async def test_o_never_opens_a_url_that_is_not_http(explorer, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'javascript:alert(1)',"
        " text: 'It happened.'}\nevents:\n"
        "  - {title: E, when: today, quotes: [{text: It happened}]}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s", "o")
        assert opened == []
        assert ui.notices() == ["This source's URL is not opened: it is not http or https."]


async def test_o_says_which_character_makes_a_url_unsafe_to_open(explorer, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18,"
        " url: 'https://example.org/a?b=<x>', text: 'It happened.'}\nevents:\n"
        "  - {title: E, when: today, quotes: [{text: It happened}]}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s", "o")
        assert opened == [] and "at character" in ui.notices()[0]


async def test_o_opens_an_https_url_and_its_markup_stays_text(explorer, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    url = "https://example.org/[@click=app.quit]x[/]"
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: '" + url + "'}\n"
        "events:\n  - {title: E, when: today}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s", "o")
        assert opened == [url]
        assert ui.notices() == [f"Opened {url}"]
        assert ui.app.is_running


async def test_o_says_so_when_no_browser_could_be_started(explorer, tmp_path, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'https://example.org/a'}\n"
        "events:\n  - {title: E, when: today}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s", "o")
        [message] = ui.notices()
        assert message.startswith("No browser could be started")
        assert "https://example.org/a" in message


async def test_the_sources_quotes_are_numbered_and_stepped_in_the_order_the_article_reads(
    explorer, tmp_path
):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a:\n    title: A\n    published: 2016-09-18\n"
        "    text: 'The talks failed on Friday. The truce began on Monday.'\n"
        "events:\n"
        "  - {id: truce, title: Truce, when: Monday, quotes: [{text: The truce began}]}\n"
        "  - {title: Talks, when: Friday, quotes: [{text: The talks failed}]}\n",
    )
    async with explorer(path) as ui:
        ui.select_id("truce")
        await ui.press("s")
        assert ui.text("#quote-status").startswith("quote 2 of 2 from Truce")
        await ui.press("n")
        assert ui.text("#quote-status").startswith("quote 1 of 2 from Talks")


async def test_the_footer_offers_no_url_to_open_for_a_source_without_one(explorer, tmp_path):
    path = write(
        tmp_path,
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, text: 'It happened.'}\n"
        "events:\n  - {title: E, when: today, quotes: [{text: It happened}]}\n",
    )
    async with explorer(path) as ui:
        await ui.press("s")
        await ui.pilot.pause()
        offered = [key.description for key in ui.app.screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Next quote" in offered and "Open URL" not in offered


async def test_a_very_long_article_shows_the_stretch_around_each_quote_and_says_so(
    explorer, tmp_path, monkeypatch
):
    from tui.ui.screens import source

    monkeypatch.setattr(source, "SHOWN_AT_ONCE", 2_000)
    filler = "word " * 2_000
    (tmp_path / "a.txt").write_text(
        f"{filler}The talks began on Monday. {filler}The talks ended on Friday. {filler}", "utf-8"
    )
    path = write(
        tmp_path,
        "title: T\nsources:\n  a:\n    title: A\n    published: 2016-09-18\n    file: a.txt\n"
        "events:\n  - {id: began, title: Began, when: Monday, quotes: [{text: The talks began}]}\n"
        "  - {title: Ended, when: Friday, quotes: [{text: The talks ended}]}\n",
    )
    async with explorer(path) as ui:
        ui.select_id("began")
        await ui.press("s")
        area = ui.app.screen.query_one(TextArea)
        assert area.selected_text == "The talks began" and len(area.text) == 2_000
        assert "of 30,054 shown" in str(ui.app.screen.query_one("#quote-status").render())
        await ui.press("n")
        assert area.selected_text == "The talks ended"
