"""The review of a drafted timeline: proposals on the left, the article on the right.

``timeline draft ARTICLE --published DATE --review -o OUT.yaml`` opens it. The reviewer accepts or
rejects each proposal, edits its title or `when`, merges it into the one before, or adds one from
the sentence under the article's cursor (underlined). Writing hands the accepted proposals to the
command line's writer; when that fails (OUT appeared meanwhile, a full disk) the review stays open
and says why. Quitting writes nothing, and asks first when there are decisions to lose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Footer, Input, Static, TextArea
from textual.widgets.text_area import Selection

from tui.core.model import Resolution
from tui.core.textsafe import excerpt, one_line, visible
from tui.formats.draft_mentions import Proposal
from tui.formats.draft_review import Review, anchor_waits
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.review_quit import QuitAnswer, QuitReviewScreen
from tui.ui.screens.source import _location
from tui.ui.widgets.edit_line import EditLine
from tui.ui.widgets.proposal_list import ProposalList

_ALREADY = "Already proposed: '{}'. Press n again to add another event from it"
NARROW = 100
"""Columns under which the list cuts each title to one line instead of wrapping it."""

Writer = Callable[[list[Proposal]], str | None]
"""Writes the accepted proposals to OUT; None when written, else why not."""

KEYS = (
    ("a / x", "accept / reject the proposal, and move to the next"),
    ("w or ctrl+s", "write the accepted events to OUT and quit"),
    ("q", "quit; asks first when there are decisions to lose"),
    ("e / t", "edit the proposal's when / title: Enter keeps it, Escape cancels"),
    ("m", "merge the proposal into the one before: its sentence becomes a second quote"),
    ("Tab", "move between the list and the article"),
    ("n", "add an event from the underlined sentence (the one under the article's cursor)"),
    ("↓ / ↑", "next / previous proposal, or the article's next / previous sentence"),
    ("?", "this help"),
)

_SENTENCE = Style(underline=True, bold=True)


def _offset(text: str, row: int, column: int) -> int:
    """The character offset of a TextArea location, for the review's offsets into the text."""
    start = 0
    for _ in range(row):
        start = text.find("\n", start) + 1
    return start + column


class Article(TextArea):
    """The article, read-only, with the sentence ``n`` would take (the cursor's) underlined.
    Up and down step a sentence at a time, so the one underlined is the one ``n`` takes and is
    scrolled wholly into view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "sentence(1)", "Next sentence", show=False),
        Binding("up", "sentence(-1)", "Previous sentence", show=False),
    ]

    def __init__(self, text: str, sentence_at: Callable[[int], tuple[int, int] | None]) -> None:
        """``sentence_at`` gives the sentence ``n`` takes at an offset into ``text``."""
        super().__init__(
            visible(text), read_only=True, soft_wrap=True, show_line_numbers=False, id="article"
        )
        self.source = text
        self.sentence_at = sentence_at
        self.underlined: tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None = None

    def _sentence(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Where the cursor's sentence starts and ends, found again only when the cursor moved:
        the lines are drawn (and cached) for a selection, so this always matches it."""
        cursor = self.selection.end
        if self.underlined is None or self.underlined[0] != cursor:
            span = self.sentence_at(_offset(self.source, *cursor))
            if span is None:
                return None
            top, bottom = _location(self.source, span[0]), _location(self.source, span[1])
            self.underlined = (cursor, top, bottom)
        return self.underlined[1], self.underlined[2]

    def action_sentence(self, step: int) -> None:
        """The cursor to the start of the next (or previous) sentence, shown whole."""
        here = self.sentence_at(_offset(self.source, *self.selection.end))
        if here is None:
            return
        probe, there = (here[1] if step > 0 else here[0] - 1), here
        while there == here and 0 <= probe < len(self.source):  # past spaces and a stray quote
            if not self.source[probe].isspace():
                there = self.sentence_at(probe) or here
            probe += step
        if there == here:
            return
        end, start = _location(self.source, there[1]), _location(self.source, there[0])
        self.scroll_to_region(self._region_of(start, end), animate=False, immediate=True)
        self.selection = Selection(start, start)
        self.scroll_cursor_visible(animate=False)

    def _region_of(self, start: tuple[int, int], end: tuple[int, int]) -> Region:
        """The screen rows a sentence from ``start`` to ``end`` takes, wrapped as it is shown."""
        top = self.wrapped_document.location_to_offset(start).y
        bottom = self.wrapped_document.location_to_offset(end).y
        return Region(0, top, 1, bottom - top + 1)

    def get_line(self, line_index: int) -> Text:
        """Textual's hook for styling a line: the part of the cursor's sentence on it."""
        line = super().get_line(line_index)
        sentence = self._sentence()
        if sentence is not None:
            (top, left), (bottom, right) = sentence
            if top <= line_index <= bottom:
                start = left if line_index == top else 0
                end = right if line_index == bottom else len(line)
                line.stylize(_SENTENCE, start, end)
        return line


