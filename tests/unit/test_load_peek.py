"""The picker's titles: read from the head of a file as the loader would read them."""

from __future__ import annotations

import pytest

from tui.load.peek import peek_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: 'It''s single-quoted'\n", "It's single-quoted"),
        ('title: "Caf\\u00e9" # a comment\n', "Café"),
        ("title: >\n  A folded\n  title\nsources: {}\n", "A folded title"),
        ("title: &t Anchored\n", "Anchored"),
        ("title: plain words # a comment\n", "plain words"),
        ("sources: {}\ntitle: Second key\n", "Second key"),
    ],
)
def test_a_title_is_read_as_the_loader_reads_it(tmp_path, line, title):
    path = tmp_path / "t.yaml"
    path.write_text(line, encoding="utf-8")
    assert peek_title(str(path)) == title


@pytest.mark.parametrize("line", ["title: *x\n", "title: [a, b]\n", "title: ''\n", "events: []\n"])
def test_a_title_that_is_no_plain_string_is_left_to_the_file_name(tmp_path, line):
    path = tmp_path / "t.yaml"
    path.write_text(line, encoding="utf-8")
    assert peek_title(str(path)) is None


def test_a_folder_has_no_title(tmp_path):
    assert peek_title(str(tmp_path)) is None
