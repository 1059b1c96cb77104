"""The clause a date belongs to, and the date's words out of it, for a drafted event's title.

A sentence often tells more than one happening; the title is the one its date dates: "In
contrast to Thursday, when 133 were arrested, protesters were calmer" is about the arrests,
"Taylor, who stepped down in March, ..." about Taylor stepping down.
"""

from __future__ import annotations

import re
from collections import deque

from tui.dates.shapes import MONTHS
from tui.formats.draft_counted import CLAUSE_ENDS, DETERMINERS, PHRASE_ENDS
from tui.formats.draft_text import (
    A_LOWER_VERB,
    A_VERB,
    FINITE_VERB,
    IRREGULAR_PAST,
    PAST_TENSE,
    SAYING_PLACES,
    ZONE_IN_WORDS,
)

_OPENS_WITH_A_VERB = re.compile(rf"(?:{FINITE_VERB}|[a-z]{{2,}}[^s\W]s|\w+ing)\b", re.IGNORECASE)
_PRONOUN = re.compile(
    r"(?:he|she|it|they|we|i|you|this|that|these|those|each|all|both|some|none)\b", re.IGNORECASE
)

_RELATIVE = re.compile(
    r"(?:^|\b(?:over|of|about|amid|after|for|with|against|by|from|to)\s+)"
    r"((?:[\w'’-]+\s+){1,6}?)(?:which|who|that)\s+"
)
_CLAUSE_STOP = re.compile(r"[,;:]")
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|announced|reported|added|claimed|insisted|warned|stated|"
    r"argued|believes?|believed|thinks?|thought|knew|knows|admitted|denied|confirmed|agreed|"
    r"ruled|decided|found|hopes?|hoped|feared|fears?)\b",
    re.IGNORECASE,
)
"""A verb whose "that" opens what was said or thought ("The mayor said on Friday that he had
resigned"), not a relative clause of the words before it."""
_THEN_WHEN = re.compile(r"\s*(?:,|\s_|\s--|\s—)\s*when\s+(?P<clause>[^,;:_—]{8,200})")
"""What a date is followed by when it is the time of a clause of its own: "Thursday, when 133
were arrested", "1985 _ when the Israelis created a zone _"."""
_COMMA_RELATIVE = re.compile(r",\s+(?:who|which)\s+")
_RELATIVE_END = re.compile(
    rf",\s+(?=(?:{FINITE_VERB}|still|also|then|according|including|but|and)\b|[a-z]{{2,}}[^s\W]s\b)"
    r"|[;:]|\s(?:_|--|—)\s|,\s+(?:``|'')",
    re.IGNORECASE,
)
"""Where a relative clause set off by commas ends: at the main clause's verb
(", who left in March, was indicted") or a dash."""
_LEADING = re.compile(
    r"^(?:(?:but|and|yet)\s+)?(?:while|although|though|since|when|once|because|whereas|as)\s+"
    r"(?P<clause>[^,;:]{5,160}),\s+",
    re.IGNORECASE,
)
_NOT_IN_A_NAME = frozenset(
    re.findall(
        r"\w+",
        "on in at to with from by for over under into about against after before during since "
        "than as like and or but that said says is was were has had will would",
    )
)
_DETERMINERS = frozenset(
    re.findall(r"\w+", "the a an its his her their our my this that these those each every")
)
_POSSESSIVES = {"its": "the", "his": "the", "her": "the", "their": "the", "our": "the", "my": "the"}
_NAME = re.compile(r"(?:[A-Z][\w'’&-]*|[A-Z]\.|[A-Z][a-z]{0,3}\.|(?:of|de|la|von|van))$")


def own_clause(title: str, when: str) -> str:
    """The clause of the title that the date ``when`` belongs to, or the title when that is its
    main clause: a clause the date is the time of ("Thursday, when 133 were arrested"), a
    relative clause ("Taylor, who stepped down in March", "strikes which killed 60 soldiers on
    Saturday") or a subordinate clause before the main one ("While third-quarter earnings were
    a disappointment, ...")."""
    at = title.find(when) if when else -1
    if at < 0:
        return title
    for rule in (
        _clause_it_times,
        _relative,
        _leading_clause,
        _participle,
        _participle_aside,
        _comma_relative,
        _reported_news,
        _said_deed,
        _coordinate,
        _subordinate,
    ):
        clause = rule(title, when, at)
        if clause is not None:
            return clause
    return title


