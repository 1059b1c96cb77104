"""What a date in a sentence dates: a happening, or only a saying, a state, a goal or a measure.

News dates its sources' words as carefully as its events ("officials said on Monday"), so a date
next to a verb of saying dates the saying. That is an event only when what is said reports a
happening ("said Thursday that he had ordered the strikes") or a decision ("said Monday they
will order"); an opinion, a state or a quotation ("Eitan said Sunday that the remarks marked a
change") is not one a timeline keeps. Nor are a goal ("by the end of the month"), a plan that
lapsed ("was due to expire yesterday"), the bounds of a period figures cover, or the current
year's results. Some dates say more than the resolver can alone: a fiscal quarter's end, an
anniversary.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from tui.core.model import Resolution
from tui.dates import resolve
from tui.formats.draft_compared import MONTHS_ENDED
from tui.formats.draft_guesses import a_time_with_no_day
from tui.formats.draft_mentions import Mention
from tui.formats.draft_text import A_VERB, FIGURES, FINITE_VERB, NEAR, PAST_TENSE, SAYING_PLACES

_SAY = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|asked|replied|described|describes|"
    r"stated|declared|insisted|argued|warned|complained|acknowledged|conceded|commented|"
    r"predicted|forecast|maintained|contended|suggested)"
)
_SAID_BEFORE = re.compile(
    rf"\b{_SAY}\b(?:\s+over|\s+(?:at|in|during|on|to|after|before)\s+(?:a|an|the|his|her|its|their)"
    rf"\s+(?:[\w-]+\s+){{0,3}}?{SAYING_PLACES})?\s*$",
    re.IGNORECASE,
)
"""A date right after the verb: "said Sunday", "said at a regular news briefing today"."""
_SAID_AFTER = re.compile(
    rf"^\s*(?:,\s*)?(?:that\s+)?(?:(?:he|she|they|it)\s+)?{_SAY}\b", re.IGNORECASE
)
"""A date right before the verb: "One senior official Monday described"."""
_HAPPENED = re.compile(
    r"\b(?:had|has|have)\s+(?:already\s+|just\s+|been\s+|not\s+|now\s+)*"
    r"(?!been\b|to\b|no\b|a\b|an\b|the\b)[a-z]{2,}\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?(?!\w+ing\b)[a-z]{3,}(?:ed|en|t)\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?(?:seen|done|shot|hit|held|sent|caught|led|met|paid|sold|"
    r"kept|cut|set|put|won|lost|left|made|built|brought|struck|found)\b"
    r"|\b(?:sent|made|met|took|gave|struck|began|hit|killed|fired|attacked|ordered|agreed|"
    r"signed|arrested|launched|approved|rejected|filed|won|lost|left|fled|sold|bought|paid|"
    r"reached|seized|captured|released|dropped|raised|cut|fell|rose|closed|opened|named|"
    r"elected|voted|decided|announced|resigned|died|shot|found|broke|held|withdrew|crashed|"
    r"abstained|vetoed|refused|accepted|joined|quit|suspended|cancell?ed|postponed|detained|"
    r"charged|indicted|convicted|sentenced|acquitted|freed|expelled|deported|evacuated|blocked|"
    r"banned|invaded|bombed|destroyed|injured|wounded|rescued|arrived|departed|visited)\b",
    re.IGNORECASE,
)
"""A complement that reports something done: "had ordered", "was killed", "sent an envoy"."""
_INTENDED = re.compile(
    r"\b(?:will|would|wo n't|won't|'ll|shall|may|might|could|can|must|should|intends?|"
    r"plans?|wants?|is to|are to|is ready|are ready|is willing|are willing|did)\b",
    re.IGNORECASE,
)
"""A complement that announces what someone will do, or did: a decision is news."""
_QUOTED = re.compile(r"``.*?(?:''|$)|“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)", re.DOTALL)


def saying_only(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` dates only the saying of words that report no
    happening of their own."""
    before, after = sentence[max(0, start - NEAR) : start], sentence[end : end + NEAR]
    if after.startswith(("'s", "’s")):
        return False  # "said last month's discovery was a breakthrough": the discovery's date
    said = _SAID_BEFORE.search(before)
    if said is None:
        said = _SAID_AFTER.match(after)
        if said is None:
            return False
        complement = after[said.end() :]
    else:
        complement = after
    complement = _QUOTED.sub(" ", complement)
    return _HAPPENED.search(complement) is None and _INTENDED.search(complement) is None


