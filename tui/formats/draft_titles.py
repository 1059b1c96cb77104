"""Headline titles for drafted events: who did what, from the clause the date belongs to.

Rules, not a model: the clause the date belongs to is cut from its sentence (draft_title_clause),
the date words, a dateline, who said it (", officials said") and the phrases framing the news
("In Cuba, meanwhile, ") are taken out, a leading pronoun is replaced by the subject the paragraph
names, and what is left is shortened at a clause or a word that keeps its verb, never with an
ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.core.textsafe import without_controls
from tui.dates.shapes import WEEKDAYS
from tui.formats.draft_cuts import (
    TITLE_LIMIT,
    WEAK_END,
    predicate,
    splits_a_pair,
    tidy_end,
    word_cut,
)
from tui.formats.draft_people import SPEAKER, TITLED_NAME, may_be_a_person, unnamed_person
from tui.formats.draft_text import (
    A_VERB,
    HAVING,
    IRREGULAR_PAST,
    sentences,
    without_stray_quote_marks,
)
from tui.formats.draft_title_clause import drop_date_words, own_clause, upright, without_ages

PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his", "her"}
    | {"its", "their", "our", "my", "him", "them", "us"}
)
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'-]{2,}(?:,\s*[A-Z][\w.]*\.?(?:\s+[A-Z][\w.]*\.?){0,3}(?:\s+\d+)?)?"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:--|[-—–_])\s*"
)
"""A wire dateline: "BELFAST, Northern Ireland (AP)_ ", "NEW YORK (AP) -- ", "WASHINGTON _ "."""
LEADING_NOISE = re.compile(
    r"^(?:[`'\"“‘(_\-–—:;,•*|\s]+|(?:meanwhile|however|but|and|also|still|so|yet|separately|"
    r"in addition|previously|then|now|instead|even so|again|meantime|in the meantime|actually|"
    r"by all accounts|moreover|similarly|likewise|ironically|indeed|of course|on top of that|"
    r"in fact|besides|by contrast|in contrast|what's more|as well)\b,?\s*)+",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"(?:(?:,\s*|\s+)(?:according to|as reported by)\s+[^,;]{1,80}"
    r"|,\s*(?:[\w.'’-]+\s+){0,6}?told(?:\s+[\w.'’-]+){0,3}"
    r"|,\s*(?:[\w.'’-]+\s+){0,6}?(?:said|says|reported|added|announced|stated|noted|"
    r"explained|confirmed|disclosed)(?:\s+(?:reporters|journalists|(?:on|in|at|to|during|after|as|"
    r"before|from|of|by|late|early|last|this|yesterday|today|tonight|recently|"
    + "|".join(WEEKDAYS)
    + r")\b"
    r"(?:\s+[\w.'’-]+){0,3}))?"
    r"|,\s*(?:said|says|added)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,(?!\s*(?:is|are|was|were|has|have|had|will|would)\b)[^,;]{0,200}){0,3})\s*[.!?]*$",
    re.IGNORECASE,
)
"""Who said it, after what they said: ", officials said on Friday.", ", said Josefa Gonzalez,
who left Cuba". Not a report's own verb and object (", Kellogg reported lower earnings")."""
_SIGN_OFF = re.compile(r"[.!?]?\s*\([a-z]{1,4}(?:/[a-z]{1,4})+\)\s*$")
"""An editor's initials closing a wire story, "(sp/eml)": not the story's words."""
_OPENING_ATTRIBUTION = re.compile(r"^(?:according to\s+[^,]{1,80},\s*)", re.IGNORECASE)
_UNNAMED_SAYERS = re.compile(
    r"^(?:(?:news\s+|press\s+|media\s+)?reports|sources|officials|witnesses|analysts|diplomats)"
    r"\b[^,;:]{0,60}?\s(?:said|say|says|reported|indicated)\s+(?:that\s+)?(?=\S)",
    re.IGNORECASE,
)
"""Who told it, when no one is named ("Reports attributed to the Japanese foreign ministry
said ..."): a long title keeps the news, the quote keeps who told it."""
_MID_ATTRIBUTION = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,5}?(?:said|says|say|added|noted|insisted|argued)\s*,\s*"
    r"|,\s*(?:said|says)\s+[A-Z][^,;]{1,40}(?:,[^,;]{1,100})?,\s*"
)
"""Who said it, set off by commas inside the sentence ("Unless it changes, officials say, the
plan is ...", "The advertisement, said Kelli Conlin, its author, is meant"): a headline tells
the news, the quote keeps who said it."""
_CLEFT = re.compile(
    r"^It\s+(?:was|is|wasn['’]t|was\s+not|isn['’]t)\s+(?:not\s+)?(?:until|only|on|in)\b"
    r"[^.;:]{1,150}?\bthat\s+(?=[A-Z]|(?:the|a|an|his|her|their|its)\s)"
)
"""A cleft sentence ("It wasn't until twenty years after the first astronauts were chosen that
NASA included women"): the news is what follows its "that"."""
_SCENE_TIME = re.compile(r"^It\s+(?:was|is)\s+(?:a|an|the)\s+[^,;.]{1,60},\s+and\s+(?=\w)")
"""A scene's time before its news ("It was a Saturday morning in late April, and the creek
had climbed over its banks"): the news is what follows the "and"."""
_SAID_IT_WOULD = re.compile(
    r"^(?P<who>(?:[\w.'’&-]+\s+){1,8}?)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)"
    r"(?:said|says|announced)\s+(?:that\s+)?"
    r"(?:it|he|she|they)\s+(?:would|will)\s+(?!not\b|never\b)",
    re.IGNORECASE,
)
"""A plan told as words said ("The OAU said it would investigate the genocide"): a headline says
it as the plan ("The OAU to investigate the genocide")."""
_CLAUSE_CUTS = re.compile(
    r"\s*(?:,\s*(?:which|who|whose|where|while|although|though|as|after|before|because|since|"
    r"but|and|despite|including|with|according)\b|;|:|\s[-—–]{1,2}\s|\s\(|,\s*``|,\s*\""
    r"|\s(?:which|who|whose|and|but|while|after|before|because|insisting|saying|claiming|"
    r"adding|when)\s|(?<!long)(?<!soon)(?<!well)(?<!such)(?<!known)(?<!served)(?<!named)(?<!regarded)"
    r"(?<!described)(?<!identified)(?<!same)(?<!acting)(?<!elected)\sas\s(?=(?:he|she|they|it)\s|[A-Z]))"
)
_SUBJECT_END = re.compile(
    r"\s(?:(?:probably|also|still|already|reportedly|allegedly|apparently|recently|finally|"
    r"immediately|never|often|just|repeatedly|officially|formally|quickly)\s)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
    rf"should|does|did|says|\w{{2,}}ed|{IRREGULAR_PAST}|clung|hid|lay|remains?|seems?)"
    r"(?:n't|n’t)?\b|[,;:]"
)
"""Where a sentence's subject ends: at its verb, an adverb before it ("The government probably
wouldn't") or a comma."""
_SPEAKER_AFTER = re.compile(
    r"\b(?:said|says|added|asked)\s+(?:[A-Z][\w'’-]*\.?\s+){0,4}?([A-Z][\w'’-]{2,})"
    r"(?=(?:\s+(?:Jr|Sr)\.?)?(?:[,.;]|\s+(?:of|in|at|on|who)\b|$))"
)
"""The speaker named after the verb, by surname: "..., said Josefa Gonzalez, who ..." is
Gonzalez's, "..., said Bethlehem Chairman Walter F. Williams." is Williams'."""
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_QUOTE_MARKS = re.compile(r"``|''|[\"“”]")


