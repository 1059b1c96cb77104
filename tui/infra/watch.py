"""File watching for the explorer: the stamps that notice a save, and the files worth watching."""

from __future__ import annotations

from pathlib import Path

from tui.core.model import Timeline


def file_stamp(path: str | Path) -> tuple[int, int] | None:
    """A file's modification time and size, to notice a save; None when it cannot be read."""
    try:
        stat = Path(path).stat()
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return stat.st_mtime_ns, stat.st_size


def article_paths(timeline: Timeline) -> list[str]:
    """The article files a timeline's sources read (``file:``), so a viewer can watch them too."""
    return sorted({str(Path(s.path).parent / s.file) for s in timeline.sources.values() if s.file})
