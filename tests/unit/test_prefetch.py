"""A large file's first load runs in a forked child: the first screenful arrives, then the whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bench.generate import generate
from tui.infra import prefetch
from tui.infra.cached import load_file

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the child is forked")


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    path.write_text(generate(1500), encoding="utf-8")
    assert path.stat().st_size >= prefetch.CHILD_BYTES
    return path


def test_a_small_file_is_loaded_here_not_in_a_child(tmp_path):
    small = tmp_path / "small.yaml"
    small.write_text(generate(10), encoding="utf-8")
    assert prefetch.start([str(small)], use_cache=False) is None


def test_the_first_screenful_arrives_before_the_whole_and_matches_it(big):
    child = prefetch.start([str(big)], use_cache=False)
    assert child is not None
    results = list(child.results())
    assert [final for _, final in results] == [False, True]
    first, whole = results[0][0].timeline, results[1][0].timeline
    assert first.events == whole.events[: prefetch.FIRST_SCREEN_EVENTS]
    assert whole == load_file(big).timeline


def test_a_child_that_fails_is_replaced_by_a_load_here(big, monkeypatch):
    def broken(value: object) -> bytes:
        raise MemoryError("the child ran out")

    monkeypatch.setattr("tui.infra.cache.pack", broken)  # the forked child inherits the break
    child = prefetch.start([str(big)], use_cache=False)
    results = list(child.results())
    assert [final for _, final in results] == [True]
    assert len(results[0][0].timeline.events) == 1500


def test_a_cancelled_child_leaves_no_process_and_loads_nothing(big):
    child = prefetch.start([str(big)], use_cache=False)
    pid = child._pid
    child.cancel()
    assert list(child.results()) == []
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


async def test_the_explorer_shows_the_first_screenful_then_all_events(big):
    from tests.ui.explorer import SIZE, Explorer
    from tui.ui.app import make_app
    from tui.ui.screens.timeline import TimelineScreen

    app = make_app(
        [str(big)], use_cache=False, prefetch=prefetch.start([str(big)], use_cache=False)
    )
    counts: set[int] = set()
    async with app.run_test(size=SIZE) as pilot:
        ui = Explorer(pilot)

        def whole() -> bool:
            screen = pilot.app.screen
            if isinstance(screen, TimelineScreen) and screen.timeline is not None:
                counts.add(len(ui.events.shown))
                return len(ui.events.shown) == 1500
            return False

        await ui.until(whole, seconds=20)
        assert "1500 events" in str(pilot.app.screen.query_one("#title").render())
    assert counts <= {prefetch.FIRST_SCREEN_EVENTS, 1500}


def test_the_child_reports_its_progress_as_it_loads(big):
    shares: list[float] = []
    child = prefetch.start([str(big)], use_cache=False)
    list(child.results(shares.append))
    assert shares and shares == sorted(shares) and 0 < shares[-1] <= 1


def test_loading_here_reports_progress_too(big):
    from tui.infra.cached import load

    shares: list[float] = []
    load([str(big)], use_cache=False, progress=shares.append)
    assert len(shares) >= 3 and shares == sorted(shares) and shares[-1] <= 1


def test_a_save_during_the_load_is_noticed_because_stamps_are_taken_before_the_fork(big, tmp_path):
    path = tmp_path / "saved.yaml"
    path.write_bytes(big.read_bytes())
    child = prefetch.start([str(path)], use_cache=False)
    before = child.stamps[str(path)]
    path.write_text(path.read_text(encoding="utf-8") + "\n# saved\n", encoding="utf-8")
    from tui.infra.watch import file_stamp

    assert file_stamp(path) != before
    child.cancel()


def test_cancelling_before_reading_closes_the_pipe(big):
    child = prefetch.start([str(big)], use_cache=False)
    fd = child._fd
    child.cancel()
    with pytest.raises(OSError):
        os.fstat(fd)
