"""A length of time before or after a named happening ("two days after the bombing") is counted
from that happening, never from the day the article was published."""

from __future__ import annotations

from tui.formats.draft import Draft, draft_timeline
from tui.load.loader import load_text


def _drafted(text: str, published: str = "1998-03-04") -> tuple[str, list]:  # type: ignore[type-arg]
    yaml_text = draft_timeline(Draft(text=text, published=published, inline=True))
    result = load_text(yaml_text)
    assert result.timeline is not None
    return yaml_text, list(result.timeline.events)


def test_days_after_a_happening_the_article_never_dates_are_unresolved_with_the_reason():
    yaml_text, [event] = _drafted("Two days after the bombing, police arrested him.")
    assert event.resolution is None
    assert "counted from 'the bombing', which the article does not date" in yaml_text


def test_years_after_an_undated_happening_are_not_counted_from_the_publication():
    text = "It was twenty years after the first astronauts were chosen that NASA included women."
    yaml_text, events = _drafted(text)
    assert all(e.resolution is None or e.resolution.value != "2018" for e in events)
    assert "which the article does not date" in yaml_text


def test_days_before_a_happening_told_earlier_are_counted_from_it_with_an_anchor():
    text = (
        "Slepian was shot to death last Oct. 23 at his home.\n\n"
        "A jogger spotted the car ten days before the shooting."
    )
    spotted, shot = _drafted(text, "1999-04-19")[1]
    assert spotted.anchor == shot.id
    assert spotted.resolution.value == "1998-10-13"
    assert spotted.title == "A jogger spotted the car"


def test_days_before_a_date_written_next_to_them_are_counted_from_that_date():
    [event] = _drafted("The envoy left 10 days before Christmas.")[1]
    assert event.when == "10 days before Christmas"
    assert event.resolution.value == "1997-12-15"


def test_a_clause_dated_by_its_own_day_is_not_dated_by_a_fronted_count_of_days():
    text = (
        "Terrorist bombings this month hit U.S. embassies in Kenya and Tanzania.\n\n"
        "Retaliating 13 days after the deadly embassy bombings, U.S. forces Thursday launched "
        "cruise missile strikes against camps in Afghanistan."
    )
    events = _drafted(text, "1998-08-20")[1]
    strikes = next(e for e in events if "strikes" in e.title)
    assert strikes.when == "Thursday" and strikes.resolution.value == "1998-08-20"


def test_a_time_of_day_next_to_a_count_of_days_is_that_time_of_that_day():
    text = (
        "Slepian was shot to death last Oct. 23 at his home.\n\n"
        "A jogger spotted the car at 6 a.m. near the house ten days before the shooting."
    )
    values = sorted(e.resolution.value for e in _drafted(text, "1999-04-19")[1])
    assert values == ["1998-10-13T06:00", "1998-10-23"]


def test_a_time_of_day_alone_is_on_the_day_of_the_happening_told_before_it():
    text = (
        "A bomb exploded outside the U.S. Embassy in Nairobi on Friday.\n\n"
        "The blast occurred at 10:35 a.m. and toppled a building."
    )
    yaml_text, events = _drafted(text, "1998-08-08")
    blast = next(e for e in events if "toppled" in e.title)
    assert blast.resolution.value == "1998-08-07T10:35"
    assert "taken to be on the day of the happening told before it" in yaml_text


def test_a_time_of_day_is_on_the_day_an_earlier_sentence_gives_the_same_deed():
    text = (
        "Slepian was shot to death last Oct. 23 at his home.\n\n"
        "The rifle was found April 8.\n\n"
        "Slepian, 52, was shot to death at 10 p.m. as he stood in the kitchen."
    )
    yaml_text, events = _drafted(text, "1999-04-19")
    kitchen = next(e for e in events if "kitchen" in e.title)
    assert kitchen.resolution.value == "1998-10-23T22:00"
    assert "the day of the same deed, 'last Oct. 23' told before it" in yaml_text


def test_a_count_of_days_is_not_counted_from_a_happening_still_ahead():
    text = (
        "The U.S. attorney has scheduled a news conference Thursday on the murder inquiry.\n\n"
        "A jogger saw the car 10 days before the murder."
    )
    yaml_text, events = _drafted(text, "1999-05-05")
    seen = next(e for e in events if "jogger" in e.title.lower())
    assert seen.resolution is None
    assert "counted from 'the murder'" in yaml_text


def test_a_sentence_with_its_own_day_is_dated_by_it_not_by_a_count_from_the_one_before():
    text = (
        "The index fell 4.3% in the eight trading days after Oct. 12.\n\n"
        "Three days later, as of Friday's close, the Nasdaq Composite was down 6%."
    )
    events = _drafted(text, "1989-10-30")[1]
    down = [e for e in events if "down 6%" in e.title]
    assert [e.resolution.value for e in down] == ["1989-10-27"]


def test_a_date_that_a_count_the_draft_cannot_read_is_told_from_is_doubtful():
    text = "Eight trading days after Oct. 12, the Nasdaq Composite had fallen 4.3%."
    yaml_text = _drafted(text, "1989-10-30")[0]
    assert "# doubtful: 'Oct. 12' is what 'Eight trading days after' counts from" in yaml_text


def test_a_count_from_a_happening_named_with_its_date_is_counted_from_that_date():
    text = "Two weeks after the Sept. 11 attacks, the airline cut 2,000 jobs."
    events = {e.title: e for e in _drafted(text, "2001-10-20")[1]}
    cut = events["The airline cut 2,000 jobs"]
    assert cut.when == "Two weeks after Sept. 11" and cut.resolution.value == "2001-09-25"
    assert events["The attacks"].resolution.value == "2001-09-11"


def test_a_count_before_a_happening_still_ahead_is_counted_from_it_in_a_sentence_of_plans():
    text = (
        "The election will be held on Nov. 3.\n\n"
        "Two days before the election, the candidates will debate."
    )
    debate = next(e for e in _drafted(text, "1998-10-20")[1] if "debate" in e.title)
    assert debate.resolution.value == "1998-11-01" and debate.anchor is not None


def test_a_time_of_day_is_not_given_the_day_of_the_next_sentence():
    text = "Rebels attacked on Monday. The blast came at 6 a.m. Firefighters arrived Tuesday."
    titles = [e.title for e in _drafted(text)[1]]
    assert "The blast came" in titles


def test_the_time_and_the_count_it_is_told_with_are_one_when_the_loader_reads_alike():
    text = (
        "Slepian was shot to death last Oct. 23 at his home.\n\n"
        "A jogger spotted the car at 6 a.m. near the house ten days before the shooting."
    )
    spotted = next(e for e in _drafted(text, "1999-04-19")[1] if "jogger" in e.title.lower())
    assert spotted.when == "6 a.m ten days before"
    assert spotted.resolution.value == "1998-10-13T06:00"
    assert spotted.title == "A jogger spotted the car"
