"""`timeline draft`: an article becomes a starting timeline that passes `check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import REPO
from tui.cli import main
from tui.formats.draft import Draft, draft_timeline, headline, sentences
from tui.load.loader import load_file, load_text

ARTICLE = REPO / "timelines" / "syria-ceasefire-airstrikes-2016-09-18.txt"


@pytest.fixture
def drafted(tmp_path) -> Path:
    out = tmp_path / "draft.yaml"
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(out)]) == 0
    return out


def test_the_drafted_bundled_article_passes_check(drafted):
    result = load_file(drafted)
    assert result.timeline is not None
    assert [d for d in result.diagnostics if d.is_error] == []


def test_the_draft_covers_monday_saturday_and_overnight_with_the_right_dates(drafted):
    values = {e.when: e.resolution.value for e in load_file(drafted).timeline.events}
    assert values["on Monday"] == "2016-09-12"
    assert values["on Saturday"] == "2016-09-17"
    assert values["overnight"] == "2016-09-17TNI"


def test_each_event_quotes_its_sentence_found_in_the_article(drafted):
    events = load_file(drafted).timeline.events
    assert events and all(q.found for e in events for q in e.quotes)


def test_the_article_is_copied_beside_the_yaml(drafted):
    assert (drafted.parent / ARTICLE.name).read_text(encoding="utf-8") == ARTICLE.read_text(
        encoding="utf-8"
    )


def test_draft_refuses_to_overwrite_without_force(drafted):
    before = drafted.read_text(encoding="utf-8")
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(drafted)]) == 1
    assert drafted.read_text(encoding="utf-8") == before
    assert (
        main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(drafted), "--force"])
        == 0
    )


def test_inline_puts_the_text_in_the_yaml(tmp_path):
    out = tmp_path / "inline.yaml"
    assert (
        main(["draft", str(ARTICLE), "--published", "2016-09-18", "--inline", "-o", str(out)]) == 0
    )
    timeline = load_file(out).timeline
    assert next(iter(timeline.sources.values())).text == ARTICLE.read_text(encoding="utf-8")
    assert not (tmp_path / ARTICLE.name).exists()


def test_a_url_that_is_not_a_web_address_is_refused_before_anything_is_written(tmp_path, capsys):
    out = tmp_path / "draft.yaml"
    argv = ["draft", str(ARTICLE), "--published", "2016-09-18", "--url", "javascript:alert(1)"]
    assert main([*argv, "-o", str(out)]) == 2
    assert "--url 'javascript:alert(1)' is not http or https" in capsys.readouterr().err
    assert not out.exists()


def test_two_expressions_in_one_sentence_make_two_events():
    text = "The talks began on Monday and collapsed on Wednesday."
    yaml_text = draft_timeline(Draft(text=text, published="2016-09-18"), article_file=None)
    assert [e.when for e in load_text(yaml_text).timeline.events] == ["on Monday", "on Wednesday"]


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Negotiations broke off at noon Thursday.", "noon Thursday"),
        ("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6"),
        (
            "The Times said in an editorial on Monday, Oct. 26, that it disagreed.",
            "on Monday, Oct. 26",
        ),
        ("The clinics will close on Thanksgiving Day.", "Thanksgiving Day"),
    ],
)
def test_a_time_or_a_weekday_with_its_date_is_one_event(sentence, when):
    events = load_text(
        draft_timeline(Draft(text=sentence, published="1998-10-25"), article_file=None)
    ).timeline.events
    assert [e.when for e in events] == [when]


def test_a_drafted_plan_and_the_explorer_agree_on_the_coming_monday():
    text = "The acquisition is scheduled to close Monday."
    events = load_text(
        draft_timeline(Draft(text=text, published="1989-11-02"), article_file=None)
    ).timeline.events
    assert events[0].resolution.value == "1989-11-06"


def test_the_next_day_is_anchored_on_the_event_before_it_in_the_paragraph():
    text = "Rebels attacked the base on Saturday. The army struck back the next day."
    events = load_text(
        draft_timeline(Draft(text=text, published="2016-09-20"), article_file=None)
    ).timeline.events
    later = next(e for e in events if e.when == "the next day")
    assert later.anchor is not None and later.resolution.value == "2016-09-18"


def test_a_doubtful_expression_is_marked_with_a_comment():
    text = "The fighting began nearly a week ago."
    yaml_text = draft_timeline(Draft(text=text, published="2016-09-18"), article_file=None)
    assert "# doubtful: approximate date" in yaml_text


def test_force_never_replaces_a_different_file_under_the_article_s_name(tmp_path, capsys):
    (tmp_path / ARTICLE.name).write_text("my other article", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert (
        main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(out), "--force"]) == 1
    )
    assert (tmp_path / ARTICLE.name).read_text(encoding="utf-8") == "my other article"
    assert "--inline" in capsys.readouterr().err
    assert not out.exists()


def test_draft_refuses_an_out_that_the_article_s_copy_would_overwrite(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / ARTICLE.name
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(out)]) == 1
    assert not out.exists() and "name the YAML differently" in capsys.readouterr().err


def test_draft_into_a_pipe_copies_nothing_and_points_at_the_article(pipe):
    fifo, read = pipe
    assert main(["draft", str(ARTICLE), "--published", "2016-09-18", "-o", str(fifo)]) == 0
    assert ARTICLE.name in read()
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["pipe"]


def test_draft_never_writes_over_its_own_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The talks began on Monday.", encoding="utf-8")
    assert (
        main(["draft", str(article), "--published", "2016-09-18", "-o", str(article), "--force"])
        == 1
    )
    assert article.read_text(encoding="utf-8") == "The talks began on Monday."


def test_odd_characters_in_the_article_survive_the_round_trip():
    text = 'He said \u2028 \x85 “no” \\ "yes" on Monday.\x1b[2J'
    yaml_text = draft_timeline(
        Draft(text=text, published="2016-09-18", inline=True), article_file=None
    )
    timeline = load_text(yaml_text).timeline
    assert next(iter(timeline.sources.values())).text == text


@pytest.mark.parametrize("source_id", ["a b: c", "#c", "*a", "&a", "[x]", "two\nlines", "bbc"])
def test_any_source_id_given_reads_back_as_that_id(source_id):
    yaml_text = draft_timeline(
        Draft(
            text="It rained on Monday.", published="2016-09-18", inline=True, source_id=source_id
        ),
        article_file=None,
    )
    result = load_text(yaml_text)
    assert [d for d in result.diagnostics if d.is_error] == []
    assert list(result.timeline.sources) == [source_id]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (
            "The father will leave at 4 a.m. EDT Thursday. He landed at 9 a.m. EST.",
            "America/New_York",
        ),
        ("The plane left at 4 a.m. EDT Thursday and landed at 9 a.m. PDT.", None),
        ("The bomb went off at 10:35 a.m. (0735 GMT) Friday.", None),
    ],
)
def test_a_draft_is_written_in_the_one_regional_zone_its_times_name(text, zone):
    drafted = load_text(draft_timeline(Draft(text=text, published="2000-04-05", inline=True)))
    assert drafted.timeline.timezone == (zone or "UTC")


def test_a_time_written_in_the_article_s_zone_is_shown_as_the_article_writes_it():
    text = "The father will leave at 4 a.m. EDT Thursday, Castro said."
    drafted = load_text(draft_timeline(Draft(text=text, published="2000-04-05", inline=True)))
    (event,) = drafted.timeline.events
    assert event.resolution.start.hour == 4


def test_sentences_keep_abbreviations_whole():
    text = "The U.S. envoy met Mr. Lavrov on Sept. 12 in Geneva. They agreed."
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "The U.S. envoy met Mr. Lavrov on Sept. 12 in Geneva.",
        "They agreed.",
    ]


def test_messrs_does_not_end_a_sentence_but_a_company_before_a_title_does():
    text = (
        "The board said Messrs. Drabinsky and Gottlieb may bid, said an analyst with Salomon "
        "Brothers Inc. Ms. Applebaum had estimated earnings of 55 cents."
    )
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "The board said Messrs. Drabinsky and Gottlieb may bid, said an analyst with Salomon "
        "Brothers Inc.",
        "Ms. Applebaum had estimated earnings of 55 cents.",
    ]


def test_a_date_describing_the_speaker_does_not_date_what_was_said():
    text = (
        '"We consider that his bid is an acceptable bid," said Sandra Kolber, spokeswoman for '
        "the directors' committee appointed last May to review bids."
    )
    drafted = draft_timeline(Draft(text=text, published="1989-10-26", inline=True))
    assert load_text(drafted).timeline.events == ()


def test_a_sentence_ends_before_a_capital_of_any_script_and_after_stray_nuls():
    text = "Talks began on Monday.\x00\x00 Łódź officials left. שלום on Tuesday the talks failed."
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "Talks began on Monday.\x00\x00",
        "Łódź officials left.",
        "שלום on Tuesday the talks failed.",
    ]


def test_a_lowercase_letter_of_another_script_after_a_point_starts_no_sentence():
    text = "He is a p.c. élite member. Then he left."
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "He is a p.c. élite member.",
        "Then he left.",
    ]


def test_control_characters_from_the_article_stay_out_of_the_titles():
    text = "The ceasefire began on Monday.\x00\x00 Airstrikes hit on Saturday.\u202e\n"
    drafted = load_text(draft_timeline(Draft(text=text, published="2016-09-18", inline=True)))
    titles = [drafted.timeline.title, *(e.title for e in drafted.timeline.events)]
    assert titles == ["The ceasefire began on Monday", "The ceasefire began", "Airstrikes hit"]


@pytest.mark.parametrize(
    "tail",
    [
        "adding that troops would leave Aleppo on Tuesday.",
        "who met Kerry in Geneva on Friday.",
        "speaking in Geneva on Friday.",
    ],
)
def test_a_date_in_what_the_speaker_did_after_the_attribution_still_dates_an_event(tail):
    text = f'"We will go," said Lavrov, {tail}'
    drafted = draft_timeline(Draft(text=text, published="2016-09-18", inline=True))
    assert len(load_text(drafted).timeline.events) == 1


def test_a_clock_time_followed_by_its_zone_or_day_does_not_end_the_sentence():
    text = "He will leave at 4 a.m. EDT Thursday for Washington. At 10 p.m. The next day came."
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "He will leave at 4 a.m. EDT Thursday for Washington.",
        "At 10 p.m.",
        "The next day came.",
    ]


def test_a_clock_time_followed_by_an_aside_or_a_lowercase_word_does_not_end_the_sentence():
    text = "It blew up at 10:35 a.m. (0735 GMT) Friday. They met at 9 a.m. local time. It ended."
    assert [text[s:e] for _, s, e in sentences(text)] == [
        "It blew up at 10:35 a.m. (0735 GMT) Friday.",
        "They met at 9 a.m. local time.",
        "It ended.",
    ]


def test_a_quote_cut_from_inside_a_quotation_drops_its_unpaired_mark():
    text = 'He said: "The storm hit on Monday. The rain will stop on Friday." Crews were out.'
    result = load_text(draft_timeline(Draft(text=text, published="2024-11-14", inline=True)))
    quotes = {e.when: e.quotes[0] for e in result.timeline.events}
    assert quotes["on Friday"].text == "The rain will stop on Friday." and quotes["on Friday"].found


def test_paired_quotation_marks_are_kept_though_a_third_is_open():
    text = '"We will meet on Friday," he said, "and we will decide then. It is hard."'
    result = load_text(draft_timeline(Draft(text=text, published="2024-11-14", inline=True)))
    [event] = result.timeline.events
    assert event.quotes[0].text == '"We will meet on Friday," he said, "and we will decide then.'


def test_the_next_day_follows_the_first_date_of_the_sentence_before():
    text = (
        "On Monday, Governor Alan Reid warned that shelves could empty before Christmas. "
        "The next day, the mediators arrived."
    )
    events = {
        e.when: e
        for e in load_text(
            draft_timeline(Draft(text=text, published="2024-12-03", inline=True))
        ).timeline.events
    }
    assert events["The next day"].anchor == events["On Monday"].id
    assert events["The next day"].resolution.value == "2024-12-03"


def test_a_dateline_is_not_an_event():
    text = (
        "CALDER, Dec. 1 - The strike began on Monday.\n\nWASHINGTON (AP) _ Talks resume on Friday."
    )
    whens = [
        e.when
        for e in load_text(
            draft_timeline(Draft(text=text, published="2024-12-01", inline=True))
        ).timeline.events
    ]
    assert whens == ["on Monday", "on Friday"]


def test_a_long_title_is_cut_at_a_word_without_an_ellipsis():
    title = headline("Meanwhile, " + "the very long sentence " * 10, "", [])
    assert len(title) <= 80 and "…" not in title and title.startswith("The very")
    assert title.split()[-1] in {"very", "long", "sentence"}


_DANGLING = (
    (
        "The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate against "
        "any country that joins the blockade.",
        "on Tuesday",
    ),
    (
        "The Memphis facility wasn't to begin turning out product until 1993, so the decision "
        "may reveal a more pessimistic long-term outlook.",
        "1993",
    ),
    (
        "Elian Gonzalez will remain in the United States for at least two more weeks even as "
        "the appeals court reviews the case, the court ruled on Thursday.",
        "on Thursday",
    ),
    (
        "Spitzer on Monday called for Vacco to revive that unit immediately, vowing that he "
        "would restore it if elected.",
        "on Monday",
    ),
    (
        "President Clinton vowed on Friday to hunt down and bring to justice those who bombed "
        "the two embassies in East Africa.",
        "on Friday",
    ),
)


@pytest.mark.parametrize(("sentence", "when"), _DANGLING)
def test_a_shortened_title_never_stops_on_a_preposition_conjunction_or_helping_verb(sentence, when):
    title = headline(sentence, when, [])
    last = title.split()[-1].lower()
    assert len(title) <= 80
    assert last not in {"against", "any", "so", "between", "those", "the", "and", "would", "of"}
    assert last not in {"even", "very", "also", "just", "he"}


def test_a_date_that_names_a_happening_leaves_the_happening_in_the_title():
    assert (
        headline("The location for Friday's ceremony was chosen by Albright.", "Friday", [])
        == "The location for the ceremony was chosen by Albright"
    )


def test_a_date_phrase_opening_the_sentence_leaves_no_stray_word_in_the_title():
    context = ["Investigators charged Kopp with murder."]
    title = headline(
        "Up until Thursday, however, they had described him as a witness.", "Thursday", context
    )
    assert title == "Investigators had described him as a witness"


def test_a_long_title_drops_its_articles_before_losing_the_end_of_its_clause():
    title = headline(
        "Russia's foreign ministry said the strike jeopardised the US-Russian brokered truce and "
        "accused the coalition of being on the boundary between negligence and connivance.",
        "",
        [],
    )
    assert title == "Russia's foreign ministry said strike jeopardised US-Russian brokered truce"


def test_a_shortened_title_keeps_the_a_of_a_rate():
    title = headline(
        "The board approved the payment of a dividend of 37 cents a share to the holders of the "
        "stock.",
        "",
        [],
    )
    assert title == "Board approved payment of dividend of 37 cents a share to holders of stock"


def test_a_long_title_opening_with_a_subordinate_clause_keeps_the_main_clause():
    title = headline(
        "When Albright set aside vacation plans for the hastily planned trip to East Africa, "
        "the State Department lifted a warning against travel to Kenya on Tuesday.",
        "on Tuesday",
        [],
    )
    assert title == "The State Department lifted a warning against travel to Kenya"


def test_a_leading_clause_stays_when_what_follows_it_is_not_a_main_clause():
    title = headline(
        "As pressure built in this city, the home of a large number of Cuban exiles, officials "
        "of the Immigration and Naturalization Service met the family on Tuesday.",
        "on Tuesday",
        [],
    )
    assert not title.startswith("The home of")


def test_a_shortened_title_never_leaves_between_without_its_and():
    title = headline(
        "Qantas plans daily flights between Sydney and Bombay from Sunday, up from the current "
        "four a week, the airline said in a statement.",
        "from Sunday",
        [],
    )
    assert not title.endswith("between Sydney") and len(title) <= 80


def test_the_drafted_timeline_title_does_not_keep_the_lead_sentence_full_stop():
    text = (
        "Syria's ceasefire is under threat after new airstrikes in the country.\n\n"
        "It began on Monday."
    )
    yaml_text = draft_timeline(Draft(text=text, published="2016-09-18", inline=True))
    assert load_text(yaml_text).timeline.title == (
        "Syria's ceasefire is under threat after new airstrikes in the country"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "BELFAST, Northern Ireland (AP)_ Police seized a car bomb on Sunday in a border town.",
        "CAGUAS, Puerto Rico (AP) -- Police seized a car bomb on Sunday in a border town.",
    ],
)
def test_a_wire_dateline_with_a_region_never_becomes_the_title(lead):
    assert headline(lead, "on Sunday", []) == "Police seized a car bomb in a border town"


def test_a_timeline_whose_first_line_is_a_dateline_takes_its_title_from_the_lead():
    text = "HAMILTON (AP) --\nCanadian authorities issued a warrant for Kopp on Monday.\n"
    yaml_text = draft_timeline(Draft(text=text, published="1999-05-05", inline=True))
    assert load_text(yaml_text).timeline.title == (
        "Canadian authorities issued a warrant for Kopp on Monday"
    )


def test_an_agency_that_spoke_last_is_not_the_he_of_the_next_sentence():
    title = headline(
        "He was the 456th person placed on the list.", "", ["Kopp fled to Mexico, FBI said."]
    )
    assert not title.startswith("FBI")


def test_a_long_title_drops_a_relative_clause_set_off_by_commas():
    title = headline(
        "Kopp, who is from Vermont, was indicted last year in the shooting death of Dr. Barnett "
        "Slepian in his home.",
        "last year",
        [],
    )
    assert title == "Kopp was indicted in the shooting death of Dr. Barnett Slepian in his home"


def test_a_comma_that_only_lists_things_does_not_close_a_relative_clause():
    title = headline(
        "The presidents signed the plan, which covers cooperation in fuel, energy, aircraft "
        "building, missiles and space, on Tuesday in Moscow.",
        "on Tuesday",
        [],
    )
    assert "plan fuel" not in title and "signed" in title


def test_a_drafted_timeline_is_titled_by_its_lead_sentence_not_its_whole_paragraph():
    text = (
        "Kidnappers kept their promise to kill a store owner they took hostage. Police found "
        "the body along a highway on Sunday, and the family said it had paid nothing.\n"
    )
    yaml_text = draft_timeline(Draft(text=text, published="1998-02-13", inline=True))
    assert load_text(yaml_text).timeline.title == (
        "Kidnappers kept their promise to kill a store owner they took hostage"
    )


def test_a_word_cut_never_splits_a_name():
    title = headline(
        "Canadian authorities issued a nationwide arrest warrant Monday for James Charles Kopp, "
        "an American anti-abortion activist.",
        "",
        [],
    )
    assert title == "Canadian authorities issued a nationwide arrest warrant Monday"


def test_a_name_is_kept_split_rather_than_leave_its_verb_hanging():
    title = headline(
        "Waertsilae Marine's biggest creditor is Miami-based Carnival Cruise Lines Inc. of "
        "Florida, which ordered three ships.",
        "",
        [],
    )
    assert not title.endswith("creditor")
