"""Sentences of an article and the quotation marks in them, for drafting."""

from __future__ import annotations

import re

from tui.dates.days import ZONES

IRREGULAR_PAST = (
    r"began|begun|fell|rose|met|took|made|won|lost|left|went|came|gave|held|sold|bought|paid|"
    r"got|ran|struck|hit|shot|fled|quit|broke|sent|fought|found|chose|drew|stole|led|built|"
    r"spent|sought|caught|threw|wrote|spoke|told|said|became|saw|brought|kept|put|set|cut|drove|"
    r"flew|grew|knew|stood|laid|heard|meant|taught|hung|sank|shook|hid|rode|swore|wore|froze|"
    r"sang|slept|swept|wept|dealt|understood|withdrew|forgave|forgot|overthrew|upheld|undertook|"
    r"rebuilt|arose|drank|woke|spun|dug|sped|tore"
)
"""The common irregular past tenses, for telling a deed ("fled") from a noun ("flight")."""
PAST_TENSE = rf"(?:\w{{3,}}ed|died|{IRREGULAR_PAST})"
"""A past tense, regular or common irregular, as a pattern: the deed-telling part of
``FINITE_VERB``; "died" is too short for the rule that keeps "bed" and "red" out."""
FINITE_VERB = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|did|"
    rf"plans?|{PAST_TENSE})"
)
"""Enough of English's finite verbs, as a pattern, to tell a clause from a phrase: the helping
verbs and the past tenses. One list for the drafter's clauses, lists, leads and titles."""
A_VERB = re.compile(rf"\b{FINITE_VERB}\b", re.IGNORECASE)
"""A finite verb as a word, compiled once for the modules that look for a clause's verb."""
A_LOWER_VERB = re.compile(rf"\b(?=(?-i:[a-z])){FINITE_VERB}\b", re.IGNORECASE)
"""A finite verb written in lower case: not "United" or "Armed" opening a name."""
SAYING_PLACES = (
    r"(?:briefing|conference|interview|statement|speech|meeting|session|broadcast|program|"
    r"programme|appearance|hearing|address|rally)"
)
"""Where words are said ("at a news conference", "in an interview"): the date after one is the
saying's."""
EVENT_NOUNS = (
    r"(?:air)?strikes?|attacks?|bombings?|raids?|meetings?|talks|votes?|elections?|ceasefire|"
    r"truce|deal|agreement|offer|merger|acquisition|explosions?|blasts?|crash|shootings?|"
    r"arrests?|trial|hearing|ruling|decision|speech|summit|visit|protests?|incident|invasion|"
    r"announcement|takeover|bid|sale|earthquake|storm|fire|killings?|massacre|coup|resignation|"
    r"verdict|indictment|shelling|assault|slayings?|murders?|assassination|kidnapping|"
    r"hijacking|riots?|uprising|war|referendum|crash|collapse|bankruptcy|strike|embargo|treaty|"
    r"accord|pact|deadline|ceremony|conference|demonstrations?|rall(?:y|ies)|inauguration|funeral|"
    r"closure|blockade|occupation|siege"
)
"""Nouns that name a happening: "the 1995 shooting", "four other attacks"."""
NEAR = 300
"""How far from a date the words of its own clause are looked for (the verb after it, the words
that end before it): a sentence of hundreds of dates would otherwise be scanned once per date."""
SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
"""The words before a date a stretch is told from: "since 1990", "ever since March"."""
FIGURES = re.compile(
    r"\$\s?\d|\bcents?\b|\ba share\b|\d\s?%|\bpercent\b|\b(?:m|b)illion\b", re.IGNORECASE
)
"""Money, shares and percentages: a sentence of figures reports results, not a deed."""
_SENTENCE_END = re.compile(
    r"""[.!?]["'”’)\]\x00-\x08\x0b\x0c\x0e-\x1f]*(?=\s+(?:``|["'“‘(\[])?(?:[0-9]|[^\W\d_a-z]))"""
)
"""A sentence's end: its mark, closing quotes or brackets (and any stray control characters),
then a space and what starts a sentence: a digit, a capital in any script, or a letter of a
script with no case (Hebrew, Arabic, Chinese)."""
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Sens|Rep|Reps|Rev|St|Jr|Sr|"
    r"Inc|Corp|Co|Cos|Ltd|Bros|No|vs|Mt|Ft|Dept|Univ|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
    r"MR|MRS|DR|GEN|SEN|REP|GOV|ST|JR|INC|CORP|CO|LTD|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
