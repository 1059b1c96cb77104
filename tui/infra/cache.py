"""A cache of loaded, resolved timelines, so an unchanged file reopens without parsing or resolving.

An entry is keyed by the file's path and content, the program's version and a fingerprint of its
code. It also records the article files the timeline read, and is used only while they are
unchanged. Entries are verified by a digest and unpickled with an allow-list of classes: a corrupt,
truncated or stale entry is ignored and rebuilt, never trusted. Writes are atomic.
"""

from __future__ import annotations

import datetime as _datetime
import hashlib
import io
import os
import pickle
from functools import cache
from pathlib import Path

from tui import __version__
from tui.core.model import Diagnostic, Event, Quote, Resolution, Source, Timeline

MAGIC = b"TLXC1\n"
_ALLOWED = {
    (cls.__module__, cls.__qualname__)
    for cls in (Timeline, Event, Source, Quote, Diagnostic, Resolution, _datetime.datetime)
}


def cache_dir() -> Path:
    """Where entries live: ``$XDG_CACHE_HOME/timeline-explorer``, else ``~/.cache/timeline-explorer``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline-explorer"


@cache
def code_fingerprint() -> str:
    """The version plus the size and mtime of every module, so a changed program never reads old entries."""
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


def _dependencies(timeline: Timeline, base_dir: Path) -> list[tuple[str, int, int]]:
    """The article files a timeline read, with the size and mtime they had."""
    found = []
    for source in timeline.sources.values():
        if source.file is None:
            continue
        try:
            stat = (base_dir / source.file).stat()
        except OSError:
            found.append((source.file, -1, -1))
            continue
        found.append((source.file, stat.st_size, stat.st_mtime_ns))
    return found


def _dependencies_unchanged(recorded: list[tuple[str, int, int]], base_dir: Path) -> bool:
    for file, size, mtime in recorded:
        try:
            stat = (base_dir / file).stat()
        except OSError:
            if size != -1:
                return False
            continue
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
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
    """The value in a blob from ``pack``, or None when it is corrupt, truncated or holds other classes."""
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
    if not isinstance(recorded, list) or not _dependencies_unchanged(recorded, base_dir):
        return None
    return value


def write_entry(entry: Path, value: object, timeline: Timeline | None, base_dir: Path) -> None:
    """Store a value atomically; a cache that cannot be written is simply not used."""
    import tempfile

    recorded = _dependencies(timeline, base_dir) if timeline is not None else []
    blob = pack((recorded, value))
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(temp, entry)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return
