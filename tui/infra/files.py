"""Writing files safely: atomically, and never over an existing file unless asked."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO


class FileExists(Exception):
    """The target exists and overwriting was not asked for."""


def pieces(text: str | Iterable[str]) -> Iterable[str]:
    """Text given whole or in chunks, as chunks for ``writelines``."""
    return [text] if isinstance(text, str) else text


def is_stream(path: Path) -> bool:
    """True for ``/dev/null``, ``/dev/stdout`` or a named pipe: written into, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _stream_fd(path: Path) -> int:
    """The stream opened for writing; a named pipe that no program reads is refused at once
    (opening it would wait for a reader for ever)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO and stat.S_ISFIFO(path.stat().st_mode):
            raise OSError(errno.ENXIO, "it is a named pipe that no program is reading") from exc
        raise
    os.set_blocking(fd, True)
    return fd


def write_atomically(path: Path, text: str | Iterable[str], *, force: bool) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename.

    A reader sees the old file or the new one, never half of one; a failed write leaves no
    temporary file behind. A stream (``/dev/null``, a pipe) is written into directly; through a
    symbolic link, the file it points to is replaced, not the link. The file gets the mode of the
    one it replaces, or else the mode the umask gives a new file (a temporary file alone would be
    private to its owner).
    """
    if is_stream(path):
        with open(_stream_fd(path), "w", encoding="utf-8", newline="") as out:
            out.writelines(pieces(text))
        return
    path = path.resolve() if path.is_symlink() else path
    if path.exists() and not path.is_file():
        raise OSError(f"{path} is not a regular file")
    if path.exists() and not force:
        raise FileExists(str(path))

    def fill(out: BinaryIO) -> None:
        for chunk in pieces(text):
            out.write(chunk.encode("utf-8"))

    _replace(path, fill, force=force)


def write_bytes_atomically(path: Path, data: bytes, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` as ``write_atomically`` does, byte for byte (the cache's
    entries, an article copied beside a draft); without ``force`` an existing file is kept."""
    if path.exists() and not force:
        raise FileExists(str(path))
    _replace(path, lambda out: out.write(data), force=force)


def _replace(path: Path, fill: Callable[[BinaryIO], object], *, force: bool) -> None:
    """The temporary file, the fsync and the rename that every write here goes through."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        if not force and path.exists():
            raise FileExists(str(path))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