"""Abbreviations whose stop ends no sentence, as written in a headline's capitals too ("ON SEPT.
20")."""
_OPENERS = " \t\n`\"'“‘([\u00a0"
"""What may stand between a sentence's end and its next sentence's first letter."""
_COMPANY = re.compile(r"(?:Inc|Corp|Co|Cos|Ltd|Bros)\.")
_OPENER = re.compile(
    r"\s+(?:Mr|Mrs|Ms|Messrs|Dr)\.\s|\s+(?:The|He|She|It|They|Its|Their|But|However|This|That|"
    r"These|Those|In|On|At|A|An|We|I)\s"
)
"""After a company's "Inc." or "Corp.", a title or a word that opens sentences begins a new one:
"... an analyst with Salomon Brothers Inc. Ms. Applebaum had estimated ..."."""
ZONE_IN_WORDS = (
    r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|British|Moscow|"
    r"Israel|Japan|Korea|India)(?:\s+(?:Standard|Daylight|Summer|Mean))?\s+[Tt]ime\b"
)
"""A time zone written in words after a clock time ("10 p.m. Central time")."""
_CLOCK_GOES_ON = re.compile(
    r"\s+(?:" + "|".join(ZONES) + "|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\s+" + ZONE_IN_WORDS + r"|[^\S\n]*\(|[^\S\n]+[a-z]"
)
"""What goes on after "a.m." or "p.m." in the same sentence: a zone, a day, an aside ("10:35
a.m. (0735 GMT) Friday"), a zone in words ("10 p.m. Central time") or a word no sentence
begins with ("at 9 a.m. local time")."""


_AGENCY_TAG = re.compile(r"\s*\([A-Z][\w .&/-]{0,24}\)\s*(?:--|[-—–_:])")
"""A wire dateline's agency after its place ("Ill. (AP) -", "D.C. (Reuters) —")."""
_LIST_HEAD = r"(?:[^\n!?:]|:(?=\d))"
_LIST_DATE = (
    r"\b(?:\d|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|"
    r"Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b)"
)
_LIST_LINE = re.compile(
    r"[^\S\n]*(?:[-*•][^\S\n]+\S|"
    + _LIST_HEAD
    + r"{0,24}?"
    + _LIST_DATE
    + _LIST_HEAD
    + r"{0,20}?(?:[^\S\n]+[-–—|]|:)[^\S\n])"
)
"""A line that reads as an entry of a list ("Sept. 12 - The ceasefire begins", "• Talks fail"):
a chronology's entries are sentences of their own, though no stop ends them."""
_BULLET = re.compile(r"[^\S\n]*[-*•][^\S\n]+\S")
_ENTRY_FOLLOWS = re.compile(r"[:.!?|][^\S\n]*$")
"""How the line before an entry ends when it is not an entry itself: a heading's colon, a stop,
a table's bar. A line of hard-wrapped prose ends mid-sentence ("... warned in\nMarch: the ...")."""


def _entries(text: str, start: int, end: int) -> list[int]:
    """The line ends in ``text[start:end]`` where a list's entry begins: a bullet, or a dated line
    after a heading, a finished sentence or another entry."""
    found = []
    line_start, listed = start, _LIST_LINE.match(text, start) is not None
    cursor = text.find("\n", start, end)
    while cursor >= 0:
        after_a_break = listed or _ENTRY_FOLLOWS.search(text, max(line_start, cursor - 8), cursor)
        line_start, listed = cursor + 1, _LIST_LINE.match(text, cursor + 1) is not None
        if listed and (after_a_break or _BULLET.match(text, line_start)):
            found.append(cursor)
        cursor = text.find("\n", line_start, end)
    return found


