"""`timeline check`: one line per problem, a summary, and exit codes scripts can rely on."""

from __future__ import annotations

import subprocess
import sys

from tests.support import REPO
from tui.cli import main

BROKEN = """title: Broken
sources:
  a:
    title: A
    published: 2016-09-18
events:
  - tittle: Strike
    when: Saturday
    source: b
"""


def test_check_prints_each_problem_with_path_line_and_column_then_a_summary(tmp_path, capsys):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    status = main(["check", str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    assert f"{path}:7:5: error: event 1 needs 'title'" in lines
    assert f"{path}:9:13: error: event 1 cites unknown source 'b'" in lines
    assert any(line.startswith(f"{path}:7:5: warning: unknown key 'tittle'") for line in lines)
    assert lines[-1] == "1 file checked: 2 errors, 1 warning"


def test_check_exits_0_on_the_bundled_timelines(capsys):
    assert main(["check", *map(str, sorted((REPO / "timelines").glob("*.yaml")))]) == 0
    assert " 0 errors" in capsys.readouterr().out


def test_check_on_a_folder_checks_the_timeline_files_inside_it(capsys):
    assert main(["check", str(REPO / "timelines")]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("1 file checked")


def test_check_on_a_folder_without_timelines_is_an_error(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 1
    assert f"{tmp_path}:1:1: error: no timeline files" in capsys.readouterr().out


def test_no_cache_before_the_command_is_an_option_not_a_file(capsys):
    assert main(["--no-cache", "check", str(REPO / "timelines")]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("1 file checked")


def test_check_with_no_path_is_a_usage_error_with_status_2(capsys):
    try:
        main(["check"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "error:" in capsys.readouterr().err


def test_check_never_prints_a_traceback_for_a_binary_file(tmp_path):
    path = tmp_path / "binary.yaml"
    path.write_bytes(bytes(range(256)) * 4)
    run = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert f"{path}:2:118: error: not UTF-8: byte 0x80 at byte offset 128" in run.stdout


def test_schema_prints_the_json_schema_of_the_format(capsys):
    import json

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["required"] == ["title", "sources", "events"]


def test_every_bundled_timeline_starts_with_a_schema_line_that_points_at_the_schema():
    for path in sorted((REPO / "timelines").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        assert (
            path.parent / first.split("=", 1)[1]
        ).resolve() == REPO / "tui" / "load" / "schema.json"
