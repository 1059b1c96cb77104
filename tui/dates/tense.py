"""Whether the sentence around a date expression looks back or ahead.

"Monday" alone is the last Monday in news; "the deal is scheduled to close Monday" is the next.
``tense_of`` reads the clause the expression sits in for the few words that settle it, and says
nothing when they are absent, so the resolver keeps its rules for the expression alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tui.dates.shapes import WEEKDAYS

_FUTURE = re.compile(
    r"\b(?:(?-i:will|Will(?!\s+[A-Z])|WILL)|won't|wo n't|'ll|shall|going to|plans? to|"
    r"planned to|planning to|scheduled to|"
    r"plan(?:s|ned|ning)? (?:a|an|another)|"
    r"is scheduled|"
    r"are scheduled|expected to|expects? to|(?:is|are)\s+expected|is to|are to|"
    r"(?:was|were) to(?!\s+have\b)|set to|"
    r"slated|intends? to|hope[sd]? to|(?<!\bthe\s)hope for|aim(?:s|ed)? to|"
    r"expects?\s+\w+(?:\s+by)?|"
    r"due to (?!\w+ing)|"
    r"would(?!\s+(?:not\s+|never\s+)?have\b)|as soon as|upcoming|is due|are due|to be held|"
    r"(?:must|should|(?-i:may)|might)(?!\s+(?:not\s+)?have\b)|"
    r"(?:has|have|needs?) to(?!\s+have\b))\b",
    re.IGNORECASE,
)
_PAST_BEFORE_CUE = re.compile(r"\b(?:had been|had|was|were)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DONE_ASIDE = re.compile(
    r",\s*(?:\w+ly\s+)?(?!(?:scheduled|planned|slated|expected|proposed|intended|timed|due)\b)"
    r"(?:(?-i:[a-z])\w{2,}ed|made|done|sold|built|held|bought|won)\s+"
    r"(?:in|on|during|last|early\s+in|late\s+in)\s+$",
    re.IGNORECASE,
)
"""A participle set off by a comma, just before the date ("its purchase of Crisp & Co,
completed in November,"): a deed done then, whatever the sentence's main verb."""
_UNDONE = re.compile(
    r"[^.;]{0,80}?\b(?:(?:but|instead)\b[^.;]{0,40}?\b(?:was|were|had|did)\b|however\b)",
    re.IGNORECASE,
)
"""What says a plan told in the past did not hold: "was expected Monday but was put off"."""
_LOOKS_BACK = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|declared|confirmed|"
    r"predicted|disclosed|noted|testified|wrote|ended|since)\s*(?:on\s+|in\s+)?$"
    r"|\bsince\s+the\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:—!?\"“”]|''|``|\s--\s|,\s*(?:but|while|although|though|whereas|when|after|before|"
    r"which|where|who|and)\b|\bsince\b",
    re.IGNORECASE,
)
_POSTPONED = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|put off|pushed back)(?: \w+){0,3} "
    r"(?:until|till|(?<!due )to)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FRONTED = re.compile(r"\s*(?:(?:in|on|by|early|late|since|during|until)\s+)?", re.IGNORECASE)
