"""Rules for days and weeks: ISO dates, today and yesterday, the next day, days and weeks
counted, weekdays, weekends, and months counted from the anchor."""

from __future__ import annotations

import re
from datetime import date

from tui.dates.days import (
    ExplicitDay,
    HoursApart,
    Overnight,
    PastWeek,
    RelativeDay,
    Week,
    Weekday,
    Weekend,
)
from tui.dates.periods import Month, Year
from tui.dates.rulebook import rule
from tui.dates.shapes import WEEKDAYS, Approximately, Parsed
from tui.dates.words import _NUM, _PART, _WD, PARTS, _mod_from, _number


@rule(
    r"(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
    r" ?(z|[+-]\d{2}(?::?\d{2})?)?)?"
)
def _iso(m: re.Match[str]) -> Parsed | None:
    """ "2016-09-18", "2016-09-18T10:00+05:00" (the offset kept as the time's zone); a field no
    clock has ("T10:60", "+05:99") is no date."""
    d = date(int(m[1]), int(m[2]), int(m[3]))
    if not m[4]:
        return ExplicitDay(d)
    hour, minute = int(m[4]), int(m[5])
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    zone = m[6]
    if zone is not None and zone != "z":
        hours, minutes = int(zone[1:3]), int(zone[-2:]) if len(zone) > 3 else 0
        if hours > 23 or minutes > 59:
            return None
        zone = f"{zone[0]}{hours:02d}:{minutes:02d}"
    return ExplicitDay(d, hour=hour, minute=minute, zone=zone)


@rule(r"(\d{4})-(\d{2})")
def _iso_month(m: re.Match[str]) -> Parsed | None:
    return Month(month=int(m[2]), year=int(m[1])) if 1 <= int(m[2]) <= 12 else None


@rule(r"(?:the )?(?:year )?(1\d{3}|20\d{2})")
def _iso_year(m: re.Match[str]) -> Parsed:
    return Year(int(m[1]))


@rule(
    r"(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|(?:late )?last night|"
    r"tomorrow night|"
    r"(?:early|late|earlier|later) (?:today|yesterday|tomorrow)|(?:" + _PART + r") yesterday|"
    r"yesterday (?:"
    + _PART
    + r")|later (?:this|that) (?:morning|afternoon|evening)|tomorrow (?:"
    + _PART
    + "))"
)
def _today(m: re.Match[str]) -> Parsed:
    text = m[1]
    last_night = text.endswith("last night")
    offset = -1 if "yesterday" in text or last_night else (1 if "tomorrow" in text else 0)
    part = next((PARTS[w] for w in PARTS if w in text.split()), None)
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


@rule(
    r"(late|early|later|earlier) in the (morning|afternoon|evening|day)|(?:(?:later|earlier) )?"
    r"(?:that|the same) (morning|afternoon|evening)"
)
def _part_of_that_day(m: re.Match[str]) -> Parsed:
    """ "late in the afternoon", "that evening", "later the same evening", "late in the day": a
    part of the anchor's day (an event's, when it is told after one), late or early in it."""
    part = m[2] or m[3]
    mod = m[1] if m[1] in ("late", "early") else None
    return RelativeDay(0, None if part == "day" else PARTS[part], mod)


@rule(r"overnight|(?:later |earlier )?that night|the night")
def _overnight(m: re.Match[str]) -> Parsed:
    return Overnight()


@rule(
    r"(?:the )?(?:next|following) (day|morning|afternoon|evening|night)|the day after|a day later|"
    r"(?:the )?(?:previous|preceding|prior) (day|morning|afternoon|evening|night)|"
    r"the day before|a day earlier|the eve|the (night|morning|evening) before last|"
    r"(?:late |early )?the (night|morning|afternoon|evening) before"
)
def _next_day(m: re.Match[str]) -> Parsed:
    """ "the next day", "the previous evening", "the night before": a day from the anchor's,
    or a part of it."""
    text = m[0]
    if text.endswith("before last"):
        return RelativeDay(-2, PARTS[m[3]])
    if m[4]:
        mod = "late" if text.startswith("late ") else "early" if text.startswith("early ") else None
        return RelativeDay(-1, PARTS[m[4]], mod)
    offset = 1 if any(w in text for w in ("next", "following", "after", "later")) else -1
    word = m[1] or m[2]
    return RelativeDay(offset, PARTS.get(word) if word and word != "day" else None)


