"""A sentence that reports several happenings, each on its own date (issue 14).

"Since 1949, it has been expanded to include Greece in 1952 and Spain in 1982" reports the two
enlargements, not the year it counts from: a date that opens a count ("since") is the frame of
the later dates beside it, not a happening of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.model import Resolution
from tui.formats.draft_mentions import Mention

_SINCE = re.compile(r"\b(?:since|ever since)\s+$", re.IGNORECASE)


def a_since_frame(m: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``m`` is the start a sentence counts from ("Since 1949, it has grown to include
    Greece in 1952"): then the later dates after it tell the happenings and it tells none."""
    before = m.sentence[: m.start - m.quote_start]
    if not _SINCE.search(before[-20:]) or not isinstance(m.result, Resolution):
        return False
    start = m.result.start
    return any(
        o.start > m.end
        and isinstance(o.result, Resolution)
        and o.result.is_dated
        and o.result.start > start
        for o in others
    )
