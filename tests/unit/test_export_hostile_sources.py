"""What a hostile timeline cannot do through its sources and dates: pass a rejected link into an
export, read a file from anywhere without a word, or crash the axis at the calendar's end."""

from __future__ import annotations

import json

from tui.cli import main
from tui.formats.export import render
from tui.load.loader import load_file, load_text

EVENT = "events:\n  - {title: E, when: Friday, source: s}\n"


def test_a_rejected_link_is_in_neither_the_json_nor_the_timelinejs_export():
    text = (
        "title: T\nsources:\n  s: {title: S, published: 2016-09-18, url: 'javascript:alert(1)'}\n"
        + EVENT
    )
    timeline = load_text(text).timeline
    assert json.loads(render(timeline, "json"))["sources"][0]["url"] is None
    assert "javascript" not in render(timeline, "timelinejs")


def _warned_outside(tmp_path, file: str, link: str | None = None):  # type: ignore[no-untyped-def]
    """The outside-the-folder warning for a timeline in ``tmp_path/timelines`` whose source is
    ``file``; ``link``, when given, is made there as a link to ``tmp_path/secret.txt``."""
    (tmp_path / "secret.txt").write_text("root:x:0:0\n", encoding="utf-8")
    folder = tmp_path / "timelines"
    folder.mkdir()
    if link is not None:
        (folder / link).symlink_to(tmp_path / "secret.txt")
    path = folder / "t.yaml"
    path.write_text(
        f"title: T\nsources:\n  s: {{title: S, published: 2016-09-18, file: {file}}}\n" + EVENT,
        encoding="utf-8",
    )
    [warning] = [d for d in load_file(path).diagnostics if "outside" in d.message]
    return warning


def test_an_article_outside_the_timeline_s_folder_is_read_with_a_warning(tmp_path):
    warning = _warned_outside(tmp_path, "../secret.txt")
    assert warning.message.startswith("file '../secret.txt' leads outside this timeline's folder")
    assert (warning.line, warning.column) == (3, 46)


def test_a_link_beside_the_timeline_to_a_file_elsewhere_is_read_with_a_warning(tmp_path):
    warning = _warned_outside(tmp_path, "article.txt", link="article.txt")
    assert warning.message.startswith("file 'article.txt' leads outside this timeline's folder")


def test_a_timelinejs_export_refuses_to_carry_an_article_from_outside_the_folder(tmp_path, capsys):
    _warned_outside(tmp_path, "../secret.txt")
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "export",
                str(tmp_path / "timelines" / "t.yaml"),
                "--format",
                "timelinejs",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert not out.exists()
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.endswith(
        "t.yaml:3:3: error: source 's' reads '../secret.txt', outside the timeline's folder, and "
        "the timelinejs export carries article text: nothing written. Keep the article beside "
        "the timeline, or pass --carry-outside-articles"
    )


def test_carry_outside_articles_carries_the_article_a_user_asked_for(tmp_path, capsys):
    _warned_outside(tmp_path, "../secret.txt")
    path = str(tmp_path / "timelines" / "t.yaml")
    assert main(["export", path, "--format", "timelinejs", "--carry-outside-articles"]) == 0
    assert "root:x:0:0" in capsys.readouterr().out


def test_an_export_without_article_text_is_written_beside_an_outside_article(tmp_path, capsys):
    _warned_outside(tmp_path, "../secret.txt")
    assert main(["export", str(tmp_path / "timelines" / "t.yaml"), "--format", "json"]) == 0
    assert "root:x" not in capsys.readouterr().out


def test_an_event_in_the_calendar_s_last_hour_draws_an_axis():
    text = (
        "title: T\nsources: {s: {title: S, published: 2016-09-18}}\n"
        'events:\n  - {title: E, when: "9999-12-31T23:30"}\n'
    )
    assert "Fri 31 Dec 9999" in render(load_text(text).timeline, "svg")


def test_the_calendar_s_last_day_is_a_date_and_each_export_says_what_it_can_hold():
    text = (
        "title: T\nsources: {s: {title: S, published: 9999-12-31}}\n"
        'events:\n  - {title: Last, when: "9999-12-31", source: s}\n'
        "  - {title: Today, when: today, source: s}\n"
    )
    timeline = load_text(text).timeline
    assert [e.resolution.value for e in timeline.events] == ["9999-12-31", "9999-12-31"]
    slides = json.loads(render(timeline, "timelinejs"))["events"]
    assert {s["start_date"]["year"] for s in slides} == {9999}
    assert "BEGIN:VEVENT" not in render(timeline, "ics")
