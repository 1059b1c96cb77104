"""A drafted timeline's doubts, as the explorer shows them."""

from __future__ import annotations

DOUBTFUL = """\
title: T
sources:
  a: {title: A, published: 2016-09-18}
events:
  # doubtful: 'Monday' may be the day it was reported, not the day it happened
  - {title: Talks failed, when: on Monday, source: a}
  - {title: Ceasefire began, when: on Tuesday, source: a}
"""


async def test_a_doubtful_event_is_marked_in_the_margin_and_its_details_say_why(explorer, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(DOUBTFUL, encoding="utf-8")
    async with explorer(path, size=(60, 20)) as ui:
        rows = [line for line in ui.lines() if "▸" in line]
        assert rows[0].startswith(" ? ▸ Talks failed") and rows[1].startswith("   ▸ Ceasefire")
        ui.select("Talks failed")
        await ui.press("enter")
        screen = " ".join(line.strip() for line in ui.lines())
        assert "doubtful: 'Monday' may be the day it was reported, not the day it happened" in (
            screen
        )
