"""The review in a real terminal (tmux): `timeline draft --review` writes only what was accepted."""

from __future__ import annotations

import shutil
import sys
import time

import pytest

from tests.e2e.test_terminal import Terminal
from tests.support import REPO
from tui.load.loader import load_file

ARTICLE = REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def test_a_review_in_the_terminal_writes_the_accepted_events_and_they_pass_check(tmp_path):
    out = tmp_path / "reviewed.yaml"
    command = [sys.executable, "-m", "tui", "draft", str(ARTICLE), "--published", "2016-09-18"]
    term = Terminal([*command, "--review", "-o", str(out)])
    try:
        term.wait_for("Review the draft: 0 of")
        term.keys("a")
        term.wait_for("Review the draft: 1 of")
        term.keys("x", "a")
        term.wait_for("Review the draft: 2 of")
        term.keys("w")
        deadline = time.monotonic() + 20
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        term.close()
    result = load_file(out)
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []
    assert len(result.timeline.events) == 2
    assert result.timeline.events[0].title.startswith("Four US-led airstrikes")
