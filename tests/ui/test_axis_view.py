"""The axis view and the density strip, driven as a user would, and their SVG snapshots."""

from __future__ import annotations

import pytest

from tests.ui.explorer import BUNDLED, Explorer
from tui.formats.axis_picture import text_lines
from tui.ui.app import make_app
from tui.ui.screens.axis import AxisScreen
from tui.ui.screens.source import SourceScreen
from tui.ui.screens.timeline import TimelineScreen
from tui.ui.widgets.axis import AxisView
from tui.ui.widgets.density import DensityStrip

AXIS_SIZE = (100, 30)


def _app():  # type: ignore[no-untyped-def]
    return make_app([str(BUNDLED)], use_cache=False)


async def open_axis(ui: Explorer) -> AxisScreen:
    await ui.press("v")
    await ui.until(lambda: isinstance(ui.app.screen, AxisScreen))
    screen = ui.app.screen
    assert isinstance(screen, AxisScreen)
    await ui.until(lambda: screen.query_one(AxisView).picture is not None)
    return screen


def axis_text(screen: AxisScreen) -> list[str]:
    picture = screen.query_one(AxisView).picture
    assert picture is not None
    return text_lines(picture)


def status(screen: AxisScreen) -> str:
    return str(screen.query_one("#axis-status").render())


async def test_v_shows_the_ceasefire_as_a_bar_with_saturdays_strikes_and_the_night_after(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        lines = axis_text(screen)
        bar = next(line for line in lines if "Ceasefire largely holds" in line)
        assert "━━━━━━━━━━━━━━━━━━━━" in bar
        strike = next(line.index("● Four US") for line in lines if "● Four US" in line)
        night = next(line.index("● UN Se") for line in lines if "● UN Se" in line)
        assert bar.rindex("━") - 1 <= strike < night
        assert "Asia/Damascus" in str(screen.query_one("#axis-title").render())


async def test_moving_in_time_order_spells_out_the_selected_event_under_the_axis(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        assert "Putin questions US commitment" in status(screen)
        for _ in range(6):
            await ui.press("j")
        text = status(screen)
        assert "Four US-led airstrikes kill Syrian soldiers" in text
        assert "on Saturday → Sat 17 Sep 2016: the Saturday before the source's publication" in text
        await ui.press("k")
        assert "Possible targets followed for days" in status(screen)


async def test_zoom_pan_and_fit_change_the_ruler_and_come_back(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        fitted = axis_text(screen)
        for _ in range(6):
            await ui.press("j")
        await ui.press("plus", "plus")
        zoomed = axis_text(screen)
        assert "12:00" in zoomed[0] and "12:00" not in fitted[0]
        await ui.press("l")
        assert axis_text(screen)[0] != zoomed[0]
        await ui.press("0")
        assert axis_text(screen) == fitted


async def test_enter_returns_to_the_list_with_the_event_selected_and_expanded(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        await open_axis(ui)
        for _ in range(6):
            await ui.press("j")
        await ui.press("enter")
        await ui.until(lambda: isinstance(ui.app.screen, TimelineScreen))
        events = ui.events
        assert events.current is not None and events.current.id == "strike"
        assert events.is_expanded(events.current)


async def test_lanes_cycle_through_tag_and_source_and_s_opens_the_source(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        await ui.press("L")
        assert any(line.startswith("airstrike") for line in axis_text(screen))
        await ui.press("L")
        assert any(line.startswith("ceasefire-report") for line in axis_text(screen))
        await ui.press("L")
        assert not any(line.startswith("airstrike") for line in axis_text(screen))
        await ui.press("j", "s")
        await ui.until(lambda: isinstance(ui.app.screen, SourceScreen))


async def test_the_axis_shows_only_what_the_lists_search_shows(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        await ui.press("slash", *"security", "enter")
        screen = await open_axis(ui)
        text = "\n".join(axis_text(screen))
        assert "UN Security Council" in text
        assert "Four US-led airstrikes" not in text


async def test_a_click_on_the_density_strip_jumps_the_list_there(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        strip = ui.app.screen.query_one(DensityStrip)
        await ui.until(lambda: bool(strip.render_line(0).text.strip()))
        assert ui.events.cursor == 0
        await ui.pilot.click(DensityStrip, offset=(strip.size.width - 20, 0))
        current = ui.events.current
        assert current is not None and current.resolution is not None
        assert current.resolution.start.day >= 17


async def test_the_strip_takes_the_keyboard_with_tab_and_enter_jumps(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        strip = ui.app.screen.query_one(DensityStrip)
        await ui.until(lambda: bool(strip.render_line(0).text.strip()))
        await ui.press("tab")
        assert strip.has_focus
        for _ in range(50):
            await ui.press("right")
        await ui.press("enter")
        assert ui.events.has_focus and ui.events.cursor > 0


async def test_the_axis_draws_in_the_themes_colours_and_follows_a_change_of_theme(explorer):
    async with explorer(BUNDLED, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        view = screen.query_one(AxisView)
        row = next(y for y, line in enumerate(axis_text(screen)) if "━━━" in line)

        def bar_colour() -> str:
            segment = next(s for s in view.render_line(row) if "━" in s.text)
            assert segment.style is not None and segment.style.color is not None
            return segment.style.color.triplet.hex  # type: ignore[union-attr]

        ui.app.theme = "textual-dark"
        await ui.pilot.pause()
        dark = bar_colour()
        assert dark == ui.app.theme_variables["primary"].lower()
        ui.app.theme = "textual-light"
        await ui.pilot.pause()
        assert bar_colour() == ui.app.theme_variables["primary"].lower() != dark


async def _to_strike(ui: Explorer, keys: tuple[str, ...]) -> None:
    await ui.shown()
    await open_axis(ui)
    for _ in range(6):
        await ui.press("j")
    await ui.press(*keys)


@pytest.mark.parametrize("width", [80, 160])
@pytest.mark.parametrize(
    "keys",
    [(), ("plus", "plus", "L"), ("minus", "L", "L")],
    ids=["fit", "zoomed-in-lanes-by-tag", "zoomed-out-lanes-by-source"],
)
def test_axis_snapshot(snap_compare, width, keys):
    async def run(pilot):  # type: ignore[no-untyped-def]
        await _to_strike(Explorer(pilot), keys)

    assert snap_compare(_app(), terminal_size=(width, 30), run_before=run)


async def test_a_saved_title_shows_on_the_open_axis(explorer, tmp_path):
    import shutil

    for path in BUNDLED.parent.iterdir():
        shutil.copy(path, tmp_path / path.name)
    copy = tmp_path / BUNDLED.name
    async with explorer(copy, size=AXIS_SIZE) as ui:
        screen = await open_axis(ui)
        text = copy.read_text(encoding="utf-8")
        copy.write_text(
            text.replace("US-Russian brokered ceasefire begins", "Truce starts"), "utf-8"
        )
        await ui.until(lambda: any("Truce starts" in line for line in axis_text(screen)), 10)
        assert ui.app.screen is screen


async def test_a_wider_terminal_spreads_the_same_stretch_of_time_across_it(explorer):
    async with explorer(BUNDLED, size=(60, 30)) as ui:
        screen = await open_axis(ui)
        view = screen.view
        assert view is not None
        first, last = view.at(0), view.at(screen.query_one(AxisView).columns)
        await ui.pilot.resize_terminal(200, 30)
        await ui.until(lambda: screen.view is not None and screen.view is not view)
        wide = screen.view
        assert wide is not None
        assert wide.at(0) == first
        assert abs(wide.at(screen.query_one(AxisView).columns) - last) < 1e-6 * abs(last or 1)
