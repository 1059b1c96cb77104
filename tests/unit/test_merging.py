"""Merging files: each event keeps the source it cites, whatever ids the files share."""

from __future__ import annotations

from tui.load.loader import load_text
from tui.load.merging import merge


def _file(name: str, sources: str, event_source: str):  # type: ignore[no-untyped-def]
    text = (
        f"title: {name}\nsources:\n{sources}"
        f"events:\n  - {{title: From {name}, when: Monday, source: {event_source}}}\n"
    )
    return load_text(text, f"/somewhere/{name}.yaml")


def test_a_clashing_source_id_is_renamed_to_one_no_file_already_uses():
    first = _file(
        "a",
        "  s1: {title: Article A, published: 2016-09-18}\n"
        "  b/s1: {title: Article A2, published: 2016-01-01}\n",
        "s1",
    )
    second = _file("b", "  s1: {title: Article B, published: 2017-09-18}\n", "s1")
    timeline = merge([first, second]).timeline
    assert timeline is not None
    titles = sorted(s.title for s in timeline.sources.values())
    assert titles == ["Article A", "Article A2", "Article B"]
    cited = {e.title: timeline.sources[e.source].title for e in timeline.events}
    assert cited == {"From a": "Article A", "From b": "Article B"}
