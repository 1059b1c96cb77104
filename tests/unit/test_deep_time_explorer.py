"""Deep time in the explorer: the list's headings, the title's span, the palette and the axis
show dates before AD 1 as "44 BC", in order, never as 1 January AD 1."""

from __future__ import annotations

from textual.command import CommandList

from tests.unit.test_deep_time import ROME
from tui.formats.axis_picture import text_lines
from tui.ui.screens.axis import AxisScreen
from tui.ui.widgets.axis import AxisView


def rome(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "rome.yaml"
    path.write_text(ROME, encoding="utf-8")
    return path


def headings(ui) -> list[str]:  # type: ignore[no-untyped-def]
    return [line.strip() for line in ui.lines() if line.startswith(" ") and line[1] != " "]


async def test_the_list_heads_each_date_bc_in_order_before_ad_79(explorer, tmp_path):
    async with explorer(rome(tmp_path)) as ui:
        assert headings(ui) == [
            "~3000 BC",
            "500 BC – 400 BC",
            "15 Mar 44 BC",
            "20 Mar 44 BC",
            "AD 79",
            "Fri 5 Aug 2016",
        ]
        assert "3000 BC – Fri 5 Aug 2016" in str(ui.app.screen.query_one("TitleLine").render())


async def test_the_palette_goes_to_44_bc(explorer, tmp_path):
    async with explorer(rome(tmp_path)) as ui:
        await ui.press("ctrl+p", *"go to 44 BC")
        await ui.pilot.pause(0.6)
        entries = ui.app.screen.query_one(CommandList)
        assert str(entries.get_option_at_index(0).prompt).startswith("date  go to 44 BC")
        await ui.press("enter")
        await ui.pilot.pause(0.2)
        assert ui.selected() == "Julius Caesar assassinated"


async def test_the_axis_draws_bc_events_left_of_ad_ones_under_bc_year_ticks(explorer, tmp_path):
    async with explorer(rome(tmp_path), size=(100, 30)) as ui:
        await ui.press("v")
        await ui.until(lambda: isinstance(ui.app.screen, AxisScreen))
        view = ui.app.screen.query_one(AxisView)
        await ui.until(lambda: view.picture is not None)
        lines = text_lines(view.picture)
        assert "3000 BC" in lines[0] and "1000 BC" in lines[0]
        marks = next(line for line in lines if "Stonehenge built" in line)
        assert marks.index("Stonehenge built") < marks.index("Rio Olympics open")
        title = str(ui.app.screen.query_one("#axis-title").render())
        assert "BC – " in title and "0001" not in title