def headline(clause: str, when: str, context: list[str], principal: str | None = None) -> str:
    """A title for the event the clause reports; ``context`` holds the earlier sentences of the
    paragraph (nearest last), to name the subject a leading pronoun stands for, and
    ``principal`` the person the story is about, for a "he" or "she" the paragraph names no one
    for."""
    title = DATELINE.sub("", _dated_sentence(without_controls(clause).strip(), when))
    title = _SCENE_TIME.sub("", _CLEFT.sub("", title))
    title = _OPENING_ATTRIBUTION.sub("", title)
    title = own_clause(title, when)
    title = drop_date_words(title, when)
    title = _SIGN_OFF.sub("", LEADING_NOISE.sub("", title))
    title = without_ages(_QUOTE_MARKS.sub("", title))
    title = _ATTRIBUTION.sub("", title) or title
    title = _MID_ATTRIBUTION.sub(_mid_attribution, title)
    title = _SAID_IT_WOULD.sub(r"\g<who>to ", title)
    title = " ".join(title.split()).strip(" ,;:.-")
    title = upright(title) or _subject_named(
        _without_frame(title), title, clause, context, principal
    )
    title = WEAK_END.sub("", _shorten(title)).rstrip(" ,;:-|")
    if not title:
        return NO_HEADLINE + when
    return title[:1].upper() + title[1:]