_PARAGRAPH = re.compile(r"(?:(?!\n[^\S\n]*\n).)+", re.DOTALL)
"""A paragraph runs to a blank line: two line ends with only spaces between (not any whitespace,
which would rescan a run of blank lines from each of its line ends)."""


def context_before(text: str, spans: list[tuple[int, int, int]], index: int) -> list[str]:
    """Up to four sentences of the paragraph before sentence ``index`` of ``spans``, nearest
    last: where a title's "he" or "it" is named."""
    paragraph = spans[index][0]
    return [text[s:e] for p, s, e in spans[max(0, index - 4) : index] if p == paragraph]


CARRY = 6
"""How many sentences back a "she" may carry its subject over from."""


def sentences_before(text: str, spans: list[tuple[int, int, int]], index: int) -> list[str]:
    """Up to ``CARRY`` sentences before sentence ``index`` of ``spans``, across paragraphs,
    nearest last: where an opening "she" may carry its subject over from."""
    return [text[s:e] for _, s, e in spans[max(0, index - CARRY) : index]]


_FRAME = re.compile(
    r"\W*(?:(?:In|At|From|After|Before|During|Later|Then|Earlier|Afterward|Meanwhile|But|And)"
    r"\b[^,;:]{0,60},\s*|(?i:then|later|afterward|also|but|and)\s+)?"
)


def frame_end(sentence: str) -> int:
    """Where the subject of ``sentence`` starts, after the phrase of time or place that may open
    it: "In Dar es Salaam, she laid a wreath", "Then she handed a flag"."""
    frame = _FRAME.match(sentence)
    return frame.end() if frame else 0


_OPENS_ON_IT = re.compile(r"^\W*(?:[^,.;]{1,60},\s*)?(?:it|its)\b", re.IGNORECASE)


def title_context(
    text: str, spans: list[tuple[int, int, int]], index: int, clause: str
) -> list[str]:
    """``context_before``, or, for an "it" opening a paragraph ("On Saturday, it opened again."),
    the sentences of the paragraph before, whose subject it most likely stands for."""
    context = context_before(text, spans, index)
    if context or not index or not _OPENS_ON_IT.match(clause):
        return context
    before = spans[index][0] - 1
    return [text[s:e] for p, s, e in spans[max(0, index - 4) : index] if p == before]


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each sentence, abbreviations such as "Sept." kept whole."""
    spans = []
    for paragraph, match in enumerate(_PARAGRAPH.finditer(text)):
        start = match.start()
        body_end = match.end()
        cursor = start
        entries = _entries(text, start, body_end)
        for end_mark in _SENTENCE_END.finditer(text, start, body_end):
            while entries and entries[0] < end_mark.start():
                entry = entries.pop(0)
                if entry > cursor:
                    spans.append((paragraph, cursor, entry))
                    cursor = entry + 1
            candidate = text[cursor : end_mark.end()]
            if text[end_mark.end() : end_mark.end() + 40].lstrip(_OPENERS)[:1].islower():
                continue  # "p.c. élite": a lowercase letter of another script starts nothing
            abbreviation = _ABBREVIATION.search(candidate.rstrip("\"'”’)]"))
            if abbreviation and not (
                _COMPANY.fullmatch(abbreviation[0]) and _OPENER.match(text, end_mark.end())
            ):
                continue
            if candidate.endswith(("a.m.", "p.m.")) and _CLOCK_GOES_ON.match(text, end_mark.end()):
                continue  # "4 a.m. EDT Thursday" is one time, not a sentence end
            if _AGENCY_TAG.match(text, end_mark.end()):
                continue  # "SPRINGFIELD, Ill. (AP) - ...": a dateline's place, then its story
            spans.append((paragraph, cursor, end_mark.end()))
            cursor = end_mark.end()
        for entry in entries:
            if entry > cursor:
                spans.append((paragraph, cursor, entry))
                cursor = entry + 1
        if text[cursor:body_end].strip():
            spans.append((paragraph, cursor, body_end))
    return [
        (p, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
        for p, s, e in spans
        if text[s:e].strip()
    ]


def without_stray_quote_marks(sentence: str) -> str:
    """A sentence cut from inside a quotation keeps only the marks that pair up: 'We are in serious
    trouble."' loses its closing mark, '"It began' its opening one (the rest is still verbatim)."""
    unmatched = _unmatched_quote_marks(sentence)
    if len(sentence) - 1 in unmatched:
        sentence = sentence[:-1].rstrip()
    if 0 in unmatched:
        sentence = sentence[1:].lstrip()
    return sentence


