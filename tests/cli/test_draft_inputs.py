"""`timeline draft` refuses what it cannot read or write with one line that says why, before it
reads a byte it should not or writes anything."""

from __future__ import annotations

import os
import sys

import pytest

from tui.cli import main

PUBLISHED = ["--published", "1998-02-27"]


def test_a_device_that_never_ends_is_refused_by_name(capsys):
    assert main(["draft", "/dev/zero", *PUBLISHED]) == 1
    assert capsys.readouterr().err == (
        "timeline draft: /dev/zero: is a character device, not a regular file\n"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path, capsys):
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    assert main(["draft", str(pipe), *PUBLISHED]) == 1
    assert "is a named pipe (FIFO), not a regular file" in capsys.readouterr().err


def test_an_output_in_a_missing_folder_names_the_folder_and_copies_nothing(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Police arrested him on Monday.\n", encoding="utf-8")
    out = tmp_path / "missing" / "dir" / "draft.yaml"
    assert main(["draft", str(article), *PUBLISHED, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"timeline draft: cannot write {out}: the folder {out.parent} does not exist\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_an_output_that_is_a_folder_says_so_with_or_without_force(tmp_path, capsys, force):
    article = tmp_path / "article.txt"
    article.write_text("Police arrested him on Monday.\n", encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    assert main(["draft", str(article), *PUBLISHED, "-o", str(folder), *force]) == 1
    assert capsys.readouterr().err.endswith(f"cannot write {folder}: it is a folder\n")


def test_import_refuses_a_device_too(capsys):
    assert main(["import", "timelinejs", "/dev/zero"]) == 1
    assert "is a character device, not a regular file" in capsys.readouterr().err


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="/dev/zero is a POSIX device")


def test_an_article_over_a_mebibyte_is_refused_at_once_with_its_size(tmp_path, capsys):
    article = tmp_path / "book.txt"
    article.write_text("Police arrested him on Monday. " * 40_000, encoding="utf-8")
    assert main(["draft", str(article), *PUBLISHED]) == 1
    assert capsys.readouterr().err == (
        f"timeline draft: {article}: file is 1.2 MiB; files over 1 MiB are refused\n"
    )


def test_an_article_that_is_not_utf8_is_named_with_its_line_column_and_byte(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_bytes(b"Police arrested him\non Mon\x90day.\n")
    assert main(["draft", str(article), "--published", "2016-09-18"]) != 0
    err = capsys.readouterr().err
    assert f"{article}:2:7: not UTF-8: byte 0x90" in err and "codec" not in err


def test_an_output_under_a_file_says_the_file_is_no_folder(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Police arrested him on Monday.\n", encoding="utf-8")
    out = article / "draft.yaml"
    assert main(["draft", str(article), *PUBLISHED, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"timeline draft: cannot write {out}: {article} is a file, not a folder\n"