NO_HEADLINE = "Event on "
"""How a title begins when the clause has no words but its date."""


def fragment_headline(
    title: str, text: str, spans: list[tuple[int, int, int]], index: int
) -> tuple[str, tuple[str, ...]]:
    """A date standing alone as a sentence ("January nineteen ninety-seven.", "Until this
    week.") titles nothing: the sentence after it (``spans[index + 1]``) tells what happened
    then, so it gives the title and is quoted too."""
    if not title.startswith(NO_HEADLINE) or index + 1 >= len(spans):
        return title, ()
    _, start, end = spans[index + 1]
    following = without_stray_quote_marks(text[start:end].strip())
    context = [text[s:e] for _, s, e in spans[max(0, index - 3) : index]]
    better = headline(following, "", context)
    return (title, ()) if better.startswith(NO_HEADLINE) else (better, (following,))


_QUOTE_OPENS = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=''|``|[\"“‘])")
"""A sentence end before a quotation opened with two marks, which the sentence splitter keeps
whole ("..., Castro said. ''And I ...")."""


def _dated_sentence(clause: str, when: str) -> str:
    """Of a clause that runs over a sentence's end ("..., Castro said. And I, ..."), the
    sentence that holds the date."""
    spans = sentences(clause)
    pieces = [p for _, s, e in spans for p in _QUOTE_OPENS.split(clause[s:e])] or [clause]
    return next((p for p in pieces if when and when in p), pieces[0])


def _mid_attribution(match: re.Match[str]) -> str:
    """ "Mr. Antar, the SEC said, made" closes up to "Mr. Antar made"; "If it fails, she said, the
    soonest" keeps the comma that ends the clause before it."""
    after = match.string[match.end() :]
    return " " if A_VERB.match(after) or re.match(r"[a-z]\w+[^s\W]s\b", after) else ", "


def _subject_named(
    main: str, framed: str, clause: str, context: list[str], principal: str | None
) -> str:
    """The main clause with its leading pronoun named. A pronoun the paragraph names no one for
    keeps the phrase that framed it ("In Revolution Square, they put up a cross"), a whole
    clause being better than one without its subject; with no frame the pronoun goes."""
    that = _THAT_CLAUSE.match(main)
    if that is not None:  # "and that it would close ...": the clause's own subject follows
        main = framed = main[that.end() :]
    named = (
        _in_their_words(main, clause, context)
        or _without_expletive(main)
        or _named_subject(main, context, principal)
    )
    if named is not None:
        return named
    if main != framed:
        return framed
    rest = main.partition(" ")[2]
    return rest[:1].upper() + rest[1:] if rest else main


