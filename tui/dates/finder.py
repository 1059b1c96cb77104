"""The pattern that finds candidate date expressions in running text (each candidate is then
checked with the grammar)."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.dates.holidays import FIND_PATTERN as _HOLIDAY_RE
from tui.dates.words import DAY_ORDINALS

_HEDGE_RE = (
    r"(?:(?:nearly|about|around|almost|roughly|approximately|more than|less than|at least|some|"
    r"just over) )?"
)
_MOD_RE = (
    r"(?:(?:early|late|earlier|later|mid|the end of|the beginning of|the middle of|"
    r"the start of)[ -])?"
)
_WEEKDAY_RE = (
    r"(?:(?:last|this coming|this|next|on|early|late|earlier|later|coming|past|the previous|"
    r"the following) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?: (?:morning|afternoon|evening|night))?"
)
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_ANAPHOR_END = (
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|when|as|after|before|in|at|on|to|for|with|while)\b)"
)
"""What may follow "that May" when it is the May of a year told before ("her arraignment that
May."), not "that" opening a clause ("said that May sales rose")."""
_NOT_SAID = "".join(
    rf"(?<!\b{verb} )"
    for verb in ("said", "says", "told", "added", "noted", "warned", "argued", "claimed", "stated")
)
"""Not "that" after a saying ("said that May, the prime minister, would resign")."""
_ZONE_RE = r"(?:,? (?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local time))?"
_SPELLED_YEAR_RE = (
    r"(?:nineteen (?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:[- ](?:one|two|"
    r"three|four|"
    r"five|six|seven|eight|nine))?|two thousand)"
)
_SPELLED_DAY_RE = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)).replace(" ", "[- ]")
_DAY_RE = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + _SPELLED_DAY_RE + ")"
_DAY_OF_MONTH_PARTS = [
    r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)|the (?:"
    + _SPELLED_DAY_RE
    + r")) of "
    + _MONTH_RE
    + r"(?:,? \d{4})?",
    r"(?:on|by|until|till|since|before|after|from) the \d{1,2}(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:when|of (?:this|that|last|next|the) month)\b)",
]
"""A day of a month said by its ordinal: "the 5th of March", "the fifth of March" ("a third of
March's rain" is no day), and "on the 25th" when nothing after it can make it a noun's
ordinal ("on the 2nd floor", "the 20th century", "on the 3rd and 4th floors", "finished on the
3rd in the league")."""
_NUMBER_RE = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a few|several|a couple of)"
)
_YEAR_RE = r"(?:1[6-9]\d{2}|20[0-4]\d)"
_UNIT_RE = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
_RANGE_PARTS = [
    r"(?:between " + _YEAR_RE + r" and |(?:from )?" + _YEAR_RE + r"(?:[-–/]| to | through ))"
    r"(?:" + _YEAR_RE + r"|\d{2})\b(?![-/]\d)",
    r"(?:between "
    + _MONTH_RE
    + r" and |(?:from )?"
    + _MONTH_RE
    + r" (?:to|through) )"
    + _MONTH_RE
    + r"(?:,? \d{4})?",
    r"(?:from )?" + _MONTH_RE + r" \d{1,2}[-–]\d{1,2}(?:, \d{4})?",
    r"(?:from )?\d{1,2}(?:[-–]| to )\d{1,2} " + _MONTH_RE + r"(?: \d{4})?",
    r"(?:between "
    + _MONTH_RE
    + r",? \d{4} and |(?:from )?"
    + _MONTH_RE
    + r",? \d{4} (?:to|through|until) )"
    + _MONTH_RE
    + r",? \d{4}",
    r"from (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) "
    r"(?:to|through|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    r"from "
    + _MONTH_RE
    + r" \d{1,2}(?:, \d{4})? (?:to|through|until) (?:(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|" + _MONTH_RE + r" \d{1,2}(?:, \d{4})?)",
]
"""Ranges, tried before their ends alone so that "March 3-5" is not read as "March 3"."""
_DURATION_PARTS = [
    r"(?:(?:for|in|within|over|during) (?:the (?:past|last|next|previous|coming) )?|"
    r"the (?:past|last|next|previous|coming) )" + _HEDGE_RE + _NUMBER_RE + r"[ -]" + _UNIT_RE,
    r"for (?:hours|days|weeks|months|years|decades)",
]
"""Durations ("for five days", "in nearly a week"), tried after the dated forms so that "five
days ago" stays a date; the resolver refuses them unless they are anchored on an event."""
_BC_RE = r"(?-i:BCE?|B\.C\.(?:E\.)?)"
_DEEP_PARTS = [
    r"(?:between |from )?\d{1,5}(?: " + _BC_RE + r")?(?: and | to |[-–])\d{1,5} " + _BC_RE,
    r"(?:(?:c\.|ca\.|circa|around|about) )?(?:"
    + _MONTH_RE
    + r" \d{1,2}, |\d{1,2} "
    + _MONTH_RE
    + r",? |"
    + _MONTH_RE
    + r" )?(?:\d{1,3}(?:,\d{3})+|\d{1,5}) "
    + _BC_RE,
    r"(?:the )?(?:early |mid-|late )?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth) (?:century|millennium) (?:" + _BC_RE + r"|(?-i:AD|CE))",
    r"(?-i:AD|A\.D\.) \d{1,4}|\d{1,4} (?-i:AD|A\.D\.|CE)",
    _HEDGE_RE
    + r"\d{1,3}(?:,\d{3})+ (?:years|decades|centuries) (?:ago|earlier|later|before|after)",
]
"""Deep time ("March 15, 44 BC", "the 5th century BC", "AD 79", "10,000 years ago"), tried
first so that "March 15" or "000 years ago" is not found inside them; the era is read in
capitals only, so that "an ad 30 seconds long" is no year."""
_FIND_PARTS = [
    r"(?:on )?the \d{1,2}(?:st|nd|rd|th) of (?:last|this|next) month",
    *_DEEP_PARTS,
    *_RANGE_PARTS,
    _WEEKDAY_RE + r" the \d{1,2}(?:st|nd|rd|th)",
    *_DAY_OF_MONTH_PARTS,
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
    + r"(?: (?:\d{4}|(?:of )?(?:this|last|next) year|"
    + _SPELLED_YEAR_RE
    + "))?",
    r"overnight (?:on )?" + _WEEKDAY_RE,
    r"(?:(?:morning|afternoon|evening|night|late|early) (?:on )?)?" + _WEEKDAY_RE,
    r"(?:early |late |earlier |later )?(?:today|tonight|yesterday|tomorrow)(?: (?:morning|"
    r"afternoon|evening|night))?",
    r"(?:this|last|tomorrow) (?:morning|afternoon|evening|night)|overnight",
    r"(?:the )?(?:next|following|previous|preceding) (?:day|morning|evening|night)|"
    r"the day (?:before|after)",
    r"(?:late |early )?the (?:night|morning|afternoon|evening) before"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|when|at|in|on|as|while)\b)",
    r"the (?:following|previous) (?:week|month|year)",
    r"(?:later|earlier) (?:that|the same) (?:day|morning|afternoon|evening)"
    r"|(?:late|early|later|earlier) in the (?:day|morning|afternoon|evening)",
    _NOT_SAID + r"that (?:morning|afternoon|evening)",
    r"(?:the )?(?:week|month) (?:after next|before last)",
    r"(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) "
    + _WEEKDAY_RE
    + r" (?:in|of) "
    + _MONTH_RE
    + r"(?:,? \d{4})?",
    r"(?:the )?" + _WEEKDAY_RE + r" (?:before last|after next)",
    r"(?:a |one )?fortnight (?:ago|earlier|later)",
    r"(?:in )?recent (?:days|weeks|months)",
    _NUMBER_RE + r" weeks? ago (?:last |this )?" + _WEEKDAY_RE,
    _NUMBER_RE + r" (?:days?|weeks?) from (?:today|tomorrow|" + _WEEKDAY_RE + ")",
    _HEDGE_RE
    + _NUMBER_RE
    + r" (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|later|before|after|from now)",
    r"(?:a|one|the) (?:year|decade) (?:ago|earlier)|(?:the )?year-(?:ago|"
    r"earlier)(?: (?:quarter|period))?",
    r"(?:this|last|next) year's (?:first|second|third|fourth)[- ]quarter",
    _MOD_RE
    + (
        r"(?:this|last|next|the past|the previous|the current|the coming) (?:week|weekend|"
        r"month|year|quarter|decade)"
    ),
    r"(?:the )?weekend",
    r"(?:(?:the|its) )?(?:\d{4} )?(?:(?:fiscal |first |second |third |fourth |latest |"
    r"current ){1,3})-?quarter(?: of \d{4})?",
    r"(?:the )?(?:first|second|third|fourth)-quarter",
    _MOD_RE
    + (
        r"(?:(?:this|last|next|this past) )?(?:spring|summer|autumn|winter|fall(?= of|"
        r" \d))(?: of (?:\d{4}|" + _SPELLED_YEAR_RE + "))?"
    ),
    r"(?:this|last|next) fall",
    _NOT_SAID + r"that (?:" + _MONTH_RE + r"|spring|summer|autumn|winter)" + _ANAPHOR_END,
    _MOD_RE
    + r"(?:the )?(?:(?:early|mid|late)[- ])?(?:1\d|20)\d0s"
    + r"(?: and (?:the )?(?:(?:early|mid|late)[- ])?(?:1\d|20)\d0s)?",
    _MOD_RE + r"the (?:(?:early|mid|late)[- ])?['’]\d0s",
    r"(?:the )?(?:(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth) century",
    r"(?:the end of |year-)?(?:year[- ]end)",
    r"(?:the end|the beginning|the start|the middle) of the (?:week|month)",
    r"fiscal (?:year )?\d{4}",
    _MOD_RE + r"(?:mid-)?(?:1[6-9]\d{2}|20[0-4]\d)\b(?![-/]\d)",
    r"(?:right now|now|currently|these days|recently|in the future|the future|the near future)",
    r"the same quarter (?:a|one) year (?:earlier|ago|before)",
    r"the (?:latest |current |same )?quarter",
    r"(?:(?:last|this|next|this past|the coming) )?(?:" + _HOLIDAY_RE + r")(?: week)?",
    r"(?:the )?week of " + _MONTH_RE + r" \d{1,2}",
    r"(?:the )?full year",
    r"(?:in )?recent years",
    r"(?:the year )?(?:nineteen (?:ninety|eighty|seventy|sixty|fifty|forty|thirty|"
    r"twenty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two thousand)",
    *_DURATION_PARTS,
]


@lru_cache(maxsize=1)
def finder() -> re.Pattern[str]:
    """The pattern that finds candidate expressions in running text, compiled on first use (it
    is large)."""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in _FIND_PARTS) + r")(?![\w])", re.IGNORECASE
    )
