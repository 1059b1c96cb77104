"""Deep time (issue 13, item 4): dates before AD 1 and below 1000, from the sentences that use
them, through the resolver, the loader's order, the anchored rule and every export."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from tui.core import deeptime
from tui.core.model import Resolution, Unresolved
from tui.dates import describe_json, format_label, resolve, resolve_anchored
from tui.formats.export import FORMATS, render
from tui.formats.timelinejs_import import import_timelinejs
from tui.load.loader import load_text

SUNDAY = datetime(2016, 9, 18)


def resolved(expression: str, anchor: datetime = SUNDAY) -> Resolution:
    result = resolve(expression, anchor, anchor_label="the source's publication")
    assert isinstance(result, Resolution), result
    return result


def refused(expression: str) -> Unresolved:
    result = resolve(expression, SUNDAY, anchor_label="the source's publication")
    assert isinstance(result, Unresolved), result
    return result


# -- the calendar --------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [-100_000, -44, -43, -1, 0, 1, 1582, 2016, 9999])
def test_a_day_number_turns_back_into_the_same_date_in_any_year(year):
    for month, day in ((1, 1), (2, 28), (12, 31)):
        assert deeptime.ymd(deeptime.day_number(year, month, day)) == (year, month, day)


def test_day_zero_is_the_first_of_january_ad_1_and_1_bc_is_a_leap_year():
    assert deeptime.day_number(1) == 0
    assert deeptime.day_number(1) - deeptime.day_number(0) == 366


# -- the resolver ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, value, label",
    [
        ("44 BC", "-0043", "44 BC"),  # "Julius Caesar was assassinated in 44 BC"
        ("500 BCE", "-0499", "500 BC"),  # "Athens around 500 BCE"
        ("March 15, 44 BC", "-0043-03-15", "15 Mar 44 BC"),  # "assassinated on March 15, 44 BC"
        ("15 March 44 BC", "-0043-03-15", "15 Mar 44 BC"),
        ("March 44 BC", "-0043-03", "Mar 44 BC"),
        ("the 5th century BC", "-04XX", "the 5th century BC"),  # "Athens in the 5th century BC"
        ("the fifth century B.C.", "-04XX", "the 5th century BC"),
        ("the 3rd millennium BC", "-2XXX", "the 3rd millennium BC"),
        ("1 BC", "0000", "1 BC"),
        ("late 44 BC", "-0043", "late 44 BC"),  # "by late 44 BC Octavian had raised an army"
        ("the early 5th century BC", "-04XX", "the early 5th century BC"),
        ("-0043-03-15", "-0043-03-15", "15 Mar 44 BC"),  # as the exports write it
    ],
)
def test_a_date_before_ad_1_resolves_with_its_edtf_value_and_a_bc_label(expression, value, label):
    result = resolved(expression)
    assert (result.value, format_label(result)) == (value, label)


@pytest.mark.parametrize(
    "expression, value",
    [
        ("in 1066", "1066"),  # "the Norman conquest in 1066"
        ("AD 79", "0079"),  # "The eruption of Vesuvius in AD 79 buried Pompeii"
        ("79 AD", "0079"),
        ("79 CE", "0079"),
        ("0079", "0079"),
        ("the 1st century AD", "00"),
    ],
)
def test_years_below_1000_keep_their_four_digit_values(expression, value):
    assert resolved(expression).value == value


@pytest.mark.parametrize(
    "expression, value, label",
    [
        # "Vesuvius erupted on August 24, AD 79, burying Pompeii"
        ("August 24, AD 79", "0079-08-24", "Thu 24 Aug AD 79"),
        ("24 August AD 79", "0079-08-24", "Thu 24 Aug AD 79"),
        ("Aug. 24, 79 AD", "0079-08-24", "Thu 24 Aug AD 79"),
        ("August 79 AD", "0079-08", "Aug AD 79"),
        # "the Viking raids between 793 and 850 AD"
        ("between 793 and 850 AD", "0793/0850", "AD 793 – AD 850"),
    ],
)
def test_days_and_ranges_marked_ad_read_as_the_years_they_name(expression, value, label):
    result = resolved(expression)
    assert (result.value, format_label(result)) == (value, label)


def test_years_below_1000_are_labelled_ad_not_with_a_leading_zero():
    assert format_label(resolved("in AD 476")) == "AD 476"


def test_a_range_of_years_is_labelled_by_its_years():
    # "the trans-Antarctic expedition of 1957-58"
    assert format_label(resolved("1957-58")) == "1957 – 1958"


def test_stonehenge_built_around_3000_bc_is_approximate():
    result = resolved("around 3000 BC")  # "Stonehenge was built around 3000 BC"
    assert (result.value, result.approximate, format_label(result)) == ("-2999", True, "~3000 BC")


def test_c_dot_before_a_year_bc_is_circa():
    assert format_label(resolved("c. 3000 BC")) == "~3000 BC"


def test_ten_thousand_years_ago_is_about_a_year_bc():
    result = resolved("10,000 years ago")  # "farming began 10,000 years ago"
    assert (result.value, result.approximate, format_label(result)) == ("-7984", True, "~7985 BC")


def test_between_500_and_400_bc_is_an_interval_of_years_bc():
    result = resolved("between 500 and 400 BC")
    assert (result.value, format_label(result)) == ("-0499/-0399", "500 BC – 400 BC")


def test_a_range_from_bc_into_ad_keeps_both_ends():
    assert format_label(resolved("between 500 BC and AD 79")) == "500 BC – AD 79"


def test_a_range_bc_that_runs_backwards_is_refused():
    assert "before it starts" in refused("from 400 to 500 BC").reason


def test_a_day_bc_the_calendar_lacks_is_refused():
    assert "no such day" in refused("February 30, 44 BC").reason


@pytest.mark.parametrize("expression", ["the spring of 44 BC", "Friday, March 15, 44 BC"])
def test_a_bc_form_the_resolver_does_not_read_is_refused_with_the_forms_it_does(expression):
    assert "'44 BC'" in refused(expression).reason


def test_when_batch_writes_start_and_end_as_extended_iso_years():
    record = describe_json(resolved("March 15, 44 BC"), "2016-09-18")
    assert (record["start"], record["end"]) == ("-0043-03-15", "-0043-03-16")


# -- anchored on an event before AD 1 -----------------------------------------------------


def test_two_years_after_44_bc_is_42_bc():
    caesar = resolved("March 15, 44 BC")
    result = resolve_anchored("two years later", caesar, anchor_label="event 'caesar'")
    assert isinstance(result, Resolution)
    assert (result.value, format_label(result)) == ("-0041", "42 BC")
    assert "15 Mar 44 BC" in result.explanation


def test_five_days_after_the_ides_of_march_44_bc_is_the_20th():
    caesar = resolved("March 15, 44 BC")
    result = resolve_anchored("five days later", caesar, anchor_label="event 'caesar'")
    assert isinstance(result, Resolution) and format_label(result) == "20 Mar 44 BC"


def test_two_days_after_a_year_bc_is_that_year_approximate():
    stonehenge = resolved("around 3000 BC")
    result = resolve_anchored("two days later", stonehenge, anchor_label="event 'stonehenge'")
    assert isinstance(result, Resolution)
    assert (format_label(result), result.approximate) == ("~3000 BC", True)
    assert "no finer than its anchor" in result.explanation


def test_an_explicit_date_anchored_on_a_bc_event_stays_what_it_says():
    caesar = resolved("March 15, 44 BC")
    result = resolve_anchored("AD 79", caesar, anchor_label="event 'caesar'")
    assert isinstance(result, Resolution) and result.value == "0079"


def test_a_week_counted_from_a_day_bc_is_refused_with_the_reason():
    caesar = resolved("March 15, 44 BC")
    result = resolve_anchored("the next week", caesar, anchor_label="event 'caesar'")
    assert isinstance(result, Unresolved) and "before AD 1" in result.reason


def test_fifty_years_after_44_bc_is_an_ordinary_year_ad():
    caesar = resolved("44 BC")
    result = resolve_anchored("50 years later", caesar, anchor_label="event 'caesar'")
    assert isinstance(result, Resolution)
    assert (result.value, result.days, result.start) == ("0007", None, datetime(7, 1, 1))


# -- a timeline ----------------------------------------------------------------------------

ROME = """\
title: Antiquity
sources:
  hist:
    title: A history
    published: 2016-09-18