_THAT_CLAUSE = re.compile(r"^[Tt]hat\s+(?=(?:it|they|he|she|we)\b)")
_FIRST_TIME = re.compile(
    r"^It\s+(?:was|is|has\s+been|will\s+be)\s+the\s+(first|last|second|third|only)\s+time\s+"
    r"(?:that\s+|since\s+)?(.+)$"
)
_EXPLETIVE = re.compile(
    r"^It\s+(?:was|is|has\s+been|will\s+be|remains|remained)\s+(?:not\s+|still\s+)?"
    r"((?:un)?(?:clear|likely|certain|possible|expected|known|believed|feared|thought)\s+"
    r"(?:that|whether|if|how|when|why|who|what)\b.+)$"
)


def _without_expletive(title: str) -> str | None:
    """A leading "it" that stands for nothing: "It was the first time Ritter had been allowed
    to inspect" is "Ritter had been allowed to inspect for the first time", "It was unclear
    whether talks would resume" is "Unclear whether talks would resume"; never named after the
    sentence before's subject."""
    first_time = _FIRST_TIME.match(title)
    if first_time is not None:
        told = first_time.group(2)
        return f"{told[:1].upper()}{told[1:]} for the {first_time.group(1)} time"
    expletive = _EXPLETIVE.match(title)
    return None if expletive is None else expletive.group(1)[:1].upper() + expletive.group(1)[1:]


_QUOTE_OPENERS = "\"“`'‘"
_SPEAKERS = frozenset(
    {"We", "I", "Our", "My", "Us", "Me", "We'll", "We're", "We've", "I'm", "I'll"}
)


def _in_their_words(title: str, clause: str, context: list[str]) -> str | None:
    """ "We were pushed out, Adams said" is titled "Adams: we were pushed out": a speaker's "we"
    or "I" is not the subject of an earlier sentence, nor is the "this" or "it" of words quoted
    ("'This is a sad day,' Lindgren said"). A quotation going on from the sentence before has
    its speaker there ("... Lindgren said. 'But I told my colleagues ...'")."""
    first = title.split(" ", 1)[0]
    opener = clause.lstrip()[:1]
    quoted = opener != "" and opener in _QUOTE_OPENERS
    if first not in _SPEAKERS and not (quoted and first.lower() in PRONOUNS):
        return None
    speaker = SPEAKER.search(clause) or _SPEAKER_AFTER.search(clause)
    if speaker is None and quoted and context:
        speaker = SPEAKER.search(context[-1]) or _SPEAKER_AFTER.search(context[-1])
    if speaker is None:
        return None
    return f"{speaker.group(1).strip()}: {title if first == 'I' else title[:1].lower() + title[1:]}"


def _named_subject(title: str, context: list[str], principal: str | None) -> str | None:
    """ "He said" → "Churkin said": the person or the subject the paragraph named last; None
    when the title opens on a pronoun the paragraph names no one for."""
    first, _, rest = title.partition(" ")
    contracted = _CONTRACTION.fullmatch(first)
    if contracted and contracted.group(1).lower() in PRONOUNS:
        first = contracted.group(1)  # "He's expected" is "Netanyahu is expected"
        rest = f"{_CONTRACTED[contracted.group(2).lower()]} {rest}"
    if first.lower() not in PRONOUNS or not (first.islower() or first.istitle()):
        return title
    if _determiner(first, rest):
        return "The " + rest
    if first in _SPEAKERS:
        return None  # only the speaker is "we"; an earlier sentence's subject is not
    unnamed = unnamed_person(context[-1]) if first.lower() in _PERSONAL and context else None
    if unnamed is not None:  # "A firefighter suffered burns. He was flown ...": not the governor
        return f"{unnamed[:1].upper()}{unnamed[1:]} {rest}".strip()
    subject = (_person(context) or principal) if first.lower() in _PERSONAL else _thing(context)
    if subject is None:
        return None
    if first.lower() in ("his", "her", "its", "their"):
        subject += "'" if subject.endswith("s") else "'s"
    return f"{subject} {rest}".strip()


