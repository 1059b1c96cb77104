"""The grammar of news date expressions: normalise, match a shape, and build the resolution.

``parse_expression`` turns an expression into a ``Parsed`` shape without looking at any anchor,
so the shape of "five days ago" is cached once however many anchors it meets; ``Parsed.build``
then places it against an anchor. ``finder()`` finds candidate expressions in running text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from tui.dates.holidays import FIND_PATTERN as _HOLIDAY_RE
from tui.dates.holidays import holiday
from tui.dates.shapes import (  # noqa: F401  (leaning is the grammar's, for dates.resolve)
    MONTHS,
    WEEKDAYS,
    Approximately,
    Century,
    ClockTime,
    Decade,
    ExplicitDay,
    Half,
    Holiday,
    Interval,
    Month,
    Overnight,
    Parsed,
    PastWeek,
    Quarter,
    Ref,
    RelativeDay,
    Season,
    Shifted,
    Span,
    Week,
    Weekday,
    Weekend,
    WeekOf,
    Year,
    leaning,
)

if TYPE_CHECKING:
    from tui.core.model import Resolution

MONTH_NUMBERS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "a couple of": 2,
    "a couple": 2,
}
SPELLED_TENS = {
    "ninety": 90,
    "eighty": 80,
    "seventy": 70,
    "sixty": 60,
    "fifty": 50,
    "forty": 40,
    "thirty": 30,
    "twenty": 20,
    "ten": 10,
    "nineties": 90,
    "eighties": 80,
    "seventies": 70,
    "sixties": 60,
    "fifties": 50,
    "forties": 40,
    "thirties": 30,
    "twenties": 20,
}
DAY_ORDINALS = {
    word: i + 1
    for i, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
}
DAY_ORDINALS |= {f"twenty {w}": 20 + DAY_ORDINALS[w] for w in list(DAY_ORDINALS)[:9]}
DAY_ORDINALS |= {"thirtieth": 30, "thirty first": 31}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
HEDGES = (
    "nearly",
    "about",
    "around",
    "almost",
    "some",
    "roughly",
    "more than",
    "approximately",
    "at least",
    "less than",
    "over",
    "just over",
    "just under",
    "close to",
    "or so",
    "circa",
    "an estimated",
    "up to",
)
REFS = {
    "PRESENT_REF": (
        "now",
        "right now",
        "already",
        "yet",
        "so far",
        "as yet",
        "to date",
        "thus far",
        "currently",
        "current",
        "these days",
        "at present",
        "presently",
        "at the moment",
        "nowadays",
        "today's",
        "at this time",
        "this time",
        "the present",
    ),
    "PAST_REF": (
        "recently",
        "recent",
        "the past",
        "past",
        "previously",
        "earlier",
        "formerly",
        "lately",
        "once",
        "in recent years",
        "recent years",
        "recent months",
        "recent weeks",
        "recent days",
        "past years",
        "the past few years",
        "the last few years",
        "years ago",
        "the last few months",
        "the past few months",
        "more recently",
        "then current",
        "recent weeks and months",
        "the past several quarters",
        "before",
        "in the past",
        "some time ago",
        "long ago",
        "a while ago",
        "several years ago",
        "years earlier",
        "a few years ago",
        "a few years earlier",
        "some years ago",
    ),
    "FUTURE_REF": (
        "the future",
        "future",
        "soon",
        "in the future",
        "the near future",
        "coming months",
        "the coming months",
        "coming weeks",
        "the coming weeks",
        "coming years",
        "the coming years",
        "a later date",
        "future quarters",
        "coming quarters",
        "later",
        "eventually",
        "in the coming days",
        "the coming days",
        "coming days",
        "shortly",
        "the years ahead",
        "a year or two",
        "the long term",
        "the near term",
        "the short term",
        "the longer term",
        "the medium term",
        "one day",
        "some day",
        "someday",
        "the next few years",
        "the next few months",
        "as soon as possible",
    ),
}
REF_WORDS = {word: kind for kind, words in REFS.items() for word in words}
_PREFIXES = re.compile(
    r"^(?:on|since|in|at|by|during|until|till|from|of|as of|for|between|within|"
    r"sometime|some time|through|throughout|starting|beginning|the|its|this past)\s+"
)


# -- parsing ----------------------------------------------------------------------------------


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def normalize(expression: str) -> str:
    """Lower case, single spaces, abbreviations and hyphens folded: "Sept. 30" → "sep 30"."""
    text = expression.lower().strip().strip(" ,;:!\"'“”‘’()")
    if not re.search(r"\d[?~%]$", text):
        text = text.rstrip("?")
    text = re.sub(r"\b([ap])\.m\b\.?", r"\1m", text)
    text = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.", r"\1", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z0-9])", " ", text)
    text = re.sub(r"\bmid(?=\d)", "mid ", text)
    text = re.sub(r"[’']s\b", "", text) if re.search(r"year[’']s\b", text) else text
    text = _POSSESSIVE_DAY.sub(r"\1", text)
    text = re.sub(r"\s+", " ", text).rstrip(".")
    return _SPELLED_YEAR.sub(_spelled_year_digits, text)


_POSSESSIVE_DAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"|yesterday|tomorrow)[’']s\b")
_UNITS = {
    w: NUMBERS[w] for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
_SPELLED_YEAR = re.compile(
    r"\b(?:nineteen (ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|ten)(?: ?(one|two|three|four|five|six|seven|eight|nine))?"
    r"|two thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine|ten))?)\b"
)


def _spelled_year_digits(m: re.Match[str]) -> str:
    if m[1]:
        return str(1900 + SPELLED_TENS[m[1]] + _UNITS.get(m[2] or "", 0))
    return str(2000 + (NUMBERS.get(m[3]) or 0))


_WD = "|".join(WEEKDAYS)
_MONTH_WORD = "|".join(MONTHS) + "|" + "|".join(MONTH_NUMBERS)
_NUM = r"(\d+|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True)) + r")"
_PART = "morning|afternoon|evening|night"
_Rule = Callable[[re.Match[str]], Parsed | None]
_RULES: list[tuple[re.Pattern[str], _Rule]] = []


def rule(pattern: str) -> Callable[[_Rule], _Rule]:
    """Register a shape: the whole normalised expression must match ``pattern``."""

    def register(handler: _Rule) -> _Rule:
        _RULES.append((re.compile(f"(?:{pattern})$"), handler))
        return handler

    return register


def _month(word: str) -> int:
    return (
        MONTHS.index(word) + 1
        if word in MONTHS
        else MONTH_NUMBERS[word[:4] if word == "sept" else word[:3]]
    )


@rule(
    r"(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
)
def _iso(m: re.Match[str]) -> Parsed:
    d = date(int(m[1]), int(m[2]), int(m[3]))
    if m[4]:
        return ExplicitDay(d, hour=int(m[4]), minute=int(m[5]))
    return ExplicitDay(d)


@rule(r"(\d{4})-(\d{2})")
def _iso_month(m: re.Match[str]) -> Parsed | None:
    return Month(month=int(m[2]), year=int(m[1])) if 1 <= int(m[2]) <= 12 else None


@rule(r"(?:the )?(?:year )?(1\d{3}|20\d{2})")
def _iso_year(m: re.Match[str]) -> Parsed:
    return Year(int(m[1]))


@rule(
    r"(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|tomorrow night|"
    r"(?:early|late|earlier|later) (?:today|yesterday|tomorrow)|(?:" + _PART + r") yesterday|"
    r"yesterday (?:"
    + _PART
    + r")|later (?:this|that) (?:morning|afternoon|evening)|tomorrow (?:"
    + _PART
    + "))"
)
def _today(m: re.Match[str]) -> Parsed:
    text = m[1]
    offset = -1 if "yesterday" in text or text == "last night" else (1 if "tomorrow" in text else 0)
    part = next(
        (PARTS[w] for w in PARTS if w in text.split() or (w == "night" and text == "last night")),
        None,
    )
    if text == "tonight":
        part = "NI"
    mod = (
        "early"
        if text.startswith(("early", "earlier"))
        else ("late" if text.startswith(("late ", "later ")) and not part else None)
    )
    return RelativeDay(offset, part, mod)


@rule(r"(?:the )?(?:same day|that day|the same day|day)")
def _same_day(m: re.Match[str]) -> Parsed:
    return RelativeDay(0)


@rule(r"overnight|(?:later |earlier )?that night|the night")
def _overnight(m: re.Match[str]) -> Parsed:
    return Overnight()


@rule(
    r"(?:the )?(?:next|following) (day|morning|afternoon|evening|night)|the day after|a day later|"
    r"(?:the )?(?:previous|preceding|prior) (day|morning|afternoon|evening|night)|the day before|a day earlier|the eve"
)
def _next_day(m: re.Match[str]) -> Parsed:
    text = m[0]
    offset = 1 if any(w in text for w in ("next", "following", "after", "later")) else -1
    word = m[1] or m[2]
    return RelativeDay(offset, PARTS.get(word) if word and word != "day" else None)


@rule(_NUM + r" days? (ago|earlier|before|later|after|afterwards?|from now|hence)")
def _n_days(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return RelativeDay(-n if m[2] in ("ago", "earlier", "before") else n)


@rule(
    r"(a few|few|several|some|a couple of) days (ago|earlier|before|later|after)|days (earlier|before|later|after|ago)"
)
def _few_days(m: re.Match[str]) -> Parsed:
    word = m[2] or m[3]
    return Approximately(
        RelativeDay(-2 if word in ("ago", "earlier", "before") else 2), "a few days"
    )


@rule(
    r"(?:hours|minutes|moments|"
    + _NUM
    + r" (?:hours?|minutes?)) (?:later|earlier|before|after|afterwards?|ago)|"
    r"(?:shortly|soon|immediately|just|not long) (?:after|afterwards?|before)|(?:later|earlier) (?:that|the same) day|"
    r"(?:later|earlier) in the day|the same (?:morning|afternoon|evening)"
)
def _hours_later(m: re.Match[str]) -> Parsed:
    return RelativeDay(0)


@rule(r"for " + _NUM + r" days")
def _for_days(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    return Span(n) if n else None


@rule(
    r"(?:(last|this coming|this|next|on|since|early|late|earlier|later|coming|past|the previous|the preceding|"
    r"the following) )?(" + _WD + r")(?: (" + _PART + r"))?"
)
def _weekday(m: re.Match[str]) -> Parsed:
    word = m[1]
    direction = {
        "last": "last",
        "next": "next",
        "coming": "next",
        "this coming": "next",
        "past": "last",
        "on": "on",
        "the previous": "last",
        "the preceding": "last",
        "the following": "next",
        "since": "on",
    }.get(word or "", "recent")
    mod = (
        "early" if word in ("early", "earlier") else ("late" if word in ("late", "later") else None)
    )
    return Weekday(WEEKDAYS.index(m[2]), direction, PARTS.get(m[3]) if m[3] else None, mod)


@rule(r"(" + _PART + r"|late|early) (?:of |on )?(" + _WD + r")")
def _part_weekday(m: re.Match[str]) -> Parsed:
    if m[1] in ("late", "early"):
        return Weekday(WEEKDAYS.index(m[2]), mod=m[1])
    return Weekday(WEEKDAYS.index(m[2]), part=PARTS[m[1]])


_WEEKEND_WHICH = {
    "this coming": "next",
    "the coming": "next",
    "next": "next",
    "this": "this",
    "last": "last",
    "the past": "last",
    "the last": "last",
    "the previous": "last",
    "the": "recent",
}


@rule(r"(?:(" + "|".join(sorted(_WEEKEND_WHICH, key=len, reverse=True)) + r") )?weekend")
def _weekend(m: re.Match[str]) -> Parsed:
    return Weekend(_WEEKEND_WHICH[m[1] or "the"])


@rule(
    r"(early |late |earlier |later |the end of |end of |the beginning of |the start of )?(this|last|next|the past|the previous|the last|the coming|the current|the same) week"
)
def _week(m: re.Match[str]) -> Parsed:
    if m[2] in ("the past", "the last") and not m[1]:
        return PastWeek()
    offset = {"this": 0, "the current": 0, "the same": 0, "next": 1, "the coming": 1}.get(m[2], -1)
    return Week(offset, _mod_from(m[1]))


@rule(r"(the end of |end of |the beginning of |the start of |the middle of )the (week|month)")
def _part_of_the_current(m: re.Match[str]) -> Parsed:
    """ "By the end of the month": news names the anchor's own week or month this way."""
    return Week(0, _mod_from(m[1])) if m[2] == "week" else Month(offset=0, mod=_mod_from(m[1]))


