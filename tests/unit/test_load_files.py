"""Articles and timelines that are not regular files: named for what they are, never read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.load.loader import load_file

TIMELINE = """\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    file: {file}
events:
  - title: E
    when: 2016-09-17
"""


def _with_article(tmp_path: Path, file: str) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(TIMELINE.format(file=file), encoding="utf-8")
    return path


def _check(path: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "--no-cache", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    ("device", "kind"),
    [("/dev/zero", "a character device"), ("/dev/urandom", "a character device")],
)
def test_a_device_as_article_is_a_warning_naming_it_not_an_endless_read(tmp_path, device, kind):
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    run = _check(_with_article(tmp_path, device))
    assert f"cannot read file '{device}': is {kind}, not a regular file" in run.stdout
    assert "Traceback" not in run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_as_article_is_named_and_check_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    run = _check(_with_article(tmp_path, "pipe.txt"), timeout=10)
    assert "cannot read file 'pipe.txt': is a named pipe (FIFO), not a regular file" in run.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_as_the_timeline_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    run = _check(tmp_path / "pipe.yaml", timeout=10)
    assert "pipe.yaml:1:1: error: is a named pipe (FIFO), not a regular file" in run.stdout


def test_a_folder_as_article_is_named_as_a_folder(tmp_path):
    (tmp_path / "articles").mkdir()
    result = load_file(_with_article(tmp_path, "articles"))
    (warning,) = result.diagnostics
    assert warning.message == (
        "cannot read file 'articles': is a folder, not a regular file "
        "(the quotes citing it go unchecked until it can be read)"
    )


def test_a_blank_file_asks_for_the_articles_path_rather_than_calling_it_a_folder(tmp_path):
    result = load_file(_with_article(tmp_path, "''"))
    (warning,) = result.diagnostics
    assert "names no file: give the article's path" in warning.message
    assert (warning.line, warning.column) == (6, 11)


def test_an_article_over_the_size_limit_is_a_warning_with_both_sizes(tmp_path, monkeypatch):
    import tui.load.reading

    monkeypatch.setattr(tui.load.reading, "MAX_FILE_BYTES", 1024)
    (tmp_path / "a.txt").write_text("x" * 2048, encoding="utf-8")
    (warning,) = load_file(_with_article(tmp_path, "a.txt")).diagnostics
    assert warning.message == (
        "cannot read file 'a.txt': file is 2 KiB; files over 1 KiB are refused "
        "(the quotes citing it go unchecked until it can be read)"
    )
