"""TimelineJS3: the export read back by its documented fields, the import of hostile and
hand-written files, and the round trip."""

from __future__ import annotations

import json

import pytest

from tests.support import BUNDLED
from tui.formats.export import FORMATS, render
from tui.formats.timelinejs_import import ImportProblem, import_timelinejs
from tui.load.loader import load_file, load_text
from tui.load.merging import merge

SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
    "timeline_explorer",
}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
MEDIA_KEYS = {"url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"}

HAND_WRITTEN = {
    "title": {
        "media": {"url": "https://images.example.org/cover.jpg", "caption": "Cover"},
        "text": {"headline": "Whitney Houston<br/> 1963 - 2012", "text": "<p>Her life.</p>"},
    },
    "eras": [
        {
            "start_date": {"year": "1985"},
            "end_date": {"year": "1992"},
            "text": {"headline": "The early albums"},
        }
    ],
    "events": [
        {
            "media": {
                "url": "https://www.youtube.com/watch?v=example",
                "caption": "Greatest Love of All",
                "credit": "Arista Records",
            },
            "start_date": {"month": "2", "day": "14", "year": "1985"},
            "text": {
                "headline": "First album",
                "text": "<p>Her debut album.</p><ul><li>Saving All My Love</li></ul>"
                "<blockquote>“A voice for the ages”<cite>— A critic</cite></blockquote>",
            },
            "group": "albums",
        },
        {
            "start_date": {"year": "2012", "month": "2", "day": "11", "hour": "15", "minute": "55"},
            "end_date": {"year": "2012", "month": "2", "day": "11"},
            "text": {"headline": "Death", "text": "<p>Found in Beverly Hills.</p>"},
            "unique_id": "death",
        },
        {
            "start_date": {"year": "1990", "display_date": "the 1990s"},
            "text": {"headline": "The Bodyguard"},
            "group": "film",
        },
    ],
}


@pytest.fixture(scope="module")
def bundled():
    return load_file(BUNDLED).timeline


def imported(document: object):
    result = import_timelinejs(json.dumps(document).encode(), "t.json")
    loaded = load_text(result.text)
    return result, loaded


def test_the_export_uses_only_timelinejs3_s_documented_fields(bundled):
    data = json.loads(render(bundled, "timelinejs"))
    assert {"title", "events"} <= set(data)
    for slide in data["events"]:
        assert set(slide) <= SLIDE_KEYS
        assert set(slide["start_date"]) <= DATE_KEYS and isinstance(
            slide["start_date"]["year"], int
        )
        assert set(slide.get("media", {})) <= MEDIA_KEYS
        assert set(slide["text"]) == {"headline", "text"}


def test_a_vague_reference_gets_no_slide_rather_than_an_invented_date(bundled):
    data = json.loads(render(bundled, "timelinejs"))
    assert "putin-doubts" not in {s["unique_id"] for s in data["events"]}
    [left] = FORMATS["timelinejs"].left_out(bundled)
    assert left.event.id == "putin-doubts"


def test_a_quarter_is_a_slide_from_its_first_month_to_its_last():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 1998-03-04}\n"
        "events:\n  - {title: Results, when: the third quarter of 1997}\n"
    )
    [slide] = json.loads(render(load_text(text).timeline, "timelinejs"))["events"]
    assert slide["start_date"]["month"] == 7
    assert {k: slide["end_date"][k] for k in ("year", "month")} == {"year": 1997, "month": 9}


def test_a_quarter_comes_back_from_the_timelinejs_file_as_the_same_months():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 1998-03-04}\n"
        "events:\n  - {title: Results, when: the third quarter of 1997}\n"
    )
    exported = render(load_text(text).timeline, "timelinejs")
    [event] = load_text(import_timelinejs(exported.encode(), "t.json").text).timeline.events
    assert (event.resolution.start.month, event.resolution.end.month) == (7, 10)


def test_an_article_is_the_media_of_one_slide_not_of_every_slide():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18, url: 'https://x.org/a'}\n"
        "events:\n  - {title: One, when: Friday}\n  - {title: Two, when: Saturday}\n"
    )
    slides = json.loads(render(load_text(text).timeline, "timelinejs"))["events"]
    assert [s.get("media", {}).get("url") for s in slides] == ["https://x.org/a", None]
    assert all('<a href="https://x.org/a">A</a>' in s["text"]["text"] for s in slides)


