"""Filtering by tags and sources, and choosing among a folder's timelines."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.explorer import BUNDLED


def tag_list(ui) -> list[str]:  # type: ignore[no-untyped-def]
    chooser = ui.app.screen.query_one("#tag-list")
    return [str(chooser.get_option_at_index(i).prompt) for i in range(chooser.option_count)]


async def test_t_filters_by_the_highlighted_tag_and_escape_clears_it(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("t")
        first = tag_list(ui)[0].split("  ")[0]
        await ui.press("enter")
        assert all(first in e.tags for e in ui.events.shown) and f"tag {first}" in ui.title()
        await ui.press("escape")
        assert len(ui.rows()) == 18


async def test_j_and_k_move_in_the_tag_list_and_the_title_names_the_filter(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("t", "j", "j", "k")
        chosen = tag_list(ui)[1].split("  ")[0]
        await ui.press("enter")
        assert f"tag {chosen}" in ui.title() and f"{len(ui.rows())} shown" in ui.title()


async def test_typing_narrows_the_tag_list(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("t", *"un")
        assert tag_list(ui) and all("un" in entry.lower() for entry in tag_list(ui))
        assert tag_list(ui)[0].startswith("un  (")


async def test_several_tags_show_events_with_any_of_them(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("t", *"un", "down", "space")
        await ui.press("backspace", "backspace", *"aleppo", "down", "space", "enter")
        assert "tags aleppo or un" in ui.title()
        assert all({"un", "aleppo"} & set(e.tags) for e in ui.events.shown)
        with_un = sum("un" in e.tags for e in ui.events.shown)
        assert 0 < with_un < len(ui.rows())


async def test_a_source_filter_shows_that_sources_events(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: Alpha News, published: 2016-09-18}\n"
        "  b: {title: Beta Post, published: 2016-09-18}\nevents:\n"
        "  - {title: From alpha, when: today, source: a}\n"
        "  - {title: From beta, when: today, source: b}\n",
        encoding="utf-8",
    )
    async with explorer(path) as ui:
        await ui.press("t", *"beta", "down", "enter")
        assert ui.rows() == ["From beta"] and "source Beta Post" in ui.title()


@pytest.fixture
def folder(tmp_path):  # type: ignore[no-untyped-def]
    for path in BUNDLED.parent.iterdir():
        shutil.copy(path, tmp_path / path.name)
    second = tmp_path / "second.yaml"
    second.write_text(
        BUNDLED.read_text(encoding="utf-8").replace(
            "title: Syria ceasefire under strain", "title: 'Second: the same, retitled'"
        ),
        encoding="utf-8",
    )
    return tmp_path


async def test_the_picker_lists_titles_opens_one_and_escape_returns_to_it(explorer, folder):
    async with explorer(folder) as ui:
        listed = ui.drawn("#picker")
        assert "Open all 2 timelines" in listed
        assert "Syria ceasefire under strain" in listed and "Second: the same, retitled" in listed
        await ui.press("enter")
        await ui.shown()
        assert ui.title().startswith("Second: the same, retitled")
        await ui.press("escape")
        assert "Open all 2 timelines" in ui.drawn("#picker")


async def test_the_picker_opens_all_timelines_merged(explorer, folder):
    async with explorer(folder, size=(160, 80)) as ui:
        await ui.press("home", "enter")
        await ui.shown()
        assert len(ui.rows()) == 36


async def test_a_named_pipe_in_the_folder_is_listed_without_waiting_for_a_writer(explorer, folder):
    import os

    os.mkfifo(folder / "pipe.yaml")
    async with explorer(folder) as ui:
        listed = ui.drawn("#picker")
        assert "Open all 3 timelines" in listed and "pipe.yaml" in listed
