"""``python -m tests.bench NAME``: run one benchmark (resolver, draft, scale, paint, generate)."""

from __future__ import annotations

import sys
from importlib import import_module

BENCHMARKS = {
    "resolver": "tests.bench.resolver",
    "draft": "tests.bench.draft",
    "scale": "tests.bench.scale",
    "paint": "tests.bench.paint",
    "generate": "tests.bench.generate",
}


def main() -> int:
    """Dispatch to the named benchmark's own ``main``."""
    if len(sys.argv) < 2 or sys.argv[1] not in BENCHMARKS:
        print(f"usage: python -m tests.bench {{{','.join(BENCHMARKS)}}} [options]", file=sys.stderr)
        return 2
    return import_module(BENCHMARKS[sys.argv[1]]).main(sys.argv[2:])


raise SystemExit(main())
