"""The review's list of proposed events: each its decision, its date and its title."""

from __future__ import annotations

import re

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.widgets.option_list import Option

from tui.core.model import Resolution
from tui.core.textsafe import one_line
from tui.dates import format_label
from tui.formats.draft_mentions import Proposal
from tui.formats.draft_review import Review
from tui.ui.widgets.choices import Choices

_MARK = {"proposed": ("·", "dim"), "accepted": ("✓", "green"), "rejected": ("✗", "red")}
_WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?=\d)")


def label(p: Proposal, state: str, narrow: bool = False) -> Group:
    """One entry of the list: the decision and the date in the explorer's words (with a ? when
    it is doubtful), then the title indented under the date, cut to one line when the list is
    narrow, where the date drops its weekdays so that its time still shows; the line under the
    list has the whole title."""
    mark, style = _MARK[state]
    date = format_label(p.result) if isinstance(p.result, Resolution) else "not resolved"
    if narrow:
        date = _WEEKDAY_NAME.sub("", date).replace(", ", " ")
    heading = Text.assemble((mark + " ", style), (date, "bold"))
    if p.doubts:
        heading.append(" ?", "yellow")
    title = Text(one_line(p.title), no_wrap=narrow, overflow="ellipsis" if narrow else "fold")
    return Group(heading, Padding(title, (0, 0, 0, 2)))


class ProposalList(Choices):
    """The proposals of a review, drawn from it whole or one entry at a time."""

    narrow = False
    """Whether the list is too narrow to wrap a title: its dates drop their weekdays."""

    def show(self, review: Review, keep: int) -> None:
        """Every proposal of ``review``, the one at ``keep`` highlighted."""
        self.clear_options()
        self.add_options(
            Option(label(p, s, self.narrow))
            for p, s in zip(review.proposals, review.states, strict=True)
        )
        if review.proposals:
            self.highlighted = max(0, min(keep, len(review.proposals) - 1))

    def redraw(self, review: Review, at: int) -> None:
        """The entry at ``at`` again after a decision: only its line is drawn anew."""
        self.replace_option_prompt_at_index(
            at, label(review.proposals[at], review.states[at], self.narrow)
        )