_COMMA = re.compile(r"\s*,")
_VIOLENCE_NAMED = re.compile(
    r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|shootings?|massacres?|killings?|raids?|"
    r"blasts?|explosions?|crash(?:es)?|invasion|slaying|murders?)\b",
    re.IGNORECASE,
)
"""A day that names an act of violence ("the Oct. 7 attack", "the Nov. 13 attacks"): past."""
_FOR_THE_DAY = re.compile(
    r"\b(?:call(?:ed|s)?|set|schedul\w*|plann?\w*|slated|postponed|moved|rescheduled|strikes?|"
    r"votes?|meetings?|sessions?|hearings?|elections?|rall(?:y|ies)|deadline|talks|summit|"
    r"referendum|walkout|protests?|march)\b(?:\s+[\w'’-]+){0,4}?\s+for\s+$",
    re.IGNORECASE,
)
"""What is called, set or planned for a day ("called a 24-hour strike for Monday", "set
sentencing for Feb. 21"); not what was done for one ("charged for Jan. 6 crimes")."""
_PAST_PLAN = re.compile(r"\bhad\b|\b(?:predicted|forecast|forecasted|warned)\b", re.IGNORECASE)
"""A plan told in the past perfect ("had planned a party for Saturday"), or a forecast made for
a day ("predicted snow for Monday"), may be of a day now past."""
_A_DAY = re.compile(
    "|".join(WEEKDAYS) + r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}",
    re.IGNORECASE,
)
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE
)
_SIMPLE_PAST = (
    r"began|brought|came|went|took|made|left|met|won|lost|fell|rose|sold|bought|paid|became|gave|"
    r"got|held|kept|led|ran|saw|sent|spent|stood|thought|wrote|found|broke|chose|drove|flew|"
    r"fought|grew|knew|meant|quit|rode|sat|shot|spoke|struck|threw|withdrew|froze|hid|clung|"
    r"dug|sank|swam|wore|tore|woke|fled|sought|shook|slept|swept|swung|taught|wept|caught|crept|"
    r"built|drew|forgave|stole|swore|bled|lent|dealt|hung|spun|sprang|stung|bent|sped|slid|strode|"
    r"hit|shut|heard|agreed|freed"
)
"""Irregular past forms that date a deed; the reporting verbs "said" and "told" are kept apart."""
_REGULAR_PAST = r"(?<![\w-])(?!hundred\b)(?-i:[a-z])\w+(?<![eE])ed"
"""A lower-case word in -ed, not -eed ("need") nor "hundred": a regular past or participle."""
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|said|told|" + _SIMPLE_PAST + r")\b|" + _REGULAR_PAST + r"\b(?!-)",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_MONTH_NAME = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE
)
_NTH_WEEKDAY = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\s+\w+day\s+(?:in|of)\s",
    re.IGNORECASE,
)
"""A month's day ("Dec. 25", "September 30", "the 4th Sunday in September"), which a past
verb before "on" dates as past."""
_IN_BEFORE = re.compile(
    r"\b(?:in|toward|towards|around)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE
)
_NOT_GOVERNING = re.compile(
    r"said|told|announced|reported|added|disclosed|attributed|declared|noted|stated|asked|urged|expected|"
    r"scheduled|planned|proposed|based|called|named|owned|listed|related|united|limited|needed|required|"
    r"concerned|interested|threatened|promised|pledged|vowed|predicted|warned",
    re.IGNORECASE,
)
_INFINITIVE_AFTER = re.compile(
    r"\bto\s+(?!(?i:a|an|the|his|her|its|their|our|my|your|this|that|these|those)\b)(?![A-Z0-9])\w+"
    r"|(?i:\b(?:will|would|to be)\b)"
)
_NEGATED_BEFORE = re.compile(r"\b(?:to be|to have been|not)\s+$", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\b(?:\s+been)?\s+(?:\w+\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[’']s\b")
_PAST_OF_ITS_OWN = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+\s+)?\w+ed|" + _SIMPLE_PAST + r")\b(?!\s+to\b)",
    re.IGNORECASE,
)
_NOT_FINITE_BEFORE = re.compile(
    r"\b(?:be|been|being|to|have|has|will|would|shall|'ll|can|could|may|might|must|should|get|"
    r"gets|getting|got)\s+$",
    re.IGNORECASE,
)


_RESULTS_TOLD = re.compile(
    r"\s+(?:net\s+|operating\s+)?(?:profits?|earnings|results|sales|revenues?|income|loss|"
    r"losses)\s+(?:\w+ly\s+)?(?:rose|fell|grew|jumped|soared|dropped|slipped|climbed|"
    r"plunged|tumbled|declined|increased|decreased|doubled|narrowed|widened|were|was)\b",
    re.IGNORECASE,
)
"""A period's figures told as in ("third-quarter profit rose"): the period is over."""
_RESULTS_FOR = re.compile(
    r"\b(?:reported|posted|recorded|booked|earned|lost|had)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:\w+\s+){0,3}?(?:profits?|earnings|results|sales|revenues?|income|loss|losses|deficit|"
    r"surplus)\s+(?:of\s+[\w$.,]+\s+(?:[mb]illion\s+)?)?for\s+$",
    re.IGNORECASE,
)
"""Figures reported for a period ("posted a loss for the fourth quarter"): the period is over."""
_MOVED_FOR = re.compile(
    r"\b(?:profits?|earnings|results|sales|revenues?|income|losses|loss|net)\s+(?:\w+\s+){0,2}?"
    r"(?:rose|fell|grew|jumped|soared|dropped|slipped|climbed|plunged|tumbled|declined|"
    r"increased|decreased|doubled)\b[^.;:]{0,40}?\bfor\s+$",
    re.IGNORECASE,
)
"""Figures told as moved over a period ("Sales rose 3 percent for the year"): it is over."""
_A_PERIOD = re.compile(r"\b(?:quarter|year|half|months|period)\b", re.IGNORECASE)
_REACH = 300
"""How far from a date its tense is looked for: a clause's verb is near its date, and a
sentence of a thousand dates would otherwise be read once per date."""


