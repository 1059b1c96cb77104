"""The axis view and the density strip, driven as a user would, and their SVG snapshots."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.ui.explorer import BUNDLED, Explorer
from tui.formats.axis_picture import text_lines
from tui.ui.app import make_app
from tui.ui.screens.axis import AxisScreen
from tui.ui.screens.source import SourceScreen
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.widgets.axis import AxisView
from tui.ui.widgets.density import DensityStrip


def _app():  # type: ignore[no-untyped-def]
    return make_app([str(BUNDLED)], use_cache=False)


async def loaded(pilot: Pilot) -> None:
    await Explorer(pilot).shown()


async def until(pilot: Pilot, condition) -> None:  # type: ignore[no-untyped-def]
    await Explorer(pilot).until(condition)


def event_list(pilot: Pilot):  # type: ignore[no-untyped-def]
    return Explorer(pilot).events


async def open_axis(pilot: Pilot) -> AxisScreen:
    await loaded(pilot)
    await pilot.press("v")
    await until(pilot, lambda: isinstance(pilot.app.screen, AxisScreen))
    screen = pilot.app.screen
    assert isinstance(screen, AxisScreen)
    await until(pilot, lambda: screen.query_one(AxisView).picture is not None)
    return screen


def axis_text(screen: AxisScreen) -> list[str]:
    picture = screen.query_one(AxisView).picture
    assert picture is not None
    return text_lines(picture)


def status(screen: AxisScreen) -> str:
    return str(screen.query_one("#axis-status").render())


async def test_v_shows_the_ceasefire_as_a_bar_with_saturdays_strikes_and_the_night_after():
    async with _app().run_test(size=(100, 30)) as pilot:
        screen = await open_axis(pilot)
        lines = axis_text(screen)
        bar = next(line for line in lines if "Ceasefire largely holds" in line)
        assert "━━━━━━━━━━━━━━━━━━━━" in bar
        strike = next(line.index("● Four US") for line in lines if "● Four US" in line)
        night = next(line.index("● UN Se") for line in lines if "● UN Se" in line)
        assert bar.rindex("━") - 1 <= strike < night
        assert "Asia/Damascus" in str(screen.query_one("#axis-title").render())


async def test_moving_in_time_order_spells_out_the_selected_event_under_the_axis():
    async with _app().run_test(size=(100, 30)) as pilot:
        screen = await open_axis(pilot)
        assert "Putin questions US commitment" in status(screen)
        for _ in range(6):
            await pilot.press("j")
        text = status(screen)
        assert "Four US-led airstrikes kill Syrian soldiers" in text
        assert "on Saturday → Sat 17 Sep 2016: the Saturday before the source's publication" in text
        await pilot.press("k")
        assert "Possible targets followed for days" in status(screen)


async def test_zoom_pan_and_fit_change_the_ruler_and_come_back():
    async with _app().run_test(size=(100, 30)) as pilot:
        screen = await open_axis(pilot)
        fitted = axis_text(screen)
        for _ in range(6):
            await pilot.press("j")
        await pilot.press("plus", "plus")
        zoomed = axis_text(screen)
        assert "12:00" in zoomed[0] and "12:00" not in fitted[0]
        await pilot.press("l")
        assert axis_text(screen)[0] != zoomed[0]
        await pilot.press("0")
        assert axis_text(screen) == fitted


async def test_enter_returns_to_the_list_with_the_event_selected_and_expanded():
    async with _app().run_test(size=(100, 30)) as pilot:
        await open_axis(pilot)
        for _ in range(6):
            await pilot.press("j")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
        events = event_list(pilot)
        assert events.current is not None and events.current.id == "strike"
        assert "▾ Four US-led airstrikes" in "\n".join(Explorer(pilot).lines())


async def test_lanes_cycle_through_tag_and_source_and_s_opens_the_source():
    async with _app().run_test(size=(100, 30)) as pilot:
        screen = await open_axis(pilot)
        await pilot.press("L")
        assert any(line.startswith("airstrike") for line in axis_text(screen))
        await pilot.press("L")
        assert any(line.startswith("ceasefire-report") for line in axis_text(screen))
        await pilot.press("L")
        assert not any(line.startswith("airstrike") for line in axis_text(screen))
        await pilot.press("j", "s")
        await until(pilot, lambda: isinstance(pilot.app.screen, SourceScreen))


async def test_the_axis_shows_only_what_the_lists_search_shows():
    async with _app().run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", *"security", "enter")
        screen = await open_axis(pilot)
        text = "\n".join(axis_text(screen))
        assert "UN Security Council" in text
        assert "Four US-led airstrikes" not in text


async def test_a_click_on_the_density_strip_jumps_the_list_there():
    async with _app().run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        strip = pilot.app.screen.query_one(DensityStrip)
        await until(pilot, lambda: bool(strip.render_line(0).text.strip()))
        assert event_list(pilot).cursor == 0
        await pilot.click(DensityStrip, offset=(strip.size.width - 20, 0))
        current = event_list(pilot).current
        assert current is not None and current.resolution is not None
        assert current.resolution.start.day >= 17


async def test_the_strip_takes_the_keyboard_with_tab_and_enter_jumps():
    async with _app().run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        strip = pilot.app.screen.query_one(DensityStrip)
        await until(pilot, lambda: bool(strip.render_line(0).text.strip()))
        await pilot.press("tab")
        assert strip.has_focus
        for _ in range(50):
            await pilot.press("right")
        await pilot.press("enter")
        assert event_list(pilot).has_focus and event_list(pilot).cursor > 0


async def _to_strike(pilot: Pilot, keys: tuple[str, ...]) -> None:
    await open_axis(pilot)
    for _ in range(6):
        await pilot.press("j")
    await pilot.press(*keys)
    await pilot.pause()


@pytest.mark.parametrize("width", [80, 160])
@pytest.mark.parametrize(
    "keys",
    [(), ("plus", "plus", "L"), ("minus", "L", "L")],
    ids=["fit", "zoomed-in-lanes-by-tag", "zoomed-out-lanes-by-source"],
)
def test_axis_snapshot(snap_compare, width, keys):
    async def run(pilot):  # type: ignore[no-untyped-def]
        await _to_strike(pilot, keys)

    assert snap_compare(_app(), terminal_size=(width, 30), run_before=run)
