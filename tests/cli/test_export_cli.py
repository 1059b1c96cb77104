"""`timeline export`, `import` and `draft` on the command line: what they say, and what reaches
the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import icalendar
import pytest

from tests.support import BUNDLED, REPO
from tui.cli import main

ONE = "title: {title}\nsources:\n  a: {{title: A, published: 2016-09-18}}\nevents:\n{events}"
HOSTILE_WHEN = '  - {title: "T\\e]0;pwned\\a", when: "\\e]0;title\\a\\e[2J"}\n'


def write(path, title="T", events="  - {title: E, when: Saturday}\n"):
    path.write_text(ONE.format(title=title, events=events), encoding="utf-8")
    return path


def run(*args: str, stdin: bytes | None = None, stdout=subprocess.PIPE):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )


def test_export_of_a_folder_merges_its_timelines_under_the_title_given(tmp_path, capsys):
    write(tmp_path / "a.yaml", "First")
    write(tmp_path / "b.yaml", "Second", "  - {title: F, when: Friday}\n")
    assert main(["export", str(tmp_path), "--title", "Both", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Both" and [e["title"] for e in data["events"]] == ["F", "E"]


def test_a_file_named_twice_or_also_in_a_folder_given_is_exported_once(tmp_path, capsys):
    write(tmp_path / "a.yaml", "First")
    named = [str(tmp_path / "a.yaml"), str(tmp_path / "." / "a.yaml"), str(tmp_path)]
    assert main(["export", *named, "--no-cache"]) == 0
    assert [e["title"] for e in json.loads(capsys.readouterr().out)["events"]] == ["E"]


def test_a_merged_export_keeps_each_file_s_own_time_zone(tmp_path, capsys):
    tokyo = "title: Tokyo\ntimezone: Asia/Tokyo\nsources:\n  a: {title: A, published: 2016-09-18}\n"
    york = tokyo.replace("Tokyo", "New York").replace("Asia/New York", "America/New_York")
    (tmp_path / "tokyo.yaml").write_text(
        tokyo + "events:\n  - {title: Tokyo, when: 18 September 2016 at 09:00}\n", encoding="utf-8"
    )
    (tmp_path / "york.yaml").write_text(
        york + "events:\n  - {title: York, when: 17 September 2016 at 22:00}\n", encoding="utf-8"
    )
    assert main(["export", str(tmp_path), "--format", "ics", "--no-cache"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}
    assert starts == {
        "Tokyo": datetime(2016, 9, 18, 0, 0, tzinfo=UTC),
        "York": datetime(2016, 9, 18, 2, 0, tzinfo=UTC),
    }
    assert main(["export", str(tmp_path), "--format", "json", "--no-cache"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [(e["title"], e["start"]) for e in events] == [
        ("Tokyo", "2016-09-18T09:00:00+09:00"),
        ("York", "2016-09-17T22:00:00-04:00"),
    ]


def test_export_of_a_folder_without_timelines_says_so(tmp_path, capsys):
    assert main(["export", str(tmp_path), "--no-cache"]) == 1
    assert "holds no timeline files" in capsys.readouterr().err


def test_export_to_a_file_says_what_was_written_where_and_how_many_events(tmp_path, capsys):
    out = tmp_path / "out.ics"
    assert main(["export", str(BUNDLED), "--format", "ics", "-o", str(out), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert f"timeline: wrote 17 events to {out} (ics)" in err
    assert "1 event left out of the ics export (a vague reference, not a date)" in err


@pytest.mark.parametrize(
    "command",
    [["export", str(BUNDLED)], ["draft", str(BUNDLED), "--published", "2016-09-18"]],
    ids=["export", "draft"],
)
def test_an_empty_output_name_is_a_usage_error_before_anything_is_read(capsys, command):
    with pytest.raises(SystemExit) as exit:
        main([*command, "-o", ""])
    assert exit.value.code == 2
    assert "argument -o/--output: is blank: give the file to write" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_output_pipe_that_nothing_reads_is_refused_at_once_not_waited_on(tmp_path, capsys):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert main(["export", str(BUNDLED), "--format", "json", "-o", str(pipe), "--no-cache"]) == 1
    assert "it is a named pipe that no program is reading" in capsys.readouterr().err


def test_explain_adds_how_each_date_was_worked_out(capsys):
    assert main(["export", str(BUNDLED), "--format", "markdown", "--explain", "--no-cache"]) == 0
    assert "*When:* overnight → Sat 17 Sep 2016, night: the night of “Four US-led" in (
        capsys.readouterr().out
    )


def test_an_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["export", str(BUNDLED), "--format", "pdf"])
    assert exit.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_check_shows_escape_sequences_from_the_file_as_visible_symbols(tmp_path, capsys):
    path = write(tmp_path / "t.yaml", events=HOSTILE_WHEN)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "'␛]0;title␇␛[2J'" in out


def test_export_notes_on_stderr_show_escape_sequences_as_visible_symbols(tmp_path, capsys):
    path = write(tmp_path / "t.yaml", events=HOSTILE_WHEN)
    main(["export", str(path), "--format", "ics", "--no-cache"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "'T␛]0;pwned␇'" in err


def test_import_says_how_many_events_it_wrote_and_which_slides_it_skipped(tmp_path, capsys):
    source = tmp_path / "t.json"
    source.write_text(
        json.dumps(
            {
                "events": [
                    {"start_date": {"year": 2016}, "text": {"headline": "Kept"}},
                    {"text": {"headline": "No date"}},
                ]
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "t.yaml"
    assert main(["import", "timelinejs", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{source}: warning: slide 2: its start_date has no year; skipped" in err
    assert f"timeline: imported 1 event from {source} to {out}" in err
    assert main(["check", str(out)]) == 0


def test_draft_says_what_it_wrote(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The talks began on Monday. They ended on Friday.", encoding="utf-8")
    out = tmp_path / "t.yaml"
    assert main(["draft", str(article), "--published", "2016-09-18", "-o", str(out)]) == 0
    assert f"timeline draft: wrote 2 events to {out}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(BUNDLED)],
        ["schema"],
        ["when", "Saturday", "--anchor", "2016-09-18"],
        ["export", str(BUNDLED), "--no-cache"],
    ],
)
def test_a_full_disk_on_standard_output_is_one_clear_line_not_a_traceback(args):
    with open("/dev/full", "wb") as full:
        done = run(*args, stdout=full)
    err = done.stderr.decode()
    assert done.returncode == 1
    assert "cannot write to standard output: No space left on device" in err
    assert "Traceback" not in err


def test_when_batch_writes_valid_json_for_bytes_that_are_not_utf8():
    done = run("when", "--batch", stdin=b"2016-09-18\tSat\xffurday\n2016-09-18\tnow\xe2\x80\xa8\n")
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2 and "\u2028" not in done.stdout.decode("utf-8")
    first, second = (json.loads(line) for line in lines)
    assert first["expression"] == "Sat\ufffdurday" and "error" in first
    assert second["expression"] == "now\u2028"


def test_a_json_export_names_files_as_the_timeline_does_not_by_the_author_s_folders(
    tmp_path, capsys
):
    folder = tmp_path / "home" / "reporter" / "private"
    (folder / "b").mkdir(parents=True)
    (folder / "a.yaml").write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    article = BUNDLED.parent / "syria-ceasefire-airstrikes-2016-09-18.txt"
    (folder / article.name).write_bytes(article.read_bytes())
    (folder / "b" / "c.yaml").write_text(
        "title: C\nsources:\n  s: {title: S, published: 2016-09-18}\n"
        "events:\n  - {title: Late, when: 2016-09-19, source: s, colour: red}\n",
        encoding="utf-8",
    )
    main(["export", str(folder / "a.yaml"), str(folder / "b" / "c.yaml"), "--format", "json"])
    out = capsys.readouterr().out
    data = json.loads(out)
    assert str(tmp_path) not in out
    assert {e["file"] for e in data["events"]} == {"a.yaml", os.path.join("b", "c.yaml")}
    assert {s["file"] for s in data["sources"]} == {article.name, None}
    assert {d["path"] for d in data["diagnostics"]} == {os.path.join("b", "c.yaml")}


def test_an_output_ending_in_a_slash_is_refused_as_a_folder_and_nothing_is_written(
    tmp_path, capsys
):
    out = tmp_path / "dir"
    code = main(["export", str(BUNDLED), "--format", "json", "-o", f"{out}/"])
    assert code != 0 and not out.exists()
    assert "names a folder" in capsys.readouterr().err
