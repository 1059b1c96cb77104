"""The real `timeline` command in a real terminal (tmux): open, move, expand, meet hostile text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.ui.explorer import BUNDLED, REPO

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """One tmux server of its own (tests never race on a shared one), 120x40, running a command."""

    def __init__(self, command: list[str]) -> None:
        self.name = f"timeline-test-{uuid.uuid4().hex[:8]}"
        # LINES and COLUMNS from the test runner would override the pane's real size.
        self.tmux(
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            "120",
            "-y",
            "40",
            "-c",
            str(REPO),
            "env",
            "-u",
            "LINES",
            "-u",
            "COLUMNS",
            *command,
        )

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.name, *args], capture_output=True, text=True, check=True
        ).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def pane_title(self) -> str:
        return self.tmux("display-message", "-p", "-t", self.name, "#{pane_title}").strip()

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def wait_for(self, text: str, seconds: float = 20.0) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def close(self) -> None:
        """Stop the server and remove its socket, which tmux leaves behind in /tmp."""
        subprocess.run(["tmux", "-L", self.name, "kill-server"], capture_output=True, check=False)
        (Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}" / self.name).unlink(
            missing_ok=True
        )


@pytest.fixture
def terminal():  # type: ignore[no-untyped-def]
    sessions: list[Terminal] = []

    def start(*args: str) -> Terminal:
        session = Terminal([sys.executable, "-m", "tui", *args, "--no-cache"])
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def test_the_bundled_timeline_opens_moves_and_expands_in_a_real_terminal(terminal):
    term = terminal(str(BUNDLED))
    screen = term.wait_for("Syria ceasefire under strain")
    assert "Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor" in screen
    assert "Sat 17 Sep 2016, night" in screen
    assert "Traceback" not in screen
    for _ in range(6):
        term.keys("j")
    term.keys("Enter")
    screen = term.wait_for("→")
    assert "the Saturday before the source's publication on Sun 18 Sep 2016" in screen
    term.keys("s")
    term.wait_for("quote 1 of 27 from Four US-led airstrikes")
    term.keys("Escape")
    term.wait_for("Syria ceasefire under strain")
    term.keys("q")


def test_hostile_text_shows_literally_and_never_retitles_or_clears_the_terminal(terminal):
    before = "untouched"
    term = terminal(str(REPO / "tests" / "hostile" / "escape-sequences.yaml"))
    term.tmux("select-pane", "-t", term.name, "-T", before)
    screen = term.wait_for("red")
    assert "␛" in screen
    assert term.pane_title() == before
    term.keys("q")
    markup = terminal(str(REPO / "tests" / "hostile" / "markup-in-text.yaml"))
    screen = markup.wait_for("[@click=app.quit]X[/]")
    assert "[bold]not bold[/bold]" in screen
