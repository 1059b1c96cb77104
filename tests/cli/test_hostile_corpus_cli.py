"""The whole hostile corpus through every command a user pipes it into: export in each format,
and a TimelineJS round trip. Each file answers in seconds, with no traceback, and nothing that
reaches the terminal carries a raw control character."""

from __future__ import annotations

import re
import time

import pytest

from tests.support import HOSTILE
from tui.cli import main
from tui.formats.export import FORMATS

RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Controls a terminal would act on; tab, newline and carriage return are text in an export."""
CORPUS = sorted(p for p in HOSTILE.iterdir() if p.suffix == ".yaml")


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_format_exports_a_hostile_file_quickly_and_inertly(path, capsys):
    for fmt in FORMATS:
        start = time.perf_counter()
        status = main(["--no-cache", "export", str(path), "--format", fmt])
        seconds = time.perf_counter() - start
        out, err = capsys.readouterr()
        assert status in (0, 1), fmt
        assert seconds < 10, f"{fmt}: {seconds:.1f} s"
        assert not RAW_CONTROL.search(err), f"{fmt}: {RAW_CONTROL.search(err)!r} on stderr"
        assert not RAW_CONTROL.search(out), f"{fmt}: {RAW_CONTROL.search(out)!r} on stdout"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_a_hostile_file_survives_a_timelinejs_round_trip(path, tmp_path, capsys):
    exported = tmp_path / "out.json"
    if main(["--no-cache", "export", str(path), "--format", "timelinejs", "-o", str(exported)]):
        assert not exported.exists() or exported.stat().st_size > 0
    capsys.readouterr()
    source = exported if exported.exists() else path  # a file that cannot load: imported raw
    status = main(["import", "timelinejs", str(source), "-o", str(tmp_path / "back.yaml")])
    out, err = capsys.readouterr()
    assert status in (0, 1)
    assert not RAW_CONTROL.search(out + err)
