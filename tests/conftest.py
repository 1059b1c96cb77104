"""Fixtures shared by the tests: a named pipe for the command line, the explorer for the UI."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.ui.explorer import Explorer


@pytest.fixture
def pipe(tmp_path: Path) -> tuple[Path, Callable[[], str]]:
    """A named pipe with a reader on its other end, and a call that returns what the reader got.
    The read end is open before the fixture returns, so a writer never finds the pipe without
    a reader (which the app refuses, rather than wait)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    received: list[str] = []

    def drain() -> None:
        chunks: list[bytes] = []
        deadline = time.monotonic() + 10
        with os.fdopen(fd, "rb") as end:
            while time.monotonic() < deadline:
                chunk = end.read(65536)
                if chunk:
                    chunks.append(chunk)
                elif chunks:
                    break  # the writer has closed its end
                else:
                    time.sleep(0.01)  # no writer yet: a pipe with none reads as empty
        received.append(b"".join(chunks).decode("utf-8"))

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()

    def read() -> str:
        reader.join(timeout=10)
        return received[0] if received else ""

    return fifo, read


@pytest.fixture
def explorer() -> Callable[..., AbstractAsyncContextManager[Explorer]]:
    """Open timelines in the explorer as the command line does, and wait until they are shown:
    ``async with explorer(path, size=(80, 20)) as ui: ...``."""

    from tests.ui.explorer import SIZE, Explorer
    from tui.ui.app import make_app

    @asynccontextmanager
    async def open_explorer(
        *paths: str | Path, size: tuple[int, int] = SIZE, use_cache: bool = False
    ) -> AsyncIterator[Explorer]:
        app = make_app([str(p) for p in paths], use_cache=use_cache)
        async with app.run_test(size=size) as pilot:
            ui = Explorer(pilot)
            await ui.shown()
            yield ui

    return open_explorer
