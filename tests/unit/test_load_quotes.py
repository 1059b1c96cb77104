"""Quotes: found the way a reader finds them, a misquote answered with what the article says,
and the search small in memory however long the article."""

from __future__ import annotations

import random
import tracemalloc

from tui.load.loader import load_text
from tui.load.quotes import QuoteFinder

ARTICLE = (
    "Officials said the strike on the convoy near Aleppo was a “grave mistake” — and that "
    "twenty aid workers were killed on Monday."
)
TIMELINE = f"""\
title: T
sources:
  a:
    title: A
    published: 2016-09-18
    text: "{ARTICLE}"
events:
  - title: Strike
    when: on Monday
    quotes:
      - text: {{quote}}
"""


def _warning(quote: str) -> str:
    (warning,) = load_text(TIMELINE.format(quote=quote), "t.yaml").diagnostics
    return warning.message


def test_a_misquote_shows_the_closest_passage_and_the_word_that_differs():
    assert _warning("the strike on the convoy close to Aleppo") == (
        "quote does not occur in the text of source 'a'; the closest passage is "
        "“the strike on the convoy near Aleppo”: the quote has “close to” where the "
        "article has “near”"
    )


def test_a_quote_with_a_word_left_out_says_which():
    assert _warning("twenty workers were killed on Monday").endswith(
        "the article has “aid” where the quote has nothing"
    )


def test_a_quote_nothing_like_the_article_offers_no_passage():
    assert _warning("the minister resigned in disgrace") == (
        "quote does not occur in the text of source 'a'"
    )


def test_a_long_misquote_says_how_far_it_runs_verbatim_and_where_it_parts():
    paragraph = " ".join(f"word{n}" for n in range(300))
    quote = paragraph.replace("word150", "changed")
    assert QuoteFinder(paragraph).closest(quote) == (
        "the article has the quote's first 150 of its 300 words in a row, to "
        "“word144 word145 word146 word147 word148 word149”; then the quote has "
        "“changed word151 word152 word153 word154 word155” where the article has "
        "“word150 word151 word152 word153 word154 word155”"
    )


def test_a_misquote_with_its_first_word_changed_names_the_word_it_replaced():
    finder = QuoteFinder(ARTICLE)
    hint = finder.closest("Observers said the strike on the convoy near Aleppo was a")
    assert hint == (
        "the closest passage is “Officials said the strike on the convoy near Aleppo was a”: "
        "the quote has “Observers” where the article has “Officials”"
    )


def test_a_misquote_with_its_last_word_changed_names_the_word_it_replaced():
    assert QuoteFinder(ARTICLE).closest("twenty aid workers were killed on Tuesday.") == (
        "the closest passage is “twenty aid workers were killed on Monday.”: "
        "the quote has “Tuesday.” where the article has “Monday.”"
    )


def test_a_long_misquote_whose_opening_differs_says_how_much_of_its_end_is_verbatim():
    paragraph = " ".join(f"word{n}" for n in range(300))
    hint = QuoteFinder(paragraph).closest(paragraph.replace("word0 ", "changed "))
    assert hint == (
        "the article has the quote's last 299 of its 300 words in a row, from "
        "“word1 word2 word3 word4 word5 word6”; before them the quote has “changed” "
        "where the article has “word0”"
    )


def test_a_long_quote_that_differs_only_in_case_says_so():
    paragraph = " ".join(f"Word{n}" for n in range(100))
    assert QuoteFinder(paragraph).closest(paragraph.lower()) == "they differ only in letter case"


def test_a_misquote_sharing_only_small_words_with_the_article_offers_no_passage():
    assert QuoteFinder(ARTICLE).closest("Monday was a holiday") is None


def test_a_misquote_beside_a_run_with_no_spaces_is_answered_in_a_short_line_at_once():
    finder = QuoteFinder("a" * 2_000_000 + "ceasefire began on Monday in the city")
    hint = finder.closest("Xaaaa ceasefire began on Monday in the")
    assert hint is not None and len(hint) < 800


def test_spacing_quote_styles_and_dashes_still_match():
    finder = QuoteFinder("a  “grave\n mistake” —\tand")
    assert finder.find('"grave mistake" - and') == (3, 25)


def _article(characters: int) -> str:
    rng = random.Random(4)
    words = ["officials", "said", "“the", "strike”", "—", "convoy", "near", "Aleppo", "\n\n"]
    pieces, size = [], 0
    while size < characters:
        word = rng.choice(words)
        pieces.append(word)
        size += len(word) + 1
    return " ".join(pieces)


def test_folding_a_long_article_costs_a_few_bytes_a_character():
    text = _article(1_000_000)
    finder = QuoteFinder(text)
    tracemalloc.start()
    try:
        finder.find('said "the strike" - convoy near')
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * len(text)


def test_a_misquote_by_an_invisible_character_names_the_character():
    hint = QuoteFinder(ARTICLE).closest("twenty aid\u200b workers were killed on Monday.")
    assert hint is not None and "the quote has “aid<U+200B>” where the article has “aid”" in hint