def test_the_group_is_the_first_tag_and_every_tag_travels_with_the_slide(bundled):
    data = json.loads(render(bundled, "timelinejs"))
    strike = next(s for s in data["events"] if s["unique_id"] == "strike")
    assert strike["group"] == "airstrike"
    assert strike["timeline_explorer"]["tags"] == ["airstrike", "deir-ez-zor", "casualties"]


def test_the_round_trip_keeps_the_bundled_timeline(bundled):
    result, loaded = imported(json.loads(render(bundled, "timelinejs")))
    again = loaded.timeline
    assert [d for d in loaded.diagnostics if d.is_error] == []
    assert (again.title, again.summary, again.timezone) == (
        bundled.title,
        bundled.summary,
        bundled.timezone,
    )
    assert {s.id: s.published for s in again.sources.values()} == {
        s.id: s.published for s in bundled.sources.values()
    }

    def essence(timeline):
        return sorted(
            (
                e.id,
                e.title,
                e.when,
                e.tags,
                e.details,
                e.source,
                [(q.text, q.by) for q in e.quotes],
                e.resolution.value,
            )
            for e in timeline.events
        )

    assert essence(again) == essence(bundled)
    assert result.events == len(bundled.events)


def test_a_hand_written_timelinejs3_file_imports_with_what_was_not_carried_named():
    result, loaded = imported(HAND_WRITTEN)
    assert [d for d in loaded.diagnostics if d.is_error] == []
    events = {e.title: e for e in loaded.timeline.events}
    assert loaded.timeline.title == "Whitney Houston 1963 - 2012"
    album = events["First album"]
    assert album.resolution.value == "1985-02-14" and album.tags == ("albums",)
    assert album.details == "Her debut album.\n\n- Saving All My Love"
    assert [(q.text, q.by) for q in album.quotes] == [("A voice for the ages", "A critic")]
    assert loaded.timeline.sources[album.source].url == "https://www.youtube.com/watch?v=example"
    assert events["The Bodyguard"].when == "the 1990s"
    assert events["The early albums"].tags == ("era",)
    assert any("title slide's media" in note for note in result.notes)
    assert any("era" in note for note in result.notes)


def test_a_hand_written_file_survives_a_second_round_trip_unchanged():
    first = imported(HAND_WRITTEN)[1].timeline
    second = imported(json.loads(render(first, "timelinejs")))[1].timeline

    def essence(timeline):
        return [
            (e.title, e.when, e.tags, e.details, [(q.text, q.by) for q in e.quotes])
            for e in timeline.events
        ]

    assert essence(second) == essence(first)
    assert {s.url for s in second.sources.values()} == {s.url for s in first.sources.values()}


def test_a_tag_with_markup_is_escaped_in_the_group_and_read_back_as_written():
    text = (
        "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\n"
        "events:\n  - {title: E, when: Saturday, tags: ['<b>x</b>']}\n"
    )
    [slide] = json.loads(render(load_text(text).timeline, "timelinejs"))["events"]
    assert slide["group"] == "&lt;b&gt;x&lt;/b&gt;"
    del slide["timeline_explorer"]
    _, loaded = imported({"events": [slide]})
    assert loaded.timeline.events[0].tags == ("<b>x</b>",)


def test_a_slide_without_media_is_not_credited_to_another_slide_s_source():
    _, loaded = imported(HAND_WRITTEN)
    events = {e.title: e for e in loaded.timeline.events}
    assert loaded.timeline.sources[events["Death"].source].url is None


def test_a_date_time_interval_becomes_a_when_that_check_accepts():
    _, loaded = imported(HAND_WRITTEN)
    death = next(e for e in loaded.timeline.events if e.title == "Death")
    assert (
        death.resolution is not None and death.resolution.start.date().isoformat() == "2012-02-11"
    )
    assert not [d for d in loaded.diagnostics if "cannot resolve" in d.message]


def slides(*start_dates: object, **extra: object) -> dict[str, object]:
    return {
        "events": [
            {"start_date": d, "text": {"headline": f"Slide {i}"}, **extra}
            for i, d in enumerate(start_dates, start=1)
        ]
    }


GOOD = {"year": 2016, "month": 9, "day": 12}


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"year": -100000}, "year -100000 is outside -99999 to 9999"),
        ({"year": 99999}, "year 99999 is outside -99999 to 9999"),
        ({"year": 2016, "month": 13, "display_date": "x"}, "month 13 is outside 1 to 12"),
        ({"year": 2016, "month": 1, "day": 32, "display_date": "x"}, "day 32 is outside 1 to 31"),
        ({"year": "Infinity"}, "is not a whole number"),
        ({"year": 1e300}, "outside -99999 to 9999"),
        ({"month": 3}, "has no year"),
        ("1999", "has no year"),
    ],
)
def test_a_malformed_slide_is_named_with_its_index_and_the_rest_is_imported(bad, message):
    result, loaded = imported(slides(GOOD, bad, GOOD))
    assert any(note.startswith("slide 2: ") and message in note for note in result.notes)
    assert [e.title for e in loaded.timeline.events] == ["Slide 1", "Slide 3"]
    assert result.events == 2


