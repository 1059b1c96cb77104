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
    """Files as given, folders replaced by their timeline files; nothing given, the bundled ones."""
    files: list[str] = []
    for path in paths or [str(bundled_dir())]:
        if Path(path).is_dir():
            files += sorted(
                str(p)
                for p in Path(path).iterdir()
                if p.suffix in (".yaml", ".yml") and p.is_file()
            )
        else:
            files.append(path)
    return files


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when both name one existing file (through links, relative paths or case)."""
    try:
        return Path(a).samefile(b)
    except OSError:
        return False