_CONTRACTION = re.compile(r"(\w+)['’](s|ll|re|ve|d)")
_CONTRACTED = {"s": "is", "ll": "will", "re": "are", "ve": "have", "d": "would"}


def _determiner(first: str, rest: str) -> bool:
    """ "That resolution calls for ..." opens on a determiner, not a pronoun ("That was ...",
    "This indicates ..."): the word after it is a noun, not a verb or an adverb."""
    following = rest.split(" ", 1)[0]
    if first.lower() not in ("this", "that", "these", "those") or not following[:1].islower():
        return False
    if A_VERB.fullmatch(following) or following.endswith("ly") or following in ("also", "not"):
        return False
    return first.lower() in ("these", "those") or not re.fullmatch(r"\w+[^s\W]s", following)


def _person(context: list[str]) -> str | None:
    """The last person named with a title ("Ms Power", "Ambassador Vitaly Churkin")."""
    for sentence in reversed(context):
        speakers = [str(s).strip() for s in SPEAKER.findall(sentence)]
        speakers = [s for s in speakers if may_be_a_person(s)]
        if speakers:
            return speakers[-1].split()[-1]
    for sentence in reversed(context):
        names = TITLED_NAME.findall(sentence)
        if names:
            return str(names[-1]).split()[-1]
    return _person_in_subject(_thing(context[-1:]) or "")


