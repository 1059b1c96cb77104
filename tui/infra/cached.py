"""Loading through the cache: the same entry points as ``tui.load.loader``, with ``use_cache``.

The cache sits around loading, not inside it: a file's bytes are read once, keyed, looked up, and
only parsed when no valid entry holds them. The cache itself (and the hashing and pickling it
needs) is imported only when it is used, so ``--no-cache`` never pays for it; and a warm open
(``load_cached``) imports neither the parser nor the date grammar.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tui.load.collector import collector_paused
from tui.load.merging import merge
from tui.load.reading import Unreadable, regular_bytes
from tui.load.result import LoadResult

if TYPE_CHECKING:
    from tui.load.yamltree import Progress


def load_file(
    path: str | Path, *, use_cache: bool = False, progress: Progress | None = None
) -> LoadResult:
    """Load one timeline file, from the cache when asked and the file is unchanged.

    ``progress`` hears the share done now and then: parsing is the first 60%, building the rest.
    """
    from tui.load import loader

    if not use_cache:
        return loader.load_file(path, progress=progress)
    file = Path(path)
    lookup = _Lookup(file)
    result = loader.load_file(file, progress=progress, lookup=lookup)
    if lookup.entry is not None and not lookup.found:
        from tui.infra import cache

        cache.write_entry(
            lookup.entry, (result.timeline, result.diagnostics), result.timeline, file.parent
        )
    return result


class _Lookup:
    """The cache asked for a file's bytes, remembering their entry so a miss can be written."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.entry: Path | None = None
        self.found = False

    def __call__(self, data: bytes) -> LoadResult | None:
        from tui.infra import cache

        self.entry = cache.entry_path(self.file, data)
        cached = _from_cache(self.entry, self.file)
        self.found = cached is not None
        return cached


def _from_cache(entry: Path, file: Path) -> LoadResult | None:
    from tui.infra import cache
    from tui.infra.valid import is_load_result

    with collector_paused():
        cached = cache.read_entry(entry, file.parent)
    return LoadResult(*cached) if is_load_result(cached) else None


def load_cached(paths: Sequence[str | Path], *, largest: int) -> LoadResult | None:
    """The timeline from the cache alone, when every file is cached and none is over ``largest``.

    This is the fast path to a first screen: nothing is parsed or resolved, and the YAML parser is
    not even imported. None means the caller must ``load`` (in a worker, for a large file).
    """
    from tui.infra import cache

    results = []
    for path in paths:
        file = Path(path)
        try:
            data = regular_bytes(file, largest)
        except Unreadable:
            return None
        cached = _from_cache(cache.entry_path(file, data), file)
        if cached is None:
            return None
        results.append(cached)
    if not results:
        return None
    return results[0] if len(results) == 1 else merge(results)


def load(
    paths: Sequence[str | Path], *, use_cache: bool = True, progress: Progress | None = None
) -> LoadResult:
    """Load several files and merge them into one chronology, each event keeping its file."""
    from tui.load import loader

    return loader.load(paths, progress=progress, load_one=partial(load_file, use_cache=use_cache))