def test_a_year_too_large_for_a_float_is_refused_for_that_slide_only():
    raw = json.dumps(slides(GOOD, {"year": 1}, GOOD)).replace('"year": 1}', '"year": 1e400}')
    result = import_timelinejs(raw.encode(), "t.json")
    assert result.events == 2 and any(n.startswith("slide 2: ") for n in result.notes)


def test_a_headline_that_is_not_text_skips_the_slide():
    document = slides(GOOD, GOOD)
    document["events"][0]["text"] = {"text": [1], "headline": ["x"]}
    result, _ = imported(document)
    assert result.events == 1 and result.notes[0].startswith("slide 1: its headline is not text")


def test_a_title_slide_whose_text_is_not_an_object_is_reported():
    document = {"title": {"text": [1]}, **slides(GOOD)}
    result, loaded = imported(document)
    assert loaded.timeline.title == "Imported timeline"
    assert any("title slide's text is not an object" in note for note in result.notes)


def test_a_media_url_that_is_not_a_url_is_reported_and_not_made_a_source():
    result, loaded = imported(slides(GOOD, media={"url": "https://[::1/"}))
    assert any("slide 1: its media URL" in note for note in result.notes)
    assert all(s.url is None for s in loaded.timeline.sources.values())


def test_a_slide_s_own_display_date_is_read_like_its_start_date_s():
    document = slides({"year": 2016, "month": 9, "day": 17})
    document["events"][0]["display_date"] = "Sat 17 Sep 2016, night"
    _, loaded = imported(document)
    assert loaded.timeline.events[0].resolution.value == "2016-09-17TNI"


def test_a_display_date_of_a_thousand_words_falls_back_to_the_numbers():
    _, loaded = imported(slides({"year": 2016, "display_date": "on " * 1000 + "Monday"}))
    assert [e.when for e in loaded.timeline.events] == ["2016"]


def test_nesting_100k_deep_is_refused_with_a_reason_not_a_crash():
    raw = b'{"events": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}"
    with pytest.raises(ImportProblem, match="nested too deeply"):
        import_timelinejs(raw, "deep.json")


def test_the_round_trip_carries_the_article_so_quotes_are_checked_again(bundled):
    result, loaded = imported(json.loads(render(bundled, "timelinejs")))
    assert "    text: |" in result.text
    assert [d.message for d in loaded.diagnostics] == []
    misquoted = result.text.replace(
        "- text: its first aerial raids", "- text: its first aerial bombs"
    )
    warnings = [d.message for d in load_text(misquoted).diagnostics]
    assert any("does not occur in the text of source 'ceasefire-report'" in w for w in warnings)


def test_quotes_whose_article_was_not_carried_are_named_as_unchecked():
    document = slides(GOOD)
    document["events"][0]["text"]["text"] = "<blockquote>“We will return”</blockquote>"
    result, _ = imported(document)
    assert any("1 quote cannot be checked" in note for note in result.notes)


@pytest.mark.parametrize(
    "end, when",
    [
        ({"year": 2016, "month": 9, "day": 17}, "2016-09-12T14:05 to 2016-09-17"),
        ({"year": 2016, "month": 9, "day": 12, "hour": 18}, "2016-09-12T14:05 to 2016-09-12T18:00"),
        ({"year": 2016, "month": 9, "day": 12}, "2016-09-12T14:05"),
    ],
)
def test_an_import_keeps_the_time_a_slide_starts_at(end, when):
    start = {"year": 2016, "month": 9, "day": 12, "hour": 14, "minute": 5}
    _, loaded = imported({"events": [{"start_date": start, "end_date": end}]})
    event = loaded.timeline.events[0]
    assert (event.when, event.resolution.start.isoformat()) == (when, "2016-09-12T14:05:00")
    assert [d.message for d in loaded.diagnostics] == []


def test_merged_files_that_share_event_ids_give_every_slide_its_own_unique_id():
    one = "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
    one += "  - {id: strike, title: Strike, when: Saturday}\n"
    results = [load_text(one, f"/desk/{name}.yaml") for name in ("left", "right")]
    document = json.loads(render(merge(results).timeline, "timelinejs"))
    assert [s["unique_id"] for s in document["events"]] == ["strike", "right/strike"]


