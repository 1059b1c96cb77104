"""First paint and key latency in a real terminal (tmux), against a bare Textual app measured alike.

``python -m tests.bench paint [--sizes 10000,100000]``

A figure is the wall time from starting the command (or sending a key) until the expected text is
on tmux's screen, polled every few milliseconds; the bare app is timed the same way, so the polling
cost is in both. The load baseline is PyYAML's C loader on the same file, as a whole process.
The package's bytecode is compiled first, as an installed copy has it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path
from statistics import median

from tests.bench.generate import generate
from tests.bench.scale import C_LOADER, best_of, compile_package
from tui.load.loader import load_file

BARE_APP = """
from textual.app import App
from textual.widgets import Static


class Bare(App):
    BINDINGS = [("G", "go", "Go")]

    def compose(self):
        yield Static("bare-ready")

    def action_go(self):
        self.moved = not getattr(self, "moved", False)
        self.query_one(Static).update("bare-moved" if self.moved else "bare-back")


Bare().run()
"""
POLL = 0.005
WITHOUT_STRIP = """
import sys

from tui.cli import main
from tui.ui.widgets.density import DensityStrip


def hidden(self):
    self.display = False


DensityStrip.on_mount = hidden  # the list alone: the strip neither drawn nor following it
raise SystemExit(main(sys.argv[1:]))
"""
KEY_SAMPLES = 8
"""Keys timed for each median: enough that one disturbed by the other work on the machine does
not decide the figure."""


class Pane:
    """A tmux server of its own running one command at 120 by 40."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.socket = f"bench-{uuid.uuid4().hex[:8]}"
        prefix = ["env", "-u", "LINES", "-u", "COLUMNS", *(f"{k}={v}" for k, v in env.items())]
        self.started = time.perf_counter()
        self._tmux("new-session", "-d", "-x", "120", "-y", "40", *prefix, *command)

    def _tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        ).stdout

    def wait_for(self, text: str, since: float, limit: float = 300.0) -> float:
        """Seconds from ``since`` until ``text`` is on the screen."""
        while time.perf_counter() - since < limit:
            if text in self._tmux("capture-pane", "-p"):
                return time.perf_counter() - since
            time.sleep(POLL)
        raise RuntimeError(f"{text!r} never appeared")

    def watch_for(
        self, texts: tuple[str, ...], since: float, limit: float = 300.0
    ) -> dict[str, float]:
        """Seconds from ``since`` until each text was first seen, until the last one is."""
        seen: dict[str, float] = {}
        while texts[-1] not in seen:
            if time.perf_counter() - since > limit:
                raise RuntimeError(f"{texts[-1]!r} never appeared")
            screen = self._tmux("capture-pane", "-p")
            for text in texts:
                if text in screen and text not in seen:
                    seen[text] = time.perf_counter() - since
            time.sleep(POLL)
        return seen

    def key(self, key: str) -> float:
        """Send a key; return when it was sent."""
        sent = time.perf_counter()
        self._tmux("send-keys", key)
        return sent

    def close(self) -> None:
        """Stop the server and remove its socket, which tmux leaves behind in /tmp."""
        self._tmux("kill-server")
        (Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}" / self.socket).unlink(
            missing_ok=True
        )


def _best(repeat: int, measure) -> float:  # type: ignore[no-untyped-def]
    return min(measure() for _ in range(repeat))


def bare_paint_and_key(folder: Path) -> tuple[float, float]:
    """A bare Textual app: seconds to show a line, and the median seconds to repaint after a
    key."""
    script = folder / "bare.py"
    script.write_text(BARE_APP, encoding="utf-8")
    pane = Pane([sys.executable, str(script)], {})
    try:
        paint = pane.wait_for("bare-ready", pane.started)
        key = median(_after(pane, "G") for _ in range(KEY_SAMPLES))
    finally:
        pane.close()
    return paint, key


def explorer_paint(path: Path, text: str, env: dict[str, str], *args: str) -> float:
    """Seconds until the explorer shows ``text``."""
    pane = Pane([sys.executable, "-m", "tui", str(path), *args], env)
    try:
        return pane.wait_for(text, pane.started)
    finally:
        pane.close()