_QUARTER = re.compile(r"quarter", re.IGNORECASE)
_FIGURES_WORD = r"(?:results|earnings|profits?|loss|losses|net|revenues?|sales|figures)"
_RESULTS_AFTER = re.compile(rf"[\s-]*(?:(?:net|operating)\s+)?{_FIGURES_WORD}\b", re.IGNORECASE)
_RESULTS_OF = re.compile(rf"\b{_FIGURES_WORD}\s+(?:for|of)\s+$", re.IGNORECASE)


def tense_of(sentence: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the expression at ``sentence[start:end]``; "reported" for a
    quarter whose results are still to come ("will report fourth-quarter results on Jan. 25"),
    which may be the quarter just ended, not the one of the year to come."""
    tense = _tense_of(sentence, start, end)
    if (
        tense == "future"
        and _QUARTER.search(sentence, start, end)
        and (
            _RESULTS_AFTER.match(sentence, end)
            or _RESULTS_OF.search(sentence, max(0, start - 40), start)
        )
    ):
        return "reported"
    return tense


def _tense_of(sentence: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the expression at ``sentence[start:end]``.

    Only what comes before the expression counts: news puts the verb that dates an event ahead
    of the date ("is scheduled to close Monday", "said Friday", "the year ended March 31"). A
    plan told in the past ("had been due to expire Friday") is not the future, nor is a thing
    already named by its day ("would look for ways around Wednesday's ruling"). A plan still in
    progress or a postponement is, even in the past tense ("were planning to march Monday", "the
    vote was postponed until Friday"), unless it is a past perfect ("had been postponed to Monday").
    A date that opens the sentence before a comma takes the tense of the clause that follows it
    ("In January, American Medical brought in a new chief executive"), and one after "in" takes
    the past of the verb it dates ("the contract expired in March").
    """
    before = sentence[max(0, start - _REACH) : start]
    if _LOOKS_BACK.search(before) or _DONE_ASIDE.search(before):
        return "past"
    comma = _COMMA.match(sentence, end) if _FRONTED.fullmatch(before) else None
    if comma:
        return _main_clause_tense(sentence[comma.end() : comma.end() + _REACH])
    if _POSSESSIVE.match(sentence[end:]) or sentence[start:end].endswith(("'s", "’s")):
        if _AHEAD_OF.search(before):
            return "future"  # "ahead of Monday's vote": the vote is still to come
        return _told_of_its_subject(_last_clause(before), sentence, end)
    if _VIOLENCE_NAMED.match(sentence, end):
        return "past"  # "the Oct. 7 attack": no one dates an attack still to come
    if _RESULTS_TOLD.match(sentence, end) or (
        (_RESULTS_FOR.search(before) or _MOVED_FOR.search(before))
        and _A_PERIOD.search(sentence, start, end)
    ):
        return "past"  # "third-quarter profit rose": a period whose figures are in is over
    clause = _last_clause(before)
    if (
        _FOR_THE_DAY.search(clause)
        and _A_DAY.fullmatch(sentence, start, end)
        and not _PAST_PLAN.search(clause)
        and _VERB_OF_THE_SUBJECT.match(sentence, end, end + _REACH) is None
    ):
        return "future"  # "called a 24-hour strike for Monday": what is set for a day is to come
    postponed = _POSTPONED.search(clause)
    if postponed is not None:
        return None if _PAST_PERFECT.search(clause[: postponed.start()]) else "future"
    future = _FUTURE.search(clause)
    if future is None:
        condition = _IF_NOW.search(clause)
        if (
            _BE_JUST_BEFORE.search(clause)
            or _scheduled_now(clause, sentence, end)
            or _ONCE_DONE.match(clause)
            or (condition is not None and not _PAST_VERB.search(condition.group("condition")))
        ):
            return "future"
        if _done_just_before(clause, sentence, start, end) or _WAS_JUST_BEFORE.search(clause):
            return "past"
        dated_day = (
            _MONTH_NAME.match(sentence, start) or _NTH_WEEKDAY.search(sentence, start, end)
        ) is not None and _ON_BEFORE.search(clause)
        if _done_in(clause, bool(dated_day)):
            return "past"
        return _told_of_its_subject(clause, sentence, end)
    if _told_in_the_past_after(clause, future.end()):
        return "past"
    before_cue = clause[: future.start()]
    if not _PAST_BEFORE_CUE.search(before_cue):
        return "future"
    cue = future[0].lower()
    still_planned = (
        cue == "planning to" or (cue == "expected to" and not _UNDONE.search(sentence, end))
    ) and not _PAST_PERFECT.search(before_cue)
    return "future" if still_planned else None


def _last_clause(before: str) -> str:
    """What comes before the date in its own clause."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _told_of_its_subject(clause: str, sentence: str, end: int) -> str | None:
    """The tense of the verb a date in the subject takes ("The Nov. 3 attack killed 12",
    "Sales in January rose", "The march on Sunday will draw thousands"): only when no verb
    comes before it in the clause and the verb follows within two words."""
    if len(clause.split()) > 4 or _A_VERB_BEFORE.search(clause):
        return None
    verb = _VERB_OF_THE_SUBJECT.match(sentence, end, end + _REACH)
    if (
        verb is None
        or _ARRANGED.fullmatch(verb["verb"])
        or _ARRANGED.match(sentence, verb.end("verb"))
    ):
        return None
    word = verb["verb"].lower()
    return "future" if word.startswith(("will", "won't", "is", "are")) else "past"


_ARRANGED = re.compile(
    r"(?:\s+(?:\w+ly\s+)?(?:been\s+)?)?(?:proposed|requested|called|organized|organised|planned|"
    r"scheduled|set|moved|postponed|delayed|extended|canceled|cancelled|rescheduled|announced|"
    r"approved|sold|loomed|approached|neared|remained|imposed|backed|forecast|expected|due)\b",
    re.IGNORECASE,
)
"""What is done to a thing still ahead, or what it stays ("The Dec. 25 truce proposed by Moscow
would halt", "The Dec. 31 deadline was extended", "A March 1 deadline loomed", "remained in
place", "had been planned for weeks"): no sign of when it is."""


_A_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|to|will|would|'ve|said|says)\b|"
    r"\b(?:it|that|there|he|she|what|who|here|where)['’]s\b|" + _PAST_VERB.pattern,
    re.IGNORECASE,
)
_VERB_OF_THE_SUBJECT = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:to|and|or|that|who|which)\b)[\w-]+){0,2}?"
    r"(?:\s+(?:on|in|at|near|against|outside)(?:\s+[\w'’.-]+){1,3}?)?\s+"
    r"(?P<verb>will|won't|(?:is|are)\s+(?:to|set\s+to|expected\s+to|due\s+to)|was|were|had|"
    + _SIMPLE_PAST
    + r"|"
    + _REGULAR_PAST
    + r")\b",
    re.IGNORECASE,
)
"""Up to two words of the subject and a place ("attack on the Capitol", "attacks in Paris"),
then its verb: a past one, or one of what is to come."""


