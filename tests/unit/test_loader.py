"""The loader: every error and warning a hand-written timeline can earn, at its line and column."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.support import REPO
from tui.load.loader import MAX_FILE_BYTES, load_file, load_text

ARTICLE = "The strike happened on Saturday. Officials said it was a “grave mistake” — a real one."


def load(yaml_text: str, tmp_path: Path | None = None):
    """Load YAML text as if from the file t.yaml."""
    return load_text(yaml_text, "t.yaml", base_dir=tmp_path)


def problems(yaml_text: str, tmp_path: Path | None = None) -> list[tuple[int, int, str, str]]:
    """(line, column, severity, message) of every problem in the text."""
    return [
        (d.line, d.column, d.severity, d.message) for d in load(yaml_text, tmp_path).diagnostics
    ]


GOOD = """\
title: Test
sources:
  a:
    title: Article
    published: 2016-09-18
    text: "The strike happened on Saturday. Officials said it was a grave mistake."
events:
  - id: strike
    title: Strike
    when: 2016-09-17
"""
HEAD = GOOD.split("events:")[0]


def test_a_correct_file_loads_without_problems():
    result = load(GOOD)
    assert result.ok
    assert result.diagnostics == ()
    assert [e.title for e in result.timeline.events] == ["Strike"]


def test_the_only_source_is_used_when_an_event_names_none():
    assert load(GOOD).timeline.events[0].source == "a"


def test_an_event_keeps_the_line_and_column_of_its_first_key():
    event = load(GOOD).timeline.events[0]
    assert (event.line, event.column) == (8, 5)


# -- YAML 1.1 surprises ---------------------------------------------------------------------


def test_tags_no_and_on_stay_words_not_booleans():
    result = load(GOOD + "    tags: [no, on, yes, off]\n")
    assert result.timeline.events[0].tags == ("no", "on", "yes", "off")


def test_tags_written_as_text_with_commas_are_read_as_a_list_with_a_warning():
    result = load(GOOD + "    tags: airstrike, aleppo\n")
    assert result.timeline.events[0].tags == ("airstrike", "aleppo")
    assert (11, 11, "warning") in [(d.line, d.column, d.severity) for d in result.diagnostics]
    assert "write them as a list: tags: [airstrike, aleppo]" in result.diagnostics[0].message


def test_a_time_like_when_is_kept_as_written_not_sexagesimal():
    result = load(GOOD.replace("when: 2016-09-17", "when: 12:30"))
    assert result.timeline.events[0].when == "12:30"


def test_a_numeric_title_is_text():
    result = load(GOOD.replace("title: Strike", "title: 2016"))
    assert result.timeline.events[0].title == "2016"


def test_an_unquoted_iso_date_is_kept_as_text():
    assert load(GOOD).timeline.events[0].when == "2016-09-17"


def test_a_float_like_id_keeps_its_digits():
    result = load(GOOD.replace("id: strike", "id: 1.10"))
    assert result.timeline.events[0].id == "1.10"


# -- errors ---------------------------------------------------------------------------------


def test_a_yaml_syntax_error_is_reported_where_pyyaml_found_it():
    result = load("title: [unclosed\nsources: {}\n")
    assert result.timeline is None
    (d,) = result.diagnostics
    assert (d.line, d.column, d.severity) == (2, 8, "error")
    assert d.message.startswith("YAML syntax error")


def test_a_quote_left_open_is_reported_where_it_opens_not_where_yaml_gave_up():
    broken = (
        GOOD.replace("title: Strike", 'title: "Strike')
        + '  - id: later\n    title: "Later"\n    when: x\n'
    )
    (d,) = load(broken).diagnostics
    assert (d.line, d.column) == (9, 12)
    assert "not closed on its line" in d.message


def test_a_quote_still_open_at_the_end_of_the_file_says_so():
    (d,) = load(GOOD.replace("title: Strike", 'title: "Strike')).diagnostics
    assert (d.line, d.column) == (9, 12)
    assert "never closed" in d.message


def test_a_tab_used_for_indentation_is_named_as_such():
    result = load("title: T\nsources:\n\ta:\n")
    assert [(d.line, d.column, d.message) for d in result.diagnostics] == [
        (3, 1, "tab used for indentation; indent with spaces")
    ]


def test_a_tab_inside_a_text_block_is_fine():
    result = load(GOOD + "    details: |\n      a\tb\n")
    assert result.ok


def test_a_duplicate_key_is_an_error_and_the_first_value_is_kept():
    found = problems(GOOD + "    title: Again\n")
    assert (
        11,
        5,
        "error",
        "duplicate key 'title' (first at line 9); YAML would silently keep only one of them",
    ) in found
    assert load(GOOD + "    title: Again\n").timeline.events[0].title == "Strike"


def test_a_duplicate_key_deep_inside_a_source_is_caught():
    text = GOOD.replace(
        "    published: 2016-09-18\n", "    published: 2016-09-18\n    published: 2016-09-19\n"
    )
    assert any(
        line == 6 and "duplicate key 'published'" in msg for line, _, _, msg in problems(text)
    )


def test_a_missing_title_is_an_error_at_the_event():
    found = problems(GOOD.replace("    title: Strike\n", ""))
    assert (8, 5, "error", "event 'strike' needs 'title'") in found


def test_a_missing_timeline_title_is_an_error_but_the_file_still_opens():
    result = load(GOOD.replace("title: Test\n", "", 1))
    assert (1, 1, "error", "the timeline needs 'title'") in [
        (d.line, d.column, d.severity, d.message) for d in result.diagnostics
    ]
    assert result.timeline is not None and result.timeline.title == "t"


def test_a_missing_when_is_an_error_and_the_event_is_kept_undated():
    result = load(GOOD.replace("    when: 2016-09-17\n", ""))
    assert any(d.message == "event 'strike' needs 'when'" for d in result.diagnostics)
    assert result.timeline.events[0].resolution is None


def test_a_list_where_text_belongs_is_a_wrong_type_error():
    found = problems(GOOD.replace("title: Strike", "title: [a, b]"))
    assert (9, 12, "error", "'title' in event 'strike' must be text, not a list") in found


def test_events_that_are_not_a_list_are_an_error():
    text = HEAD + "events:\n  title: x\n"
    assert (8, 3, "error", "'events' must be a list (each event starts with '- ')") in problems(
        text
    )


def test_an_unknown_source_gets_a_did_you_mean():
    text = GOOD + "  - title: Other\n    when: 2016-09-18\n    source: b\n"
    text = text.replace("  a:\n", "  bbc:\n").replace("    source: b\n", "    source: bb\n")
    found = problems(text)
    assert (13, 13, "error", "event 2 cites unknown source 'bb'; did you mean 'bbc'?") in found


def test_an_unknown_anchor_gets_a_did_you_mean():
    text = GOOD + "  - title: Later\n    when: the next day\n    anchor: strik\n"
    assert (
        13,
        13,
        "error",
        "anchor 'strik' is not the id of any event; did you mean 'strike'?",
    ) in problems(text)


def test_every_event_anchored_on_a_renamed_id_is_told_the_new_one():
    later = "".join(
        f"  - title: Later {i}\n    when: the next day\n    anchor: strik\n" for i in range(300)
    )
    found = [p for p in problems(GOOD + later) if p[2] == "error"]
    assert len(found) == 300
    assert {p[3] for p in found} == {
        "anchor 'strik' is not the id of any event; did you mean 'strike'?"
    }


def test_did_you_mean_never_offers_an_event_its_own_id():
    text = (
        GOOD
        + "  - id: strike-halted\n    title: Halted\n"
        + "    when: the next day\n    anchor: strike-halt\n"
    )
    text = text.replace("id: strike\n", "id: airstrike\n")
    (found,) = [p for p in problems(text) if "anchor 'strike-halt'" in p[3]]
    assert found[3] == "anchor 'strike-halt' is not the id of any event"


def test_thousands_of_different_broken_anchors_are_each_reported():
    later = "".join(
        f"  - id: event-number-{i}\n    title: E\n    when: the next day\n"
        f"    anchor: evnt-number-{i + 1}\n"
        for i in range(2000)
    )
    found = [p for p in problems(GOOD + later) if p[2] == "error"]
    assert len(found) == 2000
    assert found[0][3].endswith("did you mean 'event-number-1'?")


def test_duplicate_event_ids_are_an_error_at_the_second():
    text = GOOD + "  - id: strike\n    title: Again\n    when: 2016-09-18\n"
    assert (11, 5, "error", "duplicate event id 'strike' (first at line 8)") in problems(text)


def test_an_anchor_cycle_is_reported_at_every_event_in_it():
    text = HEAD + textwrap.dedent("""\
        events:
          - id: a
            title: A
            when: the next day
            anchor: b
          - id: b
            title: B
            when: the day before
            anchor: a
        """)
    cycle = [(line, msg) for line, _, _, msg in problems(text) if "cycle" in msg]
    assert cycle == [(11, "anchor cycle: a → b → a"), (15, "anchor cycle: a → b → a")]


def test_a_long_anchor_cycle_is_named_in_a_short_message_at_each_of_its_events():
    n = 1000
    text = (
        HEAD
        + "events:\n"
        + "".join(
            f"  - {{id: e{i}, title: E, when: the next day, anchor: e{(i + 1) % n}}}\n"
            for i in range(n)
        )
    )
    cycle = [msg for _, _, _, msg in problems(text) if "cycle" in msg]
    assert len(cycle) == n
    assert set(cycle) == {
        "anchor cycle: e0 → e1 → e2 → e3 → e4 → … (1000 events in all) → e999 → e0"
    }


def test_an_unknown_key_spells_out_an_invisible_character_that_makes_it_look_right():
    text = HEAD + "events:\n  - {tit\u200ble: E, when: Monday, sourc\u00a0e: a}\n"
    unknown = [msg.split(" in ")[0] for _, _, _, msg in problems(text) if "unknown key" in msg]
    assert unknown == ["unknown key 'tit<U+200B>le'", "unknown key 'sourc<U+00A0>e'"]


def test_a_line_indented_with_non_breaking_spaces_is_named_as_such():
    text = HEAD + "events:\n  - title: E\n\u00a0\u00a0\u00a0 when: Monday\n"
    assert (
        "the key '<U+00A0><U+00A0><U+00A0> when' starts or ends with a space YAML does not count "
        "as indentation; write it 'when', indented with plain spaces"
    ) in [msg for _, _, _, msg in problems(text)]


def test_did_you_mean_spells_out_an_invisible_character_in_the_id_it_offers():
    text = HEAD + (
        'events:\n  - {id: "a\\u200b", title: A, when: Monday}\n'
        "  - {id: b, title: B, when: the next day, anchor: a}\n"
    )
    assert any("did you mean 'a<U+200B>'?" in msg for _, _, _, msg in problems(text))


def test_an_event_repeated_by_an_alias_is_reported_where_the_alias_stands():
    text = (
        HEAD
        + "events:\n  - &e {id: a, title: A, when: Monday}\n  - {title: B, when: Monday}\n  - *e\n"
    )
    alias_line = HEAD.count("\n") + 4
    duplicate = [(line, msg) for line, _, _, msg in problems(text) if "duplicate event id" in msg]
    assert duplicate == [(alias_line, f"duplicate event id 'a' (first at line {alias_line - 2})")]


def test_a_byte_order_mark_inside_the_file_is_named_at_its_line():
    text = HEAD + "\ufeffevents:\n  - {title: A, when: Monday}\n"
    line = HEAD.count("\n") + 1
    assert (line, 1, "error", "a byte-order mark (U+FEFF) stands inside the file; delete it") in (
        problems(text)
    )


def test_a_long_text_aliased_thousands_of_times_is_refused_like_a_billion_laughs():
    text = (
        HEAD
        + "events:\n  - {title: &t "
        + "x" * 100_000
        + ", when: Monday}\n"
        + "".join("  - {title: *t, when: Monday}\n" for _ in range(2_000))
    )
    assert any("aliases expand to more than" in msg for _, _, _, msg in problems(text))


def test_a_short_title_aliased_a_few_times_is_fine():
    text = (
        HEAD
        + "events:\n  - {title: &t Strike, when: Monday}\n"
        + ("  - {title: *t, when: Monday}\n" * 10)
    )
    assert not any("aliases" in msg for _, _, _, msg in problems(text))


def test_a_file_name_with_a_nul_is_named_as_such_not_a_crash(tmp_path):
    text = (
        'title: T\nsources:\n  a: {title: A, published: 2016-09-18, file: "a\\0.txt"}\n'
        "events:\n  - {title: E, when: Monday, source: a}\n"
    )
    messages = [msg for _, _, _, msg in problems(text, tmp_path)]
    assert any("holds a NUL character" in msg for msg in messages)


def test_published_that_is_not_a_date_is_an_error_at_the_value():
    found = problems(GOOD.replace("published: 2016-09-18", "published: last week"))
    assert (
        5,
        16,
        "error",
        "published 'last week' is not an ISO date or date-time (e.g. 2016-09-18)",
    ) in found


def test_an_empty_file_is_an_error():
    result = load("")
    assert result.timeline is None
    assert [d.message for d in result.diagnostics] == [
        "file is empty; a timeline needs a title, sources and events"
    ]


def test_a_file_that_is_not_utf8_names_the_line_and_byte_offset(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Caf\u00e9\n".encode("utf-8") + "when: caf\u00e9\n".encode("latin-1"))
    (d,) = load_file(path).diagnostics
    assert (d.line, d.column) == (2, 10)
    assert d.message == "not UTF-8: byte 0xe9 at byte offset 22; save the file as UTF-8"


def test_a_file_that_cannot_be_read_is_an_error(tmp_path):
    (d,) = load_file(tmp_path / "missing.yaml").diagnostics
    assert d.severity == "error" and d.message.startswith("cannot read file")


def test_a_python_tag_is_an_error_naming_its_line_and_runs_nothing():
    result = load(GOOD + "    details: !!python/object/apply:os.system ['touch /tmp/pwned']\n")
    assert result.timeline is None
    (d,) = result.diagnostics
    assert (d.line, d.column) == (11, 14)
    assert "!!python/object/apply:os.system is not allowed" in d.message


def test_a_top_level_list_is_an_error():
    result = load("- a\n- b\n")
    assert result.timeline is None
    assert result.diagnostics[0].message.startswith("a timeline file is a mapping")


def test_several_problems_are_all_collected():
    text = (
        GOOD.replace("title: Strike", "tittle: Strike")
        + "  - title: x\n    when: 2016\n    source: zz\n"
    )
    assert len(problems(text)) >= 3


def test_an_event_naming_no_source_when_there_are_several_is_an_error():
    text = GOOD.replace(
        "events:",
        """  b:
    title: Other
    published: 2016-09-19
