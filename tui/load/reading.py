"""Reading a file's bytes and decoding them, refusing what is not a regular file or is too large."""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path

from tui.core.model import Diagnostic

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest timeline or article file read; a larger one is refused with a message."""

_CHUNK = 1024 * 1024


class Unreadable(Exception):
    """Why a file's bytes cannot be had, in words for the user."""


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_large(size: int, limit: int) -> str:
    return f"file is {_amount(size)}; files over {_amount(limit)} are refused"


def _amount(size: int) -> str:
    if size >= 2**20:
        if size >= 10 * 2**20 or size % 2**20 == 0:
            return f"{size / 2**20:.0f} MiB"
        return f"{math.ceil(size * 10 / 2**20) / 10:.1f} MiB"  # 1.05 MiB is over 1 MiB: 1.1
    return f"{size / 2**10:.0f} KiB" if size >= 2**10 else f"{size} bytes"


def regular_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them, or ``Unreadable`` saying why not.

    The file is opened without blocking and checked on the open descriptor, so a FIFO or a device
    is named, never read (a pipe would hang, ``/dev/zero`` never ends); the limit holds while
    reading, whatever the size the file claimed.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise Unreadable("is a folder") from None
    except OSError as exc:
        raise Unreadable(f"cannot read file: {exc.strerror or exc}") from None
    except ValueError:  # a NUL in the name, which no system call takes
        raise Unreadable("cannot read file: its name holds a NUL character") from None
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode)
        if kind is not None:
            raise Unreadable(f"is {kind}, not a regular file")
        if info.st_size > limit:
            raise Unreadable(_too_large(info.st_size, limit))
        chunks: list[bytes] = []
        total = 0
        want = info.st_size + 1 if info.st_size else _CHUNK  # one more byte notices growth
        while chunk := os.read(fd, want):
            total += len(chunk)
            if total > limit:
                raise Unreadable(_too_large(total, limit))
            chunks.append(chunk)
            want = _CHUNK
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)  # one buffer, as a rule
    except OSError as exc:
        raise Unreadable(f"cannot read file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_bytes(path: Path) -> tuple[bytes | None, Diagnostic | None]:
    """A timeline file's bytes, or why they cannot be read (a folder, a device, too large)."""
    try:
        return regular_bytes(path), None
    except Unreadable as why:
        message = str(why)
        if message == "is a folder":
            message = "is a folder, not a timeline file"
        return None, Diagnostic(str(path), 1, 1, "error", message)


def decode(data: bytes, name: str) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 text (a BOM is dropped), or where the first byte that is not UTF-8 sits."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return None, Diagnostic(name, 1, 1, "error", "the file is UTF-16; save it as UTF-8")
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        return None, Diagnostic(
            name,
            line,
            column,
            "error",
            f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start}; "
            "save the file as UTF-8",
        )


def read_text(path: Path) -> tuple[str | None, Diagnostic | None]:
    """Read a UTF-8 file (BOM allowed), or say exactly why it cannot be read."""
    data, problem = read_bytes(path)
    if data is None:
        return None, problem
    return decode(data, str(path))
