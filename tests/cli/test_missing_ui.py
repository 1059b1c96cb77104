"""Without Textual installed, the commands that open a screen say what to install, not a
traceback."""

from __future__ import annotations

import subprocess
import sys

from tests.support import REPO

ARTICLE = REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt"


def _without_textual(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the command line in a Python where importing textual fails, as when it is not
    installed."""
    code = (
        "import sys\n"
        "sys.modules['textual'] = None\n"
        "from tui.cli import main\n"
        f"raise SystemExit(main({argv!r}))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_opening_the_explorer_without_textual_names_the_package_and_the_pip_command():
    run = _without_textual([])
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "'textual'" in run.stderr and "python -m pip install textual" in run.stderr


def test_the_review_without_textual_says_what_to_install_and_writes_nothing(tmp_path):
    out = tmp_path / "out.yaml"
    argv = ["draft", str(ARTICLE), "--published", "2016-09-18", "--inline", "--review"]
    run = _without_textual([*argv, "-o", str(out)])
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "python -m pip install textual" in run.stderr
    assert not out.exists()
