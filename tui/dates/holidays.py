"""The holidays news dates things by: "Thanksgiving Day", "Election Day", "last Christmas".

Each is a rule that gives its date in any year, so "Thanksgiving" needs no table of years. The
list is the holidays English-language news names most (US federal and Christian holidays, New
Year); a holiday not here is left to the rest of the resolver rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], date]:
    return lambda year: _nth_weekday(year, month, weekday, n)


_HOLIDAYS: tuple[tuple[tuple[str, ...], str, Callable[[int], date]], ...] = (
    (("New Year's Day", "New Year"), "New Year's Day (1 January)", _fixed(1, 1)),
    (("New Year's Eve",), "New Year's Eve (31 December)", _fixed(12, 31)),
    (("Christmas", "Christmas Day"), "Christmas (25 December)", _fixed(12, 25)),
    (("Christmas Eve",), "Christmas Eve (24 December)", _fixed(12, 24)),
    (("Boxing Day",), "Boxing Day (26 December)", _fixed(12, 26)),
    (("Valentine's Day",), "Valentine's Day (14 February)", _fixed(2, 14)),
    (("St. Patrick's Day", "Saint Patrick's Day"), "St Patrick's Day (17 March)", _fixed(3, 17)),
    (
        ("Independence Day", "the Fourth of July", "Fourth of July", "July Fourth"),
        "Independence Day (4 July)",
        _fixed(7, 4),
    ),
    (("Halloween",), "Halloween (31 October)", _fixed(10, 31)),
    (
        ("Veterans Day", "Veterans' Day", "Veteran's Day"),
        "Veterans Day (11 November)",
        _fixed(11, 11),
    ),
    (
        ("Martin Luther King Day", "Martin Luther King Jr. Day", "MLK Day"),
        "Martin Luther King Day (third Monday of January)",
        _nth(1, 0, 3),
    ),
    (
        ("Presidents Day", "Presidents' Day", "President's Day"),
        "Presidents' Day (third Monday of February)",
        _nth(2, 0, 3),
    ),
    (("Mother's Day",), "Mother's Day (second Sunday of May)", _nth(5, 6, 2)),
    (("Memorial Day",), "Memorial Day (last Monday of May)", _nth(5, 0, -1)),
    (("Father's Day",), "Father's Day (third Sunday of June)", _nth(6, 6, 3)),
    (("Labor Day", "Labour Day"), "Labor Day (first Monday of September)", _nth(9, 0, 1)),
    (("Columbus Day",), "Columbus Day (second Monday of October)", _nth(10, 0, 2)),
    (
        ("Election Day", "Election Night"),
        "Election Day (the Tuesday after the first Monday of November)",
        lambda year: _nth_weekday(year, 11, 0, 1) + timedelta(days=1),
    ),
    (
        ("Thanksgiving", "Thanksgiving Day"),
        "Thanksgiving (fourth Thursday of November)",
        _nth(11, 3, 4),
    ),
    (
        ("Black Friday",),
        "Black Friday (the day after Thanksgiving)",
        lambda year: _nth_weekday(year, 11, 3, 4) + timedelta(days=1),
    ),
    (("Easter", "Easter Sunday"), "Easter Sunday", easter),
    (
        ("Good Friday",),
        "Good Friday (two days before Easter)",
        lambda year: easter(year) - timedelta(days=2),
    ),
    (
        ("Easter Monday",),
        "Easter Monday (the day after Easter)",
        lambda year: easter(year) + timedelta(days=1),
    ),
)


def _key(name: str) -> str:
    """A name with case, dots, apostrophes and possessive s folded: "Veterans' Day" → "veteran
    day"."""
    return " ".join(re.sub(r"[’']?s\b|[’'.]", "", name.lower().replace("-", " ")).split())


_BY_KEY = {
    _key(name): (description, rule) for names, description, rule in _HOLIDAYS for name in names
}
FIND_PATTERN = "|".join(
    re.escape(name).replace("'s", "(?:['’]?s)?").replace(r"\.", r"\.?").replace(r"\ ", "[ -]")
    for name in sorted((n for names, _, _ in _HOLIDAYS for n in names), key=len, reverse=True)
)
"""Every holiday name as it may be written in running text, longest first."""


def holiday(name: str) -> tuple[str, Callable[[int], date]] | None:
    """The description and date rule of a holiday by name, however it is cased or apostrophed."""
    if len(name) > _LONGEST:
        return None
    return _BY_KEY.get(_key(name))


_LONGEST = 2 * max(len(name) for names, _, _ in _HOLIDAYS for name in names)
"""No holiday's name, however written, is longer: longer text is not looked up."""


_NATIONAL = re.compile(
    r"independence\s+day|thanksgiving(?:\s+day)?|labou?r\s+day|memorial\s+day|"
    r"veterans\s+day|presidents['’]?\s+day|columbus\s+day|election\s+day",
    re.IGNORECASE,
)
"""Holidays whose day differs from one country to another: the rules give the American one."""
_ANOTHER_COUNTRY = re.compile(
    r"\b(?:Canad(?:a|ian)s?|India|Indians?|Mexic(?:o|an)s?|Brit(?:ain|ish)|Israel(?:i|is)?|"
    r"Pakistan(?:i|is)?|Keny(?:a|an)s?|Nigeri(?:a|an)s?|Ghana(?:ian)?s?|Brazil(?:ian)?s?|"
    r"Ireland|Irish|Australi(?:a|an)s?|France|French|German(?:y|s)?|Philippines?|Filipinos?|"
    r"Indonesi(?:a|an)s?|Korea(?:n|ns)?|Ukrain(?:e|ian)s?|Pol(?:and|ish)|Argentin(?:a|e)s?|"
    r"Chile(?:an)?s?|Peru(?:vian)?s?|Colombi(?:a|an)s?|Venezuel(?:a|an)s?|Cuba(?:n|ns)?|"
    r"Algeri(?:a|an)s?|Egypt(?:ian)?s?|Finland|Finnish|Norw(?:ay|egian)s?|Japan(?:ese)?|"
    r"Chin(?:a|ese)|Vietnam(?:ese)?|Bangladesh(?:i|is)?|Sri\s+Lanka(?:n|ns)?)\b"
)
"""A country, or its people, other than the United States."""
_KEPT = re.compile(
    r"\b(?:celebrat\w*|mark(?:s|ed|ing)?|observ\w*|commemorat\w*|gather\w*\s+for|parades?|"
    r"festivities|holiday)\b",
    re.IGNORECASE,
)
"""Words that keep a holiday ("India celebrated Independence Day"), as a date in passing ("was
found on Thanksgiving Day") does not: only then is whose holiday it is in question."""


def another_countrys(name: str, around: str) -> str | None:
    """Why a holiday named in ``around`` is not the American day the rules give, when the words
    keep it and name another country ("India celebrated Independence Day"), or None."""
    if not _NATIONAL.fullmatch(name.strip()) or not _KEPT.search(around):
        return None
    country = _ANOTHER_COUNTRY.search(around)
    if country is None:
        return None
    return (
        f"'{name.strip()}' beside '{country.group(0)}' may be another country's, whose day "
        "differs from the American one: write its date"
    )
