"""Dates: resolve a news date expression against an anchor, find expressions in text, label spans.

Imports ``core`` (and dateparser, lazily); never Textual.
"""
