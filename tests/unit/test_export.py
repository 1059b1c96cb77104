"""`timeline export` and `timeline import`: each format parsed back and checked against it."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from tests.support import BUNDLED
from tui.cli import main
from tui.formats.export import render
from tui.formats.timelinejs_import import ImportProblem, import_timelinejs
from tui.load.loader import load_file, load_text


@pytest.fixture(scope="module")
def timeline():
    return load_file(BUNDLED).timeline


def test_json_follows_the_contract(timeline):
    data = json.loads(render(timeline, "json"))
    assert set(data) == {"title", "summary", "timezone", "sources", "events", "diagnostics"}
    assert set(data["sources"][0]) == {"id", "title", "outlet", "url", "published", "file"}
    strike = next(e for e in data["events"] if e["id"] == "strike")
    assert set(strike) == {
        "id",
        "title",
        "when",
        "date",
        "start",
        "end",
        "granularity",
        "approximate",
        "explanation",
        "source",
        "anchor",
        "tags",
        "details",
        "file",
        "line",
        "quotes",
    }
    assert (strike["when"], strike["date"], strike["start"], strike["end"]) == (
        "on Saturday",
        "2016-09-17",
        "2016-09-17T00:00:00+03:00",
        "2016-09-18T00:00:00+03:00",
    )
    assert set(strike["quotes"][0]) == {"text", "by", "source", "found", "offset"}
    assert all(q["found"] for e in data["events"] for q in e["quotes"])


def test_json_events_come_in_the_explorers_order(timeline):
    data = json.loads(render(timeline, "json"))
    assert [e["title"] for e in data["events"]] == [e.title for e in timeline.events]
    meeting = next(e for e in data["events"] if e["id"] == "security-council")
    assert meeting["date"] == "2016-09-17TNI"


def test_csv_has_a_header_and_one_row_per_event(timeline):
    rows = list(csv.DictReader(io.StringIO(render(timeline, "csv"))))
    assert list(rows[0]) == [
        "date",
        "start",
        "end",
        "label",
        "approximate",
        "title",
        "when",
        "source",
        "tags",
        "details",
    ]
    assert len(rows) == len(timeline.events)
    strike = next(r for r in rows if r["when"] == "on Saturday")
    assert strike["date"] == "2016-09-17" and strike["tags"] == "airstrike; deir-ez-zor; casualties"
    assert (strike["label"], strike["approximate"]) == ("Sat 17 Sep 2016", "false")


def test_csv_keeps_an_approximate_date_approximate():
    result = load_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: nearly a week ago}\n"
    )
    [row] = list(csv.DictReader(io.StringIO(render(result.timeline, "csv"))))
    assert row["approximate"] == "true" and row["label"].startswith("~")


def unfold(ics: str) -> list[str]:
    """RFC 5545 unfolding: a CRLF followed by a space continues the line."""
    assert "\r\n" in ics and "\n" not in ics.replace("\r\n", "")
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def test_ics_lines_are_folded_at_75_octets_and_unfold_to_valid_events(timeline):
    ics = render(timeline, "ics")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert (
        lines.count("BEGIN:VEVENT")
        == lines.count("END:VEVENT")
        == sum(
            1 for e in timeline.events if e.resolution and e.resolution.granularity != "reference"
        )
    )
    assert "DTSTART;VALUE=DATE:20160917" in lines
    assert "UID:syria-ceasefire-2016/strike@timeline-explorer" in lines


def test_ics_times_are_in_utc_so_no_vtimezone_is_needed(timeline):
    lines = unfold(render(timeline, "ics"))
    assert not any("TZID" in line for line in lines)
    assert "DTSTART:20160917T180000Z" in lines  # the night of the 17th, 21:00 in Damascus (UTC+3)


def test_ics_is_the_same_every_time(timeline):
    assert render(timeline, "ics") == render(timeline, "ics")


def test_timelinejs_has_a_title_slide_and_dated_slides(timeline):
    data = json.loads(render(timeline, "timelinejs"))
    assert data["title"]["text"]["headline"] == "Syria ceasefire under strain"
    strike = next(s for s in data["events"] if s["unique_id"] == "strike")
    assert strike["start_date"] == {
        "year": 2016,
        "month": 9,
        "day": 17,
        "display_date": "Sat 17 Sep 2016",
    }
    assert strike["group"] == "airstrike"
    meeting = next(s for s in data["events"] if s["unique_id"] == "security-council")
    assert meeting["start_date"]["display_date"] == "Sat 17 Sep 2016, night"


def test_markdown_reads_as_a_chronology_with_attributed_quotes(timeline):
    text = render(timeline, "markdown")
    assert text.startswith("# Syria ceasefire under strain\n")
    assert "## Saturday 17 September 2016, night" in text
    assert "— Samantha Power, US ambassador to the UN" in text


def test_markup_in_titles_is_escaped_in_markdown_and_timelinejs():
    result = load_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'https://x.org'}\n"
        "events:\n  - {title: '<script>[x](y)</script>', when: today}\n"
    )
    [slide] = json.loads(render(result.timeline, "timelinejs"))["events"]
    assert slide["text"]["headline"] == "&lt;script&gt;[x](y)&lt;/script&gt;"
    assert "<script>" not in slide["text"]["text"]
    assert "[x](y)" not in render(result.timeline, "markdown")


def test_export_to_a_file_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    assert main(["export", str(BUNDLED), "--format", "json", "-o", str(out), "--no-cache"]) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "--force" in capsys.readouterr().err
    assert (
        main(["export", str(BUNDLED), "--format", "json", "-o", str(out), "--force", "--no-cache"])
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Syria ceasefire under strain"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_export_never_writes_over_its_own_input_even_with_force(tmp_path, capsys):
    path = tmp_path / "t.yaml"
    before = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: S, when: today, source: a}\n"
    )
    path.write_text(before, encoding="utf-8")
    assert (
        main(["export", str(path), "--format", "csv", "-o", str(path), "--force", "--no-cache"])
        == 1
    )
    assert path.read_text(encoding="utf-8") == before
    assert "is the input" in capsys.readouterr().err


def test_export_never_writes_over_an_article_the_timeline_reads(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("It began on Monday.", encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, file: a.txt}\n"
        "events:\n  - {title: S, when: Monday, source: a}\n",
        encoding="utf-8",
    )
    out = str(tmp_path / "a.txt")
    assert (
        main(["export", str(path), "--format", "markdown", "-o", out, "--force", "--no-cache"]) == 1
    )
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "It began on Monday."
    assert "is the article" in capsys.readouterr().err


def test_export_over_a_file_keeps_that_file_s_mode(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert (
        main(["export", str(BUNDLED), "--format", "csv", "-o", str(out), "--force", "--no-cache"])
        == 0
    )
    assert out.stat().st_mode & 0o777 == 0o640


def test_export_through_a_symbolic_link_replaces_the_file_it_points_to(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert (
        main(["export", str(BUNDLED), "--format", "csv", "-o", str(link), "--force", "--no-cache"])
        == 0
    )
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("date,")


def test_ics_says_which_events_it_left_out_for_want_of_a_date(capsys):
    assert main(["export", str(BUNDLED), "--format", "ics", "--no-cache"]) == 0
    assert (
        "1 event left out of the ics export (a vague reference, not a date): 'Putin questions"
        in capsys.readouterr().err
    )


def test_writing_into_a_missing_folder_names_the_folder(tmp_path, capsys):
    out = tmp_path / "nowhere" / "out.csv"
    assert main(["export", str(BUNDLED), "--format", "csv", "-o", str(out), "--no-cache"]) == 1
    assert f"the folder {out.parent} does not exist" in capsys.readouterr().err


def test_export_reports_the_file_s_problems_on_stderr_and_exits_1_on_errors(tmp_path, capsys):
    path = tmp_path / "t.yaml"
    path.write_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: Strike, when: Saturday, source: b}\n",
        encoding="utf-8",
    )
    assert main(["export", str(path), "--format", "csv", "--no-cache"]) == 1
    assert f"{path}:5:" in capsys.readouterr().err


def test_an_exported_file_gets_the_usual_permissions_not_a_private_temporary_file_s(tmp_path):
    out = tmp_path / "out.csv"
    assert main(["export", str(BUNDLED), "--format", "csv", "-o", str(out), "--no-cache"]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_to_a_pipe_writes_into_it_instead_of_replacing_it(pipe):
    fifo, read = pipe
    assert main(["export", str(BUNDLED), "--format", "csv", "-o", str(fifo), "--no-cache"]) == 0
    assert read().startswith("date,") and stat.S_ISFIFO(fifo.stat().st_mode)


TIMELINEJS = {
    "title": {"text": {"headline": "Talks &amp; <b>truce</b>", "text": ""}},
    "events": [
        {
            "start_date": {"year": "2016", "month": "9", "day": "12"},
            "text": {"headline": "Ceasefire <i>begins</i>", "text": "<p>It held.</p>"},
            "group": "ceasefire",
            "unique_id": "ceasefire",
            "media": {"url": "https://news.example.org/a", "credit": "Example News"},
        },
        {"start_date": {"year": 2016, "month": 9}, "text": {"headline": "yes"}},
        {"start_date": {"year": 2016}, "end_date": {"year": 2017}, "text": {"headline": "12:30"}},
    ],
}


def test_a_timelinejs_file_imports_into_a_timeline_that_loads_cleanly():
    text = import_timelinejs(json.dumps(TIMELINEJS).encode(), "talks.json").text
    assert text.startswith("# yaml-language-server: $schema=")
    result = load_text(text)
    assert [d for d in result.diagnostics if d.is_error] == []
    timeline = result.timeline
    assert timeline.title == "Talks & truce"
    events = {e.title: e for e in timeline.events}
    assert events["Ceasefire begins"].resolution.value == "2016-09-12"
    assert events["Ceasefire begins"].tags == ("ceasefire",)
    assert events["Ceasefire begins"].details == "It held."
    assert events["yes"].resolution.value == "2016-09"
    assert events["12:30"].resolution.value == "2016/2017"
    assert timeline.sources[events["Ceasefire begins"].source].url == "https://news.example.org/a"


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"{not json", "line 1 column 2"),
        (b"[1, 2]", "not a TimelineJS3 file"),
        (b'{"events": [{"text": {"headline": "x"}}]}', "slide 1: its start_date has no year"),
    ],
)
def test_a_broken_timelinejs_file_is_refused_with_a_reason(raw, message):
    with pytest.raises(ImportProblem, match=message):
        import_timelinejs(raw, "bad.json")


def test_a_timelinejs_round_trip_keeps_what_the_numbers_cannot_say(timeline):
    exported = render(timeline, "timelinejs").encode()
    imported = load_text(import_timelinejs(exported, "t.json").text).timeline
    original = {
        e.id: e.resolution.value
        for e in timeline.events
        if e.resolution and e.resolution.granularity != "reference"
    }
    again = {e.id: e.resolution.value for e in imported.events if e.resolution}
    assert {k: again[k] for k in original} == original  # nights stay nights, not just days
    assert [e.when for e in imported.events] == [e.when for e in timeline.events]


def test_a_vague_reference_is_exported_without_dates_and_stays_vague_through_timelinejs():
    result = load_text(
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: a few years ago}\n"
    )
    [event] = json.loads(render(result.timeline, "json"))["events"]
    assert (event["date"], event["start"], event["end"]) == ("PAST_REF", None, None)
    [row] = list(csv.DictReader(io.StringIO(render(result.timeline, "csv"))))
    assert (row["start"], row["end"]) == ("", "")
    exported = json.loads(render(result.timeline, "timelinejs"))
    assert exported["events"] == []  # no slide at a date the article never gave
    imported = import_timelinejs(json.dumps(exported).encode(), "t.json").text
    assert load_text(imported).timeline.events[0].resolution.value == "PAST_REF"


def test_import_command_writes_the_yaml_and_refuses_to_overwrite(tmp_path):
    source = tmp_path / "t.json"
    source.write_text(json.dumps(TIMELINEJS), encoding="utf-8")
    out = tmp_path / "t.yaml"
    assert main(["import", "timelinejs", str(source), "-o", str(out)]) == 0
    assert load_file(out).timeline.title == "Talks & truce"
    assert main(["import", "timelinejs", str(source), "-o", str(out)]) == 1
