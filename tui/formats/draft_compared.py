"""Results compared with a year earlier are the results of the quarter reported, not of the
quarter they are compared with.

"The company earned $10.2 million, or 67 cents a share, compared with $8.1 million in the
year-ago quarter" reports this year's quarter: "the year-ago quarter" names the figure it is set
against. Dated by that expression the event would land a year early, so the draft dates it by the
quarter a year after, and says why. Likewise "in the three months ended Sept. 30" dates the
figures by the months to that day, not by the day.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from tui.core.model import Resolution
from tui.dates import resolve
from tui.formats.draft_mentions import Mention
from tui.formats.draft_text import COMPARED_WITH, FIGURES, WHEN_CLAUSE

_YEAR_AGO = re.compile(r"\byear[- ](?:ago|earlier)\b", re.IGNORECASE)
_COMPARISON = re.compile(
    rf"\b(?:{COMPARED_WITH}|(?:up|down)\s+from|from|against)(?!\w)", re.IGNORECASE
)
_SET_AGAINST = re.compile(
    rf"\b(?:(?:{COMPARED_WITH})\s+(?:(?:the|its|their)\s+)?"
    r"(?:[\w$%.,-]+\s+(?:[mb]illion\s+)?)?"
    r"(?:[$£€]?\d[\d.,]*\s+(?:[mb]illion\s+)?(?:(?!(?:in|on|at|of|by)\s)[a-z]+\s+)?"
    r"(?:and\s+)?){0,3}|\b(?:\w{3,}est|most|fewest|first)\s+(?:[\w-]+\s+){0,4}?since\s+"
    r"(?:the\s+)?|(?:up|down)\s+from\s+[\w$%.,-]+\s+"
    r"(?:[mb]illion\s+)?(?:in\s+)?|\bcomparable\s+periods?\s+(?:in|of)\s+)$",
    re.IGNORECASE,
)
"""The words before a time a figure is set against: "lower than a year ago", "up from seven a
year ago", "compared with 1.8353 marks and 142.10 yen Wednesday", "their longest since the
2019-20 season", "up from C$252 million in
1988", "comparable periods in 1988" (but "down from the middle of October" is where a fall
began)."""
_A_YEAR_BEFORE = (timedelta(days=365), timedelta(days=550))
"""How long before the article the year-ago quarter began: a year and up to two quarters more
(Q4 1988 for a report of January 1990)."""
_REACH = 120
"""How far back from the year-ago words the comparison may open: "compared with $8.1 million,
or 52 cents a share, in the year-ago quarter"."""


def a_compared_time(m: Mention) -> bool:
    """Whether ``m`` is only the time a figure is compared with, which dates no happening; a
    when-clause after it makes it the date of that clause ("in 1988, when year-end net fell")."""
    at = m.start - m.quote_start
    return bool(
        _SET_AGAINST.search(m.sentence, max(0, at - 80), at)
        and not WHEN_CLAUSE.match(m.sentence, m.end - m.quote_start)
    )


def the_quarter_reported(
    text: str, m: Mention, published: datetime
) -> tuple[str, Resolution, str, str] | None:
    """When ``m`` is the year-ago quarter the sentence's figures are set against, the quarter a
    year after it: the ``when`` to write, its resolution, the doubt to show and the words that
    said it (as ``draft_clauses.fiscal_quarter`` gives them)."""
    result = m.result
    if (
        not isinstance(result, Resolution)
        or result.granularity != "quarter"
        or not _A_YEAR_BEFORE[0] < published - result.start < _A_YEAR_BEFORE[1]
        or not _YEAR_AGO.search(m.when)
    ):
        return None
    at = m.start - m.quote_start
    before = m.sentence[max(0, at - _REACH) : at]
    cues = list(_COMPARISON.finditer(before))
    if not cues:
        return None
    cue = cues[-1]
    opened = max(0, at - _REACH) + cue.start()
    if not FIGURES.search(m.sentence, 0, opened):
        return None  # "A year earlier, the unit lost $2 million": the year-ago quarter's own news
    quarter = result.value.rsplit("Q", 1)[1]
    when = f"Q{quarter} {result.start.year + 1}"
    reported = resolve(when, published, anchor_label="the source's publication")
    if not isinstance(reported, Resolution):
        return None
    doubt = f"figures set against {m.when!r}: taken to be the quarter a year later, {when}"
    return when, reported, doubt, text[m.start : m.end]


MONTHS_ENDED = re.compile(
    r"(?:\b(?:in|for|during|over|of)\s+)?\b(?:the|its|their)\s+"
    r"(three|six|nine|twelve|[369]|12)\s+months\s+(?:ended|ending|through|to)\s+$",
    re.IGNORECASE,
)
"""A period of figures that ends on a day: "in the three months ended Sept. 30" (but "pushed
back by three months to March 31" is a delay)."""
_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


def months_ended(
    text: str, day: Mention, published: datetime
) -> tuple[str, Resolution, str, str] | None:
    """ "In the three months ended Sept. 30, profit fell" is news of the months to that day, not
    of the day: the ``when`` to write (July to September), its resolution, the doubt to show and
    the words that said it, as ``fiscal_quarter`` gives them."""
    result = day.result
    if not isinstance(result, Resolution) or result.granularity != "day" or result.approximate:
        return None
    said = MONTHS_ENDED.search(text, max(0, day.start - 40), day.start)
    if said is None:
        return None
    count = _MONTH_COUNTS.get(said.group(1).lower()) or int(said.group(1))
    last = result.start.year * 12 + result.start.month - 1 - (result.start.day < 15)
    first = last - count + 1
    when = f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"
    reading = resolve(when, published, anchor_label="the source's publication")
    if not isinstance(reading, Resolution):
        return None
    words = " ".join(text[said.start() : day.end].split())
    return when, reading, f"'{words}' taken as the months to that day", text[said.start() : day.end]
