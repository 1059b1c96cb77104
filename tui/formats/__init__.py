"""Writing and reading other formats: json, Markdown, csv, ics, TimelineJS, and drafts from articles.

Imports ``core``, ``dates`` and ``load``; never Textual.
"""
