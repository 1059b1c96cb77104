"""Where a long title may be cut: at a word, with a name and a phrase kept whole, never leaving
a word that needs what follows it ("would retaliate against", "in the Kenyan")."""

from __future__ import annotations

import re

from tui.formats.draft_text import A_VERB

TITLE_LIMIT = 80

WEAK_END = re.compile(
    r"(?:\s+(?:the|a|an|any|some|every|each|another|such|this|these|those|my|your|our|its|their|"
    r"his|her|of|to|in|on|at|by|for|"
    r"from|with|into|onto|over|under|after|before|than|about|between|among|against|through|"
    r"during|since|until|upon|within|without|toward|towards|across|behind|beyond|near|per|via|"
    r"and|or|nor|but|so|yet|if|because|whether|while|when|where|that|which|who|whom|whose|as|"
    r"is|was|were|are|be|been|being|has|had|have|do|does|did|will|would|can|could|shall|"
    r"should|may|might|must|not|no|what|how|why|said|says|very|quite|rather|also|just|even|almost|"
    r"nearly|he|she|they|we|"
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bto\s)|(?<=\bof\s)|(?<=\bthan\s)|(?<=,\s))"
    r"(?:more|less|fewer|further|latest)|(?<=\bthe\s)(?:last|first|next)))+$",
    re.IGNORECASE,
)
"""Words a headline cannot end on: it would stop mid-phrase ("would retaliate against", "took a
more", "would close the last"); "offered more" and "did the same" end whole."""

_DANGLING_END = re.compile(
    r"\s+(?:using|including|following|regarding|concerning|involving|like|unlike|amid|despite)$"
    r"|\s+(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|St)\.?$"
    r"|\s+(?:President|Prime Minister|Minister|Secretary|Chairman|Judge|Senator|King|Queen)$"
)
"""A word that needs what follows it ("carried out using", "the death of Dr.")."""

_OPEN_BETWEEN = re.compile(r"\bbetween\s+[^,;]*$", re.IGNORECASE)

NOT_A_SUBJECT = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at by for to from with into over about after before between and or "
        "but as that which who its his her their our my your this these those",
    )
)

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")

_PHRASE_OPENER = re.compile(
    r"\s(?:of|in|on|at|by|for|from|with|into|onto|over|under|after|before|about|between|among|"
    r"against|through|during|since|until|within|without|toward|towards|across|behind|beyond|"
    r"near|outside|inside|as)\s",
)
"""A preposition opening a phrase, where a title can stop without leaving it half said."""

_GOES_ON = re.compile(r"\s+([a-z][a-z'’-]*)\b")
"""A lower-case word straight after a cut, with no stop between: a phrase may go on."""

_COUNTED = re.compile(r"(?<=\s)[\d,.]*\d\s+([A-Za-z][a-z'’-]*)\b")
"""A number whose noun the cut left out ("a sum of 20,000 | Norwegian kroner")."""

_PAIRED_NAMES = re.compile(r"\s(?:the|a|an|in|of|at|on|for|from|to)\s+[A-Z][\w'’-]*$")

_SECOND_NAME = re.compile(r"(?:and|or)\s+[A-Z][\w'’-]*(?:an|ese|ish|ic|i|ch)\s+[a-z]")
"""The first and second of two names sharing one noun ("in the Kenyan | and Tanzanian
capitals", "of Serb | and Albanian leaders")."""

_LISTED_NAME = re.compile(r",\s*[A-Z][\w'’-]*$")
_HAVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


def predicate(text: str) -> bool:
    """Whether the words hold a finite verb after the first: a cut that keeps only a subject
    ("Iraq's Saddam Hussein, facing U.S." of "... and Arab troops, sought peace") is no title.
    A present tense in -s counts after a word that can be its subject ("the resolution calls"),
    but not before "of", where it is a plural noun ("the foreign ministers of Marenia")."""
    words = text.split()
    if A_VERB.search(" ".join(words[1:])) or re.search(r"\wn['’]t\b", text):
        return True
    return any(
        re.fullmatch(r"[a-z]{2,}[^s\W]s", word)
        and before.lower() not in NOT_A_SUBJECT
        and after.lower() != "of"
        for before, word, after in zip(words, words[1:], [*words[2:], ""], strict=False)
    )


def word_cut(title: str) -> str:
    """The title cut at a word, at most TITLE_LIMIT characters, a name kept whole, and a phrase
    the cut would split dropped whole."""
    short = title[: TITLE_LIMIT + 1].rsplit(" ", 1)[0]
    if len(short) > TITLE_LIMIT:
        return title[:TITLE_LIMIT]  # one word longer than a title (a URL): cut inside it
    return _whole_phrase(tidy_end(_whole_name(short, title[len(short) :])), title)


