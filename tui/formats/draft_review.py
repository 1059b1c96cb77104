"""What a review of drafted proposals decides, kept apart from the screen that asks.

Each step returns a new ``Review``: accept or reject a proposal, change its title or `when`, merge
it into the one before, add one from a sentence of the article. A `when` told from an event
("the same day", "two days later") is anchored on the proposal before it, as the draft anchors its
own. ``kept`` is what may be written: the accepted proposals, or a refusal that says why (an
accepted event anchored on one that is not, or whose `when` does not resolve).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from tui.core.model import Resolution, Unresolved
from tui.dates import find_expressions, resolve, resolve_anchored, told_from_an_event
from tui.dates.tense import tense_in_quotes
from tui.formats.draft_guesses import a_time_with_no_day
from tui.formats.draft_mentions import Proposal, counts_from_an_event
from tui.formats.draft_people import people
from tui.formats.draft_text import (
    SINCE,
    context_before,
    sentences,
    sentences_before,
    slug,
    without_stray_quote_marks,
)
from tui.formats.draft_titles import headline

State = Literal["proposed", "accepted", "rejected"]


@dataclass(frozen=True, slots=True)
class Review:
    """The proposals in article order and what the reviewer decided about each."""

    text: str
    published: datetime
    proposals: tuple[Proposal, ...]
    states: tuple[State, ...]
    waiting: frozenset[str] = frozenset()
    """The ids of sentences the reviewer added that have no date yet: accepted once they do."""

    @classmethod
    def start(cls, text: str, published: datetime, proposals: list[Proposal]) -> Review:
        """Every proposal proposed, none decided yet."""
        proposed: State = "proposed"
        states = (proposed,) * len(proposals)
        return cls(text, published, tuple(proposals), states)

    def decide(self, index: int, state: State) -> Review:
        """The proposal at ``index`` accepted, rejected or proposed again."""
        states = list(self.states)
        states[index] = state
        return replace(self, states=tuple(states))

    def retitle(self, index: int, title: str) -> Review:
        """A new title, and an id made from it, carried to the events anchored on this one; a
        blank title keeps the old, since an event needs one."""
        title = " ".join(title.split())
        if not title:
            return self
        old = self.proposals[index].id
        new = slug(title, {p.id for i, p in enumerate(self.proposals) if i != index})
        proposals = tuple(
            replace(p, title=title, id=new)
            if i == index
            else (replace(p, anchor=new) if p.anchor == old else p)
            for i, p in enumerate(self.proposals)
        )
        waiting = self.waiting - {old} | {new} if old in self.waiting else self.waiting
        return replace(self, proposals=proposals, waiting=waiting)._followed(new)

    def rewhen(self, index: int, when: str) -> Review:
        """A new `when`, resolved as the loader will: against the anchor when it is told from an
        event ("the same day") or is a time of day ("11 p.m."), else against the publication
        ("Friday", "1989-10-27" drop the anchor). An accepted proposal whose new `when` does not
        resolve goes back to proposed, so that it is never written without a date; a sentence
        the reviewer added with no `when` is accepted once it has one that resolves, unless it
        was rejected meanwhile."""
        when = " ".join(when.split())
        if not when:
            return self
        p = self.proposals[index]
        told_from = counts_from_an_event(when) or a_time_with_no_day(
            resolve(when, self.published, anchor_label="the source's publication")
        )  # "11 p.m." is on the anchor's day, as "10 p.m." was
        kept_anchor = p.anchor if told_from else None
        result, anchor, doubts = self._dated(index, when, [p.sentence, *p.quotes], kept_anchor)
        review = self._put(
            index, replace(p, when=when, result=result, doubts=doubts, anchor=anchor)
        )._followed(p.id)
        if isinstance(result, Resolution):
            if p.id not in self.waiting or self.states[index] != "proposed":
                return review
            return replace(review.decide(index, "accepted"), waiting=self.waiting - {p.id})
        return review.decide(index, "proposed") if self.states[index] == "accepted" else review

    def _followed(self, anchor_id: str, depth: int = 0) -> Review:
        """The proposals anchored on ``anchor_id`` dated again from its new date, and theirs in
        turn, so that the list never shows a date the written file would not give."""
        anchor = next((a for a in self.proposals if a.id == anchor_id), None)
        review = self
        for i, p in enumerate(self.proposals):
            if p.anchor != anchor_id or anchor is None or depth > len(self.proposals):
                continue
            if isinstance(anchor.result, Resolution):
                label = f"event '{anchor.id}'"
                result: Resolution | Unresolved = resolve_anchored(
                    p.when, anchor.result, anchor_label=label
                )
            else:
                result = Unresolved(p.when, f"its anchor event '{anchor.id}' is undated")
            doubts = p.doubts if isinstance(result, Resolution) else _doubts(result)
            review = review._put(i, replace(p, result=result, doubts=doubts))
            if not isinstance(result, Resolution) and review.states[i] == "accepted":
                review = review.decide(i, "proposed")
            review = review._followed(p.id, depth + 1)
        return review

    def _dated(
        self, index: int, when: str, quotes: list[str], anchor_id: str | None
    ) -> tuple[Resolution | Unresolved, str | None, tuple[str, ...]]:
        """The `when` resolved as the loader will, its anchor and any doubt: on its own anchor, or,
        told from an event, on the proposal before it (as the draft anchors its own), else on the
        publication."""
        anchor = next((a for a in self.proposals if a.id == anchor_id), None)
        if anchor is None and counts_from_an_event(when):
            anchor = self._before(index)
            if anchor is None:
                doubts: tuple[str, ...] = (
                    "relative to an earlier event, but none precedes it; "
                    "resolved against publication",
                )
                result = self._on_publication(when, quotes)
                return result, None, doubts + _doubts(result)
        if anchor is not None and isinstance(anchor.result, Resolution):
            label = f"event '{anchor.id}'"
            result = resolve_anchored(when, anchor.result, anchor_label=label)
            return result, anchor.id, _doubts(result)
        result = self._on_publication(when, quotes)
        return result, None, _doubts(result)

    def _on_publication(self, when: str, quotes: list[str]) -> Resolution | Unresolved:
        """The `when` resolved against the publication, in the tense its quotes tell it in."""
        tense = tense_in_quotes(when, quotes)
        return resolve(when, self.published, anchor_label="the source's publication", tense=tense)

    def _before(self, index: int) -> Proposal | None:
        """The proposal an event-relative `when` at ``index`` counts from: the nearest one before
        it that has a date and is not rejected."""
        for p, state in zip(self.proposals[:index][::-1], self.states[:index][::-1], strict=True):
            if state != "rejected" and isinstance(p.result, Resolution) and p.result.is_dated:
                return p
        return None

    def merge_into_previous(self, index: int) -> Review:
        """The proposal joins the one before: its sentence becomes a second quote there."""
        if index <= 0:
            return self
        earlier, gone = self.proposals[index - 1], self.proposals[index]
        quotes = earlier.quotes
        if gone.sentence not in (earlier.sentence, *quotes):
            quotes = (*quotes, gone.sentence)
        merged = replace(earlier, quotes=quotes)
        proposals = [
            replace(p, anchor=earlier.id) if p.anchor == gone.id else p for p in self.proposals
        ]
        proposals[index - 1] = merged
        del proposals[index]
        states = list(self.states)
        del states[index]
        return replace(self, proposals=tuple(proposals), states=tuple(states))

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """Where the sentence holding ``offset`` is quoted from (start, end): the one ``add_from``
        takes, or the nearest when ``offset`` falls between sentences."""
        spans = sentences(self.text)
        here = next(((s, e) for _, s, e in spans if s <= offset < e), None)
        if here is None and spans:
            here = min(((s, e) for _, s, e in spans), key=lambda se: abs(se[0] - offset))
        if here is None:
            return None
        sentence = without_stray_quote_marks(self.text[here[0] : here[1]].strip())
        start = self.text.find(sentence, here[0])
        return start, start + len(sentence)

    def proposed_at(self, offset: int) -> int | None:
        """The proposal that already quotes the sentence holding ``offset``, if one does: adding
        it again would only make a twin."""
        span = self.sentence_at(offset)
        if span is None:
            return None
        sentence = self.text[span[0] : span[1]]
        return next(
            (i for i, p in enumerate(self.proposals) if sentence in (p.sentence, *p.quotes)), None
        )

    def add_from(self, offset: int, *, another: bool = False) -> tuple[Review, int]:
        """A new proposal from the sentence holding ``offset``, placed in article order;
        ``another`` is a second happening of a sentence already proposed, dated by an expression
        no proposal of it uses yet (or left for the reviewer to date)."""
        span = self.sentence_at(offset)
        if span is None:
            return self, -1
        quote_start, quote_end = span
        sentence = self.text[quote_start:quote_end]
        found = find_expressions(sentence)
        if another:
            used = {p.when for p in self.proposals if p.quote_start == quote_start}
            found = [f for f in found if f.text not in used]
        when = found[0].text if found else ""
        at = sum(1 for p in self.proposals if p.quote_start <= quote_start)
        if when:
            result, anchor, doubts = self._dated(at, when, [sentence], None)
            if SINCE.search(sentence, 0, found[0].start):
                doubts = (f"'since {when}' is when a stretch began, not this news's date", *doubts)
        else:
            result = resolve("unknown", self.published, anchor_label="the source's publication")
            anchor, doubts = None, ("no date expression in the sentence: give a when",)
        title = _title_of(self.text, quote_start, sentence, when)
        proposal = Proposal(
            id=slug(title, {p.id for p in self.proposals}),
            title=title,
            when=when,
            start=quote_start,
            end=quote_start,
            sentence=sentence,
            anchor=anchor,
            result=result,
            doubts=doubts,
            quote_start=quote_start,
            quote_end=quote_end,
        )
        proposals = list(self.proposals)
        proposals.insert(at, proposal)
        states = list(self.states)
        dated = isinstance(result, Resolution) and bool(when)
        states.insert(at, "accepted" if dated else "proposed")
        waiting = self.waiting if dated else self.waiting | {proposal.id}
        return replace(self, proposals=tuple(proposals), states=tuple(states), waiting=waiting), at

    def not_acceptable(self, index: int) -> str | None:
        """Why the proposal cannot be accepted as it is: a `when` that does not resolve would be
        written with no date, so the reviewer is told to edit it or reject it."""
        p = self.proposals[index]
        if isinstance(p.result, Resolution):
            if p.anchor is None and p.result.value != "PAST_REF" and told_from_an_event(p.when):
                return (
                    f"'{p.title}' counts from another event ('{p.when}') and none comes before "
                    "it, so it would be written with no date; press e to give a when of its "
                    "own, or x to reject it"
                )
            return None
        if not p.when:
            return f"'{p.title}' has no when: press e to give one, or x to reject it"
        return (
            f"'{p.title}' would be written with no date: '{p.when}' does not resolve "
            f"({p.result.reason}); press e to edit the when, or x to reject it"
        )

    def kept(self) -> list[Proposal] | str:
        """The accepted proposals, or why they cannot be written as they are."""
        accepted = [p for p, s in zip(self.proposals, self.states, strict=True) if s == "accepted"]
        for i, state in enumerate(self.states):
            refusal = self.not_acceptable(i) if state == "accepted" else None
            if refusal is not None:
                return refusal
        waiting = next((w for i in range(len(self.states)) if (w := anchor_waits(self, i))), None)
        return waiting if waiting is not None else accepted

    def _put(self, index: int, proposal: Proposal) -> Review:
        """The proposal at ``index`` replaced, every decision kept."""
        proposals = list(self.proposals)
        proposals[index] = proposal
        return replace(self, proposals=tuple(proposals))


def _title_of(text: str, quote_start: int, sentence: str, when: str) -> str:
    """The headline of a sentence the reviewer added, its "he" named from the paragraph as a
    drafted one's is."""
    spans = sentences(text)
    index = next((i for i, (_, s, e) in enumerate(spans) if s <= quote_start < e), None)
    if index is None:
        return headline(sentence, when, [])
    context = context_before(text, spans, index)
    earlier = sentences_before(text, spans, index)
    who = people(text).he_or_she(quote_start, sentence, context, earlier)
    return headline(sentence, when, context, who)


def anchor_waits(review: Review, index: int) -> str | None:
    """Why an accepted proposal cannot be written yet: the event it is anchored on is not
    accepted. The reviewer is told when setting the when, not only when writing."""
    p = review.proposals[index]
    if review.states[index] != "accepted" or not p.anchor:
        return None
    pairs = zip(review.proposals, review.states, strict=True)
    if p.anchor in {q.id for q, state in pairs if state == "accepted"}:
        return None
    return (
        f"'{p.title}' is anchored on '{p.anchor}', which is not accepted: "
        "accept that one too, or give this one a when of its own"
    )


def _doubts(result: Resolution | Unresolved) -> tuple[str, ...]:
    """What the draft would doubt about a date a reviewer gave, in the draft's words, so that the
    written event carries the same ``# doubtful:`` comment a drafted one would."""
    if isinstance(result, Unresolved):
        return (f"could not resolve: {result.reason}",)
    if result.approximate:
        return ("approximate date",)
    return () if result.is_dated else ("vague reference, not a date",)
