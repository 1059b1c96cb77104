"""Publication dates, time zones and required fields: what a mistake in them earns, and the one
time-zone rule (instants compare in UTC, days and coarser values on their own file's calendar)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.load.loader import load_text

TIMELINE = """\
title: T
{zone}sources:
  a:
    title: A
    published: {published}
    text: "Officials said the strike happened on Saturday."
events:
  - title: Strike
    when: {when}
"""


def _load(published: str = "2016-09-18", when: str = "2016-09-17", zone: str = ""):
    text = TIMELINE.format(
        published=published, when=when, zone=f"timezone: {zone}\n" if zone else ""
    )
    return load_text(text, "t.yaml")


def _messages(**fields: str) -> list[str]:
    return [f"{d.severity}: {d.message}" for d in _load(**fields).diagnostics]


def test_a_day_the_calendar_lacks_is_named_as_such():
    assert _messages(published="2013-02-30") == [
        "error: published '2013-02-30' is a day the calendar does not have: "
        "February 2013 has 28 days"
    ]


def test_a_month_past_december_says_the_month_is_wrong():
    assert _messages(published="1995-13-01") == [
        "error: published '1995-13-01' has month 13, and months run from 01 to 12"
    ]


def test_an_invalid_published_does_not_hide_a_when_that_is_wrong_anyway():
    messages = _messages(published="2013-02-30", when="when pigs fly")
    assert len(messages) == 2
    assert messages[1].startswith("warning: cannot resolve when 'when pigs fly'")


def test_a_when_holding_a_character_that_does_not_show_spells_it_out():
    (message,) = _messages(when='"Mon\\u200bday"')
    assert message.startswith("warning: cannot resolve when 'Mon<U+200B>day'")


def test_an_invalid_published_adds_no_warning_to_a_when_that_would_resolve():
    assert len(_messages(published="2013-02-30", when="on Saturday")) == 1


@pytest.mark.parametrize("published", ["9999-12-31T23:00-05:00", "0001-01-01T00:00+05:00"])
def test_a_publication_at_the_calendars_edge_in_a_zone_is_an_error_not_a_traceback(published):
    (message,) = _messages(published=published, zone="Europe/London")
    assert message == (
        f"error: published '{published}' falls outside the years 1 to 9999 once placed in "
        "the timeline's time zone"
    )


@pytest.mark.parametrize("published", ["9999-12-31T23:00-05:00", "0001-01-01T00:00+05:00"])
def test_check_of_a_publication_at_the_calendars_edge_prints_no_traceback(
    tmp_path, capsys, published
):
    path = tmp_path / "edge.yaml"
    path.write_text(TIMELINE.format(published=published, when="yesterday", zone=""), "utf-8")
    main(["--no-cache", "check", str(path)])
    assert "1 file checked" in capsys.readouterr().out


def test_a_relative_date_pushed_past_the_calendar_is_a_warning(tmp_path):
    (message,) = _messages(published="9999-12-31", when="tomorrow")
    assert message.startswith("warning: cannot resolve when 'tomorrow'")


@pytest.mark.parametrize("zone", ["x" * 300, "../../../etc/passwd", "Mars/Olympus"])
def test_a_time_zone_too_long_or_unknown_is_an_unknown_zone(zone):
    (message,) = _messages(zone=zone)
    assert message.startswith("error: unknown time zone '")
    assert message.endswith("(use an IANA name such as Europe/London); using UTC")
    assert len(message) < 300


@pytest.mark.parametrize(("zone", "example"), [("America", "America/Adak"), ("Etc/", "Etc/GMT")])
def test_a_time_zone_that_is_a_region_says_so_and_names_a_zone_in_it(zone, example):
    assert _messages(zone=zone) == [
        f"error: time zone '{zone}' is a region, not a zone: name one in it, such as "
        f"'{example}'; using UTC"
    ]


@pytest.mark.parametrize(
    "zone", ["localtime", "Factory", "posixrules", "right/UTC", "posix/Asia/Tokyo"]
)
def test_a_zone_file_that_names_no_place_is_refused_asking_for_the_place(zone):
    (message,) = _messages(zone=zone)
    assert message.startswith(f"error: time zone '{zone}' is a zone file that names no place")
    assert message.endswith("such as Europe/London; using UTC")


@pytest.mark.parametrize(
    ("field", "value"),
    [("published", '""'), ("published", "!!null"), ("published", "'  '")],
)
def test_an_empty_published_is_a_missing_required_field(field, value):
    messages = _messages(published=value)
    assert "error: source 'a' needs 'published' (it is empty)" in messages


@pytest.mark.parametrize("value", ['""', "!!null", "''"])
def test_an_empty_when_is_a_missing_required_field(value):
    assert _messages(when=value) == ["error: event 1 needs 'when' (it is empty)"]


@pytest.mark.parametrize("value", ['""', "!!null"])
def test_an_empty_title_is_a_missing_required_field(value):
    text = TIMELINE.format(published="2016-09-18", when="2016-09-17", zone="").replace(
        "title: Strike", f"title: {value}"
    )
    messages = [d.message for d in load_text(text, "t.yaml").diagnostics]
    assert messages == ["event 1 needs 'title' (it is empty)"]


def test_a_publication_offset_with_no_timezone_keeps_the_writers_calendar():
    event = _load(published="2016-09-18T23:30-05:00", when="yesterday").timeline.events[0]
    assert event.resolution.start.date().isoformat() == "2016-09-17"
    assert "Sun 18 Sep 2016" in event.resolution.explanation


def test_the_timeline_and_the_when_command_agree_on_an_offset_publication(capsys):
    main(["when", "yesterday", "--anchor", "2016-09-18T23:30-05:00"])
    assert "Sat 17 Sep 2016" in capsys.readouterr().out


def test_a_publication_offset_is_converted_into_the_named_timezone():
    source = _load(published="2016-09-18T23:30-05:00", zone="Asia/Tokyo").timeline.sources["a"]
    assert source.published_at.isoformat() == "2016-09-19T13:30:00"


def _file(tmp_path: Path, name: str, zone: str, when: str, title: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    text = TIMELINE.format(published="2016-09-20", when=when, zone=f"timezone: {zone}\n")
    path.write_text(text.replace("title: Strike", f"title: {title}"), encoding="utf-8")
    return path


def test_merged_files_in_different_zones_order_instants_in_utc(tmp_path):
    from tui.load.loader import load

    tokyo = _file(tmp_path, "tokyo", "Asia/Tokyo", "2016-09-18T09:00", "Tokyo, 00:00Z")
    new_york = _file(tmp_path, "ny", "America/New_York", "2016-09-17T22:00", "New York, 02:00Z")
    timeline = load([new_york, tokyo]).timeline
    assert [e.title for e in timeline.events] == ["Tokyo, 00:00Z", "New York, 02:00Z"]


def test_merged_days_keep_their_own_calendar(tmp_path):
    from tui.load.loader import load

    tokyo = _file(tmp_path, "tokyo", "Asia/Tokyo", "2016-09-18", "Tokyo's Sunday")
    new_york = _file(tmp_path, "ny", "America/New_York", "2016-09-17", "New York's Saturday")
    timeline = load([tokyo, new_york]).timeline
    assert [e.title for e in timeline.events] == ["New York's Saturday", "Tokyo's Sunday"]


def test_an_offset_in_when_is_kept_and_the_instant_sorts_with_the_files_times():
    text = TIMELINE.format(published="2016-09-18", when="2016-09-18T01:00+05:00", zone="")
    text += "  - title: At 21:00 UTC\n    when: 2016-09-17T21:00\n"
    events = load_text(text, "t.yaml").timeline.events
    assert [e.title for e in events] == ["Strike", "At 21:00 UTC"]
    assert events[0].resolution.explanation == (
        "2016-09-18T01:00+05:00 → Sat 17 Sep 2016, 20:00: an explicit date, "
        "at 01:00 UTC+05:00 as written, 20:00 on Sat 17 Sep in UTC"
    )


def test_an_offset_in_when_is_shown_in_the_named_timezone():
    event = _load(when="2016-09-18T01:00+05:00", zone="Asia/Tokyo").timeline.events[0]
    assert event.resolution.value == "2016-09-18T05:00"


ANCHORED = """\
title: T
sources:
  a: {title: A, published: 2016-09-18}
