"""What a review of drafted proposals decides, kept apart from the screen that asks.

Each step returns a new ``Review``: accept or reject a proposal, change its title or `when`, merge
it into the one before, add one from a sentence of the article. ``kept`` is what may be written:
the accepted proposals, or a refusal that says why (an accepted event anchored on one that is not).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from tui.core.model import Resolution
from tui.dates import find_expressions, resolve, resolve_anchored
from tui.dates.tense import tense_in_quotes
from tui.formats.draft_events import Proposal, slug
from tui.formats.draft_text import sentences, without_stray_quote_marks
from tui.formats.draft_titles import headline

State = Literal["proposed", "accepted", "rejected"]


@dataclass(frozen=True, slots=True)
class Review:
    """The proposals in article order and what the reviewer decided about each."""

    text: str
    published: datetime
    proposals: tuple[Proposal, ...]
    states: tuple[State, ...]

    @classmethod
    def start(cls, text: str, published: datetime, proposals: list[Proposal]) -> Review:
        proposed: State = "proposed"
        states = (proposed,) * len(proposals)
        return cls(text, published, tuple(proposals), states)

    def decide(self, index: int, state: State) -> Review:
        states = list(self.states)
        states[index] = state
        return replace(self, states=tuple(states))

    def retitle(self, index: int, title: str) -> Review:
        title = " ".join(title.split())
        if not title:
            return self
        return self._put(index, replace(self.proposals[index], title=title))

    def rewhen(self, index: int, when: str) -> Review:
        """A new `when`, resolved as the loader will: against the anchor, or the publication."""
        when = " ".join(when.split())
        if not when:
            return self
        p = self.proposals[index]
        anchor = next((a for a in self.proposals if a.id == p.anchor), None)
        if anchor is not None and isinstance(anchor.result, Resolution):
            result = resolve_anchored(when, anchor.result, anchor_label=f"event '{anchor.id}'")
        else:
            anchor = None
            tense = tense_in_quotes(when, [p.sentence, *p.quotes])
            result = resolve(
                when, self.published, anchor_label="the source's publication", tense=tense
            )
        doubts = () if isinstance(result, Resolution) and result.is_dated else p.doubts
        return self._put(
            index,
            replace(
                p, when=when, result=result, doubts=doubts, anchor=anchor.id if anchor else None
            ),
        )

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

    def add_from(self, offset: int) -> tuple[Review, int]:
        """A new proposal from the sentence holding ``offset``, placed in article order."""
        spans = sentences(self.text)
        here = next(((s, e) for _, s, e in spans if s <= offset < e), None)
        if here is None and spans:
            here = min(((s, e) for _, s, e in spans), key=lambda se: abs(se[0] - offset))
        if here is None:
            return self, -1
        s_start, s_end = here
        sentence = without_stray_quote_marks(self.text[s_start:s_end].strip())
        quote_start = self.text.find(sentence, s_start)
        found = find_expressions(sentence)
        when = found[0].text if found else ""
        tense = tense_in_quotes(when, [sentence]) if when else None
        result = resolve(
            when or "unknown", self.published, anchor_label="the source's publication", tense=tense
        )
        doubts = () if found else ("no date expression in the sentence: give a when",)
        title = headline(sentence, when, [])
        proposal = Proposal(
            id=slug(title, {p.id for p in self.proposals}),
            title=title,
            when=when,
            start=quote_start,
            end=quote_start,
            sentence=sentence,
            anchor=None,
            result=result,
            doubts=doubts,
            quote_start=quote_start,
            quote_end=quote_start + len(sentence),
        )
        at = sum(1 for p in self.proposals if p.quote_start <= quote_start)
        proposals = list(self.proposals)
        proposals.insert(at, proposal)
        states = list(self.states)
        states.insert(at, "accepted")
        return replace(self, proposals=tuple(proposals), states=tuple(states)), at

    def kept(self) -> list[Proposal] | str:
        """The accepted proposals, or why they cannot be written as they are."""
        accepted = [p for p, s in zip(self.proposals, self.states, strict=True) if s == "accepted"]
        ids = {p.id for p in accepted}
        for p in accepted:
            if not p.when:
                return f"'{p.title}' has no when: press e to give one, or reject it"
            if p.anchor and p.anchor not in ids:
                return (
                    f"'{p.title}' is anchored on '{p.anchor}', which is not accepted: "
                    "accept that one too, or give this one a when of its own"
                )
        return accepted

    def _put(self, index: int, proposal: Proposal) -> Review:
        proposals = list(self.proposals)
        proposals[index] = proposal
        return replace(self, proposals=tuple(proposals))
