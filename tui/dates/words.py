"""The words of news date expressions: numbers, ordinals, hedges, vague references, the parts of
a day, and ``normalize``, which folds an expression to the form the rules match."""

from __future__ import annotations

import re

from tui.dates.shapes import MONTHS, WEEKDAYS

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
    "a dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
    "a thousand": 1000,
    "one thousand": 1000,
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
        "decades ago",
        "centuries ago",
        "hundreds of years ago",
        "thousands of years ago",
        "decades earlier",
        "weeks ago",
        "months ago",
        "the past few weeks",
        "the last few weeks",
        "the past few days",
        "the last few days",
        "at the time",
        "back then",
        "at one point",
        "in those days",
        "not long ago",
        "a while back",
        "some years back",
        "in years past",
        "the other day",
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
    r"sometime|some time|through|throughout|starting|beginning|the|its|"
    r"this past(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s+"
)


# -- parsing ----------------------------------------------------------------------------------


def _number(word: str) -> int | None:
    """A number written in digits (with thousands separators: "1,000") or in words."""
    if word.replace(",", "").isdigit():
        return int(word.replace(",", ""))
    return NUMBERS.get(word)


def normalize(expression: str) -> str:
    """Lower case, single spaces, abbreviations and hyphens folded: "Sept. 30" → "sep 30"."""
    text = expression.lower().strip().strip(" ,;:!\"'“”‘’()")
    if not re.search(r"\d[?~%]$", text):
        text = text.rstrip("?")
    text = re.sub(r"\b([ap])\.m\b\.?", r"\1m", text)
    text = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.", r"\1", text)
    text = _COUNTED_UNIT.sub("\\1\x00\\2", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z0-9])", " ", text).replace("\x00", "-")
    text = re.sub(r"\bmid(?=\d)", "mid ", text)
    text = re.sub(r"(?<=[a-z])-(?=['’]\d)", " ", text)
    text = re.sub(r"[’']s\b", "", text) if re.search(r"year[’']s\b", text) else text
    text = _POSSESSIVE_DAY.sub(r"\1", text)
    text = re.sub(r"\b(?:a |one )?fortnight\b", "two weeks", text)
    text = re.sub(r"\s+", " ", text).rstrip(".")
    return _SPELLED_YEAR.sub(_spelled_year_digits, text)


_COUNTED_UNIT = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|thousand)-(second|minute|hour|day|week|month|year|decade|"
    r"century)\b"
)
"""A count joined to its unit ("a one-day strike", "the two-year deal") is a length, so its
hyphen is kept: folded, "one day" would read as "some day"."""
_POSSESSIVE_DAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"|yesterday|tomorrow)[’']s\b")
_UNITS = {
    w: NUMBERS[w] for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
_SPELLED_YEAR = re.compile(
    r"\b(?:nineteen (ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|ten)(?: ?(one|two|"
    r"three|four|five|six|seven|eight|nine))?"
    r"|two thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine|ten))?)\b"
)


def _spelled_year_digits(m: re.Match[str]) -> str:
    if m[1]:
        return str(1900 + SPELLED_TENS[m[1]] + _UNITS.get(m[2] or "", 0))
    return str(2000 + (NUMBERS.get(m[3]) or 0))


_WD = "|".join(WEEKDAYS)
_MONTH_WORD = "|".join(MONTHS) + "|" + "|".join(MONTH_NUMBERS)
_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True))
    + r")"
)
_PART = "morning|afternoon|evening|night"


def _month(word: str) -> int:
    return (
        MONTHS.index(word) + 1
        if word in MONTHS
        else MONTH_NUMBERS[word[:4] if word == "sept" else word[:3]]
    )


def _mod_from(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip()
    if word.startswith(("earlier", "later")):
        return word[:7] if word.startswith("earlier") else "later"
    if word.startswith(("early", "the beginning", "beginning", "the start", "start")):
        return "early"
    if word.startswith(("mid", "the middle")):
        return "mid"
    return "late"


_MOD = (
    r"(early |late |earlier |later |mid |the middle of |the end of |end of |the beginning of |"
    r"the start of )?"
)


# -- a cheap test before the finder ------------------------------------------------------------

_NAMED_TIMES = (
    *("day", "days", "night", "nights", "noon", "midnight", "midday", "overnight"),
    *("today", "yesterday", "tomorrow", "weekend", "weekends", "week", "weeks", "ago"),
    *("month", "months", "year", "years", "decade", "decades", "century", "centuries"),
    *("quarter", "quarters", "half", "nineteen", "thousand"),
)


def _holiday_words() -> set[str]:
    """A word of each holiday's name that the rest of the vocabulary lacks ("christmas"): a
    name with "day" or a weekday in it is already found by that word."""
    from tui.dates.holidays import _HOLIDAYS

    known = {*MONTHS, *MONTH_NUMBERS, *WEEKDAYS, *PARTS, *SEASONS, *_NAMED_TIMES}
    words: set[str] = set()
    for names, _, _ in _HOLIDAYS:
        for name in names:
            parts = re.findall(r"[a-z]+", name.lower())
            if known.isdisjoint(parts):
                words.update(part for part in parts if len(part) >= 4)
    return words


_DATE_WORDS = frozenset(
    word.encode()
    for word in (
        *MONTHS,
        *MONTH_NUMBERS,
        *WEEKDAYS,
        *PARTS,
        *SEASONS,
        *_NAMED_TIMES,
        *_holiday_words(),
    )
)
_FOLD_BYTES = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else 48 if 48 <= byte <= 57 else 32
    for byte in range(256)
)
"""UTF-8 bytes folded to words: letters lower-cased, every digit a ``0``, anything else (spaces,
punctuation, every byte of a non-ASCII character) a space."""


def may_name_a_date(text: str) -> bool:
    """False only when running text cannot hold a date expression the finder would find: it has
    no digit and none of the words every expression holds (a month, a weekday, "day", "week",
    "year", a season, a holiday...). About 2 µs where the finder takes 100, so a quote that names
    no date is passed over at once."""
    folded = text.encode("utf-8", "surrogatepass").translate(_FOLD_BYTES)
    return b"0" in folded or not _DATE_WORDS.isdisjoint(folded.split())