def test_a_timed_span_s_slide_starts_and_ends_at_its_times():
    text = "title: T\nsources:\n  a: {title: A, published: 2016-09-18}\nevents:\n"
    text += "  - {title: Talks, when: 2016-09-12T14:05 to 2016-09-12T18:00}\n"
    slide = json.loads(render(load_text(text).timeline, "timelinejs"))["events"][0]
    numbers = {k: v for k, v in slide["start_date"].items() if k != "display_date"}
    assert numbers == {"year": 2016, "month": 9, "day": 12, "hour": 14, "minute": 5}
    assert slide["end_date"] == {"year": 2016, "month": 9, "day": 12, "hour": 18, "minute": 0}


def test_a_carried_publication_date_that_is_no_date_is_named_and_the_slides_date_written(bundled):
    document = json.loads(render(bundled, "timelinejs"))
    (key,) = document["timeline_explorer"]["sources"]
    document["timeline_explorer"]["sources"][key]["published"] = "bad"
    result, loaded = imported(document)
    assert any(
        f"source '{key}'" in n and "published 'bad' is not an ISO date" in n for n in result.notes
    )
    assert [d for d in loaded.diagnostics if d.is_error] == []
    assert loaded.timeline.sources[key].published == "2016-09-18"
    assert "TimelineJS does not record when a source was published" in result.text


def test_an_end_date_before_the_start_is_named_and_the_start_alone_kept():
    document = slides({"year": 2016, "month": 9, "day": 11})
    document["events"][0]["end_date"] = {"year": 2016, "month": 9, "day": 1}
    result, loaded = imported(document)
    assert any(
        n.startswith("slide 1: its end_date 2016-09-01 is before its start_date 2016-09-11")
        for n in result.notes
    )
    assert [e.when for e in loaded.timeline.events] == ["2016-09-11"]


@pytest.mark.parametrize("zone", ["localtime", "Etc/GMT+14"])
def test_a_carried_time_zone_of_no_place_is_named_and_utc_written(bundled, zone):
    document = json.loads(render(bundled, "timelinejs"))
    document["timeline_explorer"]["timezone"] = zone
    result, loaded = imported(document)
    assert any(
        f"its timezone '{zone}' names no place's zone; UTC is used" in n for n in result.notes
    )
    assert [d for d in loaded.diagnostics if d.is_error] == []
    assert loaded.timeline.timezone == "UTC"


def test_carried_sources_that_are_no_object_are_named_and_quotes_cite_the_slides_source(bundled):
    document = json.loads(render(bundled, "timelinejs"))
    document["timeline_explorer"]["sources"] = ["not", "an", "object"]
    result, loaded = imported(document)
    assert any("the sources of timeline_explorer are not an object" in n for n in result.notes)
    assert [d for d in loaded.diagnostics if d.is_error] == []


def test_an_end_earlier_the_same_day_and_an_era_ending_before_it_starts_are_named():
    document = slides({"year": 2016, "month": 9, "day": 12, "hour": 14})
    document["events"][0]["end_date"] = {"year": 2016, "month": 9, "day": 12, "hour": 9}
    document["eras"] = [
        {"start_date": {"year": 2017}, "end_date": {"year": 2015}, "text": {"headline": "E"}}
    ]
    result, loaded = imported(document)
    assert any(
        n.startswith("slide 1: its end_date 2016-09-12T09:00 is before") for n in result.notes
    )
    assert any(n.startswith("era 1: it ends (2015) before it starts (2017)") for n in result.notes)
    values = sorted(e.resolution.value for e in loaded.timeline.events)
    assert values == ["2016-09-12T14:00", "2017"]


def test_a_slide_with_an_hour_but_no_day_is_skipped_not_dated_by_its_year_alone():
    document = slides(GOOD, GOOD)
    document["events"][0]["start_date"] = {"year": 2016, "hour": 25}
    result, _ = imported(document)
    assert result.events == 1
    assert result.notes[0] == "slide 1: its start_date gives an hour but no month; skipped"


def test_a_year_of_hundreds_of_digits_is_reported_cut_to_a_few():
    document = slides(GOOD, GOOD)
    document["events"][0]["start_date"] = {"year": -1e308}
    result, _ = imported(document)
    assert result.events == 1 and len(result.notes[0]) < 100 and "…" in result.notes[0]
