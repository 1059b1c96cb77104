"""A cache of loaded, resolved timelines, so an unchanged file reopens without parsing or resolving.

An entry is keyed by the file's path and content, the program's version and a fingerprint of its
code. It also records the article files the timeline read, with a digest of their content, and is
used only while they are unchanged. The folder is kept under ``MAX_CACHE_BYTES``, the least
recently used entries deleted first. Entries are verified by a digest and unpickled with an
allow-list of classes, and their values' types are checked: a corrupt, truncated, stale or
ill-typed entry is ignored and rebuilt, never trusted. Writes are atomic.
"""

from __future__ import annotations

import datetime as _datetime
import hashlib
import io
import os
import pickle
from contextlib import suppress
from functools import cache
from pathlib import Path

from tui import __version__
from tui.core.model import Diagnostic, Event, Quote, Resolution, Source, Timeline
from tui.infra.files import write_bytes_atomically
from tui.load.reading import Unreadable, regular_bytes

MAGIC = b"TLXC3\n"
MAX_CACHE_BYTES = 512 * 1024 * 1024
"""The most the cache keeps; past it, the least recently used entries are deleted first."""
_ALLOWED = {
    (cls.__module__, cls.__qualname__)
    for cls in (Timeline, Event, Source, Quote, Diagnostic, Resolution, _datetime.datetime)
}


def cache_dir() -> Path:
    """Where entries live: ``$XDG_CACHE_HOME/timeline-explorer``, else ``~/.cache/…``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline-explorer"


@cache
def code_fingerprint() -> str:
    """The version and each module's size and mtime: a changed program never reads old entries."""
    package = Path(__file__).parent.parent
    parts = [__version__]
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        parts.append(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def entry_path(path: Path, data: bytes) -> Path:
    """The cache file for one timeline file's path and content."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(code_fingerprint().encode())
    digest.update(str(path.resolve()).encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    digest.update(data)
    return cache_dir() / f"{digest.hexdigest()}.pickle"


def _article_digest(file: Path) -> str | None:
    """A digest of an article's content (a regular file's, within the size limit), or None."""
    try:
        return hashlib.blake2b(regular_bytes(file), digest_size=16).hexdigest()
    except Unreadable:
        return None


def _dependencies(timeline: Timeline, base_dir: Path) -> list[tuple[str, str | None]]:
    """The article files a timeline read, each with a digest of the content it had.

    Content, not size and modification time: an article rewritten at the same size with its
    time restored is still noticed.
    """
    return [
        (source.file, _article_digest(base_dir / source.file))
        for source in timeline.sources.values()
        if source.file is not None
    ]


def _dependencies_unchanged(recorded: object, base_dir: Path) -> bool:
    if not isinstance(recorded, list):
        return False
    for item in recorded:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            return False
        if _article_digest(base_dir / item[0]) != item[1]:
            return False
    return True


class _Unpickler(pickle.Unpickler):
    """Builds only the model's own classes, whatever the bytes ask for."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a model class")
        return super().find_class(module, name)


def pack(value: object) -> bytes:
    """A value as a verifiable blob: magic, digest, pickle."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload


def unpack(blob: bytes) -> object | None:
    """The value in a ``pack`` blob; None when it is corrupt, truncated or holds other classes."""
    header = len(MAGIC) + 32
    if len(blob) < header or not blob.startswith(MAGIC):
        return None
    digest, payload = blob[len(MAGIC) : header], blob[header:]
    if hashlib.blake2b(payload, digest_size=32).digest() != digest:
        return None
    try:
        return _Unpickler(io.BytesIO(payload)).load()
    except (
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        IndexError,
        TypeError,
        ValueError,
        MemoryError,
    ):
        return None


def read_entry(entry: Path, base_dir: Path) -> object | None:
    """The cached value, or None when the entry is missing, corrupt, truncated or stale."""
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    unpacked = unpack(blob)
    if not isinstance(unpacked, tuple) or len(unpacked) != 2:
        return None
    recorded, value = unpacked
    if not _dependencies_unchanged(recorded, base_dir):
        return None
    with suppress(OSError):
        os.utime(entry)  # recently used: the last to be pruned
    return value


def write_entry(entry: Path, value: object, timeline: Timeline | None, base_dir: Path) -> None:
    """Store a value atomically, then prune; a cache that cannot be written is simply not used."""
    recorded = _dependencies(timeline, base_dir) if timeline is not None else []
    blob = pack((recorded, value))
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(entry, blob)
    except OSError:
        return
    prune(entry.parent, MAX_CACHE_BYTES)


def prune(folder: Path, limit: int) -> None:
    """Delete the least recently used entries until the folder's entries fit in ``limit`` bytes."""
    found = []
    for path in folder.glob("*.pickle"):
        with suppress(OSError):
            info = path.stat()
            found.append((info.st_mtime_ns, info.st_size, path))
    total = sum(size for _, size, _ in found)
    for _, size, path in sorted(found, key=lambda item: item[0]):
        if total <= limit:
            break
        with suppress(OSError):
            path.unlink()
            total -= size
