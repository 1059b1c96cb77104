"""Months and weekdays that are words of a name: "Theresa May", "April Ryan", "Black Monday",
"The Sunday Times". Found in running text, they date nothing; read as dates, they would be
confidently wrong, and would outrank the sentence's real date. ``no_date_in`` also says why a
word a sentence uses otherwise is no date there, for `timeline when --sentence`."""

from __future__ import annotations

import re

from tui.dates.holidays import another_countrys
from tui.dates.shapes import MONTHS, WEEKDAYS

_MONTHS = frozenset(m.capitalize() for m in MONTHS)
_WEEKDAYS = frozenset(d.capitalize() for d in WEEKDAYS)
_DATE_WORDS = frozenset(
    str.split(
        "on in of since by until till before after from to through throughout during around "
        "about circa the a an last next this that early late mid and or but between each every "
        "coming past come also earlier later again then only even just for per beginning "
        "starting with as"
    )
)
"""Words before a month or a weekday that make it a date ("since May", "the June primary")."""
_ARTICLES = frozenset({"the", "a", "an"})
_NAMED_DAYS = frozenset(
    str.split("Black Bloody Super Cyber Blue Holy Ash Palm Maundy Shrove Easter Good Giving Mad")
)
"""Words that make a weekday a day's name ("Black Monday", "Super Tuesday"). Any capitalised
word before a weekday would be too many: wire copy dates a place's news "in Tokyo Monday"."""
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[^\S\n]+$")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame|St)\.")
"""A title's stop, which ends no sentence ("Mrs. May")."""
_WORD_AFTER = re.compile(r"[^\S\n]+([\w'’-]+)")
_ACTS = re.compile(
    r"[a-z]+ed|said|says|told|tells|will|would|has|had|met|meets|made|makes|went|goes|"
    r"wrote|writes|spoke|speaks|insisted|added|announced|won|lost|sang|sings|plays|played"
)
"""What a subject does next ("May said", "Clinton Tuesday vetoed"): the word after a name."""


def names_something(text: str, start: int, end: int) -> bool:
    """Whether the month or weekday ``text[start:end]`` is a word of a name: after a capitalised
    word that is no date word ("Theresa May", "Mrs. May") or a day's name ("on Black Monday in
    1987"), before a capitalised one with nothing dating it ("April Ryan asked", "The Sunday
    Times"), or "May" doing something ("May will travel to Brussels")."""
    word = text[start:end]
    month = word in _MONTHS
    if not month and word not in _WEEKDAYS:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    previous = before.group(1) if before else None
    if previous is not None and previous.endswith(".") and not _HONORIFIC.fullmatch(previous):
        previous = None  # "Sales fell in April. May was better": a sentence's end, not a name
    after = _WORD_AFTER.match(text, end)
    following = after.group(1) if after else None
    acts = following is not None and _ACTS.fullmatch(following) is not None
    if previous is not None and _a_name_word(previous):
        if month:
            return True  # a month after a name is never a date: "Theresa May", "Brian May"
        return previous in _NAMED_DAYS  # "on Black Monday in 1987", not "in Tokyo Monday"
    lead = previous.lower() if previous else None
    if following is not None and _a_name_word(following) and following != "Day":
        if month and lead not in _DATE_WORDS:
            return True  # "April Ryan asked", "said June Carter"
        if not month and (lead is None or lead in _ARTICLES):
            return True  # "The Sunday Times reported"
    return word == "May" and acts and lead not in _DATE_WORDS


def _a_name_word(word: str) -> bool:
    """A capitalised word that is neither a date word ("On", "Last") nor a date ("March")."""
    bare = word.rstrip(".")
    return (
        word[:1].isupper()
        and bare.lower() not in _DATE_WORDS
        and bare not in _MONTHS
        and bare not in _WEEKDAYS
    )


_TWO_DIGIT_DECADE = re.compile(r"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?[1-9]0s", re.IGNORECASE)
_MEASURED = re.compile(
    r"\b(?:temperatures?|degrees?|highs?|lows?|heat|thermometer|mercury|forecast|"
    r"(?:their|his|her|your|my|our)\s+(?:(?:early|mid|late)[- ]?)?[1-9]0s|aged?|"
    r"ratings?|polls?|percent)\b",
    re.IGNORECASE,
)
"""What makes "the 90s" a measure: "temperatures climbed into the 90s", "in their 30s"."""


_IDIOM = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|w[oi]n(?:s|ning)?|seiz(?:e|ed|ing))\s+"
    r"the\s+day\b|\bcall(?:ed|s|ing)?\s+it\s+a\s+day\b|\b(?:man|girl|gal)\s+Friday\b",
    re.IGNORECASE,
)
"""Sayings that hold a date word: "saved the day", "called it a day", "his man Friday"."""


def no_date_in(expression: str, sentence: str) -> str | None:
    """Why ``expression`` is no date where ``sentence`` holds it, when every place it stands in
    the sentence is a word of a name ("May" in "Theresa May said the talks went well"), or it is
    a two-digit decade the sentence measures with ("temperatures climbed into the 90s"), or a
    month the sentence writes only in lower case ("the deal may collapse"), or a word of a
    saying ("saved the day", "his man Friday"), or None.
    For `timeline when --sentence`, which is handed the word and the sentence separately."""
    word = expression.strip()
    foreign = another_countrys(word, sentence)
    if foreign is not None:
        return foreign
    sayings = [m.span() for m in _IDIOM.finditer(sentence)]
    spots = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence, re.I)]
    if sayings and spots and all(any(a <= s and e <= b for a, b in sayings) for s, e in spots):
        return f"in this sentence '{sentence[slice(*sayings[0])]}' is a saying, not a date"
    if _TWO_DIGIT_DECADE.fullmatch(word) and _MEASURED.search(sentence):
        return f"in this sentence '{word}' is a measure (degrees, an age, a rating), not a decade"
    if word.capitalize() in _MONTHS:
        written = re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", sentence, re.IGNORECASE)
        if written and all(w.islower() for w in written):
            return f"in this sentence '{written[0]}' is in lower case: a word, not the month"
    places = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)) if word else []
    if not places or not all(names_something(sentence, m.start(), m.end()) for m in places):
        return None
    return f"in this sentence '{word}' is a word of a name, not a date"
