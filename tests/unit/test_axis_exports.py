"""`timeline export --format svg|html`: the axis as a picture and a page; hostile text inert."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support import BUNDLED
from tui.cli import main
from tui.core.model import Timeline
from tui.formats.export import render
from tui.formats.svg import xml_text
from tui.load.loader import load_file, load_text

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = """
title: "<script>alert('title')</script>"
sources:
  a:
    title: "</a><img src=x onerror=alert(1)>"
    url: "javascript:alert(1)"
    published: 2016-09-18
  b:
    title: B & "friends"
    url: https://example.org/a?x=1&y=2
    published: 2016-09-18
events:
  - title: "<script>alert('event')</script> \\x1b[31mred"
    when: Saturday
    source: a
    tags: ["<b>tag</b>"]
    details: "]]> <!-- --> <![CDATA["
  - title: Plain
    when: recently
    source: b
"""


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    loaded = load_file(BUNDLED).timeline
    assert loaded is not None
    return loaded


@pytest.fixture(scope="module")
def hostile() -> Timeline:
    loaded = load_text(HOSTILE).timeline
    assert loaded is not None
    return loaded


def svg_texts(svg: str) -> str:
    return " ".join("".join(node.itertext()) for node in ET.fromstring(svg).iter(f"{SVG}text"))


def test_the_svg_is_well_formed_and_draws_the_ruler_bars_marks_and_lanes(timeline):
    svg = render(timeline, "svg")
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    texts = svg_texts(svg)
    assert "Sat 17" in texts and "airstrike" in texts and "ceasefire" in texts
    assert root.findall(f".//{SVG}rect[@class='bar']")
    assert len(root.findall(f".//{SVG}circle[@class='mark']")) >= 10
    assert root.findall(f".//{SVG}circle[@class='mark-approx']")
    assert "off the scale:" in texts
    assert "◇ Putin questions US commitment to the ceasefire (the past)" in texts


def test_every_dated_event_of_the_svg_has_its_full_title_as_a_tooltip(timeline):
    root = ET.fromstring(render(timeline, "svg"))
    tips = {"".join(t.itertext()).split(" — ")[0] for t in root.iter(f"{SVG}title")}
    dated = {e.title for e in timeline.events if e.resolution and e.resolution.is_dated}
    assert dated <= tips


def test_the_html_page_holds_the_svg_and_the_chronology_with_explanations_and_quotes(timeline):
    page = render(timeline, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") == 1 and "</svg>" in page
    for event in timeline.events:
        assert xml_text(event.title) in page
    assert "the Saturday before the source&#x27;s publication on Sun 18 Sep 2016" in page
    assert "<blockquote>“four US-led airstrikes which mistakenly killed" in page


def test_the_html_page_asks_for_nothing_from_elsewhere(timeline):
    page = render(timeline, "html")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(script|link|img|iframe|object)\b", page)
    assert not re.search(r"\b(src|srcset)=", page)
    assert "@import" not in page and "url(" not in page


def test_script_and_markup_in_titles_are_shown_as_text_never_run(hostile):
    for fmt in ("svg", "html"):
        out = render(hostile, fmt)
        assert "<script" not in out and "<img" not in out and "<b>" not in out
        assert "&lt;script&gt;alert(&#x27;event&#x27;)&lt;/script&gt;" in out
        assert "\x1b" not in out and "␛[31mred" in out
    ET.fromstring(render(hostile, "svg"))


def test_only_web_links_become_links_in_the_page(hostile):
    page = render(hostile, "html")
    assert "javascript:" not in page
    assert '<a href="https://example.org/a?x=1&amp;y=2"' in page
    assert "&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_export_writes_an_svg_and_an_html_file(tmp_path: Path, capsys):
    for fmt in ("svg", "html"):
        out = tmp_path / f"axis.{fmt}"
        assert main(["export", str(BUNDLED), "--format", fmt, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert text.startswith("<svg" if fmt == "svg" else "<!DOCTYPE html>")
        assert "Four US-led airstrikes kill Syrian soldiers near Deir ez-Zor" in text


def test_an_svg_of_no_dated_event_says_so_and_draws_no_made_up_ruler():
    loaded = load_text(
        "title: T\nsources:\n  s:\n    title: S\n    published: 2016-09-18\n"
        "events:\n  - title: vague\n    when: recently\n"
    ).timeline
    assert loaded is not None
    texts = svg_texts(render(loaded, "svg"))
    assert "No event has a date to place on the scale" in texts
    assert "AD 1" not in texts and "01:00" not in texts and "hours" not in texts