def _whole_name(short: str, rest: str) -> str:
    """A word cut that would split a name ("bordering Northern | Ireland", "James Charles |
    Kopp", "the Organization | of Petroleum Exporting Countries") stops before the whole name
    instead, unless that leaves a verb or a preposition
    hanging ("creditor is | Carnival Cruise Lines"), which is worse."""
    ahead = rest.split(None, 2)
    following = ahead[0].rstrip(",.;:") if ahead else ""
    if following in ("of", "for") and len(ahead) > 1 and _NAME_WORD.fullmatch(ahead[1]):
        following = ahead[1]
    words = short.split()
    if not (_NAME_WORD.fullmatch(following) and words and _NAME_WORD.fullmatch(words[-1])):
        return short
    while len(words) > 3 and (
        _NAME_WORD.fullmatch(words[-1])
        or (
            words[-1] in ("of", "for")
            and _NAME_WORD.fullmatch(words[-2])
            and words[-3].lower() == "the"
        )
    ):
        words.pop()  # "the Organization of Petroleum | Exporting Countries": all of it
    whole = tidy_end(" ".join(words))
    hangs = (
        len(whole.split()) < 3
        or A_VERB.fullmatch(words[-1])
        or words[-2].lower() == "to"
        or _OPEN_BETWEEN.search(whole)
    )
    return short if hangs else whole


def _splits_a_phrase(short: str, title: str) -> bool:
    """Whether the title goes on, after the cut, with the rest of a phrase the cut began: a
    noun after its adjective or number, or the second of two names sharing a noun; not a word
    that opens or links a phrase ("of", "and", "found")."""
    if splits_a_pair(title, len(short)):
        return True
    goes_on = _GOES_ON.match(title, len(short)) or _COUNTED.match(
        title, short.rfind(" ") + 1, len(short) + 40
    )
    if goes_on is None or goes_on.start(1) < len(short):
        return False
    word = goes_on.group(1)
    return not (
        word in NOT_A_SUBJECT
        or WEAK_END.fullmatch(" " + word)
        or re.search(r"(?:ed|ing|ly)$", word)
    )


def _whole_phrase(short: str, title: str) -> str:
    """A cut that splits a phrase ("a claim of 100,000 Kenyan | shillings", "a suspect in three
    | non-fatal sniper attacks") stops before the phrase's preposition instead, when the verb
    and enough of a headline are left."""
    if not title.startswith(short) or not _splits_a_phrase(short, title):
        return short
    opened = [m.start() for m in _PHRASE_OPENER.finditer(short) if m.start() >= 40]
    if not opened:
        return short
    whole = tidy_end(re.sub(r",\s*\S+$", "", short[: opened[-1]]))
    last = whole.rsplit(" ", 2)
    hangs = len(last) == 3 and (
        last[2].endswith("ing") or (last[2].endswith("ed") and last[1].lower() not in _HAVE_BE)
    )
    kept_verb = A_VERB.search(" ".join(whole.split()[1:])) is not None
    return short if hangs or not kept_verb or A_VERB.search(short[opened[-1] :]) else whole


def splits_a_pair(title: str, at: int) -> bool:
    """A cut before the "and" of "between X and Y" would leave "between X" hanging, and one
    before the second of two names sharing a noun would leave "in the Kenyan"."""
    rest = title[at:].lstrip()
    paired = _PAIRED_NAMES.search(title, 0, at) or _LISTED_NAME.search(title, 0, at)
    if paired and _SECOND_NAME.match(rest):
        return True
    return rest.lower().startswith("and ") and bool(_OPEN_BETWEEN.search(title, 0, at))


def tidy_end(short: str) -> str:
    """Drop what a cut left hanging at the end ("a letter from Elian's", "murder in the 1995",
    "last seen, the day", "invoked the act, allowing", "a 13-0 vote, with Russia", "a disaster
    declaration and planned"), as often as it takes."""
    while True:
        tidy = re.sub(
            r"\s+\S+['’]s$|\s+(?:the|a|an)\s+[\d,.]+$|\s+(?:as|when|if)\s+it$|,\s+(?:the|a|an)\s+\w+$"
            r"|(?<=\s)(?:will|would|can|could|may|might|must|should|has|have|had)\s+\w+ly$"
            r"|,\s+(?:(?-i:[a-z])\w+ing|with|versus|compared|payable|mostly|soon)(?:\s+[\w-]+)?$"
            r"|\s+and\s+(?-i:[a-z])\w+(?:ed|ing)$",
            "",
            short,
        )
        tidy = WEAK_END.sub("", tidy).rstrip(" ,;:-")
        if not _DANGLING_END.search(tidy) or len(tidy.split()) <= 3:
            return tidy
        short = _DANGLING_END.sub("", tidy)
