"""What the explorer's screens look like: SVG snapshots (--snapshot-update to accept changes)."""

from __future__ import annotations

import shutil

from tests.ui.explorer import BUNDLED, SIZE, Explorer
from tui.dates import parse_anchor
from tui.formats.draft import propose
from tui.formats.draft_review import Review
from tui.ui.app import make_app
from tui.ui.screens.review import ReviewApp


def _app(path=BUNDLED):  # type: ignore[no-untyped-def]
    return make_app([str(path)], use_cache=False)


async def shown(pilot):  # type: ignore[no-untyped-def]
    await Explorer(pilot).shown()


def test_the_main_view(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=shown)


def test_an_expanded_event(snap_compare):
    async def expand(pilot):  # type: ignore[no-untyped-def]
        ui = Explorer(pilot)
        await ui.shown()
        ui.select_id("strike")
        await ui.press("enter")

    assert snap_compare(_app(), terminal_size=SIZE, run_before=expand)


def test_the_source_view_with_a_highlighted_quote(snap_compare):
    async def source(pilot):  # type: ignore[no-untyped-def]
        ui = Explorer(pilot)
        await ui.shown()
        ui.select_id("power-rebukes")
        await ui.press("s")

    assert snap_compare(_app(), terminal_size=SIZE, run_before=source)


def test_the_error_banner_after_a_broken_save(snap_compare, tmp_path):
    for path in BUNDLED.parent.iterdir():
        shutil.copy(path, tmp_path / path.name)
    copy = tmp_path / BUNDLED.name

    async def break_it(pilot):  # type: ignore[no-untyped-def]
        ui = Explorer(pilot)
        await ui.shown()
        copy.write_text(
            copy.read_text(encoding="utf-8").replace("  - id: strike\n", "  - id: strike\n\tbad\n"),
            encoding="utf-8",
        )
        await ui.until(lambda: pilot.app.screen.query_one("#banner").display)

    assert snap_compare(_app(copy), terminal_size=SIZE, run_before=break_it)


def test_the_help(snap_compare):
    async def help_(pilot):  # type: ignore[no-untyped-def]
        ui = Explorer(pilot)
        await ui.shown()
        await ui.press("question_mark")

    assert snap_compare(_app(), terminal_size=SIZE, run_before=help_)


def test_a_file_that_cannot_be_loaded(snap_compare):
    broken = BUNDLED.parent.parent / "tests" / "hostile" / "tab-indentation.yaml"
    assert snap_compare(
        make_app([str(broken)], use_cache=False), terminal_size=(100, 12), run_before=shown
    )


def _review() -> ReviewApp:
    article = (BUNDLED.parent / "syria-ceasefire-airstrikes-2016-09-18.txt").read_text("utf-8")
    published = parse_anchor("2016-09-18")
    assert published is not None
    return ReviewApp(Review.start(article, published, propose(article, published)), "out.yaml")


def test_the_review_with_titles_wrapped_under_their_dates(snap_compare):
    assert snap_compare(_review(), terminal_size=(120, 40))


def test_the_review_in_a_narrow_terminal_cuts_each_title_to_a_line(snap_compare):
    async def decide(pilot):  # type: ignore[no-untyped-def]
        await pilot.press("a", "down", "x")

    assert snap_compare(_review(), terminal_size=(60, 30), run_before=decide)