_BY_TARGET = re.compile(r"\b(?:by|until|till|as soon as)\s*$", re.IGNORECASE)
_MAYBE = re.compile(  # "expect the deal to be completed by Dec. 15" is a schedule: not here
    r"\b(?:might|may|could|goal|target|aim|aims|intended|intends|hopes?|hoped|"
    r"wasn't to|was not to|weren't to)\b",
    re.IGNORECASE,
)
_PERIOD_END = re.compile(
    r"\b(?:quarter|period|year|half|months?|weeks?)\s+(?:ended|ending|to)\s*$",
    re.IGNORECASE,
)
_COUNTED_THROUGH = re.compile(r"\d[\d,.]*\s+[a-z]+\b[^.;]{0,40}\bthrough\s*$", re.IGNORECASE)
"""The day a count runs to ("had purchased 481,000 shares through Sept. 29")."""
_COUNTED_SINCE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+since\s*$", re.IGNORECASE)
"""Where a count starts ("Eight of the 14 killings since 1993"): the count's bound, not a
happening told on that date."""
_MEASURED_SINCE = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|worst|best|strongest|weakest|deadliest|longest|"
    r"shortest|heaviest|fastest|slowest|sharpest|steepest|greatest|smallest|most|least|fewest)"
    r"\b[^.;:!?,]{0,60}?\bsince\s*$|\b(?:not|never)\s+since\s*$",
    re.IGNORECASE,
)
"""What a date is the yardstick of ("the first full strike at the port since 1970", "the
lowest level since 1998", "not since 1970 has"): nothing happened then that the sentence
tells, unless a clause says what did ("since early December, when Castro promised ...")."""
_AMOUNT_JUST_BEFORE = re.compile(
    r"(?:\d\s?%|\d\s+(?:percent|per\s?cent|percentage\s+points?)|\$\s?\d[\d.,]*"
    r"(?:\s+(?:million|billion))?|\d\s+(?:million|billion))\s+(?:in|for|by|during)?\s*$",
    re.IGNORECASE,
)
"""A date still to come right after an amount ("raises pay by 6.5 percent this year and a
further 3 percent in 2025"): the period a planned figure is for, not a happening. A past one
is often the news itself ("net income rose 51% in the third quarter")."""
_DONE_IN_CLAUSE = re.compile(rf"\b{PAST_TENSE}\b", re.IGNORECASE)


def _a_planned_figure(before: str, past: bool) -> bool:
    """Whether the date is the period of an amount still to come, told with no deed done in
    its clause ("which raises pay by ... a further 3 percent in 2025", not "which agreed to buy
    the line for $22 million in February")."""
    if past or not _AMOUNT_JUST_BEFORE.search(before):
        return False
    clause = re.split(r"[,;:]", before)[-1]
    return _DONE_IN_CLAUSE.search(clause) is None


