"""The JSON Schema of timeline format v1, in the package, for editors and `timeline schema`."""

from __future__ import annotations

from importlib.resources import files


def schema_text() -> str:
    """The schema as JSON text."""
    return files("tui.load").joinpath("schema.json").read_text(encoding="utf-8")
