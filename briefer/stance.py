"""Stance cues: a statement's leaning toward the topic, from the words in it. Never a guess.

Counts three kinds of cue words (support, condition, opposition). One kind alone decides;
support with conditions is 'conditional'; support against opposition with no condition is
'unclear'. No cue at all is 'neutral' when the statement names the topic, else 'unclear'.
"""

from __future__ import annotations

import re
from collections import Counter

from .models import PositionStance, Stance
from .select import TopicQuery, contains_phrase, tokens

_SUPPORT = (
    "support", "supports", "supported", "welcome", "welcomed", "welcomes", "ready to", "ready",
    "open to", "willing", "agree", "agreed", "first step", "significant step", "step toward",
    "step towards", "hope", "hopeful", "beneficial", "thanked", "in favour", "in favor", "backs",
    "backed", "progress", "proposed", "offered", "breakthrough",
)
_CONDITION = (
    "if", "only if", "unless", "provided", "as long as", "must", "should ensure", "condition",
    "conditions", "conditional", "depends", "then we could", "without", "but", "however",
    "require", "requires", "guarantee", "guarantees", "prepared very thoroughly",
)
_OPPOSE = (
    "reject", "rejected", "rejects", "refuse", "refused", "oppose", "opposed", "questioned",
    "no point in", "little point", "pointless", "propaganda", "fiction", "don't believe",
    "do not believe", "doesn't want", "don't want", "doesn't need", "not want", "don't expect",
    "would not", "will not", "won't", "never", "nonsense", "illegitimate", "stall",
    "obstacle", "not negotiating", "not take", "doubt", "doubts", "sceptical", "skeptical",
)
# 'rejected calls to pause the bill' rejects the critics, not the topic.
_REJECTS_CRITICS = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:calls|demands|criticism|claims|suggestions|accusations|fears)\b", re.I
)
_NEGATION = re.compile(r"\b(not|n't|never|no)\s+(\w+\s+){0,2}$")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])", re.I)


_SUPPORT_RE, _CONDITION_RE, _OPPOSE_RE = map(_pattern, (_SUPPORT, _CONDITION, _OPPOSE))


def stance_of(text: str, query: TopicQuery | None = None) -> Stance:
    """supports / conditional / opposes / neutral, or unclear when the cues disagree or lack."""
    text = text.replace("’", "'")
    support = oppose = 0
    for match in _SUPPORT_RE.finditer(text):
        if _NEGATION.search(text[: match.start()][-30:]):
            oppose += 1  # 'not ready', "don't support"
        else:
            support += 1
    oppose += sum(1 for m in _OPPOSE_RE.finditer(text) if not _REJECTS_CRITICS.match(text, m.end()))
    condition = len(_CONDITION_RE.findall(text))
    if support and condition and oppose <= support:
        return "conditional"
    if support and oppose:
        return "unclear"
    if oppose:
        return "opposes"
    if support:
        return "supports"
    if condition:
        return "conditional"
    return "neutral" if query and mentions_topic(text, query) else "unclear"


def mentions_topic(text: str, query: TopicQuery) -> bool:
    words = tokens(text)
    phrases = (*query.terms, *query.related)
    return any(contains_phrase(words, phrase) for phrase in phrases)


def position_stance(stances: list[Stance]) -> PositionStance:
    """An actor's overall leaning from its statements' cues."""
    counts = Counter(s for s in stances if s not in ("neutral", "unclear"))
    if not counts:
        return "neutral" if "neutral" in stances else "unclear"
    if counts["supports"] and counts["opposes"]:
        return "mixed"
    if counts["conditional"]:
        return "conditional" if counts["conditional"] >= counts["opposes"] else "mixed"
    return counts.most_common(1)[0][0]