_WHEN_AFTER = re.compile(r"\s*(?:,|\s_|\s--|\s—)\s*when\b", re.IGNORECASE)
_WAS_DUE = re.compile(
    r"(?:\b(?:was|were|had been)\s+(?:\w+\s+)?|,\s*)(?:due|scheduled|supposed|set)\s+"
    r"(?:to\s+\w+(?:\s+\w+)?|for)\s*$"
    r"|\b(?:originally|initially|first|previously)\s+(?:due|scheduled|set|planned|slated)\s+"
    r"(?:for|on|to\s+\w+)\s*$",
    re.IGNORECASE,
)
"""A plan told in the past ("the offer, which was due to expire yesterday"; "its bid, due to
expire last Thursday, to Nov. 6"; "the vote, originally scheduled for Saturday"): what was meant
to happen then, which the article goes on to say did not."""
_PERIOD_AFTER = re.compile(r"^\s*(?:fiscal\s+)?(?:period|quarter)\b", re.IGNORECASE)
"""A year naming the period figures are compared with: "in the 1988 period"."""
_COMPARED = re.compile(
    r"\b(?:from|versus|vs\.|compared with|compared to|than)\s*$"
    r"|\b(?:from|versus|vs\.|compared with|compared to|against)\s+[$]?\d[\d.,]*"
    r"(?:\s+(?:a\s+share|[a-z]+)){0,3}\s*"
    r"(?:,\s*or\s+[^,]{1,30},\s*)?$",
    re.IGNORECASE,
)


_RESULTS = re.compile(
    r"\b(?:profits?|earnings|dividends?|sales|revenues?|volume|performance|growth|deaths|"
    r"losses|income|output|shipments|market share)\b",
    re.IGNORECASE,
)


def a_year_of_results(sentence: str, written: str, year: Resolution, published: datetime) -> bool:
    """Whether a year around the article's own dates only the figures a sentence weighs ("profit
    is likely to be 4.7 billion francs in 1989", "performance this year has been atrocious"):
    the current year's results are a measure, not a happening; last year's are one only when
    counted back ("a year ago"), since a closed year written out is its results ("In 1988, the
    company earned $822.8 million"); an older year's are history ("the dolls in 1985")."""
    back = published.year - year.start.year
    return (
        year.granularity == "year"
        and (-1 <= back <= 0 or (back == 1 and _WRITTEN_YEAR.search(written) is None))
        and _RESULTS.search(sentence) is not None
    )


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


def background(sentence: str, start: int, end: int, past: bool) -> bool:
    """Whether the date at ``sentence[start:end]`` dates no happening of its sentence: a goal or
    a guess ("the goal is 40,000 troops by the end of the month", "might come as soon as
    Tuesday"), the bounds of the period figures cover ("sales for the quarter ended Sept. 29",
    "in the 1988 period"), or what they are compared with ("from $388.5 million a year
    earlier")."""
    before, after = sentence[max(0, start - NEAR) : start], sentence[end : end + NEAR]
    if _BY_TARGET.search(before) and _MAYBE.search(sentence):
        return True
    due = _WAS_DUE.search(before)
    if (
        (due and (past or not due.group(0).startswith(",")))
        or _COUNTED_THROUGH.search(before)
        or _COUNTED_SINCE.search(before)
        or (_MEASURED_SINCE.search(before) and not _WHEN_AFTER.match(after))
        or _a_planned_figure(before, past)
    ):
        return True
    if a_guess(before, after) or a_then_state(sentence[start:end], after):
        return True
    if (_UP_UNTIL.match(sentence, 0, start) and _HAD_DONE.search(after)) or _NTH_DAY.match(after):
        return True
    if _LATELY.match(sentence[start:end].strip()) and _GOING_ON.match(after):
        return True
    if MONTHS_ENDED.search(before):
        return False  # "the three months ended Sept. 30" dates the figures: ``months_ended``
    bounds = _PERIOD_END.search(before) or _PERIOD_AFTER.match(after) or _COMPARED.search(before)
    return bool(bounds) and FIGURES.search(sentence) is not None


