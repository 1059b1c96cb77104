"""The ics export, read back by the `icalendar` package as a calendar application would."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest

from tests.support import BUNDLED
from tui.formats.export import FORMATS, render
from tui.load.loader import load_file, load_text
from tui.load.merging import merge

HEAD = "title: {title}\n{zone}sources:\n  a: {{title: A, published: 2016-09-18{url}}}\nevents:\n"


def calendar_of(events: str, *, title: str = "T", zone: str = "", url: str = "", path: str = "t"):
    text = HEAD.format(title=title, zone=zone, url=url) + events
    timeline = load_text(text, f"/somewhere/{path}.yaml").timeline
    ics = render(timeline, "ics")
    return timeline, ics, icalendar.Calendar.from_ical(ics)


def vevents(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def test_the_bundled_timeline_is_a_valid_calendar_of_its_dated_events():
    timeline = load_file(BUNDLED).timeline
    ics = render(timeline, "ics")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    entries = vevents(icalendar.Calendar.from_ical(ics))
    assert len(entries) == sum(1 for e in timeline.events if e.resolution.is_dated)
    strike = next(e for e in entries if str(e["UID"]).endswith("/strike@timeline-explorer"))
    assert strike.decoded("DTSTART") == date(2016, 9, 17)
    assert strike.decoded("DTEND") == date(2016, 9, 18)
    assert [str(c) for c in strike["CATEGORIES"].cats] == ["airstrike", "deir-ez-zor", "casualties"]


def test_a_timed_event_is_in_utc_so_no_vtimezone_is_needed():
    _, ics, cal = calendar_of(
        "  - {title: Meeting, when: 17 September 2016 at 21:00}\n", zone="timezone: Asia/Damascus\n"
    )
    [meeting] = vevents(cal)
    assert meeting.decoded("DTSTART") == datetime(2016, 9, 17, 18, 0, tzinfo=UTC)
    assert "TZID" not in ics


def test_a_span_of_hours_is_a_timed_entry_not_an_all_day_one():
    _, _, cal = calendar_of(
        '  - {title: Vigil, when: "from 10 a.m. to 2 p.m. EDT Saturday", source: a}\n'
    )
    [vigil] = vevents(cal)
    assert vigil.decoded("DTSTART") == datetime(2016, 9, 17, 14, 0, tzinfo=UTC)
    assert vigil.decoded("DTEND") == datetime(2016, 9, 17, 18, 0, tzinfo=UTC)


def test_uids_stay_put_when_the_timeline_is_retitled_or_an_event_is_deleted():
    both = "  - {id: one, title: One, when: Friday}\n  - {id: two, title: Two, when: Saturday}\n"
    _, _, before = calendar_of(both, title="Old title")
    _, _, after = calendar_of("  - {id: two, title: Two, when: Saturday}\n", title="New title")
    uid = {str(e["SUMMARY"]): str(e["UID"]) for e in vevents(before)}
    assert [str(e["UID"]) for e in vevents(after)] == [uid["Two"]] == ["t/two@timeline-explorer"]


def test_the_same_id_in_two_files_gives_two_uids():
    event = "  - {id: x, title: X, when: Saturday}\n"
    _, _, first = calendar_of(event, path="first")
    _, _, second = calendar_of(event, path="second")
    assert str(vevents(first)[0]["UID"]) != str(vevents(second)[0]["UID"])


def test_a_year_long_event_is_left_out_and_named_with_the_reason():
    timeline, _, cal = calendar_of(
        "  - {title: Coronation, when: '1953'}\n  - {title: Strike, when: Saturday}\n"
    )
    assert [str(e["SUMMARY"]) for e in vevents(cal)] == ["Strike"]
    [left] = FORMATS["ics"].left_out(timeline)
    assert left.event.title == "Coronation" and "longer than a month" in left.reason


def test_the_description_says_each_thing_once():
    events = (
        "  - title: Strike\n    when: on Saturday\n    details: Two jets.\n"
        "    quotes:\n      - {text: the strike, by: Someone}\n"
    )
    [entry] = vevents(calendar_of(events)[2])
    assert str(entry["DESCRIPTION"]) == (
        "Two jets.\n“the strike” — Someone\nDate: Sat 17 Sep 2016 (“on Saturday”)\nSource: A"
    )


def test_an_explicit_date_is_not_repeated_in_the_description():
    [entry] = vevents(calendar_of("  - {title: Strike, when: 2016-09-17}\n")[2])
    assert str(entry["DESCRIPTION"]).count("2016") == 1


def test_text_with_separators_and_line_breaks_reads_back_as_written():
    title = "a, b; c \\\\ d"
    events = f'  - title: "{title}"\n    when: Saturday\n    details: "line one\\nline two"\n'
    [entry] = vevents(calendar_of(events)[2])
    assert str(entry["SUMMARY"]) == "a, b; c \\ d"
    assert str(entry["DESCRIPTION"]).startswith("line one\nline two\n")


def test_a_url_with_a_line_break_cannot_add_properties():
    hostile = ", url: 'https://x.org/a\\r\\nX-INJECTED:yes\\r\\nATTACH:http://evil'"
    events = "  - {title: E, when: Saturday}\n"
    text = HEAD.format(title="T", zone="", url="") + events
    text = text.replace(
        "published: 2016-09-18", f"published: 2016-09-18{hostile.replace(chr(39), chr(34))}"
    )
    ics = render(load_text(text).timeline, "ics")
    [entry] = vevents(icalendar.Calendar.from_ical(ics))
    assert "X-INJECTED" not in entry and "ATTACH" not in entry and "URL" not in entry


def test_a_safe_url_is_the_event_s_url():
    [entry] = vevents(
        calendar_of("  - {title: E, when: Saturday}\n", url=", url: 'https://x.org/a'")[2]
    )
    assert str(entry["URL"]) == "https://x.org/a"


def test_year_5_is_written_with_four_digits():
    _, ics, cal = calendar_of("  - {title: Old, when: 0005-03-01}\n")
    assert "DTSTART;VALUE=DATE:00050301" in ics
    assert vevents(cal)[0].decoded("DTSTART") == date(5, 3, 1)


@pytest.mark.parametrize("when", ["0001-01-01T05:00", "9999-12-31T23:00"])
def test_a_time_that_cannot_be_held_in_utc_is_left_out_not_a_crash(when):
    zone = "timezone: Asia/Tokyo\n" if when.startswith("0001") else "timezone: America/New_York\n"
    timeline, _, cal = calendar_of(f"  - {{title: Edge, when: '{when}'}}\n", zone=zone)
    assert vevents(cal) == []
    [left] = FORMATS["ics"].left_out(timeline)
    assert "outside the years 1 to 9999" in left.reason


def test_control_characters_do_not_reach_the_calendar():
    ics = render(calendar_of('  - {title: "a\\e[2Jb", when: Saturday}\n')[0], "ics")
    assert "\x1b" not in ics and "SUMMARY:a␛[2Jb" in ics


def test_two_merged_files_of_one_name_keep_an_entry_for_every_event():
    text = HEAD.format(title="T", zone="", url="") + "  - {id: x, title: X, when: Saturday}\n"
    results = [load_text(text, f"/desk/{folder}/t.yaml") for folder in ("first", "second")]
    calendar = icalendar.Calendar.from_ical(render(merge(results).timeline, "ics"))
    assert sorted(str(e["UID"]) for e in vevents(calendar)) == [
        "first/t/x@timeline-explorer",
        "second/t/x@timeline-explorer",
    ]


def test_two_events_without_ids_that_look_alike_are_two_entries():
    twins = "  - {title: Raid, when: Saturday}\n  - {title: Raid, when: Saturday}\n"
    _, _, calendar = calendar_of(twins)
    assert len({str(e["UID"]) for e in vevents(calendar)}) == 2
