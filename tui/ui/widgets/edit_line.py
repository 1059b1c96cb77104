"""The review's line for editing a proposal's when or its title."""

from __future__ import annotations

from textual.widgets import Input


class EditLine(Input):
    """Hidden until opened on a field (review.tcss); its border says how it is left."""

    def open(self, what: str, value: str) -> None:
        """Show ``value``, the proposal's ``what``, ready to be edited."""
        self.value = value
        self.placeholder = f"the {what}"
        self.border_title = f"Edit the {what}: Enter sets it, Escape cancels, ctrl+u clears"
        self.display = True
        self.focus()

    def close(self) -> None:
        """Hide the line again; what was typed is the caller's to keep or drop."""
        self.display = False
