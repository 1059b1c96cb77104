"""Textual screens: whole views of the explorer."""
