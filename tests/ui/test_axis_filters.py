"""The axis and the list share one set of filters and hand the very event back and forth; a large
axis is laid out without holding the keys."""

from __future__ import annotations

import threading

from tests.ui.explorer import BUNDLED, Explorer
from tests.ui.test_axis_view import AXIS_SIZE, axis_text, open_axis, status
from tui.ui.screens import axis as axis_screen
from tui.ui.screens.axis import AxisScreen
from tui.ui.screens.tags import TagScreen
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.widgets.axis import AxisView


def axis_title(screen: AxisScreen) -> str:
    return str(screen.query_one("#axis-title").render())


async def back_to_the_list(ui: Explorer, key: str = "escape") -> None:
    await ui.press(key)
    await ui.until(lambda: isinstance(ui.app.screen, TimelineScreen))


async def test_a_search_typed_in_the_axis_filters_the_list_too(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("slash", *"security", "enter")
        drawn = "\n".join(axis_text(screen))
        assert "UN Security Council" in drawn and "Four US-led airstrikes" not in drawn
        assert "2 shown: search “security”" in axis_title(screen)
        await back_to_the_list(ui)
        assert "2 shown: search “security”" in ui.title()
        assert len(ui.rows()) == 2 and all("Security Council" in row for row in ui.rows())


async def test_keys_typed_in_the_axis_search_are_text_not_axis_keys(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("slash", *"vjl/")
        assert isinstance(ui.app.screen, AxisScreen)
        assert "search “vjl/”" in axis_title(screen)


async def test_a_tag_chosen_in_the_axis_filters_the_list_too(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("t")
        await ui.until(lambda: isinstance(ui.app.screen, TagScreen))
        await ui.press(*"ceasefire", "enter")
        await ui.until(lambda: ui.app.screen is screen)
        assert "tag ceasefire" in axis_title(screen)
        drawn = "\n".join(axis_text(screen))
        assert "Ceasefire largely" in drawn and "Four US-led airstrikes" not in drawn
        await back_to_the_list(ui, "v")
        assert "tag ceasefire" in ui.title()
        assert ui.rows() and all("ceasefire" in e.tags for e in ui.events.shown)


async def test_the_lists_filter_is_named_and_applied_in_the_axis(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        await ui.press("slash", *"aleppo", "enter")
        shown = len(ui.rows())
        screen = await open_axis(ui)
        assert f"{shown} shown: search “aleppo”" in axis_title(screen)
        drawn = "\n".join(axis_text(screen))
        assert "Aleppo" in drawn and "Four US-led airstrikes" not in drawn


async def test_the_axis_search_continues_the_lists_and_escape_there_clears_it(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        await ui.press("slash", *"aleppo", "enter")
        screen = await open_axis(ui)
        await ui.press("slash")
        assert screen.query_one("#axis-search").display
        await ui.press("escape")
        assert isinstance(ui.app.screen, AxisScreen) and "shown" not in axis_title(screen)
        assert "Four US-led airstrikes" in "\n".join(axis_text(screen))
        await back_to_the_list(ui)
        assert len(ui.events.shown) == 18 and "shown" not in ui.title()


def footer_keys(ui: Explorer) -> set[str]:
    """What the footer offers, read off its bottom line as a user sees it."""
    width, height = AXIS_SIZE
    under = {ui.app.screen.get_widget_at(x, height - 1)[0] for x in range(width)}
    return {d for w in under if (d := getattr(w, "description", None))}


async def test_the_footer_offers_clear_search_not_the_list_while_the_axis_search_has_the_keys(
    explorer,
):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        await open_axis(ui)
        assert "List" in footer_keys(ui) and "Clear search" not in footer_keys(ui)
        await ui.press("slash")
        await ui.pilot.pause()
        assert "Clear search" in footer_keys(ui) and "List" not in footer_keys(ui)


async def test_a_filter_that_hides_everything_says_so_in_the_axis(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("slash", *"zzzz", "enter")
        assert "0 shown: search “zzzz”" in axis_title(screen)
        assert "the filter hides them all" in status(screen)
        await back_to_the_list(ui)
        assert "0 shown" in ui.title()


DUPLICATES = """\
title: Two events, one id
timezone: UTC
sources:
  a: {title: A, published: 2016-09-18}
events:
  - {id: raid, title: The first raid, when: Friday, source: a}
  - {id: raid, title: The second raid, when: Saturday, source: a}
  - {id: talks, title: Talks resume, when: Sunday, source: a}
"""


async def test_two_events_with_one_id_come_back_from_the_axis_as_the_one_picked(explorer, tmp_path):
    path = tmp_path / "duplicates.yaml"
    path.write_text(DUPLICATES, encoding="utf-8")
    async with explorer(path, size=AXIS_SIZE) as ui:
        ui.select("The second raid")
        screen = await open_axis(ui)
        assert "The second raid" in status(screen)
        await ui.press("k")
        assert "The first raid" in status(screen)
        await ui.press("j", "enter")
        await ui.until(lambda: isinstance(ui.app.screen, TimelineScreen))
        assert ui.selected() == "The second raid"
        assert ui.events.current is not None and ui.events.is_expanded(ui.events.current)
        assert not ui.events.is_expanded(ui.events.shown[0])


async def test_a_large_axis_is_laid_out_under_a_line_that_says_so_and_the_keys_stay_live(
    explorer, monkeypatch
):
    release = threading.Event()
    built = axis_screen.axis_for

    def slow_axis_for(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return built(*args, **kwargs)

    monkeypatch.setattr(axis_screen, "IN_THREAD_FROM", 0)
    monkeypatch.setattr(axis_screen, "axis_for", slow_axis_for)
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("L")  # lanes by tag: an axis nobody has built yet
        assert "laying out 18 events…" in ui.drawn("#axis")
        await ui.press("j")
        assert "The previous air raids on Aleppo" in status(screen)
        await ui.press("plus", "slash", *"un", "enter")
        assert "search “un”" in axis_title(screen)
        assert "laying out" in ui.drawn("#axis")
        release.set()
        await ui.until(lambda: screen.query_one(AxisView).picture is not None)
        assert any(line.startswith("un") for line in axis_text(screen))
        await back_to_the_list(ui)
        assert "search “un”" in ui.title()


async def test_an_axis_laid_out_once_is_shown_at_once_the_next_time(explorer, monkeypatch):
    monkeypatch.setattr(axis_screen, "IN_THREAD_FROM", 0)
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("L")
        await ui.until(lambda: screen.query_one(AxisView).picture is not None)
        first = axis_text(screen)
        await back_to_the_list(ui)
        screen = await open_axis(ui)
        await ui.press("L")
        assert "laying out" not in ui.drawn("#axis")
        assert axis_text(screen) == first


async def test_an_axis_of_a_timeline_with_no_events_says_so_and_draws_no_ruler(explorer, tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text(
        "title: T\nsources:\n  s:\n    title: S\n    published: 2016-09-18\nevents: []\n", "utf-8"
    )
    async with explorer(empty, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        drawn = "\n".join(axis_text(screen))
        assert "No event has a date to place on the scale" in drawn and "AD 1" not in drawn
        assert "The timeline has no events yet" in status(screen)