def _last(pattern: re.Pattern[str], title: str, end: int) -> re.Match[str] | None:
    """The last match before ``end``: of the clauses opening there, only the last can run to the
    date without a stop, as an earlier one holds all of it. Checking each would be quadratic."""
    return next(iter(deque(pattern.finditer(title, 0, end), maxlen=1)), None)


def _clause_it_times(title: str, when: str, at: int) -> str | None:
    """ "In contrast to Thursday, when 133 were arrested, ..." is titled "133 were arrested"."""
    then = _THEN_WHEN.match(title, at + len(when))
    before = title[:at].split()
    if then is None or not before or before[-1].lower() in ("on", "at", "in"):
        return None  # "On Friday, when Albright left, the department lifted ..." is one time
    clause = then.group("clause").strip()
    return clause if A_VERB.search(clause) and not _PRONOUN.match(clause) else None


_REPORTED = re.compile(
    r"\b(?:announced|told\s+\w+|reported|confirmed|disclosed|revealed)\s+"
    r"(?:(?:in|on|from)\s+[A-Z][\w.]*\s+)?that\s+(?P<clause>[^,;:]{8,200})"
)


def _reported_news(title: str, when: str, at: int) -> str | None:
    """ "Castro's statement came less than an hour after Craig announced in Washington that the
    father would be traveling to the United States Thursday" is titled by what Thursday dates:
    the news announced, not the statement."""
    told = next((m for m in _REPORTED.finditer(title) if m.start("clause") <= at < m.end()), None)
    if told is None:
        return None
    clause = _SUBORDINATOR.sub("", told.group("clause"))
    if (
        not _NAMED_SUBJECT.match(clause)
        or _PRONOUN.match(clause)
        or not A_VERB.search(clause.replace(when, " "))
    ):
        return None  # "reported that third-quarter profit grew" needs who reported it
    return clause


_SAID = re.compile(
    r"\b(?:said|says|added)\s+(?:that\s+)?(?P<clause>(?:(?:the|a|an)\s|[A-Z])[^,;:]{8,200})"
)
"""Words said that report a deed: "Moskal said the two men showed up at Slepian's house the day
after his death"."""


def _said_deed(title: str, when: str, at: int) -> str | None:
    """A date inside what was said, after the deed it reports, titles the deed: "Moskal said the
    two men apparently showed up at Slepian's house the day after" is "The two men apparently
    showed up at Slepian's house"."""
    said = next((m for m in _SAID.finditer(title) if m.start("clause") < at < m.end()), None)
    if said is None or title[: said.start()].rstrip().endswith(_QUOTE_ENDS):
        return None  # "'Fight on!' said a message": who said it, not what
    clause = said.group("clause")
    before = clause[: at - said.start("clause")]
    if (
        _PRONOUN.match(clause)
        or _INVERTED_SAYER.match(clause)
        or _BACK_TO_THE_SAYER.search(before)
        or _WHERE_SAID.search(before)
        or not _DEED.search(before)
    ):
        return None  # "said that King Hussein assured him", "said ... at a news conference on"
    return clause[:1].upper() + clause[1:]


_BACK_TO_THE_SAYER = re.compile(r"\b(?:him|her|them|us|me)\b", re.IGNORECASE)
_OPENED_CLAUSE = re.compile(
    r",\s+(?:where|although|though|whereas|because)\s+(?P<clause>[^;:]{8,200})", re.IGNORECASE
)


def _subordinate(title: str, when: str, at: int) -> str | None:
    """A date in a clause opened after a comma by "where", "although" or "because" titles that
    clause: "... across Oregon, where last month the Durkee fire became the largest blaze" is
    "The Durkee fire became the largest blaze"."""
    opened = next(
        (m for m in _OPENED_CLAUSE.finditer(title) if m.start("clause") <= at < m.end()), None
    )
    if opened is None:
        return None
    clause = opened.group("clause")
    first = clause.split(",", 1)[0].replace(when, " ")
    if _PRONOUN.match(clause) or not A_LOWER_VERB.search(first):
        return None  # ", though technically free to return, should remain": an aside
    return clause