events:""",
    )
    assert (
        11,
        5,
        "error",
        "event 'strike' needs 'source': the timeline has 2 sources",
    ) in problems(text)


# -- warnings -------------------------------------------------------------------------------


def test_an_unknown_key_is_a_warning_with_a_did_you_mean():
    found = problems(GOOD.replace("title: Strike", "tittle: Strike"))
    assert any(
        line == 9
        and column == 5
        and sev == "warning"
        and msg.startswith("unknown key 'tittle' in event 'strike'; did you mean 'title'?")
        for line, column, sev, msg in found
    )


def test_a_quote_missing_from_the_article_is_a_warning_at_the_quote():
    found = problems(GOOD + "    quotes:\n      - text: never said this\n")
    assert (12, 15, "warning", "quote does not occur in the text of source 'a'") in found


def test_a_quote_matches_despite_curly_quotes_dashes_and_spacing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    text = GOOD.replace(
        '    text: "The strike happened on Saturday. Officials said it was a grave mistake."\n',
        "    file: a.txt\n",
    )
    text += '    quotes:\n      - text: "it was a \\"grave   mistake\\" - a real one"\n'
    result = load(text, tmp_path)
    quote = result.timeline.events[0].quotes[0]
    assert result.diagnostics == ()
    assert quote.found and ARTICLE[quote.offset :].startswith("it was a “grave")


def test_an_unreadable_article_file_is_a_warning(tmp_path):
    text = GOOD.replace(
        '    text: "The strike happened on Saturday. Officials said it was a grave mistake."\n',
        "    file: nowhere.txt\n",
    )
    found = problems(text, tmp_path)
    assert any(
        line == 6
        and sev == "warning"
        and msg
        == "cannot read file 'nowhere.txt': No such file or directory (the quotes citing it go "
        "unchecked until it can be read)"
        for line, _, sev, msg in found
    )


def test_a_when_that_cannot_be_resolved_is_a_warning_at_the_when():
    found = problems(GOOD.replace("when: 2016-09-17", "when: blorp"))
    assert [
        (line, column, sev) for line, column, sev, msg in found if msg.startswith("cannot resolve")
    ] == [(10, 11, "warning")]


def test_an_event_anchored_on_an_undated_event_is_warned_about_too():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {id: first, title: F, source: a}\n"
        "  - {title: G, when: the next day, anchor: first}\n"
    )
    found = problems(text)
    assert (
        6,
        22,
        "warning",
        "cannot resolve when 'the next day': its anchor event 'first' is undated",
    ) in found


def test_an_explicit_date_anchored_on_an_undated_event_still_resolves():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
        "  - {id: first, title: F, source: a}\n"
        "  - {id: fixed, title: G, when: '2016-01-01', anchor: first}\n"
    )
    result = load(text)
    [fixed] = [e for e in result.timeline.events if e.id == "fixed"]
    assert fixed.resolution.value == "2016-01-01"


def test_an_empty_events_list_is_a_warning_not_silence():
    found = problems("title: T\nsources: {}\nevents: []\n")
    assert [(line, sev) for line, _, sev, msg in found if "no events yet" in msg] == [
        (3, "warning")
    ]


def test_a_url_that_is_not_http_is_a_warning():
    found = problems(GOOD.replace("    published:", "    url: javascript:alert(1)\n    published:"))
    assert (
        5,
        10,
        "warning",
        "url of source 'a' is not http or https; it will not be opened",
    ) in found


# -- encodings and line endings -------------------------------------------------------------


def test_a_bom_and_crlf_line_endings_keep_line_numbers(tmp_path):
    path = tmp_path / "crlf.yaml"
    text = GOOD.replace("title: Strike", "tittle: Strike")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (d,) = [d for d in load_file(path).diagnostics if "tittle" in d.message]
    assert (d.line, d.column) == (9, 5)


def test_a_file_above_the_size_limit_is_refused(tmp_path, monkeypatch):
    import tui.load.reading

    monkeypatch.setattr(tui.load.reading, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.yaml"
    path.write_text(GOOD, encoding="utf-8")
    (d,) = load_file(path).diagnostics
    assert "are refused" in d.message
    assert MAX_FILE_BYTES == 256 * 2**20


# -- order ----------------------------------------------------------------------------------


def test_events_come_in_chronological_order_with_ties_in_file_order():
    text = HEAD + textwrap.dedent("""\
        events:
          - title: Later
            when: 2016-09-18
          - title: Earlier
            when: 2016-09-17
          - title: Also later
            when: 2016-09-18
        """)
    assert [e.title for e in load(text).timeline.events] == ["Earlier", "Later", "Also later"]


def test_an_undated_event_follows_the_event_before_it_in_the_file():
    text = HEAD + textwrap.dedent("""\
        events:
          - title: Later
            when: 2016-09-18
          - title: Undated
            when: blorp
          - title: Earlier
            when: 2016-09-17
        """)
    assert [e.title for e in load(text).timeline.events] == ["Earlier", "Later", "Undated"]


def test_an_undated_event_does_not_split_the_events_of_the_date_before_it():
    text = HEAD + textwrap.dedent("""\
        events:
          - title: First on Saturday
            when: 2016-09-17
          - title: Undated
            when: blorp
          - title: Second on Saturday
            when: 2016-09-17
        """)
    assert [e.title for e in load(text).timeline.events] == [
        "First on Saturday",
        "Second on Saturday",
        "Undated",
    ]


@pytest.mark.parametrize("path", sorted(REPO.joinpath("timelines").glob("*.yaml")))
def test_every_bundled_timeline_has_no_errors(path):
    result = load_file(path)
    assert [str(d) for d in result.diagnostics if d.is_error] == []


def test_merged_files_form_one_chronology_and_events_keep_their_file(tmp_path):
    from tui.infra.cached import load

    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(
        GOOD.replace("when: 2016-09-17", "when: 2016-09-16").replace("Strike", "Earlier"),
        encoding="utf-8",
    )
    timeline = load([first, second], use_cache=False).timeline
    assert [(e.title, Path(e.path).name) for e in timeline.events] == [
        ("Earlier", "two.yaml"),
        ("Strike", "one.yaml"),
    ]


def test_merged_files_with_the_same_source_id_keep_both_sources_apart(tmp_path):
    from tui.infra.cached import load

    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD.replace("title: Article", "title: Other article"), encoding="utf-8")
    timeline = load([first, second], use_cache=False).timeline
    assert sorted(s.title for s in timeline.sources.values()) == ["Article", "Other article"]
    assert {e.source for e in timeline.events} == {"a", "two/a"}


def test_an_event_s_quote_that_looks_ahead_puts_a_weekday_in_the_coming_week():
    timeline = load(
        HEAD.replace("2016-09-18", "1989-11-02").replace(
            "The strike happened on Saturday.", "The sale is scheduled to close Monday."
        )
        + """\
