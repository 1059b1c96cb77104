"""Markdown a reader can be given as it is: details as written, dates in words, sources once."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from tests.support import BUNDLED
from tui.formats.export import Options, render
from tui.load.loader import load_file, load_text
from tui.load.merging import merge


def html(markdown: str) -> str:
    """The Markdown as a CommonMark renderer (with GFM tables and strikethrough) shows it."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


HEAD = "title: T\nsources:\n  a: {title: Article A, outlet: Outlet, published: 2016-09-18"


def timeline(events: str, url: str = "https://news.example.org/a", more: str = ""):
    text = f"{HEAD}, url: '{url}'}}\n{more}events:\n{events}"
    result = load_text(text)
    assert result.timeline is not None, result.diagnostics
    return result.timeline


def test_details_keep_their_paragraphs_and_lists():
    details = (
        "  - title: E\n    when: Saturday\n    details: |\n"
        "      First paragraph, with a list:\n      - item one\n      - item two\n\n"
        "      Second paragraph.\n"
    )
    text = render(timeline(details), "markdown")
    assert "First paragraph, with a list:\n- item one\n- item two\n\nSecond paragraph." in text
    assert "<ul>\n<li>item one</li>\n<li>item two</li>\n</ul>\n<p>Second paragraph.</p>" in html(
        text
    )


def test_a_quote_written_with_its_own_quotation_marks_is_not_quoted_twice():
    events = "  - title: E\n    when: Saturday\n    quotes:\n      - text: '\"He was here\"'\n"
    text = render(timeline(events), "markdown")
    assert "> “He was here”" in text and '“"' not in text


def test_dates_are_headings_in_words_and_an_approximate_one_says_about():
    events = "  - {title: E, when: Saturday}\n  - {title: F, when: nearly a week ago}\n"
    text = render(timeline(events), "markdown")
    assert "## Saturday 17 September 2016\n" in text
    assert "## About Sunday 11 September 2016\n" in text


def test_a_vague_reference_is_not_given_the_date_it_sorts_by():
    text = render(timeline("  - {title: E, when: recently}\n"), "markdown")
    assert "## Earlier (no date given)" in text and "2016" not in text.split("## Sources")[0]


def test_explanations_ids_and_tags_appear_only_with_explain():
    events = (
        "  - {id: death, title: He dies, when: Saturday, tags: [obituary]}\n"
        "  - {title: Funeral, when: the next day, anchor: death}\n"
    )
    plain = render(timeline(events), "markdown")
    assert "death" not in plain and "obituary" not in plain and "→" not in plain
    explained = render(timeline(events), "markdown", Options(explain=True))
    assert "*When:* the next day → Sun 18 Sep 2016: the day after “He dies”" in explained
    assert "*Tags:* obituary" in explained
    assert "event 'death'" not in explained


def test_each_source_is_listed_once_with_its_link():
    events = "  - {title: E, when: Saturday}\n  - {title: F, when: Friday}\n"
    text = render(timeline(events), "markdown")
    entry = (
        "- [Article A](<https://news.example.org/a>), Outlet, published Sunday 18 September 2016"
    )
    assert text.count("https://news.example.org/a") == 1 and entry in text
    assert '<a href="https://news.example.org/a">Article A</a>' in html(text)


def test_the_bundled_timeline_reads_as_a_chronology():
    text = render(load_file(BUNDLED).timeline, "markdown")
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings[-1] == "Sources"
    assert "Saturday 17 September 2016, night" in headings
    assert "ceasefire-report" not in text  # no internal ids


def test_a_url_that_could_inject_markdown_is_not_linked():
    hostile = "https://x.org/a>) [Read](javascript:alert(1)"
    shown = html(render(timeline("  - {title: E, when: Saturday}\n", url=hostile), "markdown"))
    assert "href" not in shown


def test_markup_in_text_stays_text():
    events = (
        "  - title: '# Not a heading <img src=x onerror=alert(1)> [a](javascript:x)'\n"
        "    when: Saturday\n    details: |\n      # nor this\n      <script>alert(1)</script>\n"
        "      ---\n"
    )
    shown = html(render(timeline(events), "markdown"))
    assert "<img" not in shown and "<script>" not in shown and 'href="javascript' not in shown
    assert "<h1>T</h1>" in shown and shown.count("<h1>") == 1 and "<hr" not in shown
    assert "<p># nor this" in shown


def test_control_characters_in_text_are_shown_not_sent():
    text = render(timeline('  - {title: "a\\e]0;x\\ab", when: Saturday}\n'), "markdown")
    assert "\x1b" not in text and "\x07" not in text and "a␛\\]0;x␇b" in text


def test_a_merged_chronology_has_one_heading_per_date_and_the_unknown_dates_last():
    first = "  - {title: P1, when: nearly a week ago}\n  - {title: P2, when: whenever it was}\n"
    second = (
        "  - {title: Q1, when: about a week ago}\n  - {title: Q2, when: sometime}\n"
        "  - {title: Q3, when: on Sunday 11 September 2016}\n"
        "  - {title: Q4, when: around 11 September 2016}\n"
    )
    results = [load_text(f"{HEAD}}}\nevents:\n{events}") for events in (first, second)]
    tokens = MarkdownIt("commonmark").parse(render(merge(results).timeline, "markdown"))
    headings = [
        (tokens[i].tag, tokens[i + 1].content)
        for i, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag in ("h2", "h3")
    ]
    assert headings == [
        ("h2", "About Sunday 11 September 2016"),
        ("h3", "P1"),
        ("h3", "Q1"),
        ("h3", "Q4"),
        ("h2", "Sunday 11 September 2016"),
        ("h3", "Q3"),
        ("h2", "Date not known"),
        ("h3", "P2"),
        ("h3", "Q2"),
        ("h2", "Sources"),
    ]


def test_an_article_that_merged_files_both_cite_is_listed_once():
    events = "  - {title: E, when: Saturday, source: a}\n"
    text = f"{HEAD}, url: 'https://news.example.org/a'}}\nevents:\n{events}"
    merged = merge([load_text(text, "/desk/one.yaml"), load_text(text, "/desk/two.yaml")])
    page = html(render(merged.timeline, "markdown"))
    assert page.count('<a href="https://news.example.org/a">Article A</a>') == 1


def test_a_quote_not_in_its_source_s_text_is_marked_as_the_html_marks_it():
    source = "title: T\nsources:\n  a: {title: A, published: 2016-09-18, text: 'He was here.'}\n"
    events = (
        "events:\n  - title: E\n    when: Saturday\n    source: a\n    quotes:\n"
        "      - text: He was here\n      - text: He was never here\n"
    )
    loaded = load_text(source + events).timeline
    markdown = render(loaded, "markdown")
    assert "> “He was never here” *(not found in the source)*" in markdown
    assert "> “He was here”\n" in markdown
    assert render(loaded, "html").count("(not found in the source)") == 1


def test_a_quote_of_a_source_with_no_text_is_not_called_missing():
    assert "not found" not in render(
        timeline("  - {title: E, when: Saturday, quotes: [x]}\n"), "markdown"
    )