_QUOTE_ENDS = ("!", "?", "'", '"', "”", "’")
"""What ends a quotation before its sayer's verb ("Fight on!' said a message"), once the
title's quotation marks are gone."""
_INVERTED_SAYER = re.compile(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:who|which|that)\b", re.I)
"""The sayer after the verb ("said a message that was read"), not what was said."""
_WHERE_SAID = re.compile(
    rf"\b(?:at|in|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{SAYING_PLACES}\b",
    re.IGNORECASE,
)
"""Where the words were said: the date after it is the saying's ("at a news conference on
Friday")."""
_DEED = re.compile(rf"\b(?=(?-i:[a-z])){PAST_TENSE}\b", re.IGNORECASE)
"""A deed told in the past ("arrested", "showed up"), not a state ("the plan was a mistake")."""
_COORDINATE = re.compile(r",\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z]|(?:he|she|they)\s+\w)")
"""A second clause with a subject of its own: "..., and FBI officials on Saturday played down",
"..., and she later earned her doctorate in 1959"."""


_NAME_DESCRIBED = re.compile(r"^([^,]*?),\s+(?:the|a|an)\s[^,]{1,150},\s*", re.IGNORECASE)
"""A subject with a description in commas ("Denise O'Donnell, the U.S. attorney, has")."""


def _coordinate(title: str, when: str, at: int) -> str | None:
    """A date in the second of two clauses, each with its own subject and verb (the first's
    before any comma), titles the second: "The men were not termed suspects, and FBI officials
    on Saturday played down the likelihood" is "FBI officials played down the likelihood"."""
    cut = _last(_COORDINATE, title, at)
    if cut is None or not A_LOWER_VERB.search(title[: cut.start()].split(",", 1)[0]):
        return None  # "The United States, Britain, and France agreed": one subject, listed
    clause = title[cut.end() :]
    own = _NAME_DESCRIBED.sub(r"\1 ", clause.replace(when, " ")).split(",", 1)[0]
    return clause if A_LOWER_VERB.search(own) else None  # not "..., and Fresno, California, which"


_SUBORDINATOR = re.compile(r"^(?:before|after|when|while|since|as|because|although|if)\s+", re.I)
_NAMED_SUBJECT = re.compile(r"(?:[A-Z]|(?:the|a|an)\s)")
"""A reported clause whose subject stands on its own: a name, or a noun with its article."""


def _leading_clause(title: str, when: str, at: int) -> str | None:
    """ "Since KKR bought RJR in February, it has sold ..." is titled by what February dates:
    "KKR bought RJR in February" (a clause with its own subject and verb, not "When asked")."""
    lead = _LEADING.match(title)
    if lead is None or not lead.start("clause") <= at < lead.end("clause"):
        return None
    clause = lead.group("clause")
    if at == lead.start("clause") or _OPENS_WITH_A_VERB.match(clause) or _PRONOUN.match(clause):
        return None  # "Since 1985, ..." is a phrase; "When asked ..." has no subject
    return clause if A_VERB.search(clause.replace(when, " ")) else None


_PARTICIPLE = re.compile(
    rf"^(?:(?:however|but|and|also)\s*,?\s+)?(?P<phrase>(?:(?-i:[A-Za-z])[a-z]+ed|{IRREGULAR_PAST})\b"
    r"[^,;:]{3,150}),\s+"
    r"(?P<subject>[^,;:]{2,60}?)\s+(?=(?:is|are|was|were|has|have|had|will|would)\b|\w+ed\b)",
    re.IGNORECASE,
)


def _participle(title: str, when: str, at: int) -> str | None:
    """ "Found clinging to an inner tube in late November, Elian has been ..." is titled by what
    the date dates: "Elian was found clinging to an inner tube in late November"."""
    lead = _PARTICIPLE.match(title)
    if lead is None or not lead.start("phrase") <= at < lead.end("phrase"):
        return None
    subject = lead.group("subject")
    words = subject.split()
    phrase = lead.group("phrase")
    if _PRONOUN.match(subject) or len(words) > 6 or A_VERB.search(phrase.split(" ", 1)[-1]):
        return None  # "Consolidated Freightways Inc. reported ..." is no participle's phrase
    return _passive(subject, phrase)


