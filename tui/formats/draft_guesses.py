"""Dates the draft can resolve but not justify as a happening's: each is kept, with its doubt.

"6 a.m." resolves to that hour of the publication day, and "until March 6" to March 6, but a
reader cannot tell from them alone that the deed told happened then: the sighting may be ten
days before the murder, the ruling may only set the deadline. The draft keeps the date and says
why it is a guess, so the proposal is reviewed rather than trusted.
"""

from __future__ import annotations

import re
from datetime import datetime

from tui.core.model import Resolution, Unresolved
from tui.dates import resolve, told_from_an_event
from tui.formats.draft_text import SINCE

_A_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|through|by|before|no later than)\s+(?:(?:the|early|late|mid-?)\s+)?$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
_MOVED_TO = re.compile(
    r"(?:\b(?:to|will|would|could|may|might|must|shall|agreed\s+to)\s+"
    r"(?:extend|postpone|delay|defer|adjourn|reschedule|push\s+back|put\s+off)"
    r"|\b(?:extend(?:ed|s|ing)|postpon(?:ed|es|ing)|delay(?:ed|s|ing)|defer(?:red|s|ring)|"
    r"adjourn(?:ed|s|ing)|reschedul(?:ed|es|ing)|push(?:ed|es|ing)\s+back|put(?:s|ting)?\s+off))"
    r"\b[^.;:]{0,60}?\s(?:to|until|till|through|into)\s+(?:(?:the|early|late|mid-?)\s+)?$",
    re.IGNORECASE,
)
"""A deed that moves a date: "extended to Nov. 20 its offer" tells the new deadline, not the day
the offer was extended, even when the resolver, reading the past tense, put the date before the
article ("extended the curfew through Sunday")."""
_MEANT_TO = re.compile(
    r"\b(?:promis|pledg|vow|hop|vote|agre|decid|threaten)\w*"
    r"\s+to\b[^.;:]{0,80}$",
    re.IGNORECASE,
)
"""A deed meant for later: "promised to put the question to a referendum next year" is a promise
made now; only the referendum is next year."""
_ACCORDING_TO = re.compile(
    r",\s*according\s+to\b(?![^;:]*,\s+(?!(?:to|by|in|on|at|of|for|from|with|the|a|an|and|or)\b)"
    r"(?-i:[a-z]))[^;:]{0,150}$",
    re.IGNORECASE,
)
"""A date in the source a sentence cites at its end ("..., according to a memorandum distributed
to bankers last December"): when the source was written, not what it says. One that opens the
sentence ("According to the filing, HP acquired ... on Aug. 10") or is an aside the sentence
goes on from ("The company, according to a filing, sold the unit last December") leaves the date
to the news."""
_TOLD_OF = re.compile(
    r"\b(?:told|informed|notified|warned|announced|said|reported)\b"
    r"(?![^;:]*\b(?:will|would|to|plans?|expects?|scheduled|due)\b)[^;:]{0,120}$",
    re.IGNORECASE,
)
"""A telling in the past before a date still to come ("told oil companies of a cutback in
September"): the date is of what was told, which is ahead. ``before`` is one sentence, so a
full stop in it is an abbreviation's ("U.S.")."""
_COUNTED_FROM_IT = re.compile(
    r"(?<![\w-])(?:[\w-]+\s+){1,3}(?:days?|weeks?|months?|years?|sessions?)\s+(?:after|before)\s+$",
    re.IGNORECASE,
)
"""A count the resolver does not read, told from the date: "Eight trading days after Oct. 12"."""


def a_time_with_no_day(result: Resolution | Unresolved) -> bool:
    """Whether ``result`` is a time of day whose words name no day ("at 10 p.m."): news tells it
    on the day of the happening it goes on telling, not on the day of publication."""
    return (
        isinstance(result, Resolution)
        and result.granularity in ("hour", "minute")
        and not _A_DAY.search(result.expression)
    )


_A_YEAR = re.compile(r"\d{4}|['’]\d{2}\b")


def _another_year(when: str, result: Resolution, published: datetime) -> bool:
    """Whether a month or a day written with no year ("November", "Nov. 3") was placed in a
    year other than the publication's: the year is then the resolver's inference, not the
    writer's word."""
    return (
        _named_in_a_year(when, result)
        and result.days is None
        and not _A_YEAR.search(when)
        and result.start.year != published.year
    )


def _named_in_a_year(when: str, result: Resolution) -> bool:
    """Whether ``when`` names a month, a day of one or a season, which a year places."""
    lowered = when.lower()
    if result.granularity == "season":
        return _A_BARE_SEASON.fullmatch(lowered.strip()) is not None
    return result.granularity in ("month", "day", "part-of-day") and any(
        name in lowered for name in _MONTH_NAMES
    )


