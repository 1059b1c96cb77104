"""The review of a drafted timeline: proposals on the left, the article on the right.

``timeline draft ARTICLE --published DATE --review -o OUT.yaml`` opens it. The reviewer accepts or
rejects each proposal, edits its title or `when`, merges it into the one before, or adds one from
the sentence under the article's cursor; saving hands the accepted proposals back to the command
line, which writes them atomically. Quitting writes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from tui.core.model import Resolution
from tui.core.textsafe import one_line, visible
from tui.formats.draft_events import Proposal
from tui.formats.draft_review import Review
from tui.ui.screens.source import _location

_MARK = {"proposed": ("·", "dim"), "accepted": ("✓", "green"), "rejected": ("✗", "red")}


def _offset(text: str, row: int, column: int) -> int:
    start = 0
    for _ in range(row):
        start = text.find("\n", start) + 1
    return start + column


class ReviewScreen(Screen[None]):
    """Proposals and article side by side; every decision from the keyboard."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # writing and quitting first, so that a narrow footer still shows them
        Binding("ctrl+s,w", "save", "Write accepted"),
        Binding("q", "quit_review", "Quit, write nothing"),
        Binding("a", "accept", "Accept"),
        Binding("x", "reject", "Reject"),
        Binding("t", "edit_title", "Edit title"),
        Binding("e", "edit_when", "Edit when"),
        Binding("m", "merge", "Merge with previous"),
        Binding("n", "add", "Add from cursor sentence"),
        Binding("tab", "switch", "Article/list", show=False),
        Binding("escape", "cancel_edit", "Cancel edit", show=False),
    ]

    def __init__(self, review: Review, out_name: str) -> None:
        super().__init__()
        self.review = review
        self.out_name = out_name
        self.editing: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="review-title")
        with Horizontal():
            yield OptionList(id="proposals")
            yield TextArea(
                visible(self.review.text),
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                id="article",
            )
        yield Static(id="review-status")
        yield Input(id="review-edit")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review-edit", Input).display = False
        self.query_one("#proposals", OptionList).styles.width = "45%"
        self._refill(0)
        self.query_one("#proposals", OptionList).focus()

    @property
    def index(self) -> int:
        highlighted = self.query_one("#proposals", OptionList).highlighted
        return -1 if highlighted is None else highlighted

    def _label(self, p: Proposal, state: str) -> Text:
        mark, style = _MARK[state]
        value = p.result.value if isinstance(p.result, Resolution) else "?"
        label = Text.assemble((mark + " ", style), (f"{value:<13} ", "bold"), one_line(p.title))
        if p.doubts:
            label.append(" (doubtful)", "yellow")
        return label

    def _refill(self, keep: int) -> None:
        options = self.query_one("#proposals", OptionList)
        options.clear_options()
        options.add_options(
            Option(self._label(p, s))
            for p, s in zip(self.review.proposals, self.review.states, strict=True)
        )
        if self.review.proposals:
            options.highlighted = max(0, min(keep, len(self.review.proposals) - 1))
        self._show()

    def _show(self) -> None:
        accepted = self.review.states.count("accepted")
        self.query_one("#review-title", Static).update(
            Text(
                f"Review the draft: {accepted} of {len(self.review.proposals)} accepted; "
                f"w writes them to {one_line(self.out_name)}",
                "bold",
            )
        )
        status = self.query_one("#review-status", Static)
        if self.index < 0:
            status.update(Text("No proposals: n adds one from the sentence under the cursor."))
            return
        p = self.review.proposals[self.index]
        if isinstance(p.result, Resolution):
            why = p.result.explanation  # "on Saturday → Sat 17 Sep 2016: the Saturday before ..."
        else:
            why = f"{p.when or '(none)'} → not resolved: {p.result.reason}"
        lines = Text.assemble(("when: ", "bold"), one_line(why))
        for doubt in p.doubts:
            lines.append(f"\ndoubtful: {one_line(doubt)}", "yellow")
        status.update(lines)
        area = self.query_one("#article", TextArea)
        area.selection = Selection(
            _location(self.review.text, p.quote_start), _location(self.review.text, p.quote_end)
        )
        area.scroll_cursor_visible(center=True, animate=False)

    def on_option_list_option_highlighted(self) -> None:
        self._show()

    def _decide(self, state: str) -> None:
        if self.index >= 0:
            at = self.index
            self.review = self.review.decide(at, state)  # type: ignore[arg-type]
            self._refill(at + 1)

    def action_accept(self) -> None:
        self._decide("accepted")

    def action_reject(self) -> None:
        self._decide("rejected")

    def action_merge(self) -> None:
        if self.index > 0:
            at = self.index
            self.review = self.review.merge_into_previous(at)
            self._refill(at - 1)
            self.notify("Merged into the proposal before", timeout=2)

    def action_add(self) -> None:
        area = self.query_one("#article", TextArea)
        row, column = area.cursor_location
        self.review, at = self.review.add_from(_offset(self.review.text, row, column))
        if at >= 0:
            self._refill(at)
            self.query_one("#proposals", OptionList).focus()
            if not self.review.proposals[at].when:
                self._edit("when")

    def action_switch(self) -> None:
        if self.query_one("#proposals", OptionList).has_focus:
            self.query_one("#article", TextArea).focus()
        else:
            self.query_one("#proposals", OptionList).focus()

    def _edit(self, what: str) -> None:
        if self.index < 0:
            return
        p = self.review.proposals[self.index]
        field = self.query_one("#review-edit", Input)
        field.value = p.title if what == "title" else p.when
        field.placeholder = f"{what} (Enter to keep, Escape to cancel)"
        field.display = True
        self.editing = what
        field.focus()

    def action_edit_title(self) -> None:
        self._edit("title")

    def action_edit_when(self) -> None:
        self._edit("when")

    def on_input_submitted(self, message: Input.Submitted) -> None:
        at = self.index
        if self.editing == "title":
            self.review = self.review.retitle(at, message.value)
        elif self.editing == "when":
            self.review = self.review.rewhen(at, message.value)
        self.action_cancel_edit()
        self._refill(at)

    def action_cancel_edit(self) -> None:
        field = self.query_one("#review-edit", Input)
        field.display = False
        self.editing = None
        self.query_one("#proposals", OptionList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a field is being edited, letters are typed into it, not taken as commands."""
        return self.editing is None or action == "cancel_edit"

    def action_save(self) -> None:
        kept = self.review.kept()
        if isinstance(kept, str):
            self.notify(kept, severity="warning", markup=False)
            return
        if not kept:
            self.notify("Nothing accepted yet: a accepts a proposal.", severity="warning")
            return
        self.app.exit(kept)

    def action_quit_review(self) -> None:
        self.app.exit(None)


class ReviewApp(App[list[Proposal] | None]):
    """Runs the review; its return value is the accepted proposals, or None to write nothing."""

    CSS = "#article { width: 1fr; } #review-status { height: auto; max-height: 5; }"

    def __init__(self, review: Review, out_name: str) -> None:
        super().__init__()
        self.review = review
        self.out_name = out_name

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.review, self.out_name))


def review(
    text: str, published: datetime, proposals: list[Proposal], out_name: str
) -> list[Proposal] | None:
    """Open the review in the terminal; the accepted proposals, or None when nothing is to be
    written."""
    return ReviewApp(Review.start(text, published, proposals), out_name).run()