def _passive(subject: str, participle_phrase: str) -> str:
    """ "Elian was found clinging ...", "the strikes were carried out ...": a participle's
    phrase told of its subject, "were" after a plural that is not a name."""
    last = subject.split()[-1]
    plural = not last[:1].isupper() and last.endswith("s")
    phrase = participle_phrase[:1].lower() + participle_phrase[1:]
    return f"{subject} {'were' if plural else 'was'} {phrase}"


_PARTICIPLE_ASIDE = re.compile(
    r"^(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+),\s+"
    rf"(?P<phrase>(?:(?-i:[a-z])[a-z]+ed|{IRREGULAR_PAST})\b[^,;:()]{{3,150}}),\s+"
    r"(?=(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|\w+ed)\b)",
    re.IGNORECASE,
)


def _participle_aside(title: str, when: str, at: int) -> str | None:
    """ "The contract, awarded in August 2022 to Prairie Fluid, has been questioned" is titled
    by what the date dates: "The contract was awarded in August 2022 to Prairie Fluid"."""
    aside = _PARTICIPLE_ASIDE.match(title)
    if aside is None or not aside.start("phrase") <= at < aside.end("phrase"):
        return None
    subject, phrase = aside.group("subject"), aside.group("phrase")
    if _PRONOUN.match(subject) or A_VERB.search(phrase.split(" ", 1)[-1]):
        return None
    return _passive(subject, phrase)


def _comma_relative(title: str, when: str, at: int) -> str | None:
    """ "He succeeds James A. Taylor, who stepped down in March" is titled "James A. Taylor
    stepped down in March": the date is in the relative clause, and it says who."""
    found = _last(_COMMA_RELATIVE, title, at)
    if found is not None and _RELATIVE_END.search(title, found.end(), at) is not None:
        found = None
    if found is None or not _OPENS_WITH_A_VERB.match(title, found.end()):
        return None
    end = _RELATIVE_END.search(title, at)
    who = _antecedent(title[: found.start()])
    told = title[found.end() : end.start() if end else len(title)]
    short = len(re.findall(r"\w+", told.replace(when, " "))) < 3
    if who is None or when in who or (short and not _DONE.match(told)):
        return None  # "closing, which is expected in December" says too little
    return who + " " + told


_DONE = re.compile(
    rf"(?:(?:was|were)\s+)?(?:(?-i:[a-z])[a-z]+ed|{IRREGULAR_PAST})\b(?!\s+(?:to|as)\b)",
    re.IGNORECASE,
)
"""A relative clause that opens on a deed done ("which ended on Friday", "who was elected on
Tuesday") says enough; "which is expected in December" does not."""


def _antecedent(before: str) -> str | None:
    """The noun phrase a relative clause follows: a name ("James A. Taylor", "Joan Campbell of the
    National Council of Churches") or the words back to a preposition or a verb ("the FBI's most
    wanted list"), at most eight."""
    words = before.split()
    taken: list[str] = []
    name = bool(words) and _NAME.match(words[-1]) is not None
    limit = 8
    while words and len(taken) < limit:
        word = words[-1]
        if word.endswith((",", ";", ":")) or word.strip("`'\"") != word:
            break
        if name and not _NAME.match(word):
            if word.lower() == "the" and len(words) > 2 and words[-2].lower() == "of":
                if not _NAME.match(words[-3]):
                    return None  # "the head of the National Council, who": no name to say who
                taken[:0] = words[-2:]  # "Campbell of the National Council of Churches, who"
                del words[-2:]  # is Campbell, not the Council
                limit = len(taken) + 4  # and her name, however long the body's
                continue
            break
        if word.lower() in _NOT_IN_A_NAME and not _joins_a_name(words, taken):
            break
        taken.insert(0, words.pop())
        if word.lower() in _DETERMINERS:
            break  # "keep its golden share, which": the phrase starts at "its"
    if not taken or taken[0].lower() in ("of", "and"):
        return None
    first = taken[0].lower()
    if not (
        name or first in _DETERMINERS or (len(taken) >= 2 and words and words[-1][-1:] not in ",;:")
    ):
        return None  # "..., field operations, who left": no telling where the phrase starts
    taken[0] = _POSSESSIVES.get(first, taken[0])
    phrase = " ".join(taken)
    return phrase[:1].lower() + phrase[1:] if taken[0] in ("The", "A", "An") else phrase