def explorer_keys(path: Path, env: dict[str, str], order: list[str]) -> dict[str, float]:
    """Seconds from a key to its effect on screen, with a large timeline loaded (warm cache)."""
    pane = Pane([sys.executable, "-m", "tui", str(path)], env)
    try:
        pane.wait_for(order[0], pane.started)
        time.sleep(1.0)  # let start-up settle: these figures are about keys, not start-up
        figures = {"G": pane.wait_for(order[-1], pane.key("G"))}
        figures["g"] = pane.wait_for(order[0], pane.key("g"))
        figures["enter (expand)"] = pane.wait_for("when:", pane.key("Enter"))
        figures["j"] = _after(pane, "j")
        figures["k"] = _after(pane, "k")
        target = order[len(order) // 2]
        needle = target.split(":")[0] + ":"
        pane.key("/")
        time.sleep(0.3)
        for char in needle[:-1]:
            pane.key(char)
        figures["search (last keystroke)"] = pane.wait_for(target[:60], pane.key(needle[-1]))
        return figures
    finally:
        pane.close()


def axis_keys(path: Path, env: dict[str, str], count: int) -> dict[str, list[float]]:
    """Seconds from opening the axis (on an event in the middle of the timeline, picked on the
    density strip), from its zoom and pan keys at every zoom from the whole timeline to hours,
    and from changing its lanes, to their effect on screen."""
    pane = Pane([sys.executable, "-m", "tui", str(path)], env)
    try:
        pane.wait_for(f"{count} events", pane.started)  # the whole timeline, not its first part
        time.sleep(1.0)
        pane.key("Tab")
        for _ in range(60):
            pane.key("Right")
        pane.key("Enter")
        time.sleep(0.5)
        sent = pane.key("v")
        figures = {"v: first line": [pane.wait_for("v List", sent)]}
        figures["v: axis drawn"] = [pane.wait_for("off the scale", sent)]
        time.sleep(0.5)
        zooms: list[float] = []
        pans: list[float] = []
        for _ in range(10):
            zooms.append(_after(pane, "+"))
        for key in "llhh" * (KEY_SAMPLES // 4):
            pans.append(_after(pane, key))
        for _ in range(10):
            zooms.append(_after(pane, "-"))
        figures["zoom (in to hours, out again)"] = zooms
        figures["pan (at hours)"] = pans
        seen = pane.watch_for(("laying out", "lanes by tag"), pane.key("L"))
        if "laying out" in seen:
            figures["L: 'laying out' shown"] = [seen["laying out"]]
        figures["L: lanes by tag drawn"] = [seen["lanes by tag"]]
        pane.key("Escape")
        pane.wait_for("v Axis", time.perf_counter())
        time.sleep(0.5)
        sent = pane.key("v")
        figures["v again: axis drawn"] = [pane.wait_for("off the scale", sent)]
        return figures
    finally:
        pane.close()


def list_scroll(path: Path, env: dict[str, str], count: int, *, strip: bool) -> list[float]:
    """Seconds from PageDown or PageUp to the list's new page, with the density strip above the
    list or without it (hidden before it follows the list)."""
    if strip:
        command = [sys.executable, "-m", "tui", str(path)]
    else:
        script = path.parent / "without-strip.py"
        script.write_text(WITHOUT_STRIP, encoding="utf-8")
        command = [sys.executable, str(script), str(path)]
    pane = Pane(command, env)
    try:
        pane.wait_for(f"{count} events", pane.started)
        time.sleep(2.0)  # the strip has counted its columns
        return [_after(pane, key) for key in ["PageDown", "PageUp"] * KEY_SAMPLES]
    finally:
        pane.close()


def _after(pane: Pane, key: str) -> float:
    """Seconds from a key to the next change of the screen, colours included (a moved cursor)."""
    before = pane._tmux("capture-pane", "-p", "-e")
    sent = pane.key(key)
    while time.perf_counter() - sent < 30:
        if pane._tmux("capture-pane", "-p", "-e") != before:
            return time.perf_counter() - sent
        time.sleep(POLL)
    raise RuntimeError(f"{key!r} changed nothing on screen")


def main(argv: list[str] | None = None) -> int:
    """Print each figure, its ratio to its baseline and its target; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench paint", description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--parts", default=",".join(PARTS), help=f"which figures, of {','.join(PARTS)}"
    )
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    if shutil.which("tmux") is None:
        print("tmux is needed for this benchmark", file=sys.stderr)
        return 2
    compile_package()
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="timeline-paint-") as name:
        folder = Path(name)
        env = {"XDG_CACHE_HOME": str(folder / "cache")}
        bare = [bare_paint_and_key(folder) for _ in range(args.repeat)]
        bare_paint, bare_key = min(b[0] for b in bare), median(b[1] for b in bare)
        print(
            f"bare Textual app: first line {bare_paint:.3f} s, "
            f"repaint after a key {bare_key:.3f} s (median)"
        )
        if "paint" in parts:
            rows += small_paint(env, args.repeat, bare_paint)
        for events in (int(s) for s in args.sizes.split(",")):
            path = folder / f"big-{events}.yaml"
            path.write_text(generate(events), encoding="utf-8")
            order = [e.title for e in load_file(path).timeline.events]
            print(f"\n{events:,} events")
            if "paint" in parts:
                rows += big_paint(path, env, folder, events, order, args.repeat)
            else:
                explorer_paint(path, order[0][:60], env)  # a warm cache for the keys
            if "axis" in parts:
                rows += axis_rows(path, env, events, bare_key)
            if "scroll" in parts:
                rows += scroll_rows(path, env, events)
            if "keys" in parts:
                keys = explorer_keys(path, env, order)
                for key, seconds in keys.items():
                    print(f"  {key:34} {seconds * 1000:7.0f} ms")
                rows.append((f"G repaint / bare key @{events}", keys["G"] / bare_key, 3.0))
    print("\nfigure                                              ratio   target")
    for name, value, target in rows:
        print(
            f"  {name:50} {value:6.2f}  <= {target:4.2f}  {'PASS' if value <= target else 'FAIL'}"
        )
    return 0 if all(value <= target for _, value, target in rows) else 1


PARTS = ("paint", "axis", "scroll", "keys")
Row = tuple[str, float, float]


def small_paint(env: dict[str, str], repeat: int, bare_paint: float) -> list[Row]:
    bundled = Path(__file__).resolve().parents[2] / "timelines" / "syria-ceasefire-2016.yaml"
    explorer_paint(bundled, "Four US-led airstrikes", env)
    small = _best(repeat, lambda: explorer_paint(bundled, "Four US-led airstrikes", env))
    print(f"bundled timeline, warm cache: events shown after {small:.3f} s")
    return [("first paint, small timeline / bare app", small / bare_paint, 1.3)]


def big_paint(
    path: Path, env: dict[str, str], folder: Path, events: int, order: list[str], repeat: int
) -> list[Row]:
    baseline = best_of(1, [sys.executable, "-c", C_LOADER, str(path)]).seconds
    cold_env = {**env, "XDG_CACHE_HOME": str(folder / f"cold-{events}")}
    cold = _best(
        repeat if events <= 10_000 else 1,
        partial(explorer_paint, path, order[0][:60], cold_env, "--no-cache"),
    )
    progress = explorer_paint(path, "Loading", env, "--no-cache") if events >= 100_000 else 0.0
    warm = explorer_paint(path, order[0][:60], env)
    warm = min(warm, explorer_paint(path, order[0][:60], env))
    print(
        f"  C loader {baseline:.2f} s; first screen cold {cold:.2f} s, "
        f"warm {warm:.2f} s; 'Loading' shown after {progress:.2f} s"
    )
    if events <= 10_000:
        return [(f"big first paint (cold) / C loader @{events}", cold / baseline, 0.5)]
    return []


def axis_rows(path: Path, env: dict[str, str], events: int, bare_key: float) -> list[Row]:
    """The axis's figures, each a median where there are several keys, as ratios to a key in
    the bare app."""
    axis = axis_keys(path, env, events)
    for key, seconds in axis.items():
        many = f"  (median of {len(seconds)}, slowest {max(seconds) * 1000:.0f} ms)"
        print(
            f"  axis: {key:34} {median(seconds) * 1000:7.0f} ms{many if len(seconds) > 1 else ''}"
        )
    zoom = median(axis["zoom (in to hours, out again)"])
    pan = median(axis["pan (at hours)"])
    return [
        (f"axis zoom (median) / bare key @{events}", zoom / bare_key, 3.0),
        (f"axis pan (median) / bare key @{events}", pan / bare_key, 3.0),
    ]


def scroll_rows(path: Path, env: dict[str, str], events: int) -> list[Row]:
    """The list's PageDown/PageUp with the density strip and without it, in the same run."""
    without = list_scroll(path, env, events, strip=False)
    with_strip = list_scroll(path, env, events, strip=True)
    for label, seconds in (("without the strip", without), ("with the strip", with_strip)):
        print(
            f"  list scroll {label:22} {median(seconds) * 1000:7.0f} ms"
            f"  (median of {len(seconds)}, slowest {max(seconds) * 1000:.0f} ms)"
        )
    return [
        (f"list scroll with strip / without @{events}", median(with_strip) / median(without), 1.2)
    ]


if __name__ == "__main__":
    raise SystemExit(main())