events:
  - {id: climb, title: The climb, when: "1953"}
  - {id: after, title: Two days later, when: two days later, anchor: climb}
  - {id: vague, title: Some time ago, when: recently}
  - {id: next, title: The next day, when: the next day, anchor: vague}
  - {id: x, title: X, when: the next day, anchor: y}
  - {id: y, title: Y, when: the next day, anchor: x}
"""


def _anchored() -> dict[str, tuple[str, list[str]]]:
    """Each event's label and the messages about its line, by title."""
    result = load_text(ANCHORED, "t.yaml")
    assert result.timeline is not None
    out: dict[str, tuple[str, list[str]]] = {}
    for event in result.timeline.events:
        label = "undated" if event.resolution is None else event.resolution.value
        if event.resolution is not None and event.resolution.approximate:
            label = "~" + label
        messages = [d.message for d in result.diagnostics if d.line == event.line]
        out[event.title] = (label, messages)
    return out


def test_two_days_after_an_event_known_only_to_its_year_is_that_year_approximately():
    label, messages = _anchored()["Two days later"]
    assert label == "~1953"
    assert messages == [
        "when 'two days later' counts from event 'climb', which is dated only as 1953: "
        "shown as ~1953, no finer than its anchor"
    ]


def test_the_next_day_after_a_vague_reference_is_unresolved_with_the_reason():
    label, messages = _anchored()["The next day"]
    assert label == "undated"
    assert messages == [
        "cannot resolve when 'the next day': event 'vague' is a vague reference (PAST_REF), "
        "not a date: there is no day to count from"
    ]


