"""Speed and memory at scale: every figure as a ratio to a baseline measured in the same run.

``python -m tests.bench scale [--sizes 1000,10000,100000] [--repeat N]``

Whole processes are timed, as a user would wait for them. Peak memory is the child's own maximum
resident set size, read with ``os.wait4``. The baseline is PyYAML's C loader doing a plain
``yaml.load`` of the same file. The package's bytecode is compiled first, as ``pip install`` does,
so an editable checkout under ``PYTHONDONTWRITEBYTECODE`` is not timed compiling its own source.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench.generate import generate

TARGET_EVENTS = 10_000
"""The targets hold from 10k events, as the issue sets them. At 1k the C loader takes about 0.14 s,
of which the interpreter's own start-up is more than half for any Python process, so the 1k
figures are reported without a verdict."""

C_LOADER = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
OPEN_ONLY = "import sys; from tui.infra.cached import load; load([sys.argv[1]])"


@dataclass(frozen=True)
class Run:
    """One whole process: wall seconds and peak resident memory in MiB."""

    seconds: float
    peak_mib: float


def run_process(argv: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a command to completion with output discarded; measure its wall time and peak memory.

    Its stderr goes to a file, not a pipe: a timeline with a thousand warnings would fill a pipe
    nobody reads until the end, and the command would wait on it forever."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        error = errors.read().decode(errors="replace")
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} failed ({process.returncode}): {error[-500:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def best_of(repeat: int, argv: list[str], env: dict[str, str] | None = None) -> Run:
    """The fastest of several runs (the least disturbed by other work), and its peak."""
    runs = [run_process(argv, env) for _ in range(repeat)]
    return min(runs, key=lambda r: r.seconds)


def compile_package() -> None:
    """Write the package's bytecode, as an installed copy has it (so has the baseline's PyYAML)."""
    compileall.compile_dir(Path(__file__).resolve().parents[2] / "tui", quiet=1)


def _verdict(ratio: float, target: float) -> str:
    return "PASS" if ratio <= target else "FAIL"


def measure_size(events: int, folder: Path, repeat: int) -> list[tuple[str, float, float, str]]:
    """Every load figure for one size: (name, value, target, verdict)."""
    path = folder / f"bench-{events}.yaml"
    path.write_text(generate(events), encoding="utf-8")
    size_mib = path.stat().st_size / 2**20
    env = {**os.environ, "XDG_CACHE_HOME": str(folder / f"cache-{events}")}
    python = sys.executable
    baseline = best_of(repeat, [python, "-c", C_LOADER, str(path)])
    cold = best_of(
        repeat, [python, "-m", "tui", "export", str(path), "--format", "json", "--no-cache"], env
    )
    run_process([python, "-c", OPEN_ONLY, str(path)], env)
    warm = best_of(repeat, [python, "-c", OPEN_ONLY, str(path)], env)
    warm_export = best_of(
        repeat, [python, "-m", "tui", "export", str(path), "--format", "json"], env
    )
    print(f"\n{events:,} events ({size_mib:.1f} MiB)")
    print(
        f"  C loader, plain yaml.load     {baseline.seconds:7.2f} s  "
        f"{baseline.peak_mib:7.0f} MiB peak"
    )
    print(f"  cold export --format json     {cold.seconds:7.2f} s  {cold.peak_mib:7.0f} MiB peak")
    print(f"  warm open (cache)             {warm.seconds:7.2f} s  {warm.peak_mib:7.0f} MiB peak")
    print(f"  warm export --format json     {warm_export.seconds:7.2f} s")
    rows = [
        (f"cold open / C loader @{events}", cold.seconds / baseline.seconds, 0.5),
        (f"warm open / C loader @{events}", warm.seconds / baseline.seconds, 0.15),
    ]
    if events >= 100_000:
        rows.append((f"peak memory / C loader @{events}", cold.peak_mib / baseline.peak_mib, 0.5))
    if events < TARGET_EVENTS:
        return [(name, value, target, "report") for name, value, target in rows]
    return [(name, value, target, _verdict(value, target)) for name, value, target in rows]


def measure_misquotes() -> list[tuple[str, float, float, str]]:
    """How the time to answer a misquote grows with its length: 4x the words should cost at most
    6x the time (linear would be 4x). A repetitive article is the worst case for alignment."""
    from random import Random

    from tui.load.quotes import QuoteFinder

    rng = Random(1)
    vocabulary = [
        "the",
        "strike",
        "was",
        "said",
        "by",
        "officials",
        "in",
        "aleppo",
        "syria",
        "ceasefire",
        "talks",
        "monday",
    ]
    words = [rng.choice(vocabulary) for _ in range(20_000)]
    finder = QuoteFinder(" ".join(words))

    def seconds(length: int) -> float:
        quote = [*words[500 : 500 + length]]
        quote[length // 2] = "misquoted"
        start = time.perf_counter()
        for _ in range(5):
            finder.closest(" ".join(quote))
        return time.perf_counter() - start

    rows = []
    for short in (20, 500):
        ratio = seconds(4 * short) / max(seconds(short), 1e-6)
        rows.append((f"misquote time x4 words @{short}", ratio, 6.0, _verdict(ratio, 6.0)))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Measure, print each figure with its ratio and target, and exit 1 if any target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench scale", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the fastest counts")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    compile_package()
    results = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        for events in sizes:
            results += measure_size(events, Path(folder), args.repeat if events < 100_000 else 1)
    results += measure_misquotes()
    print("\nfigure                                   ratio   target")
    for name, value, target, verdict in results:
        print(f"  {name:38} {value:6.2f}  <= {target:4.2f}  {verdict}")
    return 0 if all(r[3] != "FAIL" for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
