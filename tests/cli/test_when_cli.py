"""`timeline when`: one expression explained, or a batch of them as JSON lines in input order."""

from __future__ import annotations

import io
import json

import pytest

from tui.cli import main


def test_when_prints_the_value_and_the_explanation(capsys):
    assert main(["when", "Saturday", "--anchor", "2016-09-18"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2016-09-17",
        "Saturday → Sat 17 Sep 2016: the Saturday before the anchor on Sun 18 Sep 2016",
    ]


def test_when_says_why_it_cannot_resolve_and_exits_1(capsys):
    assert main(["when", "when pigs fly", "--anchor", "2016-09-18"]) == 1
    assert "cannot resolve" in capsys.readouterr().out


def test_when_with_a_bad_anchor_is_a_usage_error(capsys):
    assert main(["when", "Saturday", "--anchor", "last week"]) == 2


def test_an_anchor_with_an_offset_is_placed_on_the_zone_s_clock_as_a_timeline_places_it(capsys):
    args = ["when", "yesterday", "--anchor", "2016-09-18T23:30-05:00", "--timezone", "Asia/Tokyo"]
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2016-09-18"


def test_an_anchor_pushed_past_9999_by_its_zone_says_so_not_that_it_is_no_date(capsys):
    args = ["when", "today", "--anchor", "9999-12-31T23:00-05:00", "--timezone", "UTC"]
    assert main(args) == 2
    assert "falls outside the years 1 to 9999 on UTC's clock" in capsys.readouterr().err


@pytest.mark.parametrize("zone", ["Mars/Olympus", "localtime"])
def test_when_with_a_zone_of_no_place_is_a_usage_error_naming_it(capsys, zone):
    assert main(["when", "10:00 GMT", "--anchor", "2016-09-18", "--timezone", zone]) == 2
    assert f"--timezone '{zone}' is not the time zone of a place" in capsys.readouterr().err


def test_a_batch_line_with_no_tab_is_named_whole_and_a_bad_anchor_says_why(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("2016-09-18\n2023-02-30\tMonday\n"))
    assert main(["when", "--batch"]) == 0
    no_tab, bad_day = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert no_tab == {
        "line": "2016-09-18",
        "error": "expected ANCHOR<TAB>EXPRESSION[<TAB>SENTENCE]",
    }
    assert bad_day["expression"] == "Monday" and "February 2023 has 28 days" in bad_day["error"]


def test_draft_names_the_day_a_published_date_does_not_have(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.", encoding="utf-8")
    assert main(["draft", str(article), "--published", "2023-02-30"]) != 0
    assert "February 2023 has 28 days" in capsys.readouterr().err


def test_batch_writes_one_json_line_per_input_line_in_order(capsys, monkeypatch):
    lines = (
        "2016-09-18\tSaturday\n2016-09-18T10:00\tnearly a week ago\n"
        "not-a-date\tMonday\n2016-09-18\tblorp\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["when", "--batch"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["expression"] for r in records] == [
        "Saturday",
        "nearly a week ago",
        "Monday",
        "blorp",
    ]
    assert records[0] == {
        "expression": "Saturday",
        "anchor": "2016-09-18",
        "value": "2016-09-17",
        "start": "2016-09-17T00:00:00",
        "end": "2016-09-18T00:00:00",
        "granularity": "day",
        "approximate": False,
        "explanation": (
            "Saturday → Sat 17 Sep 2016: the Saturday before the anchor on Sun 18 Sep 2016"
        ),
    }
    assert records[1]["approximate"] is True
    assert set(records[2]) == {"expression", "anchor", "error"}
    assert set(records[3]) == {"expression", "anchor", "error"}


def test_when_reads_the_tense_of_the_sentence_it_is_given(capsys):
    assert (
        main(
            [
                "when",
                "Monday",
                "--anchor",
                "1989-11-02",
                "--sentence",
                "The acquisition is scheduled to close Monday.",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.startswith("1989-11-06\n")


def test_sigterm_stops_a_command_quietly_with_status_143():
    import signal
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "tui", "when", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(b"2016-09-18\tMonday\n")
    child.stdin.flush()
    child.stdout.readline()  # it answered, so it is running the command, waiting for more
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=20)
    assert child.returncode == 143 and b"Traceback" not in err


def test_when_refuses_a_word_that_its_sentence_uses_as_a_name(capsys):
    args = ["when", "May", "--anchor", "2016-09-18", "--sentence", "Theresa May said so."]
    assert main(args) == 1
    assert capsys.readouterr().out == (
        "May: cannot resolve: in this sentence 'May' is a word of a name, not a date\n"
    )


@pytest.mark.parametrize(
    "expression, sentence",
    [
        ("the 90s", "Temperatures will climb into the 90s."),
        ("30s", "The victims were in their 30s."),
        ("the 40s", "His approval rating fell to the 40s."),
    ],
)
def test_when_refuses_a_decade_its_sentence_uses_as_a_measure(capsys, expression, sentence):
    assert main(["when", expression, "--anchor", "2016-09-21", "--sentence", sentence]) == 1
    assert "is a measure (degrees, an age, a rating), not a decade" in capsys.readouterr().out


@pytest.mark.parametrize(
    "expression, sentence",
    [("May", "The deal may collapse."), ("march", "Thousands will march on Saturday.")],
)
def test_when_refuses_a_month_its_sentence_writes_in_lower_case(capsys, expression, sentence):
    assert main(["when", expression, "--anchor", "2016-09-21", "--sentence", sentence]) == 1
    assert "is in lower case: a word, not the month" in capsys.readouterr().out


@pytest.mark.parametrize(
    "expression, sentence",
    [("the day", "The goalkeeper saved the day."), ("Friday", "He was her man Friday for years.")],
)
def test_when_refuses_a_date_word_in_a_saying(capsys, expression, sentence):
    assert main(["when", expression, "--anchor", "2016-09-21", "--sentence", sentence]) == 1
    assert "is a saying, not a date" in capsys.readouterr().out


def test_when_still_reads_a_day_beside_a_saying():
    assert (
        main(
            [
                "when",
                "Friday",
                "--anchor",
                "2016-09-21",
                "--sentence",
                "They called it a day on Friday.",
            ]
        )
        == 0
    )


def test_when_refuses_a_holiday_its_sentence_gives_to_another_country(capsys):
    args = ["when", "Thanksgiving", "--anchor", "2016-09-21"]
    assert main([*args, "--sentence", "Canadian families gathered for Thanksgiving."]) == 1
    assert "may be another country's" in capsys.readouterr().out


@pytest.mark.parametrize(
    "expression, sentence",
    [
        ("the next day", "He was arrested Sept. 2 and charged the next day."),
        ("the following Monday", "The bill passed Thursday and was signed the following Monday."),
        ("a year later", "He joined the firm in 2009 and left a year later."),
    ],
)
def test_when_refuses_what_counts_from_another_date_of_its_sentence(capsys, expression, sentence):
    assert main(["when", expression, "--anchor", "2016-09-21", "--sentence", sentence]) == 1
    assert "counts from what the sentence dates" in capsys.readouterr().out


@pytest.mark.parametrize(
    "expression, sentence",
    [
        ("tomorrow", '"We will vote tomorrow," the speaker told reporters on Friday.'),
        ("last week", "“Prices fell last week,” the minister said on Sept. 1."),
    ],
)
def test_when_refuses_a_speakers_own_day_quoted_as_said_on_another(capsys, expression, sentence):
    assert main(["when", expression, "--anchor", "2016-09-21", "--sentence", sentence]) == 1
    assert "is quoted, said" in capsys.readouterr().out


def test_when_refuses_a_future_reported_from_a_dated_saying(capsys):
    sentence = "He announced Thursday that he would resign Friday."
    assert main(["when", "Friday", "--anchor", "2016-09-19", "--sentence", sentence]) == 1
    assert "what was to come when it was said 'Thursday'" in capsys.readouterr().out


def test_when_counts_from_the_anchor_a_quoted_day_said_on_no_other(capsys):
    args = [
        "when",
        "tomorrow",
        "--anchor",
        "2016-09-21",
        "--sentence",
        '"We win tomorrow," he said.',
    ]
    assert main(args) == 0 and capsys.readouterr().out.startswith("2016-09-22\n")


def test_when_counts_from_the_anchor_what_its_sentence_gives_nothing_else_for(capsys):
    args = [
        "when",
        "the next day",
        "--anchor",
        "2016-09-21",
        "--sentence",
        "They met the next day.",
    ]
    assert main(args) == 0 and capsys.readouterr().out.startswith("2016-09-22\n")


def test_when_still_reads_a_decade_its_sentence_dates_by(capsys):
    args = ["when", "the 90s", "--anchor", "2016-09-21", "--sentence", "Music of the 90s was fun."]
    assert main(args) == 0 and capsys.readouterr().out.startswith("199\n")


def test_when_still_reads_a_month_its_sentence_uses_as_a_date(capsys):
    args = ["when", "May", "--anchor", "2016-09-18", "--sentence", "The lease ends in May."]
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("2017-05\n")


def test_when_reads_a_day_told_beside_the_same_word_in_a_saying():
    args = ["when", "Friday", "--anchor", "2016-09-21"]
    assert main([*args, "--sentence", "His man Friday resigned on Friday."]) == 0
