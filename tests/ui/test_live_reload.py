"""Saving, reloading, editing and broken files: the explorer follows the file on disk."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from tests.ui.explorer import BUNDLED


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of the bundled timeline and its article that a test may edit."""
    for path in BUNDLED.parent.iterdir():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path / BUNDLED.name


@pytest.fixture
def editor(monkeypatch, tmp_path_factory) -> list[list[str]]:
    """$EDITOR as a recorder: the command lines the app would run, without leaving the app."""
    from tui.ui.app import TimelineApp

    calls: list[list[str]] = []
    bin_dir = tmp_path_factory.mktemp("bin")
    (bin_dir / "myeditor").write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / "myeditor").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setenv("EDITOR", "myeditor --wait")
    monkeypatch.setattr("subprocess.run", lambda argv, check: calls.append(argv))
    monkeypatch.setattr(TimelineApp, "suspend", lambda self: contextlib.nullcontext())
    return calls


async def test_e_opens_the_editor_at_the_events_line_then_reloads(explorer, copy, editor):
    async with explorer(copy) as ui:
        line = ui.events.current.line
        await ui.press("e")
        assert editor == [["myeditor", "--wait", f"+{line}", str(copy)]]


async def test_e_on_a_file_that_cannot_be_opened_edits_it_at_the_first_error(
    explorer, editor, tmp_path
):
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: T\nsources:\n\ta: 1\n", encoding="utf-8")
    async with explorer(broken) as ui:
        await ui.press("e")
        assert editor == [["myeditor", "--wait", "+3", str(broken)]]
        footer = [key.description for key in ui.app.screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Edit" in footer and "Search" not in footer


async def test_e_on_a_broken_save_edits_at_the_error_the_banner_names(explorer, copy, editor):
    async with explorer(copy) as ui:
        good = copy.read_text(encoding="utf-8")
        copy.write_text(good.replace("  - id: strike\n", "  - id: strike\n\tbad\n"), "utf-8")
        await ui.until(lambda: ui.app.screen.query_one("#banner").display)
        banner = ui.text("#banner")
        await ui.press("e")
        [[*_, line, path]] = editor
        assert path == str(copy) and f"{copy.name}:{line[1:]}:" in banner


async def test_e_with_an_editor_that_is_not_installed_says_so_and_the_app_goes_on(
    explorer, copy, monkeypatch
):
    monkeypatch.setenv("VISUAL", "no-such-editor-here --wait")
    async with explorer(copy) as ui:
        await ui.press("e")
        assert any("no program 'no-such-editor-here'" in note for note in ui.notices())
        before = ui.selected()
        await ui.press("down")
        assert ui.selected() != before


async def test_saving_the_file_reloads_it_keeping_selection_and_expansions(explorer, copy):
    async with explorer(copy) as ui:
        ui.select_id("strike")
        await ui.press("enter")
        text = copy.read_text(encoding="utf-8")
        copy.write_text(text.replace("Four US-led airstrikes kill", "Four US-led strikes kill"))
        await ui.until(lambda: ui.selected().startswith("Four US-led strikes"))
        assert "▾ Four US-led strikes kill" in "\n".join(ui.lines())


async def test_saving_the_article_reloads_too_so_a_quote_added_to_it_is_found(explorer, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The talks began on Monday.", encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, file: a.txt}\n"
        "events:\n  - {title: E, when: Monday, source: a, quotes: [{text: The strikes resumed}]}\n",
        encoding="utf-8",
    )
    async with explorer(path) as ui:
        assert "does not occur" in ui.text("#problem-list")
        article.write_text("The talks began on Monday. The strikes resumed.", encoding="utf-8")
        await ui.until(lambda: not ui.app.screen.query_one("#problems").display)


async def test_a_broken_save_keeps_the_last_good_timeline_under_a_banner_until_fixed(
    explorer, copy
):
    async with explorer(copy) as ui:
        good = copy.read_text(encoding="utf-8")
        copy.write_text(
            good.replace("title: Syria ceasefire under strain", "title: [broken"), "utf-8"
        )
        banner = ui.app.screen.query_one("#banner")
        await ui.until(lambda: banner.display)
        assert f"{copy.name}:" in ui.text("#banner") and len(ui.rows()) == 18
        copy.write_text(good, encoding="utf-8")
        await ui.until(lambda: not banner.display)


async def test_a_deleted_file_keeps_what_is_shown_and_says_so(explorer, copy):
    async with explorer(copy) as ui:
        copy.unlink()
        await ui.until(lambda: ui.app.screen.query_one("#banner").display)
        assert "deleted" in ui.text("#banner") and len(ui.rows()) == 18


async def test_a_file_turned_into_a_loop_of_links_says_why_it_cannot_be_read(explorer, copy):
    async with explorer(copy) as ui:
        other = copy.with_name("other.yaml")
        copy.unlink()
        copy.symlink_to(other.name)
        other.symlink_to(copy.name)
        await ui.until(lambda: "symbolic links" in ui.text("#banner"))
        assert "deleted" not in ui.text("#banner") and len(ui.rows()) == 18


async def test_a_slow_reload_shows_its_progress_beside_the_title_until_it_is_done(explorer, copy):
    from tui.ui.widgets.loader import TimelineLoader

    async with explorer(copy) as ui:
        ui.app.screen.post_message(TimelineLoader.Progress(0.4))
        await ui.until(lambda: "reloading … 40%" in ui.title())
        assert ui.title().startswith("Syria ceasefire under strain")
        await ui.press("r")
        await ui.until(lambda: "reloading" not in ui.title() and "18 events" in ui.title())


async def test_r_reloads_and_says_so(explorer, copy):
    async with explorer(copy) as ui:
        copy.write_text(copy.read_text(encoding="utf-8").replace("Four US-led", "Five US-led"))
        await ui.press("r")
        await ui.until(lambda: any(n.startswith("Reloaded") for n in ui.notices()))
        assert ui.notices() == [f"Reloaded {copy.name}: 18 events, 0 problems"]
        assert any(row.startswith("Five US-led") for row in ui.rows())


async def test_a_file_with_errors_opens_with_its_problems_listed(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {title: E, when: today, source: b}\n",
        encoding="utf-8",
    )
    async with explorer(path) as ui:
        assert "5:37: error: event 1 cites unknown source 'b'" in ui.text("#problem-list")
        assert ui.rows() == ["E"]


async def test_the_problems_panel_counts_its_problems_on_its_border(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    events = "".join(f"  - {{title: E{n}, when: today, source: b}}\n" for n in range(10))
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n" + events,
        encoding="utf-8",
    )
    async with explorer(path) as ui:
        assert ui.app.screen.query_one("#problems").border_title == "10 errors, 0 warnings"


async def test_a_file_that_cannot_load_shows_its_errors_in_place_of_the_list(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    async with explorer(path) as ui:
        assert "1:8: error: the file ends before what opens here is closed" in ui.text(
            "#problem-list"
        )
        assert ui.title() == "Cannot open t.yaml"
        assert not ui.events.display


async def test_a_folder_without_timelines_says_so(explorer, tmp_path):
    async with explorer(tmp_path) as ui:
        assert "no timeline files given, or none (*.yaml) in the folder" in ui.text("#problem-list")


async def test_several_files_merge_into_one_chronology_marked_with_their_files(explorer, copy):
    second = copy.parent / "second.yaml"
    second.write_text(
        copy.read_text(encoding="utf-8").replace(
            "title: Syria ceasefire under strain", "title: Two"
        )
    )
    async with explorer(copy, second, size=(160, 60)) as ui:
        assert len(ui.rows()) == 36
        assert {row.rsplit("  ", 1)[-1] for row in ui.rows()} == {copy.name, "second.yaml"}


async def test_e_on_the_installed_timeline_offers_a_copy_and_edits_that(
    explorer, copy, editor, monkeypatch, tmp_path
):
    monkeypatch.setattr("tui.ui.editor.installed_copy", lambda path: path == str(copy))
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    async with explorer(copy) as ui:
        line = ui.events.current.line
        await ui.press("e")
        offer = ui.drawn("#installed")
        assert (
            "This is the installed copy" in offer and "lost when the program is upgraded" in offer
        )
        await ui.press("c")
        await ui.shown()
        mine = home / "timelines" / copy.name
        assert editor == [["myeditor", "--wait", f"+{line}", str(mine)]]
        assert (home / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt").exists()
        assert ui.title().startswith("Syria ceasefire under strain")
        assert ui.notices()[-1] == f"Copied to {mine}: this copy is yours to edit"
        await ui.press("e")
        assert editor[-1] == ["myeditor", "--wait", f"+{line}", str(mine)]


async def test_e_on_the_installed_timeline_can_still_edit_it_in_place(
    explorer, copy, editor, monkeypatch
):
    monkeypatch.setattr("tui.ui.editor.installed_copy", lambda path: True)
    async with explorer(copy) as ui:
        await ui.press("e", "e")
        assert editor == [["myeditor", "--wait", f"+{ui.events.current.line}", str(copy)]]