def _unmatched_quote_marks(text: str) -> set[int]:
    """Offsets of quotation marks without a partner. A straight mark opens after a space or at the
    start and closes otherwise, as in '"We will meet," he said, "and decide."'."""
    open_marks: list[int] = []
    unmatched: set[int] = set()
    for i, char in enumerate(text):
        if char not in '"“”':
            continue
        opens = char == "“" or (
            char == '"' and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—")
        )
        if opens:
            open_marks.append(i)
        elif open_marks and (text[open_marks[-1]] == "“") == (char == "”"):
            open_marks.pop()
        else:
            unmatched.add(i)
    return unmatched | set(open_marks)


_QUOTATION = re.compile(r"``(?:[^'`]|'(?!')){0,3000}''|“[^“”]{0,3000}”|(?<!\w)\"[^\"\n]{0,3000}\"")


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in the text, marks included: ``…'', “…” and "…"."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]


def slug(words: str, taken: set[str], empty: str = "event") -> str:
    """An id from a title's first four words, numbered when already taken (and then taken)."""
    return Ids(taken).new(words, empty)


class Ids:
    """The ids handed out so far. Each base remembers the last number it gave, so a story of
    a thousand identical titles numbers them in linear time, not by counting up from 2 each
    time."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = taken if taken is not None else set()
        self._next: dict[str, int] = {}

    def new(self, words: str, empty: str = "event") -> str:
        """The next free id for ``words`` (see ``slug``), now taken."""
        base = "-".join(re.findall(r"[a-z0-9]+", words.lower())[:4]) or empty
        slug, n = base, self._next.get(base, 2)
        while slug in self._taken:
            slug, n = f"{base}-{n}", n + 1
        self._next[base] = n
        self._taken.add(slug)
        return slug


KILLING = ("kill", "slay", "slain", "murder", "shot", "shoot", "death", "dead")
"""The stems news uses in turn for one killing: "the murder" after "was shot to death"."""


WHEN_CLAUSE = re.compile(r"\s*,\s*when\s+(?!asked\b)", re.IGNORECASE)
"""A when-clause opened by the date before it: "from 1968, when the Soviets invaded"."""
COMPARED_WITH = r"than|below|above|compared\s+(?:with|to)|versus|vs\."
"""The words that set a figure against another ("lower than a year ago", "compared with $8.1
million in the year-ago quarter")."""


_VIOLENCE = ("strike", "bomb", "attack", "raid", "shell", "assault")
_TALKS = ("meeting", "talks", "summit", "session")
_PACT = ("deal", "agreement", "accord", "truce", "ceasefire")
KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("strike", "airstrike", "bombing", "attack", "raid", "shelling"), _VIOLENCE),
    **dict.fromkeys(("meeting", "talk", "summit"), _TALKS),
    **dict.fromkeys(("deal", "agreement", "truce", "ceasefire"), _PACT),
    "incident": (),
}
"""Nouns that name the same kind of happening; "the incident" names whatever happened last."""
HAVING = re.compile(r",\s*having\s+[^,;]*$", re.IGNORECASE)
"""A deed done before the clause's own, told after it ("cut its forecast, having already lowered
it in July")."""