def _joins_a_name(words: list[str], taken: list[str]) -> bool:
    """ "and" between two capitalised words joins one name ("Savings and Loan")."""
    return (
        words[-1] == "and"
        and len(words) > 1
        and words[-2][:1].isupper()
        and bool(taken)
        and taken[0][:1].isupper()
    )


def _relative(title: str, when: str, at: int) -> str | None:
    """A date in a relative clause dates that clause: "a spat over four strikes which killed 60
    soldiers on Saturday" is titled "four strikes killed 60 soldiers"."""
    found = _last(_RELATIVE, title, at)
    if found is not None and _CLAUSE_STOP.search(title, found.end(), at) is not None:
        found = None
    if found is None or found.start(1) == 0 or _SAYING.search(found.group(1)):
        return None
    if _PREPOSITION_END.search(found.group(1)):
        return title[found.end() :]  # "a march in which police arrested 40 people"
    noun = re.split(
        r"\b(?:over|of|about|amid|after|for|with|against|by|from|to)\s+", found.group(1)
    )
    return noun[-1] + title[found.end() :]


_PREPOSITION_END = re.compile(
    r"\b(?:in|on|at|during|under|through|into|from|by|with|for|of|after|before)\s+$",
    re.IGNORECASE,
)
_AS_A_NOUN = r"\b(?:a|an)\s+{}\s+of\b"
"""A date that is a noun of the clause ("after a weekend of accusations"), which the clause
cannot lose."""
_DESCRIBED = r"\b(?:a|an)\s+(?-i:[a-z])[\w-]*\s+{}\b"
_SEASON_OR_MONTH = re.compile(
    "|".join(("spring", "summer", "autumn", "fall", "winter", *MONTHS)), re.I
)
"""A season or a month described as a noun ("a chaotic spring", "a cold January") is one too."""


_LEAD = (
    r"\b(?:just\s+|only\s+|even\s+)?(?:(?<!\blet\s)(?<!\blets\s)(?<!\bletting\s)up\s+until|"
    r"up\s+to|as\s+of|compared\s+(?:with|to)|"
    r"as\s+(?:recently|early|late|long\s+ago|soon)\s+as|on|in|"
    r"since|by|until|to|at|during|from|of|for|over|through|throughout|early|late|"
    r"(?:shortly|just|soon|right|well|long|hours|minutes)\s+(?:before|after))\s+"
    r"(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after))\s+)?"
)
"""The words that make a date a phrase of time: "on Saturday", "compared with a year ago"; the
"up" of "did not let up until Monday" is the verb's."""


def _closed_up(match: re.Match[str]) -> str:
    """A phrase of time between a subject and its verb closes up ("costs were boosted"); one
    between two asides leaves a comma ("Georgina, followed by Manuel")."""
    verb = A_VERB.match(match.string, match.end())
    return " " if verb and not re.match(r"\w+ed\s+by\b", match.string[match.end() :]) else ", "


_CLOCK_END = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
"""A time written "6 a.m" whose last point the text also ends a word with ("at 6 a.m., ten days
before"): the point goes with the time, or the title reads "the depot., ten days"."""


_CLOCK_TAIL = rf"\.?(?:\s+(?:{ZONE_IN_WORDS}|local\s+time))?"
"""What goes with a time written "10 p.m": its last point, and its zone in words."""
_COUNTS_FROM = re.compile(r"\s(?:after|before)$", re.IGNORECASE)
_WHAT_IT_COUNTS_FROM = (
    rf"(?:\s+(?:{'|'.join(sorted(DETERMINERS))})"
    rf"(?:\s+(?!(?:{'|'.join(sorted(PHRASE_ENDS | CLAUSE_ENDS))})\b)[\w'-]+){{1,3}})?"
)