def _heading(review: Review, out_name: str) -> Text:
    """The review's title line: how many are accepted, and where w writes them."""
    accepted = review.states.count("accepted")
    return Text(
        f"Review the draft: {accepted} of {len(review.proposals)} accepted; "
        f"w writes them to {one_line(out_name)}",
        "bold",
    )


def _dating(p: Proposal) -> Text:
    """How a proposal is dated, and any doubt, for the line under the list."""
    if isinstance(p.result, Resolution):
        why = p.result.explanation  # "on Saturday → Sat 17 Sep 2016: the Saturday before ..."
    else:
        why = f"{excerpt(p.when) if p.when else '(none)'} → not resolved: {p.result.reason}"
    lines = Text.assemble(one_line(p.title), "\n", ("when: ", "bold"), one_line(why))
    for doubt in p.doubts:
        lines.append(f"\ndoubtful: {one_line(doubt)}", "yellow")
    return lines


class ReviewScreen(Screen[None]):
    """Proposals and article side by side; every decision from the keyboard."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # the decisions, writing, quitting and the key list first, so a 60-column footer shows them
        Binding("a", "accept", "Accept"),
        Binding("x", "reject", "Reject"),
        Binding("w,ctrl+s", "save", "Write"),
        Binding("q", "quit_review", "Quit"),
        Binding("question_mark", "help", "Keys"),
        Binding("e", "edit('when')", "When"),
        Binding("t", "edit('title')", "Title"),
        Binding("m", "merge", "Merge"),
        Binding("n", "add", "Add sentence"),
        Binding("tab", "switch", "Article/list", show=False),
        Binding("escape", "cancel_edit", "Cancel edit", show=False),
    ]

    def __init__(self, review: Review, out_name: str, write: Writer | None = None) -> None:
        """``write`` writes what was accepted; without it the review only hands it back."""
        super().__init__()
        self.review = review
        self.started = review
        self.out_name = out_name
        self.write = write
        self.editing: str | None = None
        self.back_to: str = "#proposals"
        self.offered: tuple[int, int] | None = None
        """The proposed sentence a second n would add another event from."""
        self.undo_add: Review | None = None
        """The review before a sentence with no when was added: Escape on its when goes back."""

    def compose(self) -> ComposeResult:
        """The list beside the article; under them how the date was read, an edit line, keys."""
        yield Static(id="review-title")
        with Horizontal():
            yield ProposalList(id="proposals")
            yield Article(self.review.text, self.review.sentence_at)
        yield Static(id="review-status")
        yield EditLine(id="review-edit")
        yield Footer()

    def on_mount(self) -> None:
        """The list first, with the first proposal's sentence selected in the article."""
        self._refill(0)
        self.query_one(ProposalList).focus()

    def on_resize(self, event: events.Resize) -> None:
        """A narrow terminal cuts each title to one line of the list (review.tcss), and its
        dates to their days."""
        narrow = event.size.width < NARROW
        if narrow != self.has_class("narrow"):
            self.set_class(narrow, "narrow")
            self.query_one(ProposalList).narrow = narrow
            self._refill(self.index)

    @property
    def index(self) -> int:
        """The highlighted proposal, or -1 when there is none."""
        highlighted = self.query_one(ProposalList).highlighted
        return -1 if highlighted is None else highlighted

    def _refill(self, keep: int) -> None:
        """The list again after a change, the proposal at ``keep`` highlighted."""
        self.query_one(ProposalList).show(self.review, keep)
        self._show()

    def _show(self) -> None:
        """The title's count, how the highlighted proposal is dated, and its sentence selected."""
        self.query_one("#review-title", Static).update(_heading(self.review, self.out_name))
        status = self.query_one("#review-status", Static)
        if self.index < 0:
            status.update(Text("No proposals: n adds one from the sentence under the cursor."))
            return
        p = self.review.proposals[self.index]
        status.update(_dating(p))
        area = self.query_one("#article", TextArea)
        area.selection = Selection(  # the cursor at its start: the sentence n would take
            _location(self.review.text, p.quote_end), _location(self.review.text, p.quote_start)
        )
        area.scroll_cursor_visible(center=True, animate=False)

    def on_option_list_option_highlighted(self) -> None:
        """The article follows the list."""
        self._show()

    def _decide(self, state: str) -> None:
        """Record the decision on the highlighted proposal and move to the next: only its line
        is drawn again, so a long draft answers at once."""
        if self.index >= 0:
            at = self.index
            self.review = self.review.decide(at, state)  # type: ignore[arg-type]
            options = self.query_one(ProposalList)
            options.redraw(self.review, at)
            if at + 1 < options.option_count:
                options.highlighted = at + 1  # the highlight event shows the next proposal
            else:
                self._show()

    def action_accept(self) -> None:
        """Accept, unless its when gives no date: that would be written undated."""
        refusal = self.review.not_acceptable(self.index) if self.index >= 0 else None
        if refusal is not None:
            self.notify(refusal, title="Not accepted", severity="warning", markup=False)
            return
        self._decide("accepted")

    def action_reject(self) -> None:
        """Reject: it will not be written."""
        self._decide("rejected")

    def action_merge(self) -> None:
        """Two proposals of one happening become one, with both sentences; never into one that
        is rejected, which would drop both unasked."""
        at = self.index
        if at <= 0 or self.review.states[at - 1] == "rejected":
            why = "it is the first" if at <= 0 else "the one before it is rejected"
            self.notify(f"Not merged: {why}", severity="warning", timeout=3)
            return
        note = _merged(self.review.proposals[at - 1].when, self.review.proposals[at].when)
        self.review = self.review.merge_into_previous(at)
        self._refill(at - 1)
        self.notify(note, markup=False, timeout=4)

    def action_add(self) -> None:
        """A proposal from the underlined sentence; one already proposed asks first, and a second
        n adds another event from it. The focus stays in the article, for the next sentence."""
        area = self.query_one("#article", Article)
        offset = _offset(self.review.text, *area.cursor_location)
        twin = self.review.proposed_at(offset)
        span = self.review.sentence_at(offset)
        another = twin is not None and span == self.offered
        if twin is not None and not another:
            self.query_one(ProposalList).highlighted = twin
            self.notify(_ALREADY.format(one_line(self.review.proposals[twin].title)), markup=False)
            self.offered = span
            return
        self.offered = None
        before = self.review
        self.review, at = self.review.add_from(offset, another=another)
        if at < 0:
            return
        self._refill(at)
        added = self.review.proposals[at]
        refusal = self.review.not_acceptable(at)
        if not added.when:
            self.action_edit("when")
            self.undo_add = before
        elif refusal is not None:
            self.notify(refusal, title="Added, not accepted", severity="warning", markup=False)
        else:
            self.notify(f"Added and accepted: '{one_line(added.title)}'", markup=False)

    def action_switch(self) -> None:
        """Tab: between the list and the article."""
        if self.query_one(ProposalList).has_focus:
            self.query_one("#article", TextArea).focus()
        else:
            self.query_one(ProposalList).focus()

    def action_edit(self, what: str) -> None:
        """e / t: open the edit line on the when (resolved at once) or the title; the focus
        comes back where it was."""
        if self.index < 0:
            return
        self.back_to = "#article" if self.query_one("#article").has_focus else "#proposals"
        p = self.review.proposals[self.index]
        self.query_one(EditLine).open(what, p.title if what == "title" else p.when)
        self.editing = what

    def on_input_submitted(self, message: Input.Submitted) -> None:
        """Enter keeps the edit; an accepted proposal whose when no longer resolves is taken back
        to proposed, and the reviewer is told why."""
        at = self.index
        was = self.review.states[at] if at >= 0 else None
        self.undo_add = None
        if self.editing == "title":
            if not message.value.strip():
                self.notify("Title kept: an event needs one", markup=False, timeout=3)
            self.review = self.review.retitle(at, message.value)
        elif self.editing == "when":
            self.review = self.review.rewhen(at, message.value)
        self.action_cancel_edit()
        self._refill(at)
        refusal = self.review.not_acceptable(at) if at >= 0 else None
        if refusal is not None and was == "accepted":
            self.notify(refusal, title="No longer accepted", severity="warning", markup=False)
        elif at >= 0 and (waits := anchor_waits(self.review, at)):
            self.notify(waits, title="Anchored on a proposal", severity="warning", markup=False)

    def action_cancel_edit(self) -> None:
        """Escape: close the edit line, changing nothing; a sentence just added for want of a
        when is taken back out."""
        self.query_one(EditLine).close()
        self.editing = None
        self.query_one(self.back_to).focus()
        if self.undo_add is not None:
            self.review, self.undo_add = self.undo_add, None
            self._refill(self.index)
            self.notify("Not added: the sentence has no when", markup=False, timeout=3)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a field is being edited, letters are typed into it, not taken as commands."""
        return self.editing is None or action == "cancel_edit"

    def action_save(self) -> None:
        """Write the accepted proposals and quit; when writing fails, stay, and say why."""
        kept = self.review.kept()
        if isinstance(kept, str):
            self.notify(kept, severity="warning", markup=False)
            return
        if not kept:
            self.notify("Nothing accepted yet: a accepts a proposal.", severity="warning")
            return
        problem = self.write(kept) if self.write is not None else None
        if problem is not None:
            self.notify(
                f"{problem}. The review stays open: move the file away and press w again, "
                "or q to quit.",
                title="Not written",
                severity="error",
                timeout=30,
                markup=False,
            )
            return
        self.app.exit(kept)

    def action_quit_review(self) -> None:
        """Quit at once when nothing was decided; else ask whether to write, drop or go on."""
        if self.review == self.started:
            self.app.exit(None)
            return
        accepted = self.review.states.count("accepted")
        self.app.push_screen(QuitReviewScreen(accepted, self.out_name), self._quit_answered)

    def _quit_answered(self, answer: QuitAnswer) -> None:
        """What the quit dialog decided."""
        if answer == "write":
            self.action_save()
        elif answer == "discard":
            self.app.exit(None)

    def action_help(self) -> None:
        """?: the review's keys, in the explorer's help table."""
        self.app.push_screen(HelpScreen(KEYS))


class ReviewApp(App[list[Proposal] | None]):
    """Runs the review; its return value is the accepted proposals, or None to write nothing."""

    CSS_PATH = "review.tcss"
    ENABLE_COMMAND_PALETTE = False  # it offers nothing for a review, and took the footer's end

    def __init__(self, review: Review, out_name: str, write: Writer | None = None) -> None:
        """``write`` writes the accepted proposals to OUT before the review closes."""
        super().__init__()
        self.review = review
        self.out_name = out_name
        self.write = write

    def on_mount(self) -> None:
        """The review is the only screen."""
        self.push_screen(ReviewScreen(self.review, self.out_name, self.write))

    async def action_quit(self) -> None:
        """ctrl+q asks first, as q does: Textual's own quit would drop the decisions unasked."""
        if isinstance(self.screen, QuitReviewScreen):
            return
        screen = next((s for s in self.screen_stack if isinstance(s, ReviewScreen)), None)
        if screen is None:
            self.exit(None)
        else:
            screen.action_quit_review()


def review(
    text: str,
    published: datetime,
    proposals: list[Proposal],
    out_name: str,
    write: Writer | None = None,
) -> list[Proposal] | None:
    """Open the review in the terminal; the accepted proposals (written by ``write``), or None
    when nothing is to be written."""
    return ReviewApp(Review.start(text, published, proposals), out_name, write).run()


def _merged(kept: str, dropped: str) -> str:
    """What a merge tells the reviewer: the date it dropped, when the two had different ones."""
    if not dropped or dropped == kept:
        return "Merged into the proposal before"
    kept_words = f"'{kept}'" if kept else "no date"
    return f"Merged into the proposal before: its date {kept_words} kept, '{dropped}' dropped"
