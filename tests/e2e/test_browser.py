"""The SVG and HTML exports in headless Chromium: every title shows, and the page is not blank."""

from __future__ import annotations

import html
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.support import BUNDLED
from tui.cli import main
from tui.load.loader import load_file

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless Chromium is not installed (apt-get install -y chromium)",
)


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with nothing that reaches out: no network, updates or sync."""
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [str(CHROMIUM), *flags, *args], capture_output=True, text=True, timeout=120, check=False
    )


def export(tmp_path: Path, fmt: str) -> Path:
    out = tmp_path / f"timeline.{fmt}"
    assert main(["export", str(BUNDLED), "--format", fmt, "-o", str(out), "--no-cache"]) == 0
    return out


def rendered_text(dom: str) -> str:
    """The text of a dumped DOM: tags dropped, entities decoded, spaces squeezed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", dom)))


def png_colours(png: bytes) -> set[tuple[int, ...]]:
    """Distinct pixel colours of an 8-bit RGB or RGBA PNG, read row by row (no imaging library)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks, header = 8, b"", b""
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        header = data if kind == b"IHDR" else header
        chunks += data if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(chunks)
    stride = width * step
    previous = bytearray(stride)
    seen: set[tuple[int, ...]] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                near = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + near) & 0xFF
        if row % 8 == 0:
            seen.update(tuple(line[i : i + 3]) for i in range(0, stride, step * 4))
        previous = line
    return seen


@pytest.mark.parametrize("fmt", ["html", "svg"])
def test_the_rendered_export_holds_every_event_title(tmp_path, fmt):
    page = export(tmp_path, fmt)
    run = chromium(tmp_path / "profile", "--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    text = rendered_text(run.stdout)
    timeline = load_file(BUNDLED).timeline
    assert timeline is not None
    for event in timeline.events:
        assert event.title in text, event.title


@pytest.mark.parametrize("fmt", ["html", "svg"])
def test_a_screenshot_of_the_export_is_not_blank(tmp_path, fmt):
    page = export(tmp_path, fmt)
    shot = tmp_path / "shot.png"
    run = chromium(
        tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,900", page.as_uri()
    )
    assert shot.exists(), run.stderr[-2000:]
    assert len(png_colours(shot.read_bytes())) > 8  # a blank page is one colour
