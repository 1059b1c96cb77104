"""The Textual explorer: the app, its screens and widgets, the command palette.

The only layer that imports Textual.
"""