_NOT_DONE = re.compile(
    r"\b(?:did\s+not|didn't|never|was\s+not|wasn't|were\s+not|weren't|had\s+not|hadn't)"
    r"\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
"""A deed denied just before its date ("The council did not meet on Monday"); one that failed
is still done ("Cuban exiles failed to overthrow Castro in 1961")."""
_NOT_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
"""A deed denied until a date happened then ("did not let up until late Monday")."""
_A_BARE_SEASON = re.compile(
    r"(?:(?:in|the|early|late|mid)[\s-]+)*(?:spring|summer|autumn|fall|winter)"
)
"""A season with no word that places it ("spring", "in the fall"; not "last fall")."""
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def guesses(before: str, when: str, result: Resolution, published: datetime) -> list[str]:
    """The doubts of a date resolved against the publication: a time of day with no day
    ("at 6 a.m."), taken to be on the publication's day; a bound still ahead ("remain in Miami
    until March 6", "set Friday as the deadline", "extended to Nov. 20"), which may be a
    deadline, not when the deed told in the sentence happened; a date still ahead of a deed
    meant for it ("promised to hold a referendum next year"); a date a count is told from
    ("eight trading days after Oct. 12"). ``before`` is the sentence up to the date."""
    out = []
    if a_time_with_no_day(result):
        out.append(f"{when!r} names no day: taken to be on the day of publication")
    if SINCE.search(before[-20:]):
        out.append(f"'since {when}' is when it began: what it tells runs on to the article")
    if _NOT_DONE.search(before[-80:]) and not _NOT_UNTIL.search(before[-12:]):
        out.append(f"{when!r} dates what the sentence says did not happen")
    if _another_year(when, result, published):
        out.append(f"{when!r} names no year: taken to be in {result.start.year}")
    if _ACCORDING_TO.search(before[-160:]):
        out.append(f"{when!r} is in whom the sentence cites: it may date the source, not the news")
    counted = _COUNTED_FROM_IT.search(before[-60:])
    if counted:
        out.append(
            f"{when!r} is what {counted.group(0).strip()!r} counts from, not when this happened"
        )
    ahead = result.start > published
    if _MOVED_TO.search(before[-90:]) or (
        ahead and (_BOUND_BEFORE.search(before[-40:]) or _DEADLINE.search(before[-60:]))
    ):
        out.append(f"{when!r} may be a deadline or a bound, not when this happened")
    elif ahead and _MEANT_TO.search(before[-100:]):
        out.append(f"{when!r} may be when what was meant is due, not when it was said")
    elif ahead and _TOLD_OF.search(before[-140:]):
        out.append(
            f"{when!r} is after publication but told in the past: it may be when what "
            "was told of is due, not when it was told"
        )
    return out


_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|coming|past|previous|following)\b", re.I)


def another_year_told(
    told_when: str, told: Resolution | Unresolved, when: str, result: Resolution
) -> str | None:
    """The doubt of a month or a day written with no year after a sentence told in another year
    ("The year that made her name was 1998. In January, the hall opened"): the writer may mean
    that year's January, or the resolver's. ``told_when`` and ``told`` are the paragraph's last
    dated mention, as written and as resolved."""
    if not isinstance(told, Resolution) or told.granularity != "year" or told.days is not None:
        return None
    if not _A_YEAR.search(told_when):
        return None
    if _A_YEAR.search(when) or _RELATIVE_WORD.search(when) or result.days is not None:
        return None
    if not _named_in_a_year(when, result) or told.start.year == result.start.year:
        return None
    return (
        f"{when!r} names no year, after a sentence told in {told.start.year}: taken to be in "
        f"{result.start.year}"
    )


def written_out(
    when: str, result: Resolution | Unresolved, published: datetime, doubts: list[str]
) -> tuple[str, list[str]]:
    """The `when` and doubts to write for an expression counted from an event the draft does
    not have ("A day earlier" after a saying, or with nothing before it): its date from the
    publication, written out so that the file resolves as the review shows it, when the
    resolver reads that date back the same. Anything else is returned as it is."""
    if not (isinstance(result, Resolution) and result.is_dated and told_from_an_event(when)):
        return when, doubts
    again = resolve(result.value, published)
    if not (isinstance(again, Resolution) and again.value == result.value):
        return when, doubts
    kept = [d for d in doubts if not d.startswith(_RESOLVED_ANEW)]
    return result.value, [
        *kept,
        f"{when!r} counts from an event the draft does not have: taken from publication as "
        f"{result.value}",
    ]


_RESOLVED_ANEW = (
    "could not resolve",
    "relative to an earlier event, but none precedes it",
    "relative to an event in an earlier paragraph",
)