def _told_in_the_past_after(clause: str, cue_end: int) -> bool:
    """Whether a past verb of its own comes between a future cue and the date, and so dates it:
    "Officials who will testify next month were arrested on Monday", "the meeting that will be
    remembered took place on Monday". A participle of the future ("will be paid Dec. 14") is
    not one."""
    return any(
        not _NOT_FINITE_BEFORE.search(clause[cue_end : v.start()])
        for v in _PAST_OF_ITS_OWN.finditer(clause, cue_end)
    )


def _done_just_before(clause: str, sentence: str, start: int, end: int) -> bool:
    """Whether a past verb just before the date, or before its object, dates it ("was born
    March 21", "Police arrested two men Saturday"): for a bare weekday not a verb of setting
    off, which wire copy filed the evening before writes of tomorrow ("Albright headed
    Tuesday to East Africa", in a Monday story); not a perfect or a passive ("has opened",
    "is played"); not a participle that is an adjective ("the planned March 3 vote") or a verb
    that governs no date; not when the sentence goes on to the future ("... March 3 vote will
    go ahead")."""
    done = _DONE_JUST_BEFORE.search(clause) or _DONE_TO_SOMETHING.search(clause)
    if done is None or _RELATIVE_BEFORE.search(clause, 0, done.start()):
        return False
    if _BARE_WEEKDAY.fullmatch(sentence, start, end) and _SETTING_OFF.search(done[0]):
        return False
    if _HAS_OR_IS.search(clause, 0, done.start()) or _DETERMINER_BEFORE.search(
        clause, 0, done.start()
    ):
        return False
    verb = done.groupdict().get("verb") or done.groupdict().get("passive")
    if verb and _NOT_GOVERNING.fullmatch(verb):
        return False
    if _NOT_FINITE_BEFORE.search(clause, 0, done.start()):
        return False
    return _FUTURE.search(sentence, end, end + _REACH) is None


