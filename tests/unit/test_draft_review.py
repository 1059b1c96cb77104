"""What a review decides, without the screen: whens, anchors and which proposals are accepted."""

from __future__ import annotations

from datetime import datetime

from tui.formats.draft import propose
from tui.formats.draft_review import Review

TEXT = (
    "Rebels attacked the base on Monday.\n\n"
    "The blast came at 10 p.m.\n\n"
    "Firefighters stayed for hours."
)
PUBLISHED = datetime(1998, 3, 4)


def _review() -> Review:
    return Review.start(TEXT, PUBLISHED, propose(TEXT, PUBLISHED))


def test_a_new_time_of_day_stays_on_the_anchor_s_day():
    review = _review()
    blast = next(i for i, p in enumerate(review.proposals) if "blast" in p.title)
    assert review.proposals[blast].anchor is not None
    edited = review.rewhen(blast, "11 p.m.").proposals[blast]
    assert edited.anchor is not None and edited.result.value == "1998-03-02T23:00"


def test_a_day_of_its_own_drops_the_anchor():
    review = _review()
    blast = next(i for i, p in enumerate(review.proposals) if "blast" in p.title)
    edited = review.rewhen(blast, "Tuesday").proposals[blast]
    assert edited.anchor is None and edited.result.value == "1998-03-03"


def test_an_added_sentence_is_accepted_once_a_second_try_at_its_when_resolves():
    review, at = _review().add_from(TEXT.index("Firefighters"))
    assert review.states[at] == "proposed"
    review = review.rewhen(at, "Fridy")
    assert review.states[at] == "proposed"
    assert review.rewhen(at, "Tuesday").states[at] == "accepted"


def test_an_added_sentence_rejected_meanwhile_stays_rejected_when_given_a_when():
    review, at = _review().add_from(TEXT.index("Firefighters"))
    review = review.decide(at, "rejected").rewhen(at, "Tuesday")
    assert review.states[at] == "rejected"


def test_a_drafted_proposal_given_a_new_when_is_not_accepted_for_the_reviewer():
    review = _review()
    assert review.rewhen(0, "Sunday").states[0] == "proposed"


def test_a_new_title_gives_a_new_id_and_the_events_anchored_on_it_follow():
    review = _review()
    attack = next(i for i, p in enumerate(review.proposals) if "attacked" in p.title)
    blast = next(i for i, p in enumerate(review.proposals) if "blast" in p.title)
    assert review.proposals[blast].anchor == review.proposals[attack].id
    retitled = review.retitle(attack, "Rebels storm the army base")
    assert retitled.proposals[attack].id == "rebels-storm-the-army"
    assert retitled.proposals[blast].anchor == "rebels-storm-the-army"
    assert "event 'rebels-storm-the-army'" in retitled.proposals[blast].result.explanation


def test_an_added_sentence_retitled_before_its_when_still_waits_for_one():
    review, at = _review().add_from(TEXT.index("Firefighters"))
    review = review.retitle(at, "Firefighters stay on").rewhen(at, "Tuesday")
    assert review.states[at] == "accepted"


def test_a_new_when_for_an_anchor_redates_the_proposals_counted_from_it():
    review = _review()
    attack = next(i for i, p in enumerate(review.proposals) if "attacked" in p.title)
    blast = next(i for i, p in enumerate(review.proposals) if "blast" in p.title)
    redated = review.rewhen(attack, "Tuesday")
    assert redated.proposals[blast].result.value == "1998-03-03T22:00"


def test_an_anchor_given_a_when_that_does_not_resolve_leaves_its_followers_undated():
    review = _review()
    attack = next(i for i, p in enumerate(review.proposals) if "attacked" in p.title)
    blast = next(i for i, p in enumerate(review.proposals) if "blast" in p.title)
    review = review.decide(blast, "accepted").rewhen(attack, "Fridy")
    assert review.not_acceptable(blast) is not None and review.states[blast] == "proposed"


def test_a_sentence_added_whose_only_date_is_a_since_is_marked_doubtful():
    text = "Officials met on Monday.\n\nEight of the 14 killings since 1993 were under inquiry."
    review, at = Review.start(text, PUBLISHED, []).add_from(text.index("Eight"))
    assert review.proposals[at].doubts[0] == (
        "'since 1993' is when a stretch began, not this news's date"
    )


def test_a_when_counted_from_an_event_none_comes_before_cannot_be_accepted():
    text = "Rebels attacked the base on Monday.\n\nThe talks collapsed on Tuesday."
    review = Review.start(text, PUBLISHED, propose(text, PUBLISHED)).rewhen(0, "The next day")
    assert review.proposals[0].anchor is None
    assert "counts from another event" in (review.not_acceptable(0) or "")


def test_a_drafted_day_counted_from_nothing_before_it_is_written_out_and_acceptable():
    text = "The next day, the talks collapsed.\n\nRebels attacked the base on Monday."
    review = Review.start(text, PUBLISHED, propose(text, PUBLISHED))
    first = review.proposals[0]
    assert first.when == first.result.value and review.not_acceptable(0) is None


def test_a_sentence_added_that_opens_on_he_is_titled_with_the_person_the_paragraph_names():
    text = "Novak's whereabouts remain unknown. He was last seen near the port."
    review, at = Review.start(text, PUBLISHED, []).add_from(text.index("He was"))
    assert review.proposals[at].title == "Novak was last seen near the port"