_NAME_IN_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’-]*\s?){1,3}?)(?:['’]s\s+[a-z]\w*"
    r"|\s+(?:on|last|this|early|late|yesterday|today|earlier|later)\b.*)?"
)
"""The name in a sentence's subject: the whole subject ("Elian Gonzalez"), a name before its
possession ("Kopp's whereabouts"), or one before a phrase of time ("Saddam Hussein on
Friday")."""
_PERSON_NOUN = re.compile(
    r"the (?:\w+ )?(?:boy|girl|man|woman|child|father|mother|son|daughter|husband|wife|"
    r"brother|sister|uncle|aunt|grandfather|grandmother|doctor|suspect|victim|gunman|driver|"
    r"pilot|priest|teacher|student|soldier|officer|lawyer|judge|president|king|queen|pope)"
)
"""A person told by what they are ("the boy", "the 6-year-old boy")."""


def _person_in_subject(subject: str) -> str | None:
    """The person a sentence's subject names, for a "he" or "she" in the next sentence."""
    subject = _LINKING.sub("", subject)
    named = _NAME_IN_SUBJECT.fullmatch(subject)
    if named and may_be_a_person(named.group(1).strip()):
        return named.group(1).strip()
    return subject if _PERSON_NOUN.fullmatch(subject) else None


_LINKING = re.compile(r"^(?:so|but|and|then|yet|still|now|later|instead)\s+", re.IGNORECASE)


_FRONTED = re.compile(
    r"^(?:(?:in|on|at|by|after|before|during|since|until|early|late|last|earlier|later)\b"
    r"[^,;:]{1,40},\s*)+",
    re.IGNORECASE,
)
"""A phrase before the subject: "In March, the Miami relatives filed" names the relatives."""


_EXPLETIVES = frozenset({"there", "here"})


def _thing(context: list[str]) -> str | None:
    """The subject of the nearest earlier sentence: its words before the first verb."""
    for sentence in reversed(context):
        if re.match(r"\s*(?:``|[\"“‘'])", sentence):
            continue  # a quotation's subject is the speaker's, not the paragraph's
        plain = LEADING_NOISE.sub("", DATELINE.sub("", sentence.strip()))
        if not plain[:1].isupper():
            continue
        plain = _without_frame(_FRONTED.sub("", plain))
        end = _SUBJECT_END.search(plain)
        subject = plain[: end.start()].strip() if end else ""
        words = subject.split()
        if not words or words[0].lower() in _EXPLETIVES:
            continue  # "There were 12 members": no subject a later "it" can stand for
        if len(words) <= 6 and words[0].lower() not in PRONOUNS and not _FRAME.match(subject):
            return subject[:1].lower() + subject[1:] if words[0] in ("The", "A", "An") else subject
    return None


_LEADING_CLAUSE = re.compile(
    r"^(?:when|as|although|though|while|if|once|because|whereas)\b[^,;:]{5,120},\s+",
    re.IGNORECASE,
)
"""A subordinate clause before the main one ("When Albright set aside her plans, the State
Department lifted ...")."""
_ARTICLES = re.compile(
    r"(?<![\w'’-])(?:the|an|a(?!\s+(?:share|year|day|week|month|piece|head|time)\b))\s+(?=\w)"
    r"|(?<=\bsaid) that\b",
    re.IGNORECASE,
)
"""What headlines leave out: articles (but not the "a" of a rate, "37 cents a share"), and the
"that" after "said"."""
_ASIDE = re.compile(r",\s+(who|which|whose|a|an|the|[a-z]\w+ing|[a-z]\w+ed)\s+[^,;]{1,200},\s*")
"""A relative clause, an appositive or a participle's phrase set off by commas ("Kopp, who is
from Vermont, was indicted", "Walbrecher, an executive at 1st Nationwide Bank, was named",
"Saddam, facing troops at the border, sought peace", "Sony Columbia Acquisition Corp., formed
for the deal, will take"): a headline can do without it."""
_DASHED = re.compile(r"\s(?:-{2,}|_|—)\s[^-_—;]{1,100}\s(?:-{2,}|_|—)\s")
"""An aside between dashes ("the steelmaker -- National Steel Corp. -- posted")."""
_PARENTHESIS = re.compile(r"\s\([^()]{1,40}\)(?=[\s,.;:]|$)")
"""An aside in brackets ("the Federal Bureau of Investigation (FBI) Louis Freeh"), which a long
title can do without."""


_FRAME = re.compile(
    r"^(?:in|on|at|during|after|before|with|without|despite|amid|unless|following|since|under|"
    r"to|for|by|until|(?:a|an|one|two|three|a few|several|\d+)\s+(?:day|week|month|year)s?\s+"
    r"(?:after|before|later|earlier)|(?-i:[A-Za-z][a-z]+ing)"
    r"|(?-i:[A-Z][a-z]+(?:ed|en)|Born|Known|Held|Built|Left)\s+"
    r"(?:of|by|with|at|over|from|about|the|a|an|in|on|as|for|to|into|after))\b",
    re.IGNORECASE,
)
"""A phrase that frames the news before its subject ("In response to the new charges, ", "During
the day, ", "In a statement, ", "A week after the vote, ", "Calling her a hero, ", "Tired of
being sidelined, ", "Nicknamed the Atomic Dog, "): a headline starts with who did what."""
_CLAUSE_IN_FRAME = re.compile(
    r"\b(?:when|which|who|whom|whose|where|that|because|is|are|was|were|has|have|had|will|"
    r"would|could|can|may|might|must|should|does|did)\b",
    re.IGNORECASE,
)
"""What makes a framing phrase a clause that tells a happening ("In contrast to Thursday, when
133 were arrested, ...")."""
_FRAME_END = re.compile(r",\s+")
_SUBORDINATE = re.compile(r"(?:when|where|which|who|whose|that|because|although)\b", re.I)


def _without_frame(title: str) -> str:
    """The title without the framing phrases or clause before its main clause, as many as open
    it ("In July, at a summit in Madrid, Spain, the alliance announced ...")."""
    while True:
        main = _after_frame(title)
        if main is None:
            return title
        title = main


def _after_frame(title: str) -> str | None:
    """What follows the first framing phrase or clause, when it is a main clause; the phrase
    may hold commas of its own ("In a letter to Rafsanjani, read over the radio, Saddam said")."""
    for opening in (_FRAME, _LEADING_CLAUSE):
        if not opening.match(title):
            continue
        for comma in _FRAME_END.finditer(title, 0, 160):
            frame = title[: comma.start()]
            if re.search(r"[;:]", frame) or (opening is _FRAME and _CLAUSE_IN_FRAME.search(frame)):
                break
            if re.search(r"\b[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?$", frame):
                continue  # "in the Buffalo, N.Y., area": a place's state, not the frame's end
            main = LEADING_NOISE.sub("", title[comma.end() :])
            if _main_clause(main, pronoun=True) and not (
                A_VERB.match(main) or _SUBORDINATE.match(main)
            ):
                return main[:1].upper() + main[1:]
    return None


_BARE_RELATIVE = re.compile(
    r"^(?P<subject>(?:[\w'’.-]+\s+){1,6}?)(?:who|which)\s+\S.{4,160}\s"
    r"(?P<main>(?:must|will|would|can|could|should|may|might)\s+(?:not\s+)?(?:be\s+)?\w+.*)$"
)
"""A subject and its relative clause, not set off by commas, before a main clause with a
modal verb ("A six-year-old boy who arrived … and became a symbol for exiles | must be returned
to his father"): a long title keeps the subject and the main clause."""


_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=, )|(?<=\band )|(?<=\bwith ))(?:[A-Z][a-z]+\s+){0,2}?"
    r"(?:(?:Secretary|Director|Governor|Attorney|Surgeon)[- ]General|Minister|Secretary|"
    r"Treasurer|President|Chairman|Director|Governor|Senator|Spokesman|Spokeswoman|"
    r"Commissioner|Ambassador|Superintendent)(?:\s+of\s+[Ss]tate)?"
    r"\s+(?!General\b)(?=[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z])"
)
"""A role written before a full name where a list of people starts ("Environment Minister
Robert Hill", "Secretary General Kofi Annan"), which a title too long can do without."""


