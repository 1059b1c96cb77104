"""The load cache: an unchanged file reopens from it; anything doubtful is rebuilt, not trusted."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from tui.infra import cache
from tui.infra.cached import load, load_file

TIMELINE = """title: Cached
sources:
  a:
    title: A
    published: 2016-09-18
    file: a.txt
events:
  - title: Strike
    when: 2016-09-17
    quotes:
      - text: it happened
"""


@pytest.fixture
def timeline(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("Officials said it happened.", encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "timeline-explorer").glob("*.pickle"))


def test_the_cache_lives_under_xdg_cache_home(timeline, tmp_path):
    load([timeline])
    assert len(entries(tmp_path)) == 1


def test_an_unchanged_file_reopens_from_the_cache_with_the_same_result(timeline, monkeypatch):
    first = load([timeline])
    monkeypatch.setattr("tui.load.loader.load_text", lambda *a, **k: pytest.fail("parsed again"))
    assert load([timeline]) == first


def test_no_cache_neither_reads_nor_writes_entries(timeline, tmp_path):
    load([timeline], use_cache=False)
    assert entries(tmp_path) == []


def test_a_changed_file_is_loaded_afresh(timeline):
    load([timeline])
    timeline.write_text(TIMELINE.replace("title: Strike", "title: Changed"), encoding="utf-8")
    assert load([timeline]).timeline.events[0].title == "Changed"


def test_a_changed_article_file_makes_the_entry_stale(timeline, tmp_path):
    assert load([timeline]).timeline.events[0].quotes[0].found
    (tmp_path / "a.txt").write_text("Nothing of the sort, said officials.", encoding="utf-8")
    assert not load([timeline]).timeline.events[0].quotes[0].found


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_entry_is_ignored_and_rebuilt(timeline, tmp_path, damage):
    expected = load([timeline])
    (entry,) = entries(tmp_path)
    blob = entry.read_bytes()
    damaged = {
        "truncate": blob[: len(blob) // 2],
        "flip": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:],
        "empty": b"",
        "garbage": b"\x80\x04not a pickle at all",
    }[damage]
    entry.write_bytes(damaged)
    assert load([timeline]) == expected
    assert entry.read_bytes() == blob


def test_an_entry_that_asks_for_other_classes_is_refused(timeline, tmp_path):
    load([timeline])
    (entry,) = entries(tmp_path)
    payload = pickle.dumps(([], (print, ())))
    import hashlib

    entry.write_bytes(cache.MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)
    assert cache.read_entry(entry, tmp_path) is None


def test_an_unwritable_cache_does_not_stop_loading(timeline, tmp_path, monkeypatch):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load([timeline]).timeline.events[0].title == "Strike"


def test_writing_leaves_no_temporary_files(timeline, tmp_path):
    load([timeline])
    folder = tmp_path / "cache" / "timeline-explorer"
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".pickle")] == []


def test_an_unreadable_file_is_reported_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    result = load_file(tmp_path / "missing.yaml", use_cache=True)
    assert result.timeline is None and entries(tmp_path) == []


def test_an_article_rewritten_at_the_same_size_and_time_makes_the_entry_stale(timeline, tmp_path):
    import os

    article = tmp_path / "a.txt"
    assert load([timeline]).timeline.events[0].quotes[0].found
    before = article.stat()
    article.write_text("Officials said it happenex.", encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    assert not load([timeline]).timeline.events[0].quotes[0].found


def _rewrite_entry(entry: Path, value: object) -> None:
    entry.write_bytes(cache.pack(([], value)))


@pytest.mark.parametrize(
    "wrong",
    ["title", "events", "an event", "a quote", "diagnostics", "shape"],
)
def test_an_entry_with_values_of_the_wrong_type_is_discarded(timeline, tmp_path, wrong):
    from dataclasses import replace

    expected = load([timeline])
    (entry,) = entries(tmp_path)
    good = expected.timeline
    event = good.events[0]
    bad = {
        "title": (replace(good, title=7), ()),
        "events": (replace(good, events=[event]), ()),
        "an event": (replace(good, events=(replace(event, when=None),)), ()),
        "a quote": (
            replace(good, events=(replace(event, quotes=(replace(event.quotes[0], line="x"),)),)),
            (),
        ),
        "diagnostics": (good, ("not a diagnostic",)),
        "shape": (good,),
    }[wrong]
    _rewrite_entry(entry, bad)
    assert load([timeline]) == expected


def test_the_cache_is_pruned_to_its_size_oldest_entries_first(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("Officials said it happened.", encoding="utf-8")
    paths = []
    for index in range(4):
        path = tmp_path / f"t{index}.yaml"
        path.write_text(TIMELINE.replace("Cached", f"Cached {index}"), encoding="utf-8")
        load([path])
        (newest,) = set(entries(tmp_path)) - set(paths)
        os.utime(newest, ns=(index * 10**9, index * 10**9))
        paths.append(newest)
    size = paths[0].stat().st_size
    cache.prune(paths[0].parent, size * 2 + size // 2)
    assert entries(tmp_path) == sorted(paths[2:])


def test_a_cache_hit_makes_its_entry_the_last_to_be_pruned(timeline, tmp_path):
    import os

    load([timeline])
    (entry,) = entries(tmp_path)
    os.utime(entry, ns=(0, 0))
    load([timeline])
    assert entry.stat().st_mtime_ns > 0
