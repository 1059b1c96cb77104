"""Textual widgets of the explorer."""
