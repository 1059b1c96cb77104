"""The list draws in the theme's colours, and follows a change of theme."""

from __future__ import annotations

from tests.ui.explorer import BUNDLED


def colours(strip) -> set[tuple[str | None, str | None, bool]]:  # type: ignore[no-untyped-def]
    """(foreground, background, bold) of every visible cell run of a drawn line."""
    return {
        (
            s.style.color.triplet.hex if s.style and s.style.color else None,  # type: ignore[union-attr]
            s.style.bgcolor.triplet.hex if s.style and s.style.bgcolor else None,  # type: ignore[union-attr]
            bool(s.style and s.style.bold),
        )
        for s in strip
        if s.text.strip()
    }


async def test_date_headings_are_drawn_bold_in_the_accent_colour(explorer):
    async with explorer(BUNDLED) as ui:
        heading = ui.events.render_line(0)
        accent = ui.app.theme_variables["accent"].lower()
        [(fg, bg, bold)] = colours(heading)
        assert bold and fg is not None and bg is not None
        assert fg == accent


async def test_an_unselected_row_carries_the_lists_colours(explorer):
    async with explorer(BUNDLED) as ui:
        [(fg, bg, _)] = colours(ui.events.render_line(4))
        assert fg is not None and bg is not None


async def test_a_theme_change_recolours_the_rows_already_drawn(explorer):
    async with explorer(BUNDLED) as ui:
        ui.app.theme = "textual-dark"
        await ui.pilot.pause()
        before = colours(ui.events.render_line(0)), colours(ui.events.render_line(4))
        ui.app.theme = "textual-light"
        await ui.pilot.pause()
        after = colours(ui.events.render_line(0)), colours(ui.events.render_line(4))
        assert before[0] != after[0] and before[1] != after[1]


async def test_the_no_match_line_is_italic(explorer):
    async with explorer(BUNDLED) as ui:
        await ui.press("slash", *"zzzz", "enter")
        line = ui.events.render_line(0)
        assert all(s.style and s.style.italic for s in line if s.text.strip())