@rule(_NUM + r" weeks? (ago|earlier|later|after|from now|before)")
def _n_weeks(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    n = -n if m[2] in ("ago", "earlier", "before") else n
    return RelativeDay(7 * n) if abs(n) <= 2 else Week(n)


@rule(
    r"(early |late |earlier |later |the end of |end of |the beginning of |mid |the middle of )?(this|last|next|the past|the previous|the last|the coming|the current|the same) month"
)
def _this_month(m: re.Match[str]) -> Parsed:
    offset = {"this": 0, "the current": 0, "the same": 0, "next": 1, "the coming": 1}.get(m[2], -1)
    return Month(offset=offset, mod=_mod_from(m[1]))


@rule(_NUM + r" months? (ago|earlier|later|after|from now|before)")
def _n_months(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return Month(offset=-n if m[2] in ("ago", "earlier", "before") else n)


def _mod_from(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip()
    if word.startswith(("early", "earlier", "the beginning", "beginning", "the start", "start")):
        return "early"
    if word.startswith(("mid", "the middle")):
        return "mid"
    return "late"


_MOD = r"(early |late |earlier |later |mid |the middle of |the end of |end of |the beginning of |the start of )?"


@rule(_MOD + r"(" + _MONTH_WORD + r")(?: (\d{4}))?")
def _month_name(m: re.Match[str]) -> Parsed:
    month = _month(m[2])
    return Month(month=month, year=int(m[3]) if m[3] else None, mod=_mod_from(m[1]))


@rule(
    _MOD
    + r"(?:(this|last|next) ("
    + _MONTH_WORD
    + r")|("
    + _MONTH_WORD
    + r") (?:of )?(this|last|next) year)"
)
def _month_relative_year(m: re.Match[str]) -> Parsed:
    word, name = (m[2], m[3]) if m[2] else (m[5], m[4])
    month = _month(name)
    if m[2] and word == "last":
        return _LastMonthName(month)
    if m[2] and word == "next":
        return _NextMonthName(month)
    return Month(
        month=month, year_offset={"this": 0, "last": -1, "next": 1}[word], mod=_mod_from(m[1])
    )


@dataclass(frozen=True)
class _LastMonthName(Parsed):
    """ "last May": the most recent May strictly before the anchor's month."""

    month: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = anchor.year if self.month < anchor.month else anchor.year - 1
        return Month(month=self.month, year=year).build(expression, anchor, label)


@dataclass(frozen=True)
class _NextMonthName(Parsed):
    """ "next May": the first May after the anchor's month."""

    month: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        year = anchor.year if self.month > anchor.month else anchor.year + 1
        return Month(month=self.month, year=year).build(expression, anchor, label)


_DAY = (
    r"(\d{1,2}(?:st|nd|rd|th)?|(?:the )?(?:"
    + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
    + "))"
)


@rule(
    r"("
    + _MONTH_WORD
    + r") "
    + _DAY
    + r"(?:,? (\d{4}))?|"
    + _DAY
    + r" (?:of )?("
    + _MONTH_WORD
    + r")(?:,? (\d{4}))?"
)
def _month_day(m: re.Match[str]) -> Parsed | None:
    """ "Sept. 30", "30 September 2016", "March eighth"."""
    name, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
    day = day.removeprefix("the ")
    month = _month(name)
    day_number = DAY_ORDINALS[day] if day in DAY_ORDINALS else int(day.rstrip("stndrh"))
    if year:
        return ExplicitDay(date(int(year), month, day_number))
    date(2000, month, day_number)
    return ExplicitDay(month=month, day=day_number)


@rule(r"(last|next) (.+)")
def _last_date(m: re.Match[str]) -> Parsed | None:
    """ "last Oct. 23": the date named, in the past (or, for "next", the future)."""
    inner = parse_normalized(m[2])
    if not isinstance(inner, ExplicitDay) or inner.day_date is not None:
        return None
    return replace(inner, lean="past" if m[1] == "last" else "future")


@rule(
    r"(\d{1,2})(?::(\d{2}))? ?(am|pm)(?: (?:on )?(.+))?|(noon|midnight|midday)(?: (?:on )?(.+))?|(\d{1,2}):(\d{2})(?: (?:on )?(.+))?|"
    + _NUM
    + r"(?: o ?clock)? in the (morning|afternoon|evening|night)(?: (?:on )?(.+))?"
)
def _clock(m: re.Match[str]) -> Parsed | None:
    if m[10]:
        hour = _number(m[10])
        if hour is None or not 1 <= hour <= 12:
            return None
        later = m[11] != "morning" and not (m[11] == "night" and hour < 5)
        hour, minute, rest = hour % 12 + (12 if later else 0), 0, m[12]
    elif m[5]:
        hour, minute, rest = {"noon": 12, "midday": 12, "midnight": 24}[m[5]], 0, m[6]
    elif m[7]:
        hour, minute, rest = int(m[7]), int(m[8]), m[9]
    else:
        hour, minute, rest = int(m[1]) % 12 + (12 if m[3] == "pm" else 0), int(m[2] or 0), m[4]
    if hour > 24 or minute > 59:
        return None
    day = None
    rest = re.sub(
        r"^(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|local time),? ?", "", rest or ""
    )
    if rest:
        day = parse_normalized(rest)
        if not isinstance(day, (Weekday, RelativeDay, ExplicitDay)):
            return None
    return ClockTime(hour, minute, day)


@rule(
    r"(?:(?:the|its|a|an) )?(?:(1\d{3}|20\d{2}) )?(?:(fiscal|flat|first|second|third|fourth|1st|2nd|3rd|4th|latest|current|same|year ago|year earlier|last|previous|next|past|this|fiscal first|fiscal second|fiscal third|fiscal fourth|fiscal 1st|fiscal 2nd|fiscal 3rd|fiscal 4th|fourth fiscal|third fiscal|second fiscal|first fiscal)(?: (first|second|third|fourth))? )?(?:fiscal )?quarters?(?: (?:of|in) (?:fiscal )?(1\d{3}|20\d{2}))?"
)
def _quarter(m: re.Match[str]) -> Parsed | None:
    words = (m[2] or "").split() + ([m[3]] if m[3] else [])
    year = int(m[1] or m[4]) if (m[1] or m[4]) else None
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    year_offset = -1 if ("ago" in words or "earlier" in words) else 0
    if number is not None:
        return Quarter(number, year, year_offset)
    if any(w in words for w in ("latest", "last", "previous", "past")):
        return Quarter(offset=-1)
    if "next" in words:
        return Quarter(offset=1)
    if "ago" in words or "earlier" in words:
        return _YearAgoQuarter()
    return (
        Quarter(offset=-1)
        if not words or words == ["fiscal"] or words == ["same"]
        else Quarter(offset=0)
    )


@dataclass(frozen=True)
class _YearAgoQuarter(Parsed):
    """ "the year-ago quarter": the latest completed quarter, a year earlier."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        current = (anchor.month - 1) // 3
        year, q = divmod(anchor.year * 4 + current - 1, 4)
        return Quarter(q + 1, year - 1).build(expression, anchor, label)


@rule(
    r"(?:(?:the|its) )?(?:(this|last|next) year(?: s)? |(1\d{3}|20\d{2}) )?(first|second|third|fourth|1st|2nd|3rd|4th)(?: fiscal)? quarter(?: of (?:this|the) year)?"
)
def _quarter_of_year(m: re.Match[str]) -> Parsed:
    offset = {"this": 0, "last": -1, "next": 1}.get(m[1] or "", 0)
    return Quarter(ORDINALS[m[3]], int(m[2]) if m[2] else None, offset)


@rule(
    r"(?:the )?(first|second|1st|2nd|last|latter) half(?: of (.+))?|(?:the )?first two quarters(?: of (1\d{3}|20\d{2}))?"
)
def _half(m: re.Match[str]) -> Parsed | None:
    first = (m[1] or "first") in ("first", "1st")
    if m[3]:
        return Half(1, int(m[3]))
    whole = parse_normalized(m[2]) if m[2] else Year()
    if isinstance(whole, Decade):
        return Decade(whole.start_year, whole.offset, "early" if first else "late")
    if not isinstance(whole, Year) or whole.mod:
        return None
    return Half(1 if first else 2, whole.year, whole.offset)


@rule(
    _MOD
    + r"(?:(this|last|next|this past|the past|the coming|the) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(1\d{3}|20\d{2}))?"
)
def _season(m: re.Match[str]) -> Parsed:
    offset = {"last": -1, "this past": -1, "the past": -1, "next": 1, "the coming": 1}.get(
        m[2] or "", 0
    )
    return Season(SEASONS[m[3]], int(m[4]) if m[4] else None, offset, _mod_from(m[1]))


@rule(
    _MOD
    + r"(this|last|next|the past|the previous|the current|the coming|the same|the latest|the full|the|that|the fiscal|fiscal|the current fiscal|the latest fiscal|the last fiscal|the new) year(?: end| s end)?"
)
def _this_year(m: re.Match[str]) -> Parsed:
    offset = {
        "last": -1,
        "the past": -1,
        "the previous": -1,
        "the last fiscal": -1,
        "the latest fiscal": -1,
        "next": 1,
        "the coming": 1,
        "the new": 1,
    }.get(m[2], 0)
    mod = _mod_from(m[1]) or ("late" if m[0].endswith("end") else None)
    return Year(offset=offset, mod=mod)


@rule(r"(?:earlier|later) in the year")
def _in_the_year(m: re.Match[str]) -> Parsed:
    return Year(offset=0, mod=_mod_from(m[0]))


@rule(
    r"(year end|year s end|the end of the year|end of the year|the end of this year|around year end)"
)
def _year_end(m: re.Match[str]) -> Parsed:
    return Year(offset=0, mod="late")


@rule(r"(?:a|one|the) year (?:ago|earlier|before)|year (?:ago|earlier)|(?:a|one) year")
def _a_year_ago(m: re.Match[str]) -> Parsed:
    return Year(offset=-1)


@rule(_NUM + r" years? (ago|earlier|before|later|after|from now|hence)")
def _n_years(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return Year(offset=-n if m[2] in ("ago", "earlier", "before") else n)


@rule(r"(?:a|one) decade (?:ago|earlier)")
def _a_decade_ago(m: re.Match[str]) -> Parsed:
    """ "A decade ago" is about ten years back, not the previous decade ("the 2010s" in 2024)."""
    return Approximately(Year(offset=-10), "a decade")


@rule(r"(?:the )?(?:last|past|previous) decade|the decade (?:ago|earlier)")
def _decade_ago(m: re.Match[str]) -> Parsed:
    return Decade(offset=-1)


@rule(r"(.+?),? at (\d{1,2}(?::\d{2})? ?(?:am|pm)|noon|midnight|midday|\d{1,2}:\d{2})")
def _day_at_clock(m: re.Match[str]) -> Parsed | None:
    """ "Saturday at 10 p.m." as "10 p.m. Saturday"."""
    parsed = parse_normalized(f"{m[2]} {m[1]}")
    return parsed if isinstance(parsed, ClockTime) else None


@rule(
    _MOD
    + r"(?:the )?(early |mid |late )?(1\d|20)(\d)0 ?s|"
    + _MOD
    + r"(?:the )?(early |mid |late )?'(\d)0 ?s"
)
def _decade(m: re.Match[str]) -> Parsed:
    if m[3]:
        return Decade(int(m[3] + m[4] + "0"), mod=_mod_from(m[1] or m[2]))
    return Decade(1900 + int(m[7]) * 10, mod=_mod_from(m[5] or m[6]))


@rule(r"(?:the )?(" + "|".join(SPELLED_TENS) + r")")
def _spelled_decade(m: re.Match[str]) -> Parsed | None:
    return Decade(1900 + SPELLED_TENS[m[1]]) if m[1].endswith("ies") else None


@rule(
    r"(?:the )?(?:(latest|last|most recent|recent|year earlier|year ago|(1\d{3}|20\d{2})) )?period"
)
def _period(m: re.Match[str]) -> Parsed:
    if m[2]:
        return Year(int(m[2]))
    return _YearAgoQuarter() if m[1] in ("year earlier", "year ago") else Quarter(offset=-1)


@rule(r"mid ?(morning|afternoon|day)(?: (yesterday|today|" + _WD + r"))?")
def _mid_part(m: re.Match[str]) -> Parsed:
    part = {"morning": "MO", "afternoon": "AF", "day": "AF"}[m[1]]
    if m[2] in WEEKDAYS:
        return Weekday(WEEKDAYS.index(m[2]), part=part)
    return RelativeDay(-1 if m[2] == "yesterday" else 0, part)


@rule(
    r"(?:(?:this coming|this|next|last|on|coming) )?(?:"
    + _WD
    + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),? (.+)"
)
def _weekday_and_date(m: re.Match[str]) -> Parsed | None:
    inner = parse_normalized(m[1])
    return inner if isinstance(inner, ExplicitDay) else None


@rule(r"(?:the )?week (?:of|beginning|starting) (.+)|(.+) week")
def _week_of(m: re.Match[str]) -> Parsed | None:
    day = parse_normalized(m[1] or m[2])
    if m[2] and not isinstance(day, Holiday):
        return None
    return WeekOf(day) if isinstance(day, (ExplicitDay, Holiday, Weekday)) else None


@rule(r"(?:the )?(?:(" + _NUM[1:-1] + r") days?|day) (before|after|prior to) (.+)")
def _day_before(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1]) if m[1] else 1
    day = parse_normalized(m[3])
    if n is None or not isinstance(day, (ExplicitDay, Holiday, Weekday, RelativeDay)):
        return None
    return Shifted(day, n if m[2] == "after" else -n)


@rule(r"(post|pre) (.+)")
def _post(m: re.Match[str]) -> Parsed | None:
    inner = parse_normalized(m[2])
    return (
        Approximately(inner, "after" if m[1] == "post" else "before") if inner is not None else None
    )


@rule(r"(?:(last|this past|this|next|the coming|coming) )?(.+)")
def _holiday(m: re.Match[str]) -> Parsed | None:
    if holiday(m[2]) is None:
        return None
    return Holiday(
        m[2],
        {"last": "last", "this past": "last", "this": "this"}.get(
            m[1] or "", "next" if m[1] else "nearest"
        ),
    )


@rule(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century")
def _century(m: re.Match[str]) -> Parsed:
    return Century(int(m[1]))


@rule(_MOD + r"(1\d{3}|20\d{2})")
def _modified_year(m: re.Match[str]) -> Parsed:
    return Year(int(m[2]), mod=_mod_from(m[1]))


@rule(r"(?:the )?fiscal (?:year )?(1\d{3}|20\d{2})|fy ?(1\d{3}|20\d{2}|\d{2})")
def _fiscal(m: re.Match[str]) -> Parsed:
    year = m[1] or m[2]
    return Year(int(year) if len(year) == 4 else 1900 + int(year))


@rule(r"q([1-4]) (1\d{3}|20\d{2})")
def _quarter_label(m: re.Match[str]) -> Parsed:
    """ "Q3 2016", as the explorer labels a quarter."""
    return Quarter(number=int(m[1]), year=int(m[2]))


@rule(r"h([12]) (1\d{3}|20\d{2})")
def _half_label(m: re.Match[str]) -> Parsed:
    return Half(number=int(m[1]), year=int(m[2]))


@rule(r"(.+?),? (?:at )?(?:(morning|afternoon|evening|night)|(\d{1,2}):(\d{2}))")
def _date_with_part_or_time(m: re.Match[str]) -> Parsed | None:
    """A date then its part of the day or its time: "17 Sep 2016, night", "Sep 17, 2016 21:00"."""
    day = parse_normalized(m[1])
    if not isinstance(day, ExplicitDay) or day.part is not None or day.hour is not None:
        return None
    if m[2]:
        return replace(day, part=PARTS[m[2]])
    hour, minute = int(m[3]), int(m[4])
    return replace(day, hour=hour, minute=minute) if hour < 24 and minute < 60 else None


@lru_cache(maxsize=8192)
def parse_expression(expression: str) -> Parsed | str | None:
    """The shape of an expression, a reason it is not a date, or None when it is not recognised."""
    text = normalize(expression)
    if not text:
        return "the expression is empty"
    edtf = _edtf(text)
    if edtf is not None:
        return edtf
    parsed = parse_normalized(text)
    if parsed is not None:
        return parsed
    bare = _PREFIXES.sub("", text, count=1)
    return _numeric_date(bare) or _impossible_day(bare)


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _numeric_date(text: str) -> Parsed | str | None:
    """ "31/12/2016" is a date; "12/11/2016" is refused, since it is 12 November in most of the
    world and 11 December in the United States, and guessing would be a date dressed up."""
    match = _NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first <= 12 and second <= 12 and first != second:
        return (
            f"{text} could be {date(year, second, first):%Y-%m-%d} (day first) or "
            f"{date(year, first, second):%Y-%m-%d} (month first); write it as YYYY-MM-DD"
        )
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return ExplicitDay(date(year, month, day))
    except ValueError as exc:
        return f"there is no such day ({exc})"


def _impossible_day(text: str) -> str | None:
    """Why "2024-02-30" or "June 31" is refused: a date's shape with a day the calendar lacks."""
    for pattern, handler in ((p, h) for p, h in _RULES if h in (_iso, _month_day)):
        match = pattern.match(text)
        if match:
            try:
                handler(match)
            except ValueError as exc:
                return f"there is no such day ({exc})"
    return None


_PART_OF = re.compile(
    r"^(?:a good part of|much of|most of|part of|all of|the rest of|the whole of|"
    r"the remainder of|some time in|sometime in) "
)
_OPEN_ENDED = re.compile(
    r" (?:or later|or earlier|and beyond|and later|or before|or after|or so)\b"
)


def parse_normalized(text: str) -> Parsed | None:
    """Match a normalised expression, peeling hedges and prepositions as needed."""
    open_ended = _OPEN_ENDED.search(text)
    if open_ended:
        inner = parse_normalized((text[: open_ended.start()] + text[open_ended.end() :]).strip())
        return Approximately(inner, open_ended.group().strip()) if inner is not None else None
    if _PART_OF.match(text):
        return parse_normalized(_PART_OF.sub("", text, count=1))
    for hedge in HEDGES:
        if text.startswith(hedge + " ") or text.endswith(" " + hedge):
            rest = (
                text[len(hedge) + 1 :] if text.startswith(hedge + " ") else text[: -len(hedge) - 1]
            )
            inner = parse_normalized(rest)
            if inner is None:
                return None
            return Approximately(inner, hedge)
    if text in REF_WORDS:
        return Ref(REF_WORDS[text])
    for pattern, handler in _RULES:
        match = pattern.match(text)
        if match:
            try:
                parsed = handler(match)
            except (ValueError, KeyError):
                parsed = None
            if parsed is not None:
                return parsed
    stripped = _PREFIXES.sub("", text, count=1)
    if stripped != text:
        return parse_normalized(stripped)
    return None


_EDTF = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])?$")


def _edtf(text: str) -> Parsed | None:
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = _edtf(first.strip()), _edtf(last.strip())
        if a is not None and b is not None:
            return Interval(a, b)
        return None
    match = _EDTF.match(text)
    if not match or not match[2]:
        return parse_normalized(text) if match else None
    inner = parse_normalized(match[1])
    if inner is None:
        return None
    return Approximately(
        inner,
        {"?": "uncertain (?)", "~": "approximate (~)", "%": "uncertain and approximate (%)"}[
            match[2]
        ],
    )


# -- finding expressions in text --------------------------------------------------------------

_HEDGE_RE = r"(?:(?:nearly|about|around|almost|roughly|approximately|more than|less than|at least|some|just over) )?"
_MOD_RE = r"(?:(?:early|late|earlier|later|mid|the end of|the beginning of|the middle of|the start of)[ -])?"
_WEEKDAY_RE = r"(?:(?:last|this coming|this|next|on|early|late|earlier|later|coming|past|the previous|the following) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_ZONE_RE = r"(?:,? (?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local time))?"
_SPELLED_YEAR_RE = (
    r"(?:nineteen (?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|two thousand)"
)
_DAY_RE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|"
    + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)).replace(" ", "[- ]")
    + ")"
)
_NUMBER_RE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|a couple of)"
_FIND_PARTS = [
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?",
    r"(?:\d{1,2}(?::\d{2})? ?(?:a\.m\.?|p\.m\.?|am|pm)|noon|midnight|midday)"
    + _ZONE_RE
    + r"(?:,? (?:on )?(?:"
    + _WEEKDAY_RE
    + "|"
    + _MONTH_RE
    + r" \d{1,2}))?",
    _WEEKDAY_RE + r",? " + _MONTH_RE + r" " + _DAY_RE + r"(?:, \d{4})?",
    r"(?:the )?day (?:before|after) " + _WEEKDAY_RE,
    _MOD_RE + r"(?:(?:last|this|next) )?" + _MONTH_RE + r" \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?",
    r"\d{1,2} " + _MONTH_RE + r"(?: \d{4})?",
    _MOD_RE
    + r"(?:this |last |next )?"
    + _MONTH_RE
    + r"(?: (?:\d{4}|this year|last year|next year|"
    + _SPELLED_YEAR_RE
    + "))?",
    r"(?:(?:morning|afternoon|evening|night|late|early) (?:on )?)?" + _WEEKDAY_RE,
    r"(?:early |late |earlier |later )?(?:today|tonight|yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?",
    r"(?:this|last|tomorrow) (?:morning|afternoon|evening|night)|overnight",
    r"(?:the )?(?:next|following|previous|preceding) (?:day|morning|evening|night)|the day (?:before|after)",
    _HEDGE_RE
    + _NUMBER_RE
    + r" (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|later|before|after|from now)",
    r"(?:a|one|the) (?:year|decade) (?:ago|earlier)|(?:the )?year-(?:ago|earlier)(?: (?:quarter|period))?",
    r"(?:this|last|next) year's (?:first|second|third|fourth)[- ]quarter",
    _MOD_RE
    + r"(?:this|last|next|the past|the previous|the current|the coming) (?:week|weekend|month|year|quarter|decade)",
    r"(?:the )?weekend",
    r"(?:(?:the|its) )?(?:\d{4} )?(?:(?:fiscal |first |second |third |fourth |latest |current )+)-?quarter(?: of \d{4})?",
    r"(?:the )?(?:first|second|third|fourth)-quarter",
    _MOD_RE
    + r"(?:(?:this|last|next|this past) )?(?:spring|summer|autumn|winter|fall(?= of| \d))(?: of \d{4})?",
    r"(?:this|last|next) fall",
    _MOD_RE + r"(?:the )?(?:(?:early|mid|late)[- ])?(?:1\d|20)\d0s",
    r"(?:the )?\d{1,2}(?:st|nd|rd|th) century",
    r"(?:the end of |year-)?(?:year[- ]end)",
    r"(?:the end|the beginning|the start|the middle) of the (?:week|month)",
    r"fiscal (?:year )?\d{4}",
    _MOD_RE + r"(?:mid-)?(?:1[6-9]\d{2}|20[0-4]\d)\b(?![-/]\d)",
    r"(?:right now|now|currently|these days|recently|in the future|the future|the near future)",
    r"the (?:latest |current |same )?quarter",
    r"(?:(?:last|this|next|this past|the coming) )?(?:" + _HOLIDAY_RE + r")(?: week)?",
    r"(?:the )?week of " + _MONTH_RE + r" \d{1,2}",
    r"(?:the )?full year",
    r"(?:in )?recent years",
    r"(?:the year )?(?:nineteen (?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two thousand)",
]


@lru_cache(maxsize=1)
def finder() -> re.Pattern[str]:
    """The pattern that finds candidate expressions in running text, compiled on first use (it is large)."""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in _FIND_PARTS) + r")(?![\w])", re.IGNORECASE
    )
