"""Where the tests find the repository, the bundled timeline and the hostile corpus."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "timelines" / "syria-ceasefire-2016.yaml"
HOSTILE = REPO / "tests" / "hostile"