_YEARS = re.compile(r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?\d{4}s?")
"""A year or a decade, which a list may hold: "in 1994, 1995 and 1997", "in the late 1980s and
early 1990s"; the list goes from a title as a whole."""


def drop_date_words(title: str, when: str) -> str:
    """The date is in `when`; a title that repeats "on Saturday" reads worse as a headline. A
    phrase of time set off by commas goes with them ("costs, compared with a year ago, were"
    is "costs were")."""
    if not when or re.search(_AS_A_NOUN.format(re.escape(when)), title, re.IGNORECASE):
        return title
    if _SEASON_OR_MONTH.fullmatch(when) and re.search(
        _DESCRIBED.format(re.escape(when)), title, re.IGNORECASE
    ):
        return title
    date = re.escape(when) + (_CLOCK_TAIL if _CLOCK_END.search(when) else "")
    if _YEARS.fullmatch(when):
        date = rf"(?:{_YEARS.pattern}\s*,\s*)*(?:{_YEARS.pattern}\s*,?\s*(?:and|or)\s+)?{date}"
        date += rf"(?:\s*,\s*{_YEARS.pattern})*(?:\s*,?\s*(?:and|or)\s+{_YEARS.pattern})?"
    if _COUNTS_FROM.search(when):
        date += _WHAT_IT_COUNTS_FROM  # "ten days before the shooting" goes as a whole
    aside = re.compile(rf",\s*{_LEAD}{date},\s*", re.IGNORECASE)
    title, dropped = aside.subn(_closed_up, title, count=1)
    if not dropped:  # "began on March 5, when 4,000 stopped work": "began when 4,000 ..."
        then = re.compile(rf"\s?(?:{_LEAD})?{date}\s*,\s*(?=when\s)", re.IGNORECASE)
        title, dropped = then.subn(" ", title, count=1)
    if not dropped:
        pattern = re.compile(rf"(?P<lead>{_LEAD})?{date}(?P<own>['’]s\b)?", re.IGNORECASE)
        title = pattern.sub(
            lambda m: f"{m.group('lead') or ''}the " if m.group("own") else " ", title, count=1
        )  # "Friday's ceremony" is "the ceremony"
    title = re.sub(r"^\s*,|(?<=\S)\s+(?=[,.;:])|(?<!\s)\s*\(\s*\)", "", title)
    return re.sub(r"(?<=,)\s*,", "", title)


_INVERTED = re.compile(
    r"(?:then\s+)?(?P<verb>came|followed)\s+"
    r"(?!(?:by|suit|up|back|down|out|home|in|over|along|through|forward|close|true)\b)"
    r"(?P<who>[^;:]+)"
    r"|followed\s+by\s+(?P<after>[^;:]+)",
    re.IGNORECASE,
)
"""A clause whose subject follows its verb: "Then came another sister, Georgina", "followed by
Manuel and Lazaro"."""


def upright(title: str) -> str | None:
    """An inverted clause put subject first: "Another sister, Georgina, came", "Manuel and Lazaro
    followed"; None for any other."""
    inverted = _INVERTED.fullmatch(title)
    if inverted is None:
        return None
    who = (inverted["who"] or inverted["after"]).strip(" ,")
    verb = (inverted["verb"] or "followed").lower()
    return f"{who}, {verb}" if "," in who else f"{who} {verb}"


_AGE = re.compile(
    r"(?<=[a-z.])\s*,\s*\d{1,3}(?:\s+years\s+old)?\s*,\s+"
    r"(?!(?:and|or|but)\b)(?=(?:[a-z]+\s+)?(?:was|were|is|has|had|will|an?|the|his|her|of|who|"
    r"[a-z]+ed)\b|[a-z]+,)"
)
"""A person's age set off by commas, before the verb or a description ("Slepian, 52, an
obstetrician, was shot", "Kopp Jr., 44, was charged", "Roberts, 54, treasurer,"); not a count
in a list ("Democrats, 40, and Republicans, 15")."""


def _without_age(match: re.Match[str]) -> str:
    """ "Slepian, 52, was shot" closes up to "Slepian was shot"; "Slepian, 52, an obstetrician,
    was shot" keeps the comma that opens the description."""
    return " " if _VERB_NEXT.match(match.string, match.end()) else ", "


_VERB_NEXT = re.compile(rf"(?:(?:\w+ly|later|also|then|still)\s+)?{FINITE_VERB}\b", re.IGNORECASE)


def without_ages(title: str) -> str:
    """The title without the ages set off by commas after names."""
    return _AGE.sub(_without_age, title)
