"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def pipe(tmp_path: Path) -> tuple[Path, Callable[[], str]]:
    """A named pipe with a reader on its other end, and a call that returns what the reader got."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True
    )
    reader.start()

    def read() -> str:
        reader.join(timeout=10)
        return received[0] if received else ""

    return fifo, read
