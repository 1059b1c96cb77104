"""The axis in a real terminal (tmux): v shows it, + zooms, Enter comes back to the event."""

from __future__ import annotations

import shutil
import sys
import time

import pytest

from tests.e2e.test_terminal import Terminal
from tests.ui.explorer import BUNDLED

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def wait_gone(term: Terminal, text: str, seconds: float = 20.0) -> str:
    """The screen once ``text`` has left it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = term.screen()
        if text not in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} stayed on the screen:\n{term.screen()}")


@pytest.fixture
def term():  # type: ignore[no-untyped-def]
    session = Terminal([sys.executable, "-m", "tui", str(BUNDLED), "--no-cache"])
    yield session
    session.close()


def test_v_toggles_the_axis_zoom_changes_the_ruler_and_enter_returns_to_the_event(term):
    term.wait_for("Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor")
    term.keys("v")
    screen = term.wait_for("off the scale: ◇ Putin questions")
    assert "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ Ceasefire largely holds" in screen
    assert "Sat 17" in screen and "Traceback" not in screen
    for _ in range(6):
        term.keys("j")
    term.wait_for("on Saturday → Sat 17 Sep 2016")
    term.keys("+")
    screen = term.wait_for("12:00")
    term.keys("v")
    screen = wait_gone(term, "off the scale")
    assert "v Axis" in screen and "Four US-led airstrikes kill Syrian soldiers" in screen
    term.keys("v")
    term.wait_for("off the scale")
    term.keys("Enter")
    wait_gone(term, "off the scale")
    screen = term.wait_for("when: on Saturday")
    assert "the Saturday before the source's publication on Sun 18 Sep 2016" in screen
    term.keys("q")


def test_a_search_typed_in_the_axis_is_the_lists_search_when_it_returns(term):
    term.wait_for("Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor")
    term.keys("v")
    term.wait_for("off the scale: ◇ Putin questions")
    term.keys("/")
    for char in "security":
        term.keys(char)
    term.keys("Enter")
    screen = term.wait_for("2 shown: search “security”")
    assert "UN Security Council holds" in screen and "Four US-led airstrikes" not in screen
    term.keys("Escape")
    screen = term.wait_for("v Axis")
    assert "2 shown: search “security”" in screen and "Four US-led airstrikes" not in screen
    term.keys("q")