_UP_UNTIL = re.compile(r"^\W*(?:up\s+)?(?:until|till)\s*$", re.IGNORECASE)
_HAD_DONE = re.compile(
    r"\b(?:had|hadn't|had\s+not|had\s+never)\s+(?:\w+ly\s+)?(?:\w+ed|been)\b", re.IGNORECASE
)
"""A sentence that opens "Up until Thursday, they had described him as a witness" (or "had not
called him a suspect"): how things stood before the news, not a happening of that day."""
_LATELY = re.compile(r"^(?:more\s+)?(?:recently|lately)$", re.IGNORECASE)
_GOING_ON = re.compile(r"^\s+been\s+\w+ing\b", re.IGNORECASE)
""""Have recently been losing ground": a trend going on, which no day can date."""
_GUESSED = frozenset({"may", "might", "could"})
_GOES_ON = re.compile(r"[,;(]|\bthat\b", re.IGNORECASE)
"""Between a date and a guess, a comma or a "that" opens another clause ("reported last night
that the tomb may hold"): the guess is not about the thing the date names."""
_SAID = re.compile(rf"\b{_SAY}\b", re.IGNORECASE)


def a_guess(before: str, after: str) -> bool:
    """Whether the date names a thing the sentence only guesses about: the first verb after it is
    "may", "might" or "could" ("last month's fire at the plant may have been set", "a gun found
    near the scene may yield clues"), with no comma or "that" between. A guess is no happening,
    and the thing it names is told where it happened; a source who says a thing may happen
    ("said Monday it may cut jobs") still dates the saying."""
    verb = A_VERB.search(after, 0, NEAR)
    return (
        verb is not None
        and verb.group(0).lower() in _GUESSED
        and _GOES_ON.search(after, 0, verb.start()) is None
        and _SAID.search(before[-NEAR:]) is None
    )


_LONG_AGO = re.compile(
    r"^(?:just\s+|only\s+)?(?:a|one|two|three|four|five|several|a few|many)\s+"
    r"(?:decades?|generations?)\s+ago$",
    re.IGNORECASE,
)
_WAS = frozenset({"was", "were"})


def a_then_state(said: str, after: str) -> bool:
    """Whether "a decade ago" frames how things were then, set against now ("A decade ago, the
    region's armies were built for a war that never came"): a round span of decades or
    generations whose clause goes on with "was" or "were" tells a state, not a happening."""
    if _LONG_AGO.match(said.strip()) is None:
        return False
    verb = A_VERB.search(after, 0, NEAR)
    return verb is not None and verb.group(0).lower() in _WAS


_STATE = re.compile(
    r"^\s*(?:is|are|am|hold|holds|own|owns|control|controls|employ|employs|exist|exists|"
    r"know|knows|need|needs|seem|seems|stand|stands|(?:has|have)(?!\s+(?:been|\w+(?:ed|en))\b))\b",
    re.IGNORECASE,
)


def a_state(after: str, before: str = "") -> bool:
    """Whether the words after "already" tell a state, not a happening: "three carriers already
    are stationed", "the partners already hold 15%" place nothing in the past; nor does a
    participle it qualifies as an adjective or an aside ("a previously announced agreement", "junk
    bonds, already weakened by", "as was previously reported"), or a present state ("patients
    are already treated first"); ``before``: the words before "already"."""
    if _STATE.match(after) is not None or _STILL_SO.search(before) is not None:
        return True
    return _PARTICIPLE.match(after) is not None and _HELPED.search(before) is None


def a_present_state(sentence: str) -> bool:
    """Whether a sentence's first verb is "is" or "are": it tells how things stand ("He also is
    wanted in connection with the shooting", "Inspections are not expected to start until the
    agreement is in place"), not a happening that a noun in it could date."""
    verb = A_VERB.search(sentence)
    return verb is not None and verb.group(0).lower() in ("is", "are")


