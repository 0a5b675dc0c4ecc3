"""How much a statement is about the topic, and what it does: the composer's ranking inputs.

Relevance comes from the statement's own words and the source sentence around them: a quote
that names the topic (or one of its expansions) beats one whose sentence does, which beats one
that touches neither. What a statement *does* comes from its wording: a condition ("if",
"unless", "in return for"), a demand ("must", "should", "calls for"), a refusal ("rejects",
"will not"), an offer ("ready to", "proposed") or a pointed question ("who will monitor
it?") says where a side stands; anything else is a reaction or colour, and ranks below them.
"""

from __future__ import annotations

import re
from typing import Literal

from . import rules
from .patterns import any_of
from .select import TopicQuery
from .stems import contains_phrase, tokens

Act = Literal["condition", "demand", "refusal", "offer", "challenge", "reaction"]
POSITION_ACTS: tuple[Act, ...] = ("condition", "demand", "refusal", "offer", "challenge")

NAMES_TERM, NAMES_EXPANSION, SENTENCE_NAMES, UNRELATED = 3, 2, 1, 0
MIN_WORDS = 5  # a shorter quote ('in the first place') says little by itself


def _cues(key: str) -> re.Pattern[str]:
    """One act's cues: regular expressions in briefer/data/stance.toml (see rules.py)."""
    return any_of(rules.regexes("stance", key), regex=True)


_CONDITION = _cues("act_condition")
_DEMAND = _cues("act_demand")
_REFUSAL = _cues("act_refusal")
_OFFER = _cues("act_offer")
_NEGATED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}$", re.I)
_QUESTION_IF = re.compile(r"\b(?:asked|asks|ask|wonder(?:ed|s)?|know|see)\s+$", re.I)
_DETERMINER = re.compile(r"\b(?:a|an|the|any|its|his|her|their|this|that)\s+$", re.I)
# words that point outside a quote: 'those who signed it ... they have broken it'
_OUTSIDE_REFERENCE = re.compile(r"(?<![\w'])(?:they|them|their|those|these)(?![\w'])", re.I)


def topic_level(
    quote: str, sentence: str, query: TopicQuery, previous: str = "", speaker: str = ""
) -> int:
    """3 when the quote names the topic itself, 2 when it names an expansion, 1 when only its
    source sentence names either - or the sentence before it, which the quote carries on
    from ('a proposed register. "Who is it meant to catch?" he asked') - and
    0 when none does (an off-topic aside). A fragment of under five words must name it.
    The person the topic names ('Chepkemei ban') speaks of it in the first person ('"I am
    satisfied that the whole saga has been brought to an end," Chepkemei said'): their
    words count as naming an expansion when their sentence names the topic."""
    words = tokens(quote)
    if any(contains_phrase(words, phrase) for phrase in query.terms):
        return NAMES_TERM
    if any(contains_phrase(words, phrase) for phrase in _expansions(query)):
        return NAMES_EXPANSION
    if len(quote.split()) < MIN_WORDS:
        return UNRELATED
    phrases = (*query.terms, *query.related)
    if not any(contains_phrase(tokens(sentence), phrase) for phrase in phrases) and not (
        previous and any(contains_phrase(tokens(previous), phrase) for phrase in phrases)
    ):
        return UNRELATED
    return NAMES_EXPANSION if _names_the_speaker(query, speaker) else SENTENCE_NAMES


def _names_the_speaker(query: TopicQuery, speaker: str) -> bool:
    """Does the topic name this speaker (a word of the topic is a capitalised word of the
    speaker's name: 'Chepkemei ban' and 'Susan Chepkemei')?"""
    name = set(tokens(" ".join(w for w in speaker.split() if w[:1].isupper())))
    own = {word for phrase in query.terms for word in phrase}
    return bool(name & own)


def _expansions(query: TopicQuery) -> tuple[tuple[str, ...], ...]:
    """The related phrases a quote may name instead of the topic. A topic no data file knows
    gets its own words as related ones ('rate' for 'interest rates'); a quote naming one of
    those alone ('the growth rate') names something else, so only its sentence counts."""
    if len(query.terms) == 1 and len(query.terms[0]) > 1:
        own = {(word,) for word in query.terms[0]}
        return tuple(phrase for phrase in query.related if phrase not in own)
    return query.related


def speech_act(text: str) -> Act:
    """What the words do. A condition or demand says what a side wants; a refusal or an offer
    where it stands; everything else is a reaction. A negated offer ('not ready to') is a
    refusal; 'asked if' is a question, not a condition."""
    text = text.replace("’", "'")
    if any(not _QUESTION_IF.search(text[: m.start()]) for m in _CONDITION.finditer(text)):
        return "condition"
    if _DEMAND.search(text):
        return "demand"
    offers = [
        m
        for m in _OFFER.finditer(text)  # 'a proposed truce' names somebody's offer
        if not _DETERMINER.search(text[: m.start()][-12:])
    ]
    if _REFUSAL.search(text) or any(_NEGATED.search(text[: m.start()][-30:]) for m in offers):
        return "refusal"
    if offers:
        return "offer"
    if text.rstrip().rstrip("'\"”’").endswith("?"):
        return "challenge"  # a question a side puts ('Who will pay for the cards?')
    return "reaction"


def outside_references(quote: str) -> int:
    """How many words of a quote point to people or things it does not name ('they', 'those'):
    such a quote makes little sense on its own."""
    return len(_OUTSIDE_REFERENCE.findall(quote))
