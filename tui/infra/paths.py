"""Which files to open: the bundled timelines, and the timeline files inside a folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import tui


def bundled_dir() -> Path:
    """The bundled timelines: in the installed package, or the repository's timelines/ folder."""
    package = Path(tui.__file__).parent
    installed = package / "timelines"
    return installed if installed.is_dir() else package.parent / "timelines"


def expand(paths: Sequence[str]) -> list[str]:
    """Files as given, folders replaced by their timeline files; nothing given, the bundled ones.
    A file named twice (``a.yaml ./a.yaml``, or in a folder also given) is read once, so its
    events are not merged with themselves."""
    files: list[str] = []
    seen: set[tuple[int, int] | str] = set()
    for path in paths or [str(bundled_dir())]:
        if Path(path).is_dir():
            found = sorted(
                str(p)
                for p in Path(path).iterdir()
                if p.suffix in (".yaml", ".yml") and not p.is_dir()  # a pipe is named, not skipped
            )
        else:
            found = [path]
        for file in found:
            key = _identity(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def _identity(path: str) -> tuple[int, int] | str:
    """What makes two names one file: its device and inode, or the name when it cannot be read."""
    try:
        status = Path(path).stat()
    except OSError:
        return path
    return status.st_dev, status.st_ino


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when both name one existing file (through links, relative paths or case)."""
    try:
        return Path(a).samefile(b)
    except OSError:
        return False
