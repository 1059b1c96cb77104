"""The command palette (ctrl+p): events, sources and dates, always an answer or a reason."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from tests.ui.explorer import BUNDLED


async def palette(ui, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Open the palette, type the query, and read the entries it lists."""
    await ui.press("ctrl+p")
    await ui.press(*query)
    await ui.pilot.pause(0.6)
    entries = ui.app.screen.query_one(CommandList)
    return [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]


def write(tmp_path, title: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        f"events:\n  - {{title: '{title}', when: today}}\n",
        encoding="utf-8",
    )
    return path


async def test_ctrl_p_goes_to_a_date_resolved_like_when(explorer):
    async with explorer(BUNDLED) as ui:
        await palette(ui, "go to Sept 17")
        await ui.press("enter")
        await ui.pilot.pause(0.2)
        assert ui.events.current.resolution.start.day == 17


async def test_go_to_monday_in_a_sunday_article_says_which_monday_and_why_nothing_follows(
    explorer,
):
    async with explorer(BUNDLED) as ui:
        entries = await palette(ui, "go to Monday")
        assert entries[0].startswith("date  go to Mon 19 Sep 2016: no event on or after it")
        assert "the Monday just after the first source's publication" in entries[0]
        await ui.press("enter")
        await ui.pilot.pause(0.2)
        assert ui.notices()[-1].startswith("go to Mon 19 Sep 2016: no event on or after it")


async def test_sep_16_goes_to_the_first_event_on_or_after_it(explorer):
    async with explorer(BUNDLED) as ui:
        entries = await palette(ui, "Sep 16")
        assert entries[0].startswith("date  go to Fri 16 Sep 2016")
        await ui.press("enter")
        await ui.pilot.pause(0.2)
        assert ui.events.current.resolution.start.day == 17


async def test_a_date_after_the_last_event_says_so(explorer):
    async with explorer(BUNDLED) as ui:
        entries = await palette(ui, "go to 2020")
        assert "no event on or after it" in entries[0]


async def test_a_query_that_matches_nothing_says_why_and_enter_closes_the_palette(explorer):
    async with explorer(BUNDLED) as ui:
        entries = await palette(ui, "zqxj")
        assert entries == [
            "No event title, source or date matches “zqxj”: try a word of a title, "
            "or a date such as “Sept 17”"
        ]
        await ui.press("enter")
        await ui.pilot.pause(0.2)
        assert not isinstance(ui.app.screen, CommandPalette)
        assert ui.notices()[-1].startswith("No event title, source or date matches “zqxj”")


async def test_the_timelines_entries_are_marked_apart_from_textuals_own(explorer):
    async with explorer(BUNDLED) as ui:
        entries = await palette(ui, "the")
        groups = {entry.split("  ", 1)[0] for entry in entries}
        assert {"event", "app"} <= groups
        first_app = next(i for i, e in enumerate(entries) if e.startswith("app"))
        assert all(e.startswith("app") for e in entries[first_app:])


async def test_markup_in_titles_is_shown_as_text_in_the_palette(explorer, tmp_path):
    for title in [
        "closing a[/b] tag",
        "[link=https://evil.example]bank[/link]",
        "[reverse]x[/reverse]",
    ]:
        async with explorer(write(tmp_path, title)) as ui:
            await ui.press("ctrl+p")
            await ui.pilot.pause(0.3)
            entries = ui.app.screen.query_one(CommandList)
            shown = [
                str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)
            ]
            assert any(title in entry for entry in shown)
            await ui.press(*title[:6])
            await ui.pilot.pause(0.6)
            assert ui.app.is_running
            shown = [
                str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)
            ]
            assert any(title in entry for entry in shown)


async def test_screenshot_without_a_downloads_folder_is_saved_in_the_current_one(
    explorer, tmp_path, monkeypatch
):
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path / "no-home")
    monkeypatch.chdir(tmp_path)
    async with explorer(BUNDLED) as ui:
        await palette(ui, "Screenshot")
        await ui.press("enter")
        for _ in range(20):
            await ui.pilot.pause(0.1)
            if list(tmp_path.glob("*.svg")):
                break
        assert [p.suffix for p in tmp_path.glob("*")] == [".svg"]
