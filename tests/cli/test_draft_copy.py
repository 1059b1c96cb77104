"""`timeline draft -o`: the article copied beside the draft is the article, byte for byte, and
`-o -` is standard output."""

from __future__ import annotations

from tui.cli import main

ARTICLE = "\ufeffThe strike happened on Saturday, officials said.\r\nIt was bad.\r\n".encode()


def test_the_copy_keeps_the_articles_bom_and_line_endings(tmp_path, capsys):
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir()
    article.write_bytes(ARTICLE)
    out = tmp_path / "out" / "draft.yaml"
    out.parent.mkdir()
    assert main(["draft", str(article), "--published", "2016-09-18", "-o", str(out)]) == 0
    assert (out.parent / "article.txt").read_bytes() == ARTICLE


def test_drafting_the_same_article_again_with_force_reuses_its_copy(tmp_path, capsys):
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir()
    article.write_bytes(ARTICLE)
    out = tmp_path / "out" / "draft.yaml"
    out.parent.mkdir()
    argv = ["draft", str(article), "--published", "2016-09-18", "-o", str(out)]
    assert main(argv) == 0
    assert main([*argv, "--force"]) == 0
    assert "exists and is not" not in capsys.readouterr().err


def test_a_dash_for_the_output_prints_the_draft_and_leaves_no_file_named_dash(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_bytes(ARTICLE)
    assert main(["draft", "article.txt", "--published", "2016-09-18", "-o", "-"]) == 0
    assert "The strike happened" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