def _shorten(title: str) -> str:
    """At most TITLE_LIMIT characters, in headline form: without a leading subordinate clause or
    a relative clause set off by commas, then without articles when that makes the whole clause
    fit, else cut at a clause, else at a word; never an ellipsis, never mid-phrase."""
    title = title.replace("…", "").replace("...", "")
    if len(title) <= TITLE_LIMIT:
        return title
    told = _UNNAMED_SAYERS.sub("", title, count=1)
    if told != title and predicate(told) and told.split(" ", 1)[0].lower() not in PRONOUNS:
        title = told[:1].upper() + told[1:]
        if len(title) <= TITLE_LIMIT:
            return title
    title = HAVING.sub("", title)  # what was done before: a long title's first cut
    if len(title) <= TITLE_LIMIT:
        return title
    main = _LEADING_CLAUSE.sub("", title, count=1)
    if main != title and _main_clause(main):
        title = main[:1].upper() + main[1:]
        if len(title) <= TITLE_LIMIT:
            return title
    title = _PARENTHESIS.sub("", _without_asides(_DASHED.sub(" ", title)))
    if len(title) <= TITLE_LIMIT:
        return title
    bare = _BARE_RELATIVE.match(title)
    if bare is not None and not re.search(r"\b(?:and|or|but)$", bare.group("subject").rstrip()):
        title = f"{bare.group('subject')}{bare.group('main')}"
        if len(title) <= TITLE_LIMIT:
            return title
    unranked = _ROLE_BEFORE_NAME.sub("", title)
    if len(unranked) <= TITLE_LIMIT:
        return unranked
    compact = _ARTICLES.sub("", title)
    if len(compact) <= TITLE_LIMIT:
        return compact[:1].upper() + compact[1:]
    for text in (title, compact[:1].upper() + compact[1:]):
        cuts = [
            c.start()
            for c in _CLAUSE_CUTS.finditer(text)
            if 25 <= c.start() <= TITLE_LIMIT
            and not splits_a_pair(text, c.start())
            and predicate(tidy_end(text[: c.start()]))
        ]
        if cuts:
            return tidy_end(text[: cuts[-1]])
    cut = word_cut(title)
    if predicate(cut):
        return cut
    shorter = word_cut(compact[:1].upper() + compact[1:])
    return shorter if predicate(shorter) else cut


