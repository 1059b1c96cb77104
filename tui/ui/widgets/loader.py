"""Loading a timeline without freezing the interface, and reloading it when its files change."""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widget import Widget
from textual.worker import get_current_worker

from tui.core.model import Timeline
from tui.infra.cached import load, load_cached
from tui.infra.watch import article_paths, file_stamp

if TYPE_CHECKING:
    from tui.infra.prefetch import Prefetch
    from tui.load.loader import LoadResult

POLL_SECONDS = 0.5
FIRST_SCREEN_BYTES = 1 << 20
"""Files up to this size open from the cache before the first frame; larger ones in a worker."""

Stamps = dict[str, tuple[int, int] | None]


class TimelineLoader(Widget):
    """Loads the timeline's files in a thread (or takes them from a prefetching child), watches
    them and the articles they read, and reports each result as a message."""

    DEFAULT_CSS = "TimelineLoader { display: none; }"

    @dataclass
    class Loaded(Message):
        """A load finished; ``partial`` when it is the first screenful of a larger one."""

        result: LoadResult
        stamps: Stamps
        reload: bool
        partial: bool = False

    @dataclass
    class Progress(Message):
        """A load has done this share of its work (0 to 1)."""

        share: float

    @dataclass
    class Deleted(Message):
        """A timeline file disappeared from disk."""

        path: str

    def __init__(
        self, paths: list[str], *, use_cache: bool, prefetch: Prefetch | None = None
    ) -> None:
        super().__init__()
        self.paths = paths
        self.use_cache = use_cache
        self._child = prefetch
        self._stamps: Stamps = {}
        self._articles: list[str] = []

    def start(self) -> LoadResult | None:
        """Begin watching and loading; a small cached timeline is returned at once instead, so
        the first frame already shows it."""
        self.set_interval(POLL_SECONDS, self.check_for_changes)
        if self.use_cache:
            stamps = {path: file_stamp(path) for path in self.paths}
            result = load_cached(self.paths, largest=FIRST_SCREEN_BYTES)
            if result is not None:
                self.settle(result, stamps)
                return result
        self.load(reload=False)
        return None

    def settle(self, result: LoadResult, stamps: Stamps) -> None:
        """Remember what a finished load read. Articles read for the first time are stamped now,
        after their load; the ones already known were stamped before it, so a save during the
        load is not missed."""
        timeline: Timeline | None = result.timeline
        articles = article_paths(timeline) if timeline is not None else []
        self._stamps = stamps | {p: file_stamp(p) for p in articles if p not in stamps}
        if timeline is not None:
            self._articles = articles

    @work(thread=True, exclusive=True, group="load")
    def load(self, reload: bool) -> None:
        """Load in a thread; the first load may already be running in a child (``prefetch``),
        which sends the first screenful ahead of the rest."""
        child = None if reload else self._child
        stamps = (
            child.stamps
            if child
            else {path: file_stamp(path) for path in [*self.paths, *self._articles]}
        )
        reported = -1

        def progress(share: float) -> None:
            nonlocal reported
            if int(share * 100) > reported:
                reported = int(share * 100)
                self.post_message(self.Progress(share))

        results = (
            child.results(progress)
            if child
            else [(load(self.paths, use_cache=self.use_cache, progress=progress), True)]
        )
        for result, final in results:
            if get_current_worker().is_cancelled:
                return
            if final:
                _spare_the_collector()
            self.post_message(self.Loaded(result, stamps, reload, partial=not final))

    def on_timeline_loader_loaded(self, message: Loaded) -> None:
        self.settle(message.result, message.stamps)

    def open(self, paths: list[str]) -> None:
        """Reload, or load other files in place of these (a copy the user just made)."""
        if paths != self.paths:
            self.paths, self._child, self._articles, self._stamps = paths, None, [], {}
        self.load(reload=True)

    def check_for_changes(self) -> None:
        """Reload when a timeline or an article it reads changed on disk; report a timeline that
        disappeared (a missing article is reported by the reload itself). A name that is still
        there but cannot be read (a loop of links) is reloaded, so that the loader says why."""
        if not self._stamps:
            return
        now = {path: file_stamp(path) for path in self._stamps}
        if now == self._stamps:
            return
        missing = [p for p in self.paths if now.get(p, True) is None and not os.path.lexists(p)]
        if missing:
            self._stamps = now
            self.post_message(self.Deleted(missing[0]))
            return
        self.load(reload=True)

    def on_unmount(self) -> None:
        if self._child is not None:
            self._child.cancel()


def _spare_the_collector() -> None:
    """Move what is alive once a timeline has loaded out of the garbage collector's sight: at
    100,000 events a full collection walks every event and stalls a key for about a second.
    What earlier loads and closed screens left in cycles is collected first, while the loading
    line is up, so that it is freed rather than frozen; a frozen object is still freed when
    nothing refers to it any more."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