def test_events_in_an_anchor_cycle_are_not_dated_from_the_publication_instead():
    events = _anchored()
    assert events["X"] == ("undated", ["anchor cycle: x → y → x"])
    assert events["Y"] == ("undated", ["anchor cycle: x → y → x"])


def test_a_ten_thousand_word_when_is_quoted_in_one_short_line():
    when = " ".join(["word"] * 10_000)
    result = load_text(
        f"title: T\nsources:\n  a: {{title: A, published: 2016-09-18}}\n"
        f"events:\n  - title: E\n    when: {when}\n",
        "t.yaml",
    )
    (message,) = [d.message for d in result.diagnostics]
    assert len(message) < 250
    assert "… (49,999 characters)" in message


def test_a_wall_time_the_clocks_skipped_is_read_with_a_warning():
    text = (
        "title: T\ntimezone: Europe/London\nsources: {s: {title: S, published: 2016-03-27}}\n"
        'events:\n  - {title: E, when: "01:30 Sunday", source: s}\n'
        '  - {title: F, when: "02:30 Sunday", source: s}\n'
    )
    warnings = [d for d in load_text(text).diagnostics if "did not happen" in d.message]
    assert [(d.line, d.message) for d in warnings] == [
        (
            5,
            "when '01:30 Sunday' gives Sun 27 Mar 2016, 01:30, a time that did not happen in "
            "Europe/London: the clocks moved past it that night",
        )
    ]


UNANCHORED = """\
title: T
sources:
  a: {title: A, published: 2016-09-18}
events:
  - {id: strike, title: Strike, when: on Saturday, source: a}
  - {title: Talks, when: two days later, source: a}
  - {title: Summit, when: the next day, source: a}
  - {title: Visit, when: tomorrow, source: a}
  - {title: Plea, when: earlier, source: a}
  - {title: Vote, when: the following Monday, source: a}
"""


def _unanchored() -> dict[str, tuple[str, list[str]]]:
    result = load_text(UNANCHORED, "t.yaml")
    return {
        e.title: (
            "undated" if e.resolution is None else e.resolution.value,
            [d.message for d in result.diagnostics if d.line == e.line],
        )
        for e in result.timeline.events
    }


def test_two_days_later_with_no_anchor_is_not_counted_from_the_publication():
    label, messages = _unanchored()["Talks"]
    assert label == "undated"
    assert messages == [
        "cannot resolve when 'two days later': it counts from another event, not from the "
        "article's publication: set anchor: to the id of the event it follows (the one before "
        "it is 'strike')"
    ]


def test_an_unanchored_next_day_names_the_line_of_the_event_before_it_when_it_has_no_id():
    label, messages = _unanchored()["Summit"]
    assert label == "undated" and messages[0].endswith("(the one before it, line 6, has no id yet)")


def test_the_following_monday_with_no_anchor_is_not_counted_from_the_publication():
    label, messages = _unanchored()["Vote"]
    assert label == "undated"
    assert messages[0].startswith("cannot resolve when 'the following Monday': it counts from")


@pytest.mark.parametrize(
    "when",
    ["next day", "Next morning", "the eve", "later in the day", "three days on", "a week on"],
)
def test_a_when_told_from_the_event_before_asks_for_an_anchor_not_the_publication(when):
    text = UNANCHORED.replace("when: two days later", f"when: {when}")
    (message,) = [d.message for d in load_text(text, "t.yaml").diagnostics if d.line == 6]
    assert message.startswith(f"cannot resolve when '{when}': it counts from another event")


def test_earlier_in_the_year_still_counts_from_the_article():
    text = UNANCHORED.replace("when: two days later", "when: earlier in the year")
    talks = next(e for e in load_text(text, "t.yaml").timeline.events if e.title == "Talks")
    assert talks.resolution is not None and talks.resolution.value.startswith("2016")


@pytest.mark.parametrize(("title", "value"), [("Visit", "2016-09-19"), ("Plea", "PAST_REF")])
def test_tomorrow_and_a_bare_earlier_still_count_from_the_article(title, value):
    assert _unanchored()[title] == (value, [])


@pytest.mark.parametrize(
    ("published", "why"),
    [
        ("2016-W37", "is an ISO week, not a day: give the day as YYYY-MM-DD"),
        ("2016-262", "is an ordinal date (day 262 of the year): write it as YYYY-MM-DD"),
    ],
)
def test_a_publication_written_as_a_week_or_an_ordinal_day_is_refused_saying_which(published, why):
    assert _messages(published=published)[0] == f"error: published '{published}' {why}"
