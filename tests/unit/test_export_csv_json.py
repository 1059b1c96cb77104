"""The csv and json exports, read back by the csv and json modules."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tui.formats.export import render
from tui.load.loader import load_text

HEAD = "title: T\n{zone}sources:\n  a: {{title: A, published: 2016-09-18}}\nevents:\n"


def loaded(events: str, zone: str = ""):
    return load_text(HEAD.format(zone=zone) + events).timeline


@pytest.mark.parametrize("title", ['=HYPERLINK("http://evil","click")', "+1", "-2+3", "@SUM(A1)"])
def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(title):
    events = f"  - title: '{title.replace(chr(39), chr(39) * 2)}'\n    when: Saturday\n"
    [row] = list(csv.DictReader(io.StringIO(render(loaded(events), "csv"))))
    assert row["title"] == "'" + title


def test_a_csv_cell_that_only_contains_a_formula_sign_later_is_kept_as_written():
    [row] = list(
        csv.DictReader(io.StringIO(render(loaded("  - {title: 'a=b', when: Saturday}\n"), "csv")))
    )
    assert row["title"] == "a=b"


def test_json_date_times_carry_the_offset_of_the_timeline_s_zone():
    timeline = loaded(
        "  - {title: Meeting, when: 17 September 2016 at 21:00}\n", zone="timezone: Asia/Tokyo\n"
    )
    [event] = json.loads(render(timeline, "json"))["events"]
    assert (event["start"], event["end"]) == (
        "2016-09-17T21:00:00+09:00",
        "2016-09-17T21:01:00+09:00",
    )


def test_json_writes_year_5_with_four_digits():
    [event] = json.loads(render(loaded("  - {title: Old, when: 0005-03-01}\n"), "json"))["events"]
    assert (event["date"], event["start"]) == ("0005-03-01", "0005-03-01T00:00:00+00:00")


def test_json_escapes_line_separators_so_every_reader_sees_one_event_per_line():
    text = render(loaded('  - {title: "a\\u2028b\\u2029c\\x85d", when: Saturday}\n'), "json")
    assert "\u2028" not in text and "\u2029" not in text and "\x85" not in text
    assert json.loads(text)["events"][0]["title"] == "a\u2028b\u2029c\x85d"


def test_csv_shows_escape_sequences_as_symbols_but_keeps_line_breaks_in_details():
    events = '  - {title: "a\\e[2Jb", when: Saturday, details: "one\\ntwo"}\n'
    text = render(loaded(events), "csv")
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert "\x1b" not in text and row["title"] == "a␛[2Jb" and row["details"] == "one\ntwo"
