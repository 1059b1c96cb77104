"""Rules for named months and days, clock times, quarters, halves, seasons, years, decades,
centuries, and the compound shapes built from other expressions ("the day before Christmas")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from tui.core.model import Resolution
from tui.dates.days import (
    ZONE_OFFSETS,
    ClockTime,
    DayOfCountedMonth,
    DayOfMonth,
    ExplicitDay,
    Holiday,
    RelativeDay,
    Shifted,
    Weekday,
    WeekOf,
)
from tui.dates.holidays import holiday
from tui.dates.periods import Century, Decade, Half, Month, Quarter, Season, Year
from tui.dates.rulebook import parse_normalized, rule
from tui.dates.rules_weekdays import ReadsTwoWays
from tui.dates.shapes import (
    MONTHS,
    WEEKDAYS,
    Approximately,
    Parsed,
    _mod_word,
    _on,
    _result,
    fiscal,
    third,
)
from tui.dates.words import (
    _MOD,
    _MONTH_WORD,
    _NUM,
    _PART,
    _WD,
    DAY_ORDINALS,
    ORDINALS,
    PARTS,
    SEASONS,
    SPELLED_TENS,
    _mod_from,
    _month,
    _number,
)


@rule(_MOD + r"(" + _MONTH_WORD + r")(?: (\d{4}))?")
def _month_name(m: re.Match[str]) -> Parsed:
    month = _month(m[2])
    return Month(month=month, year=int(m[3]) if m[3] else None, mod=_mod_from(m[1]))


@rule(
    _MOD
    + r"(?:(this|that|last|next|the previous|the preceding|the prior|the following) ("
    + _MONTH_WORD
    + r")|("
    + _MONTH_WORD
    + r") (?:of )?(this|last|next) year)"
)
def _month_relative_year(m: re.Match[str]) -> Parsed:
    word, name = (m[2], m[3]) if m[2] else (m[5], m[4])
    month = _month(name)
    word = {"the following": "next"}.get(word, "last" if word.startswith("the ") else word)
    if m[2] and word in ("last", "next"):
        return _NamedMonth(month, word == "next", _mod_from(m[1]))
    return Month(  # "that May": the May of the year of the event it is told after
        month=month,
        year_offset={"this": 0, "that": 0, "last": -1, "next": 1}[word],
        mod=_mod_from(m[1]),
    )


@dataclass(frozen=True)
class _NamedMonth(Parsed):
    """ "last May": the most recent May strictly before the anchor's month; "next May" the first
    after it; "late last July" the late part of that July."""

    month: int
    forward: bool
    mod: str | None = None

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        if self.forward:
            year = anchor.year if self.month > anchor.month else anchor.year + 1
        else:
            year = anchor.year if self.month < anchor.month else anchor.year - 1
        whole = Month(month=self.month, year=year, mod=self.mod).build(expression, anchor, label)
        name = MONTHS[self.month - 1].capitalize()
        why = f"the {name} {'after' if self.forward else 'before'} {_on(anchor, label)}"
        return _result(
            expression,
            whole.value,
            whole.start,
            whole.end,
            "month",
            False,
            _mod_word(third(self.mod)) + why,
        )


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
    return replace(inner, lean="past" if m[1] == "last" else "future", lean_word=m[1])


@rule(
    r"(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)(?: (?:on )?(.+))?|(noon|midnight|"
    r"midday)(?: (?:on )?(.+))?|(\d{1,2}):(\d{2})(?: (?:on )?(.+))?|"
    + _NUM
    + r"(?: o ?clock)? in the (morning|afternoon|evening|night)(?: (?:on )?(.+))?"
)
def _clock(m: re.Match[str]) -> Parsed | None:
    if m[10]:
        hour = _number(m[10])
        if hour is None or not 1 <= hour <= 12:
            return None
        in_part = _in_the_part(hour, PARTS[m[11]])
        if in_part is None:
            return _two_ways(hour, 0)
        hour, minute, rest = in_part, 0, m[12]
    elif m[5]:
        hour, minute, rest = {"noon": 12, "midday": 12, "midnight": 24}[m[5]], 0, m[6]
    elif m[7]:
        hour, minute, rest = int(m[7]), int(m[8]), m[9]
    else:
        if not 1 <= int(m[1]) <= 12:
            return None
        hour, minute, rest = int(m[1]) % 12 + (12 if m[3] == "pm" else 0), int(m[2] or 0), m[4]
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    day = None
    written = _WRITTEN_ZONE.match(rest or "")
    zone = written[1] if written and written[1] in ZONE_OFFSETS else None
    rest = rest[written.end() :] if rest and written else rest
    if rest:
        day = parse_normalized(rest)
        if not isinstance(day, (Weekday, RelativeDay, ExplicitDay)):
            return None
        if m[7] and hour <= 12 and day.part is not None:
            in_part = _in_the_part(hour, day.part)
            if in_part is None:
                return _two_ways(hour, minute)
            hour = in_part
    return ClockTime(hour, minute, day, zone)


def _in_the_part(hour: int, part: str) -> int | None:
    """A twelve-hour clock time read in the part of the day said with it: "5:30 Monday evening"
    is 17:30, "8:15 Thursday night" 20:15, "ten in the morning" 10:00; None for a time the part
    leaves open: one at night that may fall either side of midnight ("12:15 tonight", "2:30
    Friday night", "five in the night"), or twelve in the evening."""
    if part == "MO":
        return hour % 12
    if (part == "NI" and (hour < 6 or hour == 12)) or (part == "EV" and hour == 12):
        return None
    return hour % 12 + 12


def _two_ways(hour: int, minute: int) -> ReadsTwoWays:
    return ReadsTwoWays(
        f"{hour}:{minute:02d} with that part of the day may be before or after midnight or noon: "
        "write a.m. or p.m., or the day's date"
    )


_WRITTEN_ZONE = re.compile(r"(" + "|".join(ZONE_OFFSETS) + r"|local time),? ?")


@rule(r"the same quarter (?:a|one) year (?:earlier|ago|before)")
def _same_quarter_a_year_before(m: re.Match[str]) -> Parsed:
    """ "the same quarter a year earlier": four quarters before the one told before it."""
    return Quarter(offset=-4)


@rule(
    r"(?:(?:the|its|a|an) )?(?:(1\d{3}|20\d{2}) )?(?:(fiscal|flat|first|second|third|fourth|"
    r"1st|2nd|3rd|4th|latest|current|same|year ago|year earlier|last|previous|next|past|this|"
    r"fiscal first|fiscal second|fiscal third|fiscal fourth|fiscal 1st|fiscal 2nd|fiscal 3rd|"
    r"fiscal 4th|fourth fiscal|third fiscal|second fiscal|first fiscal)(?: (first|second|third|"
    r"fourth))? )?(?:fiscal )?quarters?(?: (?:of|in) (?:fiscal )?(1\d{3}|20\d{2}))?"
)
def _quarter(m: re.Match[str]) -> Parsed | None:
    words = (m[2] or "").split() + ([m[3]] if m[3] else [])
    year = int(m[1] or m[4]) if (m[1] or m[4]) else None
    quarter = _quarter_of([w for w in words if w != "fiscal"], year)
    return fiscal(quarter) if "fiscal" in m[0] else quarter


def _quarter_of(words: list[str], year: int | None) -> Parsed:
    """The quarter the words before "quarter" name: numbered, latest, next or a year ago."""
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
    return Quarter(offset=-1) if not words else Quarter(offset=0)  # "the same": the anchor's


@dataclass(frozen=True)
class _YearAgoQuarter(Parsed):
    """ "the year-ago quarter": the latest completed quarter, a year earlier."""

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        current = (anchor.month - 1) // 3
        year, q = divmod(anchor.year * 4 + current - 1, 4)
        return Quarter(q + 1, year - 1).build(expression, anchor, label)


@rule(
    r"(?:(?:the|its) )?(?:(this|last|next) year(?: s)? |(1\d{3}|20\d{2}) )?(first|second|third|"
    r"fourth|1st|2nd|3rd|4th)(?: fiscal)? quarter(?: of (?:this|the) year)?"
)
def _quarter_of_year(m: re.Match[str]) -> Parsed:
    offset = {"this": 0, "last": -1, "next": 1}.get(m[1] or "", 0)
    return Quarter(ORDINALS[m[3]], int(m[2]) if m[2] else None, offset)


@rule(
    r"(?:the )?(first|second|1st|2nd|last|latter) half(?: of (.+))?|"
    r"(?:the )?first two quarters(?: of (1\d{3}|20\d{2}))?"
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
    + (
        r"(?:(this|that|last|next|this past|the past|the coming|the previous|the preceding|"
        r"the prior|the following|the) )?(spring|summer|fall|autumn|winter)"
        r"(?: (?:of )?(1\d{3}|20\d{2}))?"
    )
)
def _season(m: re.Match[str]) -> Parsed:
    offset = {
        "last": -1,
        "this past": -1,
        "the past": -1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
        "next": 1,
        "the coming": 1,
        "the following": 1,
    }.get(m[2] or "", 0)
    return Season(
        SEASONS[m[3]],
        int(m[4]) if m[4] else None,
        offset,
        _mod_from(m[1]),
        this=m[2] in ("this", "that"),
    )


@rule(
    _MOD
    + (
        r"(this|last|next|the past|the previous|the current|the coming|the same|the latest|"
        r"the following|the preceding|the prior|"
        r"the full|the|that|the fiscal|fiscal|the current fiscal|the latest fiscal|"
        r"the last fiscal|the new) year(?: end| s end)?"
    )
)
def _this_year(m: re.Match[str]) -> Parsed:
    offset = {
        "last": -1,
        "the past": -1,
        "the previous": -1,
        "the preceding": -1,
        "the prior": -1,
        "the following": 1,
        "the last fiscal": -1,
        "the latest fiscal": -1,
        "next": 1,
        "the coming": 1,
        "the new": 1,
    }.get(m[2], 0)
    mod = _mod_from(m[1]) or ("late" if m[0].endswith("end") else None)
    year = Year(offset=offset, mod=mod, bare=m[2] == "the")
    if "fiscal" in m[2]:
        return fiscal(year)
    if m[2] == "the past":
        return Approximately(year, m[2], _ROLLING)
    return year


_ROLLING = "'the past year' may be the twelve months before, not a calendar year"


@rule(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) of (last|this|next) month")
def _day_of_counted_month(m: re.Match[str]) -> Parsed | None:
    day = int(m[1])
    offset = {"last": -1, "this": 0, "next": 1}[m[2]]
    return DayOfCountedMonth(day, offset) if 1 <= day <= 31 else None


@rule(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)")
def _day_of_month(m: re.Match[str]) -> Parsed | None:
    """ "the 25th": a day of a month the sentence leaves unsaid. Its suffix is what makes it a
    day: "the 12" are twelve of something."""
    day = int(m[1])
    return DayOfMonth(day) if 1 <= day <= 31 else None


@rule(r"(?:earlier|later) in the year")
def _in_the_year(m: re.Match[str]) -> Parsed:
    return Year(offset=0, mod=_mod_from(m[0]))


@rule(
    r"(year end|year s end|the end of the year|end of the year|the end of this year|"
    r"around year end)"
)
def _year_end(m: re.Match[str]) -> Parsed:
    return Year(offset=0, mod="late")


@rule(r"(?:a|one|the) year (?:ago|earlier|before)|year (?:ago|earlier)|(?:a|one) year")
def _a_year_ago(m: re.Match[str]) -> Parsed:
    return Year(offset=-1)


ROUND_YEARS = 100
"""A count of years from this many on is a round figure ("1,000 years ago"): about that year."""


@rule(
    _NUM + r" (years?|decades?|centur(?:y|ies)) (ago|earlier|before|later|after|from now|hence|on)"
)
def _n_years(m: re.Match[str]) -> Parsed | None:
    """ "Five years ago", "60 years on" (forward), "three decades ago" (about 30 years back)."""
    n = _number(m[1])
    if n is None:
        return None
    n *= {"y": 1, "d": 10, "c": 100}[m[2][0]]
    offset = -n if m[3] in ("ago", "earlier", "before") else n
    return Year(offset=offset, approximate=n >= ROUND_YEARS or not m[2].startswith("year"))


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
    + r"(?:the )?(early |mid |late )?['’](\d)0 ?s"
)
def _decade(m: re.Match[str]) -> Parsed:
    """ "The 1990s", "the late '80s"; "the 1800s" before 2000 is the century (1800-1899), as
    news means it, while "the 2000s" is the decade."""
    if m[3] and m[4] == "0" and m[3] != "20":
        return Century(int(m[3]) + 1, mod=_mod_from(m[1] or m[2]))
    if m[3]:
        return Decade(int(m[3] + m[4] + "0"), mod=_mod_from(m[1] or m[2]))
    return Decade(digit=int(m[7]), mod=_mod_from(m[5] or m[6]))


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
    r"(?:(?:this coming|this|next|last|on|coming) )?("
    + _WD
    + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)(?: ("
    + _PART
    + r"))?,? (.+)"
)
def _weekday_and_date(m: re.Match[str]) -> Parsed | None:
    """ "Friday, Sept. 30, 2016", "Saturday night, Sept. 17": the weekday is kept with the date,
    which refuses it when the day it lands on is another weekday, year or no year."""
    inner = parse_normalized(m[3])
    if not isinstance(inner, ExplicitDay) or inner.weekday is not None:
        return None
    weekday = next(i for i, w in enumerate(WEEKDAYS) if w[:3] == m[1][:3])
    if m[2] is None:
        return replace(inner, weekday=weekday)
    if inner.part is not None or inner.hour is not None:
        return None
    return replace(inner, weekday=weekday, part=PARTS[m[2]])


@rule(r"(?:the )?week (?:of|beginning|starting) (.+)|(.+) week")
def _week_of(m: re.Match[str]) -> Parsed | None:
    day = parse_normalized(m[1] or m[2])
    if m[2] and not isinstance(day, Holiday):
        return None
    return WeekOf(day) if isinstance(day, (ExplicitDay, Holiday, Weekday)) else None


@rule(r"(?:the )?(?:(" + _NUM[1:-1] + r") (days?|weeks?)|day) (before|after|prior to|from) (.+)")
def _day_before(m: re.Match[str]) -> Parsed | None:
    """ "the day before last Tuesday", "a week before Saturday", "a week from Tuesday" (a week
    after the coming Tuesday): counted from the day named."""
    n = _number(m[1]) if m[1] else 1
    day = parse_normalized(m[4])
    if n is None or not isinstance(day, (ExplicitDay, Holiday, Weekday, RelativeDay)):
        return None
    if m[3] == "from" and (m[1] is None or isinstance(day, Holiday)):
        return None  # "the day from ..." is no count; "from Christmas" names no single day
    if m[3] == "from" and isinstance(day, Weekday) and day.direction == "recent":
        day = replace(day, direction="ahead")
    n *= 7 if m[2] and m[2].startswith("week") else 1
    return Shifted(day, -n if m[3] in ("before", "prior to") else n)


@rule(r"(?:the )?(morning|afternoon|evening|night) of (.+)")
def _part_of_date(m: re.Match[str]) -> Parsed | None:
    """ "the evening of Sept. 17", "the night of September 16": that part of the date."""
    day = parse_normalized(m[2])
    if not isinstance(day, ExplicitDay) or day.part is not None or day.hour is not None:
        return None
    return replace(day, part=PARTS[m[1]])


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


@rule(_MOD + r"(?:the )?(early |mid |late )?(\d{1,2})(?:st|nd|rd|th) century")
def _century(m: re.Match[str]) -> Parsed:
    return Century(int(m[3]), mod=_mod_from(m[1] or m[2]))


@rule(_MOD + r"(1\d{3}|20\d{2})")
def _modified_year(m: re.Match[str]) -> Parsed:
    return Year(int(m[2]), mod=_mod_from(m[1]))


@rule(r"(?:the )?fiscal (?:year )?(1\d{3}|20\d{2})|fy ?(1\d{3}|20\d{2}|\d{2})")
def _fiscal(m: re.Match[str]) -> Parsed:
    year = m[1] or m[2]
    return fiscal(Year(int(year)) if len(year) == 4 else _NearestYear(int(year)))


@dataclass(frozen=True)
class _NearestYear(Parsed):
    """A year written with two digits ("FY16"): the one ending so that is nearest the anchor's,
    as a reader of the article takes it (FY16 in 2016 is not 1916)."""

    digits: int

    def build(self, expression: str, anchor: datetime, label: str) -> Resolution:
        century = anchor.year - anchor.year % 100
        year = min(
            (century - 100 + self.digits, century + self.digits, century + 100 + self.digits),
            key=lambda y: abs(y - anchor.year),
        )
        why = f"the year ending in {self.digits:02d} nearest {_on(anchor, label)}"
        return _result(
            expression,
            f"{year:04d}",
            datetime(year, 1, 1),
            datetime(year + 1, 1, 1),
            "year",
            False,
            why,
        )


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