@rule(_NUM + r" days? (ago|earlier|before|later|after|afterwards?|from now|hence|on)")
def _n_days(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return RelativeDay(-n if m[2] in ("ago", "earlier", "before") else n)


@rule(_NUM + r" nights? ago")
def _n_nights(m: re.Match[str]) -> Parsed | None:
    """ "Two nights ago": the night of the day that many days back."""
    n = _number(m[1])
    return None if n is None else RelativeDay(-n, "NI")


@rule(
    r"(a few|few|several|some|a couple of) days (ago|earlier|before|later|after)|days (earlier|"
    r"before|later|after|ago)"
)
def _few_days(m: re.Match[str]) -> Parsed:
    word = m[2] or m[3]
    return Approximately(
        RelativeDay(-2 if word in ("ago", "earlier", "before") else 2),
        m[0],
        reason="how many days is not said, taken as two",
    )


@rule(_NUM + r" hours? (later|earlier|before|after|afterwards?|ago|from now|on)")
def _n_hours(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return HoursApart(-n if m[2] in ("ago", "earlier", "before") else n)


@rule(
    r"(?:hours|minutes|moments|"
    + _NUM
    + r" minutes?) (?:later|earlier|before|after|afterwards?|ago)|"
    r"(?:shortly|soon|immediately|just|not long) (?:after|afterwards?|before)|(?:later|"
    r"earlier) (?:that|the same) day|"
    r"(?:later|earlier) in the day|the same (?:morning|afternoon|evening)"
)
def _hours_later(m: re.Match[str]) -> Parsed:
    return RelativeDay(0)


@rule(
    r"(?:(last|this coming|this past|this|next|on|since|early|late|earlier|later|coming|past|"
    r"the previous|the preceding|the prior|"
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
        "this past": "last",
        "on": "on",
        "the previous": "last",
        "the preceding": "last",
        "the prior": "last",
        "the following": "next",
        "since": "on",
        "this": "this",
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


_COUNTED = {
    "this": 0,
    "the current": 0,
    "the same": 0,
    "next": 1,
    "the coming": 1,
    "the following": 1,
    "the next": 1,
}
"""How many weeks or months from the anchor's a word counts ("last" and the rest: one back)."""


@rule(
    r"(early |late |earlier |later |the end of |end of |the beginning of |the start of )?(this|"
    r"last|next|the past|the previous|the last|the coming|the current|the same|the following|"
    r"the next) week"
)
def _week(m: re.Match[str]) -> Parsed:
    if m[2] in ("the past", "the last") and not m[1]:
        return PastWeek()
    offset = _COUNTED.get(m[2], -1)
    return Week(offset, _mod_from(m[1]))


@rule(r"(?:the )?(week|month) (after next|before last)")
def _two_away(m: re.Match[str]) -> Parsed:
    """ "the week after next", "the month before last": two from the anchor's."""
    offset = 2 if m[2] == "after next" else -2
    return Week(offset) if m[1] == "week" else Month(offset=offset)


@rule(r"(the end of |end of |the beginning of |the start of |the middle of )the (week|month)")
def _part_of_the_current(m: re.Match[str]) -> Parsed:
    """ "By the end of the month": news names the anchor's own week or month this way."""
    return Week(0, _mod_from(m[1])) if m[2] == "week" else Month(offset=0, mod=_mod_from(m[1]))


@rule(_NUM + r" weeks? (ago|earlier|later|after|from now|before|on)")
def _n_weeks(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    n = -n if m[2] in ("ago", "earlier", "before") else n
    return RelativeDay(7 * n) if abs(n) <= 2 else Week(n)


@rule(
    r"(early |late |earlier |later |the end of |end of |the beginning of |mid |"
    r"the middle of )?(this|last|next|the past|the previous|the last|the coming|the current|"
    r"the same|the following|the next) month"
)
def _this_month(m: re.Match[str]) -> Parsed:
    return Month(offset=_COUNTED.get(m[2], -1), mod=_mod_from(m[1]))


@rule(_NUM + r" months? (ago|earlier|later|after|from now|before|on)")
def _n_months(m: re.Match[str]) -> Parsed | None:
    n = _number(m[1])
    if n is None:
        return None
    return Month(offset=-n if m[2] in ("ago", "earlier", "before") else n)
