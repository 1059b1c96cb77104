"""Load a large timeline in a forked child, on the other core, while the interface starts.

Parsing 10,000 events takes most of a second of pure Python. The command line forks before it
imports Textual, so the child parses while the parent starts the interface. Through a pipe the
child reports its progress, then sends the opening screenful of events (the earliest ones,
already sorted), then the whole timeline, each as a ``cache.pack`` blob (digest-checked,
unpickled with the allow-list). The explorer shows the first part at once and swaps in the
whole when it arrives.

Forking is only safe before any thread exists, so only the first load uses a child; reloads load
in a thread. Whatever goes wrong with the child (no ``fork`` on this system, a crash, a blob that
does not verify) the timeline is loaded in this process after all: the child is only a speed-up.
"""

from __future__ import annotations

import os
import signal
import struct
import threading
from collections.abc import Iterator, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from tui.load.result import LoadResult
    from tui.load.yamltree import Progress

CHILD_BYTES = 512 * 1024
"""Below this many bytes in all, loading here is quicker than forking a child."""

FIRST_SCREEN_EVENTS = 200
"""Events sent ahead of the rest: more than the tallest terminal shows."""

_FRAME = struct.Struct("<cQ")
"""A frame's kind (b"P" progress, b"T" timeline) and the length of what follows."""
_SHARE = struct.Struct("<d")


class Prefetch:
    """A load running in a forked child: the first screenful, then the whole timeline."""

    def __init__(
        self,
        paths: Sequence[str],
        *,
        use_cache: bool,
        stamps: dict[str, tuple[int, int] | None],
        pid: int,
        fd: int,
    ) -> None:
        self.paths = list(paths)
        self.use_cache = use_cache
        self.stamps = stamps
        """Each file's stamp when the child was forked: a save made during the load is noticed."""
        self._pid: int | None = pid
        self._fd: int | None = fd
        self._cancelled = False
        self._lock = threading.Lock()

    def results(self, progress: Progress | None = None) -> Iterator[tuple[LoadResult, bool]]:
        """(result, final) as they arrive: perhaps a first screenful, then always the whole.

        ``progress`` hears the child's progress reports. When the child fails at any point, the
        whole is loaded here instead.
        """
        from tui.infra.cache import unpack
        from tui.infra.cached import load
        from tui.infra.valid import is_load_result
        from tui.load.result import LoadResult

        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with os.fdopen(fd, "rb") as pipe:
                while len(header := pipe.read(_FRAME.size)) == _FRAME.size:
                    kind, length = _FRAME.unpack(header)
                    payload = pipe.read(length)
                    if len(payload) != length:
                        break
                    if kind == b"P" and length == _SHARE.size:
                        if progress is not None:
                            progress(_SHARE.unpack(payload)[0])
                        continue
                    value = unpack(payload)
                    if kind != b"T" or not (isinstance(value, tuple) and len(value) == 3):
                        break
                    final, timeline, diagnostics = value
                    if not is_load_result((timeline, diagnostics)):
                        break
                    yield LoadResult(timeline, diagnostics), bool(final)
                    if final:
                        return
        finally:
            self._stop()
        if not self._cancelled:
            yield load(self.paths, use_cache=self.use_cache, progress=progress), True

    def cancel(self) -> None:
        """Stop the child, if it is still working (the explorer is closing)."""
        self._cancelled = True
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
        self._stop()

    def _stop(self) -> None:
        """Kill the child if it still runs and reap it, once: its pid is never reused while held."""
        with self._lock:
            pid, self._pid = self._pid, None
            if pid is not None:
                with suppress(ProcessLookupError):  # already exited, waiting to be reaped
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)


def start(paths: Sequence[str], *, use_cache: bool) -> Prefetch | None:
    """Fork a child loading ``paths``; None when loading here is as quick, or forking impossible.

    Call it only while the process has a single thread.
    """
    if not hasattr(os, "fork") or not paths:
        return None
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            return None
    if total < CHILD_BYTES or (use_cache and _all_cached(paths)):
        return None
    from tui.infra.watch import file_stamp

    stamps = {path: file_stamp(path) for path in paths}
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        os.close(read_end)
        _child(paths, use_cache, write_end)
    os.close(write_end)
    return Prefetch(paths, use_cache=use_cache, stamps=stamps, pid=pid, fd=read_end)


def _all_cached(paths: Sequence[str]) -> bool:
    from pathlib import Path

    from tui.infra.cache import entry_path
    from tui.load.reading import Unreadable, regular_bytes

    try:
        return all(entry_path(Path(p), regular_bytes(Path(p))).exists() for p in paths)
    except Unreadable:
        return False


def _child(paths: Sequence[str], use_cache: bool, fd: int) -> None:
    """Load, send the first screenful, then the whole; leave without running the parent's exit code.

    The child's output goes nowhere (it shares the user's terminal), and any failure simply ends it:
    the parent, finding no whole timeline in the pipe, loads the file itself.
    """
    status = 1
    try:
        import gc
        from dataclasses import replace

        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        gc.disable()  # a short life spent building one large acyclic graph
        from tui.infra.cache import pack
        from tui.infra.cached import load

        with os.fdopen(fd, "wb") as pipe:
            result = load(
                paths,
                use_cache=use_cache,
                progress=lambda share: _send(pipe, b"P", _SHARE.pack(share)),
            )
            timeline = result.timeline
            if timeline is not None and len(timeline.events) > FIRST_SCREEN_EVENTS:
                first = replace(timeline, events=timeline.events[:FIRST_SCREEN_EVENTS])
                _send(pipe, b"T", pack((False, first, result.diagnostics)))
            _send(pipe, b"T", pack((True, timeline, result.diagnostics)))
        status = 0
    finally:
        os._exit(status)


def _send(pipe: BinaryIO, kind: bytes, payload: bytes) -> None:
    pipe.write(_FRAME.pack(kind, len(payload)))
    pipe.write(payload)
    pipe.flush()