events:
  - title: Sale closes
    when: Monday
    quotes: ["The sale is scheduled to close Monday."]
"""
    ).timeline
    assert timeline.events[0].resolution.value == "1989-11-06"


def _zoned(order: list[str]) -> str:
    parts = {
        "title": "title: Zones\n",
        "timezone": "timezone: Asia/Tokyo\n",
        "sources": 'sources:\n  a:\n    title: A\n    published: "2016-09-18T01:00:00+00:00"\n'
        '    text: "It began on Monday."\n',
        "events": "events:\n  - title: Began\n    when: on Monday\n"
        "    quotes: [It began on Monday.]\n",
    }
    return "".join(parts[name] for name in order)


@pytest.mark.parametrize(
    "order",
    [
        ["title", "timezone", "sources", "events"],
        [
            "title",
            "sources",
            "events",
            "timezone",
        ],  # the zone arrives after the events were converted
        ["title", "events", "sources", "timezone"],  # the sources arrive after the events
    ],
)
def test_the_order_of_the_top_level_keys_does_not_change_the_result(order):
    result = load(_zoned(order))
    assert result.ok, result.diagnostics
    source = result.timeline.sources["a"]
    assert source.published_at.hour == 10  # 01:00 UTC is 10:00 in Tokyo
    assert result.timeline.events[0].resolution.value == "2016-09-12"
    assert result.timeline.events[0].quotes[0].found


def test_events_starting_together_list_the_longer_span_first():
    events = load(
        HEAD
        + """\
events:
  - title: Day one
    when: 2016-09-01
  - title: The month
    when: September 2016
  - title: Day one again
    when: 2016-09-01
"""
    ).timeline.events
    assert [e.title for e in events] == ["The month", "Day one", "Day one again"]


@pytest.mark.parametrize(
    "lines, where",
    [
        (
            ["title: T", "text: |", '  He said: "we will', '  fight on."', 'x: "open', "y: [", "z"],
            (5, 4),
        ),
        (['dir: "C:\\\\"', 'b: "open', "c: [", "d"], (2, 4)),
        (["details: rebels, 'moderate", 'b: "open', "c: [", "d"], (2, 4)),
    ],
)
def test_the_open_quote_is_found_past_article_text_escapes_and_apostrophes(lines, where):
    (d,) = load("\n".join(lines) + "\n").diagnostics
    assert (d.line, d.column) == where, d


def test_a_second_events_list_is_a_duplicate_key_and_its_events_are_not_checked():
    text = GOOD + "events:\n  - title: Other\n    when: 2016-09-18\n    source: nope\n"
    messages = [d.message for d in load(text).diagnostics]
    assert any("duplicate key 'events'" in m for m in messages)
    assert not any("nope" in m for m in messages)
