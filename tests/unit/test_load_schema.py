"""`check` and the JSON Schema editors use agree on what a timeline may hold."""

from __future__ import annotations

import json

import pytest
import yaml

from tui.load.loader import load_text
from tui.load.schema import schema_text

jsonschema = pytest.importorskip("jsonschema")

TIMELINE = """\
title: T
sources:
  a:
    title: A
    published: "2016-09-18"
    text: The strike happened on Saturday.
events:
  - title: {title}
    when: "2016-09-17"
    tags: {tags}
"""


def _schema_accepts(text: str) -> bool:
    validator = jsonschema.Draft7Validator(json.loads(schema_text()))
    return validator.is_valid(yaml.safe_load(text))


def _check_accepts(text: str) -> bool:
    return not any(d.is_error for d in load_text(text, "t.yaml").diagnostics)


@pytest.mark.parametrize(
    ("title", "tags", "accepted"),
    [
        ("Strike", "career", True),
        ("Strike", "[career, aleppo]", True),
        ("Strike", "{career: yes}", False),
        ("Strike", "[[nested]]", False),
        ('""', "[career]", False),
    ],
    ids=["one tag alone", "a list", "a mapping", "a nested list", "an empty title"],
)
def test_check_and_the_schema_give_the_same_verdict(title, tags, accepted):
    text = TIMELINE.format(title=title, tags=tags)
    assert (_check_accepts(text), _schema_accepts(text)) == (accepted, accepted)


def test_one_tag_written_alone_is_that_tag():
    result = load_text(TIMELINE.format(title="Strike", tags="career"), "t.yaml")
    assert result.timeline.events[0].tags == ("career",)