def named_in_a_state(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` only names a thing in a sentence that tells how
    things stand ("Nestle's share of 7% before Friday's purchases is far below the shares of
    market leaders"): the first verb is "is" or "are", after the date, and the date is a
    possessive or follows "before", "after" or "since"."""
    named = _POSSESSIVE_THEN_IS.match(sentence, end) or (
        _AROUND_BEFORE.search(sentence, max(0, at - 12), at) and _THEN_IS.match(sentence, end)
    )
    if not named:
        return False  # the common case, told from the words beside the date alone
    verb = A_VERB.search(sentence)
    return verb is not None and verb.group(0).lower() in ("is", "are") and verb.start() >= end


_POSSESSIVE_THEN_IS = re.compile(r"['’]s(?:\s+[\w-]+){1,2}\s+(?:is|are)\b")
_THEN_IS = re.compile(r"(?:\s+[\w-]+){0,2}\s+(?:is|are)\b")
_AROUND_BEFORE = re.compile(r"\b(?:before|after|since)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\s+\w{3,}ed\b")
_HELPED = re.compile(r"(?:\b(?:has|have|had|was|were|been|be|being)|['’](?:ve|d|s))\s*$", re.I)
_STILL_SO = re.compile(r"(?:\bas\s+(?:was|were|had\s+been|has\s+been)|\b(?:is|are|am))\s*$", re.I)
"""Before "already": an aside ("as was previously reported") or a present state ("are")."""
_ENDED = re.compile(r"\s+(?:ended|ending)\s+", re.IGNORECASE)
_THE_QUARTER_ENDED = re.compile(
    r"\b(?:the|its|that)\s+quarter\s+(?:ended|ending)\s+", re.IGNORECASE
)
NEARBY = 400
"""How far on "the quarter ended ..." may say when a fiscal quarter just named ended."""


def fiscal_quarter(
    text: str, quarter: Mention, mentions: list[Mention], published: datetime
) -> tuple[str, Resolution, str, str] | None:
    """ "Its fourth quarter ended June 30" is the three months to June, whatever the calendar
    says the fourth quarter is, and so is "the fiscal first quarter" when the next words say "the
    quarter ended Sept. 29": the ``when`` to write, its resolution, the doubt to show and the
    words that said it."""
    if not isinstance(quarter.result, Resolution) or quarter.result.granularity != "quarter":
        return None
    at = {m.start: m for m in mentions}
    ended = _ENDED.match(text, quarter.end)
    last = at.get(ended.end()) if ended else None
    if last is None and "fiscal" in text[max(0, quarter.start - 10) : quarter.end].lower():
        later = _THE_QUARTER_ENDED.search(text, quarter.end, quarter.end + NEARBY)
        last = at.get(later.end()) if later else None
    if last is None or not isinstance(last.result, Resolution) or not last.result.is_dated:
        return None
    year, month = last.result.start.year, last.result.start.month
    first_year, first_month = (year, month - 2) if month > 2 else (year - 1, month + 10)
    when = f"{first_year}-{first_month:02d}/{year}-{month:02d}"
    result = resolve(when, published, anchor_label="the source's publication")
    if not isinstance(result, Resolution):
        return None
    said = text[quarter.start : last.end] if ended else text[quarter.start : quarter.end]
    doubt = f"a fiscal quarter: '{' '.join(said.split())}' taken as the three months to its end"
    return when, result, doubt, said


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
_ANNIVERSARY = re.compile(
    r"\s*(?:,\s*)?(?:(?:which|that)\s+(?:is|was|marks|marked)\s+|(?:is|was|marks|marked)\s+)?"
    r"(?:the|its)\s+(\d{1,3})(?:st|nd|rd|th)?\s*anniversary\s+of\s+"
    rf"|\s*(?:,\s*)?(?:the|its)\s+({'|'.join(_ORDINALS)})\s+anniversary\s+of\s+",
    re.IGNORECASE,
)


_COUNTED_FROM = re.compile(r"\b(?:after|before|since|until|till|following|from)$", re.IGNORECASE)
"""A date counted from what follows it ("a week after the 25th anniversary of ..."): the
anniversary is that date's starting point, not the date itself."""


def anniversary(text: str, date: Mention) -> tuple[str, Resolution, int, str] | None:
    """ "today, the 39th anniversary of the Bay of Pigs fiasco": the happening remembered, 39
    years before that day. The ``when`` to write, its resolution, where the words naming the
    happening begin, and the doubt to show."""
    said = _ANNIVERSARY.match(text, date.end)
    result = date.result
    if said is None:
        return _day_of(text, date)
    if not isinstance(result, Resolution) or not result.is_dated:
        return None
    if result.granularity not in ("day", "year") or result.approximate:
        return None
    if _COUNTED_FROM.search(date.when.strip()):
        return None
    years = int(said.group(1)) if said.group(1) else _ORDINALS[said.group(2).lower()]
    try:
        start = result.start.replace(year=result.start.year - years)
    except ValueError:
        return None  # 29 February in a year without one
    when = start.strftime("%Y-%m-%d") if result.granularity == "day" else f"{start.year:04d}"
    ordinal = " ".join(said.group(0).split()).strip(", ")
    doubt = f"{date.when!r} is {ordinal} it: taken to be {years} years before"
    return _counted_back(when, start, "the anniversary", said, doubt)


_NTH_DAY = re.compile(
    r"\s+(?:is|was|marks|marked)\s+the\s+(?:(\d{1,3})(?:st|nd|rd|th)|"
    rf"({'|'.join(_ORDINALS)}))\s+day\s+of\s+",
    re.IGNORECASE,
)
"""A day counted from a happening's start: "today is the eighth day of Desert Shield"."""


def _day_of(text: str, date: Mention) -> tuple[str, Resolution, int, str] | None:
    """ "today is the eighth day of Desert Shield": the happening began seven days before that
    day. As ``anniversary``: the ``when``, its resolution, where its name begins, the doubt."""
    said = _NTH_DAY.match(text, date.end)
    result = date.result
    if said is None or not isinstance(result, Resolution) or not result.is_dated:
        return None
    if result.granularity != "day" or result.approximate:
        return None
    days = int(said.group(1)) if said.group(1) else _ORDINALS[said.group(2).lower()]
    start = result.start - timedelta(days=days - 1)
    ordinal = " ".join(said.group(0).split())
    doubt = f"{date.when!r} {ordinal} it: taken to have begun {days - 1} days before"
    return _counted_back(start.strftime("%Y-%m-%d"), start, "its count of days", said, doubt)


def _counted_back(
    when: str, start: datetime, label: str, said: re.Match[str], doubt: str
) -> tuple[str, Resolution, int, str] | None:
    """What ``anniversary`` and ``_day_of`` return for the happening a count recalls: the
    ``when`` to write, its resolution, where its name begins, the doubt; None if it does not
    resolve."""
    recalled = resolve(when, start, anchor_label=label)
    return (when, recalled, said.end(), doubt) if isinstance(recalled, Resolution) else None


_TREND = re.compile(
    r"^(?:in|over|during)?\s*(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|many)\s+)?"
    r"(?:years|months|decades)$",
    re.IGNORECASE,
)
"""A trend's frame, not a happening's time: "a rash of kidnappings in recent years"."""
_HABIT = re.compile(r"\b(?:each|every|annual|annually|yearly)\s+$", re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:(?:\d|one|two|three|four|five|six|seven)\s+days\s+a\s+week|daily|nightly|usually|"
    r"(?:every|each)\s+(?:day|morning|evening|night|weekday)|routinely)\b"
)
"""A day's routine ("had opened at 5 a.m. six days a week"): its hour is no happening's."""


_FORECAST = re.compile(
    r"\b(?:will|would|should|(?:is|are)\s+expected\s+to|expects?\s+(?:[\w$%.,'-]+\s+){0,6}?to)"
    r"\s+(?:\w+\s+){0,2}?(?:rise|fall|increase|decrease|decline|grow|climb|drop|exceed|"
    r"total|average|be\s+(?:up|down|flat|higher|lower))\b"
    r"|\b(?:foresees?|predicts?|projects?|forecasts?)\s+(?!that\b)",
    re.IGNORECASE,
)
"""A forecast of a figure or a need ("capital spending in 1990 will rise slightly", "foresees
the need for a boost throughout the 1990s"): a date still running that it names is no
happening's, as no one can put a forecast on a timeline until it comes true."""


def a_frame(sentence: str, start: int, end: int, result: Resolution, published: datetime) -> bool:
    """Whether the date at ``sentence[start:end]`` frames a trend or a habit and dates no happening
    of its own: "in recent months", "Orangemen march each July", a season still ahead ("left on
    their own this summer", in March), a forecast for a period still running ("sales in 1990 will
    rise"), which names a stretch of time, not when a thing happens."""
    if _TREND.match(sentence[start:end].strip()) or _HABIT.search(
        sentence, max(0, start - NEAR), start
    ):
        return True
    if result.end > published and _FORECAST.search(sentence[max(0, start - NEAR) : end + NEAR]):
        return True
    if a_time_with_no_day(result) and _HABITUAL.search(sentence, max(0, start - NEAR), end + NEAR):
        return True
    return result.granularity == "season" and result.start > published


_ITS_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}")
_THE_EVENT = re.compile(
    r"\bthe\s+(?:ceremony|summit|meeting|session|talks|vote|ruling|hearing|signing|speech|rally|"
    r"funeral|launch|parade|celebrations?)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
"""A happening named with its day after it: "on the plane to the ceremony Friday"."""


def names_its_day(date: Mention) -> bool:
    """Whether a date only names the day of a thing by a possessive in the subject, before any
    verb ("The location for Friday's ceremony was chosen", "Friday's volume totaled"), or after
    its name ("on the plane to the ceremony Friday, the ministers were asked"): told again,
    it is the happening already proposed on that day, not a new one. After a verb ("asked them
    to stop after Thursday's ruling") it may date a deed of its own."""
    at = date.start - date.quote_start
    named = _ITS_DAY.match(date.sentence, date.end - date.quote_start) or _THE_EVENT.search(
        date.sentence[:at]
    )
    return named is not None and A_VERB.search(date.sentence, 0, at) is None


_SPEAKER = re.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:\w+ly\s+)?(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?"
    r"(?:said|says|told|revealed|announced|disclosed|declared)\b"
)
_ANOTHER = re.compile(r"\b(?:also|again|added|later)\b", re.IGNORECASE)


def retells(date: Mention, earlier: Mention) -> bool:
    """Whether a happening dated like an earlier one tells it again: its day named by a
    possessive (``names_its_day``), or the same speaker's words that day ("Castro said Tuesday
    ..." and "it was not until Tuesday that Castro revealed ..."), unless the speaker said
    something more ("also said", "added")."""
    if names_its_day(date):
        return True
    speaker, first = _SPEAKER.search(date.sentence), _SPEAKER.search(earlier.sentence)
    return (
        speaker is not None
        and first is not None
        and speaker.group(1) == first.group(1)
        and _ANOTHER.search(date.sentence, 0, speaker.end()) is None
    )


_QUOTE_OPENS = re.compile(r"^\s*(?:``|[\"“])")


def a_deed(words: str) -> bool:
    """Whether words report something done ("was seen", "had ordered"), leaving out what they
    quote: a report of a deed is news, a report of an opinion is not."""
    return _HAPPENED.search(_QUOTED.sub(" ", words)) is not None


def quoted_deed(before_tail: str) -> bool:
    """Whether the words quoted before an attribution tail report a deed of the speaker's side
    ('``We were unjustly pushed out of the talks,'' Adams said Sunday'): then the saying is the
    news of its day, not only a saying."""
    return _QUOTE_OPENS.match(before_tail) is not None and _HAPPENED.search(before_tail) is not None


_SPEAKER_DESCRIBED = re.compile(
    r"[,\"”]\s*(?:said|says|added)\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+[^,;:\"”]*|\w*(?:man|woman|person)\s+(?:for|of)\s"
    r"[^,;:\"”]*)$"
)
"""After "said NAME,": a noun phrase describing the speaker ("spokeswoman for the committee
appointed", "the head of the panel named"); not a clause of its own ("adding that troops would
leave", "who met Kerry", "speaking in Geneva")."""


def describes_the_speaker(sentence: str, at: int) -> bool:
    """Whether a date at ``at`` is in the words describing a speaker after the attribution
    ("..., said Sandra Kolber, spokeswoman for the committee appointed last May"): it dates the
    committee, not the saying."""
    return _SPEAKER_DESCRIBED.search(sentence, max(0, at - NEAR), at) is not None


_SUBJECT_DESCRIBED = re.compile(
    r"^\W*(?!(?:In|On|At|After|Before|During|From|For|With|Since|By|Under|Near|Across|Outside|"
    r"Inside|Throughout|Amid|Despite)\b)"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:a|an|the)\s+[^,;:()\"“”]*$"
)
_APPOSITIVE_CLOSES = re.compile(rf"[^,;:()]{{0,60}}?,\s+(?:\w+ly\s+)?{FINITE_VERB}\b")
_FRONTED_PARTICIPLE = re.compile(
    r"^\W*(?:Born|Founded|Elected|Appointed|Named|Built|Formed|Established|Raised|Educated|"
    r"Trained|Ordained|Hired|Married|Drafted|Signed)\b[^;:()]{0,120}$"
)
_THEN_THE_SUBJECT = re.compile(
    rf"[^;:()]{{0,80}}?,\s+(?:[\w.'’-]+\s+){{1,5}}?(?:\w+ly\s+)?{FINITE_VERB}\b"
)


def describes_the_subject(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` is in the words describing the sentence's
    subject, set off by commas before its verb ("Hale, a Democrat first elected in 2019,
    announced his resignation"), or in a participle fronted before the subject ("Born in
    London on Jan. 3, 1926, Martin served in the Fleet Air Arm"): it dates the description, not
    what the subject did.
    Not a place fronted before the news ("In Baghdad, a car bomb killed 12 on Sunday")."""
    if _FRONTED_PARTICIPLE.match(sentence[:at]) and _THEN_THE_SUBJECT.match(sentence, end):
        return True
    return (
        _SUBJECT_DESCRIBED.search(sentence, 0, at) is not None
        and _APPOSITIVE_CLOSES.match(sentence, end) is not None
    )


_COUNTERFACTUAL = re.compile(
    r"^\W*(?:Had\s+(?!been\b)[\w.'’-]+|If\s+[^,;:]{0,80}?\bhad\b)[^,;:]{0,120}?,[^;:]{0,200}?"
    r"\bwould\s+(?:not\s+|never\s+)?have\b",
    re.IGNORECASE,
)


_WHATEVER = re.compile(
    r"\b(?:whatever|whoever|whichever|no\s+matter\s+(?:what|who))\s+"
    r"(?:the\s+(?:outcome|result)s?(?:\s+of)?|(?:\w+\s+){0,2}?(?:happens|comes|wins))"
    r"\s+(?:(?:in|on|at|by)\s+)?$",
    re.IGNORECASE,
)
"""A happening left open: "whatever happens today", "no matter what happens in November",
"whatever the outcome Tuesday" tell nothing that happened then; "whatever happened Monday
night" does."""


def in_a_counterfactual(sentence: str, at: int) -> bool:
    """Whether the date at ``sentence[at:]`` is in a condition that did not happen ("Had he won
    in 2012, he would have been the first ...", "If the vote had been held in May, it would
    have failed") or in one left open ("whatever happens today"): no happening is told on it."""
    if _WHATEVER.search(sentence, max(0, at - 40), at):
        return True
    found = _COUNTERFACTUAL.match(sentence)
    return found is not None and at < sentence.find(",", 0, found.end())
