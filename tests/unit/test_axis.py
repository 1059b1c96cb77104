"""The axis layout: a scale of time in character cells, as the terminal and the exports draw it."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from tests.support import BUNDLED
from tui.core.model import Timeline
from tui.formats.axis import (
    blocks,
    build_axis,
    counts,
    fit,
    pan,
    pick_unit,
    seconds,
    ticks,
    zoom,
)
from tui.formats.axis_picture import draw, gutter_width, text_lines
from tui.load.loader import load_file, load_text

DAY = 86400.0
YEAR = 365.25 * DAY


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    timeline = load_file(BUNDLED).timeline
    assert timeline is not None
    return timeline


def timeline_of(*events: tuple[str, str], extra: str = "") -> Timeline:
    """A timeline of (title, when) events from one source published on Sunday 18 September 2016."""
    lines = [
        "title: T",
        "sources:",
        "  a: {title: A, published: 2016-09-18}",
        "events:",
    ]
    for title, when in events:
        lines.append(f"  - {{title: '{title}', when: '{when}'{extra}}}")
    timeline = load_text("\n".join(lines) + "\n").timeline
    assert timeline is not None
    return timeline


def picture(timeline: Timeline, width: int = 100, height: int = 24, lanes="none", **kw):  # type: ignore[no-untyped-def]
    axis = build_axis(timeline.events, lanes, **kw)
    columns = width - gutter_width(axis)
    return axis, draw(axis, fit(axis, columns, columns // 5), width, height)


def column_of(lines: list[str], text: str) -> int:
    return next(line.index(text) for line in lines if text in line)


def test_the_ceasefire_is_a_five_day_bar_with_saturdays_strikes_and_the_night_meeting_after(
    bundled,
):
    _, pic = picture(bundled)
    lines = text_lines(pic)
    ruler = lines[0]
    bar = next(line for line in lines if "Ceasefire largely holds" in line)
    begins, ends = bar.index("━"), bar.rindex("━") + 1
    saturday = ruler.index("Sat 17")
    ticks = [i for i, c in enumerate(lines[1]) if c == "┬"]  # a day's tick each, from Sun 11
    assert (begins, saturday) == (ticks[1], ticks[6])  # Mon 12 to Sat 17, on their ticks
    assert ends == pytest.approx(saturday, abs=1)
    strike = column_of(lines, "● Four US-led airstrikes")
    meeting = column_of(lines, "● UN Security Council")
    assert strike == pytest.approx(saturday, abs=1)
    assert strike < meeting < ruler.index("Sun 18")


def test_ticks_adapt_from_hours_to_centuries_as_the_view_zooms_out():
    names: list[str] = []
    per_column = 60.0
    while per_column < 200 * YEAR:
        name = pick_unit(per_column)[1]
        if name not in names:
            names.append(name)
        per_column *= 1.5
    assert names[:8] == [
        "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries"
    ]  # fmt: skip


def test_day_ticks_fall_on_midnight_and_the_first_names_its_month_and_year(bundled):
    axis = build_axis(bundled.events)
    view = fit(axis, 100)
    found, unit = ticks(axis.scale, view, 100)
    assert unit == "days"
    saturday = next(t for t in found if t.label == "Sat 17")
    assert saturday.column == round(view.column(seconds(datetime(2016, 9, 17))))
    assert "Sep 2016" in text_lines(draw(axis, view, 100, 10))[0]


def test_zooming_in_on_saturday_shows_hours_labelled_in_the_timelines_zone(bundled):
    axis = build_axis(bundled.events)
    strike = next(i for i, e in enumerate(bundled.events) if e.id == "strike")
    view = zoom(axis, fit(axis, 100), 100, 4, axis.starts[axis.item_of[strike]])
    lines = text_lines(draw(axis, view, 100, 20, strike))
    assert "12:00" in lines[0] and "Sat 17" in lines[0]
    assert column_of(lines, "● Four US-led") < column_of(lines, "● UN Se") - 30


@pytest.mark.parametrize("width", [60, 80, 160])
def test_a_long_first_label_never_hides_the_days_after_it(bundled, width):
    axis = build_axis(bundled.events)
    strike = next(i for i, e in enumerate(bundled.events) if e.id == "strike")
    view = fit(axis, width)
    for _ in range(7):
        view = zoom(axis, view, width, 2, axis.starts[axis.item_of[strike]])
        ruler = text_lines(draw(axis, view, width, 10, strike))[0]
        found, unit = ticks(axis.scale, view, width)
        days = [t.label for t in found if t.major and 0 <= t.column < width - len(t.label)]
        assert all(day in ruler for day in days), (unit, days, ruler)
        assert "Sep 2016" in ruler, ruler


def test_a_century_and_a_week_fold_the_empty_stretch_with_a_break_mark():
    timeline = timeline_of(
        ("Battle of the Somme begins", "1916-07-01"),
        ("Centenary ceremony", "2016-07-01"),
        ("Week after", "2016-07-08"),
    )
    lines = text_lines(picture(timeline)[1])
    assert "≈" in lines[1]
    assert column_of(lines, "● Week after") - column_of(lines, "● Centenary") > 20
    assert column_of(lines, "● Battle of the Somme") < lines[1].index("≈")
    plain = text_lines(picture(timeline, fold=False)[1])
    assert "≈" not in plain[1]
    assert column_of(plain, "● Week after") == column_of(plain, "● Centenary")


@pytest.mark.parametrize("width", [60, 120])
def test_no_ruler_label_runs_across_a_fold_to_name_the_far_side_wrongly(width):
    timeline = timeline_of(
        ("Alliance founded", "1949-01-15"),
        ("Founding year ends", "1949-12-20"),
        ("Ceremony", "1999-03-12"),
        ("Summit", "1999-06-01"),
    )
    labels, ruler = text_lines(picture(timeline, width=width)[1])[:2]
    folds = [set(range(m.start(), m.end())) for m in re.finditer("≈+", ruler)]
    assert folds, ruler
    for label in re.finditer(r"\S+(?: \S+)*", labels):
        cells = set(range(label.start(), label.end()))
        assert not any(cells & fold for fold in folds), (labels, ruler)


def test_an_approximate_date_is_drawn_lighter_than_an_exact_one():
    timeline = timeline_of(("Nearly a week back", "nearly a week ago"), ("Yesterday", "yesterday"))
    lines = text_lines(picture(timeline)[1])
    assert any("○ Nearly a week back" in line for line in lines)
    assert any("● Yesterday" in line for line in lines)
    _, pic = picture(timeline)
    styles = {s.style for line in pic.lines for s in line}
    assert {"mark", "mark-approx"} <= styles


def test_a_vague_reference_sits_in_the_margin_apart_from_the_scale(bundled):
    lines = text_lines(picture(bundled)[1])
    margin = [line for line in lines if "Putin questions" in line]
    assert margin == ["off the scale: ◇ Putin questions US commitment to the ceasefire (the past)"]


def test_lanes_by_tag_and_by_source_are_labelled(bundled):
    by_tag = text_lines(picture(bundled, 120, 30, "tag")[1])
    labels = [line.split(" ")[0] for line in by_tag[2:] if line and not line.startswith(" ")]
    assert labels[:3] == ["airstrike", "aid", "ceasefire"]
    assert "un" in labels
    by_source = text_lines(picture(bundled, 120, 30, "source")[1])
    assert by_source[2].startswith("ceasefire-report")


def test_a_crowded_lane_draws_counts_as_blocks_not_thousands_of_marks():
    timeline = timeline_of(*((f"E{n}", f"2016-09-{1 + n % 17:02d}") for n in range(3000)))
    _, pic = picture(timeline, 80, 10)
    assert pic.counted == 3000 and pic.drawn == 0
    assert "█" in "".join(text_lines(pic))


def test_zoom_centres_the_selection_and_pan_moves_by_columns(bundled):
    axis = build_axis(bundled.events)
    view = fit(axis, 100)
    middle = axis.starts[5]
    zoomed = zoom(axis, view, 100, 2, middle)
    assert zoomed.per_column == pytest.approx(view.per_column / 2)
    assert zoomed.column(middle) == pytest.approx(50)
    assert pan(zoomed, 25).column(middle) == pytest.approx(25)


def test_density_counts_each_column_by_bisection():
    assert counts([0, 1, 1.5, 9, 10], 0, 2.5, 4) == [3, 0, 0, 1]
    assert blocks([0, 1, 8]) == [" ▃█"]
    assert blocks([1, 1000])[0][0] != " "  # one event still shows beside a thousand


def test_a_title_wider_than_its_room_is_cut_with_an_ellipsis_not_overdrawn(bundled):
    lines = text_lines(picture(bundled, 80)[1])
    assert all(len(line) <= 80 for line in lines)
    assert any("…" in line for line in lines)
