"""Writing and reading other formats: json, Markdown, csv, ics, TimelineJS; drafts from articles.

Imports ``core``, ``dates`` and ``load``; never Textual.
"""