def _done_in(clause: str, on_a_day: bool = False) -> bool:
    """Whether the date follows "in" as the time of a past verb: "stepped down as chairman in
    March", "the contract expired in March", or follows "on" when it is a month's day ("signed
    the law on Dec. 25": a weekday after "on" keeps its own rule). Not when an infinitive,
    "will" or "to be" comes between ("decided to admit them in March"), nor for a reporting
    verb or a negated one."""
    if not (on_a_day or _IN_BEFORE.search(clause)):
        return False
    verbs = [v for v in _PAST_VERB.finditer(clause) if not _NOT_GOVERNING.fullmatch(v[0])]
    if not verbs:
        return False
    verb = verbs[-1]
    if _HAS_OR_IS.search(clause, 0, verb.start()):
        return False  # "has invited them to a ceremony on March 12", "is held in June"
    return not _INFINITIVE_AFTER.search(clause, verb.end()) and not _NEGATED_BEFORE.search(
        clause[: verb.start()]
    )


_HAS_OR_IS = re.compile(r"\b(?:has|have|'s|'ve|is|are)\s+(?:\w+ly\s+|also\s+|already\s+)?$", re.I)
"""A present perfect or passive before a past participle ("has opened", "is played on July
10"): no deed done on the date; a date after a perfect dates something else ("has invited them
to a ceremony on March 12")."""
_DONE_JUST_BEFORE = re.compile(
    r"(?:\b(?:was|were)\s+(?:\w+ly\s+)?(?:born|\w+ed|" + _SIMPLE_PAST + r")"
    r"|(?P<verb>" + _REGULAR_PAST + r")|\b(?:" + _SIMPLE_PAST + r"))"
    r"\s+(?:on\s+|this\s+|last\s+)?$",
    re.IGNORECASE,
)
"""A past verb just before the date, as wire copy writes it without "on" ("was born March 1",
"Stores reopened Jan. 2", "resigned this Monday"): the date is when it was done."""
_DATE_WORD = r"(?i:" + _MONTH_NAME.pattern + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_DONE_TO_SOMETHING = re.compile(
    r"(?:\b(?:was|were)\s+(?:\w+ly\s+)?(?P<passive>\w+ed|" + _SIMPLE_PAST + r")"
    r"|(?P<verb>" + _REGULAR_PAST + r")|\b(?:" + _SIMPLE_PAST + r"))"
    r"(?:\s+(?!(?:to|and|or|that|who|whom|whose|which|will|would|could|is|are|has|have|as|"
    r"when|while|after|before|until|till|by|through|because|if|since|from|for|into|effective|"
    r"ahead|toward|towards|set|scheduled|planned|slated|due|than|available|with|expiring|"
    r"payable|starting|beginning|ending|last|next)\b)"
    r"(?!" + _DATE_WORD + r")"
    r"[\w$%.'’-]+){1,3}?\s+(?:on\s+|early\s+|late\s+|this\s+|last\s+)?$",
    re.IGNORECASE,
)
"""A past verb and its object of up to three words just before the date ("fell 3 percent on
Friday", "attacked the town early Thursday"): the date is when it was done. Not when the object
holds a word that ties the date to a thing ahead ("approved a rate increase effective Jan. 1",
"predicted snow for Monday") or another date ("The man arrested Dec. 20 appears ...")."""
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which|whom)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A verb in a relative clause ("The man who shot the officer appears in court Friday") tells
what the subject did before, not what is done on the date."""
_SETTING_OFF = re.compile(
    r"\b(?:headed|left|departed|flew|set off|set out|traveled|travelled)\s", re.IGNORECASE
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\s+$", re.IGNORECASE
)
"""A participle after a determiner is an adjective ("the planned March 3 vote"), no deed."""
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?\w+day", re.IGNORECASE)
"""A weekday alone keeps its own rule: wire copy filed the evening before tells tomorrow's
news in the past ("Albright headed to East Africa Tuesday", in a Monday story)."""
_BE_JUST_BEFORE = re.compile(
    r"(?<!\bthat\s)\b(?:is|are)\s+(?:[a-z]+\s+)?(?:(?:until|till|by|for|on)\s+)?$"
    r"|\b(?:takes?\s+effect|goes\s+into\s+effect|comes\s+into\s+force|expires|opens|reopens|"
    r"closes|begins|starts|resumes|ends)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
"""A present "is" or a present of a schedule just before the date ("The hearing is Thursday",
"the shop is closed until Friday", "the rule takes effect on the 1st"): news tells what is to
come in the present tense, and what is done in the past."""


def _scheduled_now(clause: str, sentence: str, end: int) -> bool:
    """Whether a present of a schedule dates the date ahead: not after a past verb ("Why did
    lawmakers vote Tuesday", "The man who heads the agency resigned Saturday"), nor when the
    word is a noun that a verb after the date tells of ("Early returns Thursday showed")."""
    scheduled = _SCHEDULED_NOW.search(clause)
    if scheduled is None or _PAST_VERB.search(clause, 0, scheduled.start()):
        return False
    if _PAST_VERB.search(clause, scheduled.end("verb")):
        return False
    return _VERB_OF_THE_SUBJECT.match(sentence, end, end + _REACH) is None


_SCHEDULED_NOW = re.compile(
    r"(?<!\bthe\s)(?<!\bnot\s)(?<!\bdid\s)(?<!n't\s)(?<!\bto\s)(?<!\bwho\s)(?<!\bthat\s)"
    r"(?<!\bwhich\s)"
    r"\b(?P<verb>meets?|votes?|resumes?|resume|launch(?:es)?|heads?|arrives?|arrive|leaves|"
    r"returns?|visits?|convenes?|reconvenes?|go(?:es)?\s+to\s+the\s+polls|(?:re)?opens?|"
    r"begins?|starts?|plays?|marr(?:y|ies)|weds?|faces?|expires?|closes?|takes?\s+effect|"
    r"appears?|testif(?:y|ies)|travels?|fl(?:y|ies)|debuts?|premieres?|kicks?\s+off|"
    r"go(?:es)?\s+on\s+sale|hosts?|runs|continues|remains|appl(?:y|ies)|falls|decides|hears|"
    r"announces|unveils|speaks|delivers|(?:has|have)\s+"
    r"until|(?:is|are)\s+on\s+sale)"
    r"(?:\s+(?!(?:and|or|that|who|which)\b)[\w.'’-]+){0,3}?\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
"""A present of a meeting, a vote, a journey or an opening before the date ("The leaders meet
Thursday", "He heads to Paris Tuesday", "Schools reopen Monday", "He faces sentencing on the
28th", "The court decides Thursday"): news tells its schedule so. Not "rules" or "signs",
which are as often nouns ("Under new rules Monday")."""
_WAS_JUST_BEFORE = re.compile(
    r"(?<!\bthat\s)\b(?:was|were)\s+(?:on\s+|at\s+(?:\S+\s+){0,3}?)?$"
    r"|\b(?:should|could|must|might|would|ought\s+to)\s+(?:not\s+)?have\s+\w+\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
"""A past "was" just before the date, or a modal perfect ("The vote was Monday", "was at 3 p.m.
Monday", "He should have left Monday"): told as over, as "is" tells it to come."""
_ONCE_DONE = re.compile(
    r"\W*(?:if|once|unless|whoever|whatever)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|wins?|runs?)\s+"
    r"(?:\w+\s+){0,3}?(?:in|on|by)?\s*$",
    re.IGNORECASE,
)
"""A condition with no subject of its own, opening its clause ("If elected in November",
"Whoever wins in November"): of what may come, though its participle looks past."""
_IF_NOW = re.compile(r"\b(?:if|unless)\s+(?P<condition>[^,;:]{1,100})$", re.IGNORECASE)
"""A condition in the present ("If the vote happens Tuesday"): of what may come."""


def _main_clause_tense(after: str) -> str | None:
    """The tense of the clause after a fronted date: whichever comes first, a future cue or a
    past verb ("In September, it announced plans to acquire" is past)."""
    end = _CLAUSE_BREAK.search(after)
    clause = after[: end.start()] if end else after
    future, past = _FUTURE.search(clause), _PAST_VERB.search(clause)
    if future and (past is None or future.start() < past.start()):
        return "future"
    return "past" if past else None


def told_as_done(text: str) -> bool:
    """Whether a passage tells a deed in the past and nothing still to come: a past verb that is
    no verb of saying ("Talks resume Tuesday, officials said" tells a plan), and no future cue
    ("will", "plans to")."""
    if _FUTURE.search(text) is not None:
        return False
    return any(not _NOT_GOVERNING.fullmatch(v[0]) for v in _PAST_VERB.finditer(text))


def tense_in_quotes(expression: str, quotes: Iterable[str]) -> str | None:
    """The tense around ``expression`` in the first quote that holds it as whole words, as
    ``tense_of`` reads it ("May" is not found in "mayor")."""
    expression = expression.strip()
    lowered = expression.lower()
    for quote in quotes:
        if lowered not in quote.lower():
            continue  # the common case, decided without a regex
        found = _whole_words(expression).search(quote)
        if found is not None:
            return tense_of(quote, found.start(), found.end())
    return None


def past_verb_in_quotes(expression: str, quotes: Iterable[str]) -> str | None:
    """The finite past verb that tells the deed ``expression`` dates, in the first quote that
    holds it ("began" in "The ceasefire began Monday"), or None: a date read as still ahead
    of the publication is questioned by it, not moved, since wire copy also writes "headed
    Tuesday" of a trip that starts the day after."""
    expression = expression.strip()
    for quote in quotes:
        if not expression or expression.lower() not in quote.lower():
            continue
        found = _whole_words(expression).search(quote)
        if found is not None:
            return _past_verb_before(quote[max(0, found.start() - 120) : found.start()])
    return None


_JUST_BEFORE = re.compile(
    r"(?<![\w-])((?:(?:was|were)\s+)?(?!(?:re)?scheduled\b|planned\b|expected\b|slated\b)"
    r"(?:(?-i:[a-z])\w+(?<![eE])ed|" + _SIMPLE_PAST + r"))"
    r"\s+(?:on\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)


_NOT_A_PAST_VERB = re.compile(
    r"\b(?:is|are|am|the|a|an|its|their|his|her|our|this|that|these|those)\s+$", re.IGNORECASE
)
"""What makes a participle no past deed: "is arrested Monday", "the delayed Monday vote"; a plan
("was scheduled Monday") is none either."""


def _past_verb_before(before: str) -> str | None:
    """The past verb just before the date, unless a modal or "to" makes it no finite past:
    "resigned" in "The minister resigned Monday", "was arrested" in "Smith was arrested on
    Monday", nothing in "Smith will be paid Monday", "Talks resume Monday" or "likely to buy
    as soon as trading opened Monday"."""
    just = _JUST_BEFORE.search(before)
    if just is None:
        return None
    ahead = before[: just.start()]
    breaks = list(_CLAUSE_BREAK.finditer(ahead))
    planned = _FUTURE.search(ahead, breaks[-1].end() if breaks else 0)
    if planned or _NOT_FINITE_BEFORE.search(ahead) or _NOT_A_PAST_VERB.search(ahead):
        return None
    return just[1]


@lru_cache(maxsize=4096)
def _whole_words(expression: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(expression) + r"(?!\w)", re.IGNORECASE)
