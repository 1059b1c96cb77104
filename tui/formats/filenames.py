"""Files as an export may name them: relative to the folder holding the timeline's files."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import PurePath


def shown_path(paths: Sequence[str]) -> Callable[[str], str]:
    """A path as an export may publish it: relative to the folder that holds ``paths`` (a lone
    file is its name), never the author's folders above it."""
    full_paths = [os.path.abspath(p) for p in paths]
    if not full_paths:
        return lambda path: path
    base = os.path.commonpath([os.path.dirname(p) for p in full_paths])
    shown: dict[str, str] = {}

    def relative(path: str) -> str:
        if path not in shown:
            full = os.path.abspath(path)
            inside = os.path.commonpath([base, full]) == base
            shown[path] = os.path.relpath(full, base) if inside else os.path.basename(full)
        return shown[path]

    return relative


def file_keys(paths: Sequence[str]) -> dict[str, str]:
    """A short, stable name per file for identifiers: its stem, or where two files share a stem
    (``a/t.yaml`` and ``b/t.yaml``) its path from the common folder without the suffix."""
    stems = {path: PurePath(path).stem or "timeline" for path in paths}
    shared = {stem for stem, count in Counter(stems.values()).items() if count > 1}
    shown = shown_path(paths)
    return {
        path: (PurePath(shown(path)).with_suffix("").as_posix() if stem in shared else stem)
        for path, stem in stems.items()
    }