events:
  - id: olympics
    title: Rio Olympics open
    when: 2016-08-05
    source: hist
  - id: vesuvius
    title: Vesuvius buries Pompeii
    when: AD 79
    source: hist
  - id: caesar
    title: Julius Caesar assassinated
    when: March 15, 44 BC
    source: hist
  - id: athens
    title: Athens at its height
    when: between 500 and 400 BC
    source: hist
  - id: stonehenge
    title: Stonehenge built
    when: around 3000 BC
    source: hist
  - id: funeral
    title: Caesar's funeral
    when: five days later
    anchor: caesar
  - id: stones-moved
    title: The stones moved
    when: two days later
    anchor: stonehenge
"""


@pytest.fixture(scope="module")
def rome():
    result = load_text(ROME, "rome.yaml")
    assert result.timeline is not None
    return result


def titles(timeline) -> list[str]:
    return [e.title for e in timeline.events]


def test_events_sort_from_3000_bc_through_44_bc_and_ad_79_to_2016(rome):
    assert titles(rome.timeline) == [
        "Stonehenge built",
        "The stones moved",
        "Athens at its height",
        "Julius Caesar assassinated",
        "Caesar's funeral",
        "Vesuvius buries Pompeii",
        "Rio Olympics open",
    ]


def test_check_warns_that_two_days_after_a_year_bc_is_only_that_year(rome):
    messages = [d.message for d in rome.diagnostics]
    assert messages == [
        "when 'two days later' counts from event 'stonehenge', which is dated only as ~3000 BC: "
        "shown as ~3000 BC, no finer than its anchor"
    ]


def test_json_writes_the_edtf_value_and_extended_iso_start_and_end(rome):
    events = {e["id"]: e for e in json.loads(render(rome.timeline, "json"))["events"]}
    caesar = events["caesar"]
    assert (caesar["date"], caesar["start"], caesar["end"]) == (
        "-0043-03-15",
        "-0043-03-15",
        "-0043-03-16",
    )


def test_csv_keeps_a_date_bc_as_text_a_spreadsheet_will_not_subtract(rome):
    rows = list(csv.DictReader(io.StringIO(render(rome.timeline, "csv"))))
    caesar = next(r for r in rows if r["title"] == "Julius Caesar assassinated")
    assert (caesar["date"], caesar["start"], caesar["label"]) == (
        "'-0043-03-15",
        "'-0043-03-15",
        "15 Mar 44 BC",
    )


def test_markdown_headings_say_the_dates_in_words(rome):
    headings = [
        line for line in render(rome.timeline, "markdown").splitlines() if line[:3] == "## "
    ]
    assert headings[:5] == [
        "## About 3000 BC",
        "## 500 BC – 400 BC",
        "## 15 March 44 BC",
        "## 20 March 44 BC",
        "## AD 79",
    ]


def test_ics_leaves_out_dates_before_ad_1_and_says_why(rome):
    out = FORMATS["ics"].left_out(rome.timeline, None)  # type: ignore[arg-type]
    reasons = {o.event.title: o.reason for o in out}
    assert reasons["Julius Caesar assassinated"] == (
        "dated before AD 1, which iCalendar cannot hold"
    )
    assert "BEGIN:VEVENT" in render(rome.timeline, "ics")  # 2016 is still there


def test_timelinejs_gets_astronomical_years_and_a_display_date_in_words(rome):
    slides = {s["unique_id"]: s for s in json.loads(render(rome.timeline, "timelinejs"))["events"]}
    assert slides["caesar"]["start_date"] == {
        "year": -43,
        "month": 3,
        "day": 15,
        "display_date": "15 Mar 44 BC",
    }
    assert slides["athens"]["end_date"] == {"year": -399}


def test_a_timelinejs_file_without_our_extension_imports_bc_slides_by_their_numbers(rome):
    document = json.loads(render(rome.timeline, "timelinejs"))
    del document["timeline_explorer"]
    for slide in document["events"]:
        del slide["timeline_explorer"]
    result = import_timelinejs(json.dumps(document).encode(), "antiquity.json")
    loaded = load_text(result.text)
    assert loaded.timeline is not None and not loaded.diagnostics
    labels = [format_label(e.resolution) for e in loaded.timeline.events]
    assert labels[:4] == ["~3000 BC", "~3000 BC", "500 BC – 400 BC", "15 Mar 44 BC"]


def test_the_svg_axis_places_bc_events_with_bc_year_ticks(rome):
    svg = render(rome.timeline, "svg")
    assert ">3000 BC<" in svg and ">500 BC<" in svg
    assert svg.index("Stonehenge built") < svg.index("Rio Olympics open")


def test_a_cached_resolution_keeps_its_day_numbers(rome):
    import pickle

    caesar = next(e for e in rome.timeline.events if e.id == "caesar")
    again = pickle.loads(pickle.dumps(caesar))
    assert again.resolution.days == caesar.resolution.days is not None


def test_a_draft_dates_the_funeral_five_days_after_the_ides_of_march_44_bc():
    from tui.formats.draft_events import propose

    article = (
        "Rome remembers\n\nJulius Caesar was assassinated on March 15, 44 BC. "
        "His funeral was held five days later.\n"
    )
    shown = [(p.when, format_label(p.result)) for p in propose(article, SUNDAY)]  # type: ignore[arg-type]
    assert ("March 15, 44 BC", "15 Mar 44 BC") in shown
    assert ("five days later", "20 Mar 44 BC") in shown


def test_the_value_written_for_a_day_of_1_bc_is_read_back_as_that_day():
    written = resolve("January 1, 1 BC", datetime(2016, 9, 18))
    assert isinstance(written, Resolution) and written.value == "0000-01-01"
    again = resolve(written.value, datetime(2016, 9, 18))
    assert isinstance(again, Resolution) and again.value == "0000-01-01"
    assert again.explanation == "0000-01-01 → 1 Jan 1 BC: an explicit day BC"
