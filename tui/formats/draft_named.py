"""A date that names a happening in passing: "charged Kopp in the 1995 shooting of Dr. Short".

Such a date is not the sentence's own (the charging is what the sentence reports), but the
happening it names is one a timeline keeps, on its own date: so it is proposed apart, titled from
the words that name it.
"""

from __future__ import annotations

import re

from tui.formats.draft_mentions import Mention

EVENT_NOUNS = (
    r"(?:air)?strikes?|attacks?|bombings?|raids?|meetings?|talks|votes?|elections?|ceasefire|"
    r"truce|deal|agreement|offer|merger|acquisition|explosions?|blasts?|crash|shootings?|"
    r"arrests?|trial|hearing|ruling|decision|speech|summit|visit|protests?|incident|invasion|"
    r"announcement|takeover|bid|sale|earthquake|storm|fire|killings?|massacre|coup|resignation|"
    r"verdict|indictment|shelling|assault|slayings?|murders?|assassination|kidnapping|"
    r"hijacking|riots?|uprising|war|referendum|crash|collapse|bankruptcy|strike"
)
_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:()]|\s(?:who|which|that|when|where|and|but)\s|[.!?]\s*$")


def named_happening(text: str, m: Mention, s_end: int) -> tuple[int, int] | None:
    """Where the words naming a happening by its date run ("the 1995 shooting of Dr. Hugh
    Short"), when the date stands between a determiner and a noun of happening."""
    before = _BEFORE.search(text, max(0, m.start - 8), m.start)
    after = _AFTER.match(text, m.end, s_end)
    if before is None or after is None or m.quoted:
        return None
    end = _PHRASE_END.search(text, after.end(), s_end)
    return before.start(), end.start() if end else s_end


_ITEM_START = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
_A_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|\w{3,}ed|began|met|took|made|said|held)\b",
    re.IGNORECASE,
)
_LAST_PREPOSITION = re.compile(r"\b(?:with|to|in|on|for|against|from|of|by|at)\s+", re.IGNORECASE)


def list_item_clause(previous: str, item: str) -> str:
    """The words to title the next item of a list by: "meetings with Blair 10 days ago and
    President Clinton last week" titles the second "... meetings with President Clinton", not
    "President Clinton"."""
    bare = item[_ITEM_START.match(item).end() :]  # type: ignore[union-attr]
    if _A_VERB.search(bare) or _LAST_PREPOSITION.search(bare):
        return item  # "West Germany in 1955": an item that says its own relation
    last = list(_LAST_PREPOSITION.finditer(previous))
    return previous[: last[-1].end()] + bare if last else item