def _without_asides(title: str) -> str:
    """The title without the relative clauses and appositives set off by commas that a predicate
    follows ("MindSpring, which provided the space, closed it", "Alarcon, head of the Assembly,
    said"), and the appositives of a name whatever follows ("found Okafor, the former treasurer,
    guilty"); one whose closing comma is only a list's ("which covers fuel, energy, ...") stays."""
    for _ in range(6):
        for match in _asides(title):
            after = title[match.end() :]
            named = match.group(1) in _RELATIVES or re.search(
                r"[A-Z][\w.]*$", title[: match.start()]
            )
            words = match.group(0).split()
            appositive = (
                named
                and match.group(1) in ("a", "an", "the")
                and after[:1].islower()
                and len(words) <= 9
                and "and" not in words
            )
            if A_VERB.match(after) or (named and re.match(r"[a-z]\w+s\b", after)) or appositive:
                title = title[: match.start()] + " " + after
                break
        else:
            break
    return _BARE_ASIDE.sub(_bare_aside, title)


def _asides(title: str) -> Iterator[re.Match[str]]:
    """Each aside opening at a comma, overlapping ones too: in "Poland, the Czech Republic and
    Hungary, who were invited ..., will join" the list's last item is no aside, the clause is."""
    at = title.find(",")
    while at != -1:
        match = _ASIDE.match(title, at)
        if match is not None:
            yield match
        at = title.find(",", at + 1)


def _bare_aside(match: re.Match[str]) -> str:
    """The words between a name and its verb, when none of them is a verb ("Lazaro Gonzalez,
    49, was found", "StatesWest Airlines, Phoenix, Ariz., said")."""
    aside = match.group(0)
    if predicate("x " + aside):
        return aside
    before = match.string[: match.start()].split()
    if (
        before
        and before[-1].islower()
        and re.fullmatch(r",\s+(?:[A-Z][\w.'’-]*\s?){2,4},\s+", aside)
    ):
        return aside  # "Truman's secretary of state, Dean Acheson, signed": the name is the news
    return " "


_BARE_ASIDE = re.compile(
    r"(?<=[\w.])\s*,\s+(?:[^,;]{1,80},\s+){1,4}"
    r"(?=(?:still|also|then|now|later|meantime|meanwhile)?\s*(?:is|are|was|were|has|have|had|"
    rf"will|would|could|can|may|might|must|should|does|did|{IRREGULAR_PAST}|\w{{3,}}ed)\b)"
)
"""Asides set off by commas between a name and its verb, up to four of them."""


_RELATIVES = frozenset({"who", "which", "whose"})


_STATE = re.compile(r",\s+([A-Z][a-z]{0,4}\.(?:[A-Z]\.)?),")
"""A place's state between commas ("Buffalo, N.Y., area"), which ends no phrase."""


def _main_clause(text: str, pronoun: bool = False) -> bool:
    """Whether what follows a dropped leading clause is a main clause: long enough, not opened
    by a pronoun (unless ``pronoun``, for a caller that names it; then three words will do),
    and with a verb before its
    first comma (not an appositive: "the home of many exiles, officials said") or straight
    after an aside ("Scott McNealy, Sun's chief executive, said")."""
    words = text.split(None, 1)
    parts = _STATE.sub(r" \1", text).split(",", 2)
    verb = A_VERB.search(parts[0]) is not None or (
        len(parts) == 3 and len(parts[1]) <= 60 and A_VERB.match(parts[2].lstrip()) is not None
    )
    long_enough = len(text.split()) >= 3 if pronoun else len(text) >= 25
    return long_enough and bool(words) and (pronoun or words[0].lower() not in PRONOUNS) and verb
