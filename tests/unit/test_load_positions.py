"""Positions as an editor shows them: lines end at \\n, \\r\\n or \\r; columns count characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.load.loader import load_file, load_text

HEAD = """\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    text: x
events:
  - title: E
    when: 2016-09-17
"""

SEPARATORS = ["\u2028", "\u2029", "\x85"]


def _problems(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in load_text(text, "t.yaml").diagnostics]


def test_a_control_character_after_accented_text_is_at_its_character_column_with_its_code():
    ((line, column, message),) = _problems(HEAD + '    details: "ééééé\x07"\n')
    assert (line, column) == (10, 20)
    assert "U+0007" in message


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.text(
        alphabet=st.sampled_from(["a", "é", "ж", "中", "😀", " "]), min_size=0, max_size=30
    ),
    control=st.sampled_from(["\x01", "\x07", "\x1b", "\x7f"]),
)
def test_any_control_character_is_reported_where_an_editor_shows_it(prefix, control):
    line_text = f"    details: x{prefix}{control}"
    ((line, column, message),) = _problems(HEAD + line_text + "\n")
    assert (line, column) == (10, line_text.index(control) + 1)
    assert f"U+{ord(control):04X}" in message


@settings(max_examples=60, deadline=None)
@given(
    separators=st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
    style=st.sampled_from(['"{}"', "'{}'", "{}", "|\n      {}", "# {}"]),
)
def test_unicode_line_separators_never_shift_a_later_line(separators, style):
    value = style.format("a" + "b".join(separators) + "c")
    text = HEAD + f"    details: {value}\n    tittle: typo\n"
    typo_line = text.split("\n").index("    tittle: typo") + 1
    problems = _problems(text)
    assert [(line, column) for line, column, m in problems if "tittle" in m] == [(typo_line, 5)]


def test_a_line_separator_in_a_quoted_value_is_kept_as_written():
    text = HEAD + '    details: "before\u2028after\x85end"\n'
    result = load_text(text, "t.yaml")
    assert result.diagnostics == ()
    assert result.timeline.events[0].details == "before\u2028after\x85end"


def test_a_json_style_surrogate_pair_is_read_as_the_character():
    result = load_text(HEAD + '    details: "smile \\ud83d\\ude00"\n', "t.yaml")
    assert result.diagnostics == ()
    assert result.timeline.events[0].details == "smile 😀"


def test_a_lone_surrogate_escape_is_still_refused():
    ((line, _, message),) = _problems(HEAD + '    details: "\\ud83d"\n')
    assert line == 10 and "invalid Unicode character escape" in message


def test_a_missing_colon_is_reported_on_its_own_line():
    lines = HEAD.splitlines() + [f"  - title: E{i}\n    when: today" for i in range(4)]
    text = "\n".join(lines) + "\n  - title: Broken\n    when  on Monday\n  - title: After\n"
    broken = text.split("\n").index("    when  on Monday") + 1
    ((line, column, message),) = _problems(text)
    assert (line, column) == (broken, 5)
    assert message == "YAML syntax error: this line has no ':' after its key (write 'key: value')"


FILE_CASES = [
    HEAD + '    details: "ééééé\x07"\n',
    HEAD + "    details: x\x1b\n",
    HEAD + "    details: before\u2028after\n    tittle: typo\n",
    HEAD + '    details: "smile \\ud83d\\ude00"\n',
    HEAD + "    when  on Monday\n",
    HEAD + '    details: "never closed\n    tags: [a]\n',
    HEAD + "\ttags: [a]\n",
    HEAD + "    tags: [a, b]\n    tags: [c]\n",
]


@settings(max_examples=40, deadline=None)
@given(
    case=st.sampled_from(FILE_CASES),
    bom=st.booleans(),
    ending=st.sampled_from(["\n", "\r\n"]),
)
def test_a_file_reports_every_problem_where_its_text_does(tmp_path_factory, case, bom, ending):
    text = case.replace("\n", ending)
    path = tmp_path_factory.mktemp("positions") / "t.yaml"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    from_file = load_file(path)
    from_text = load_text(text, str(path), base_dir=path.parent)
    assert from_file.diagnostics == from_text.diagnostics
    assert from_file.timeline == from_text.timeline


def test_a_file_with_a_bom_and_curly_quotes_loads_as_written(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + "    details: \u201cquoted\u201d\n").encode())
    result = load_file(path)
    assert result.diagnostics == ()
    assert result.timeline.events[0].details == "\u201cquoted\u201d"
