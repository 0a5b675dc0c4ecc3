"""Stance cues: a statement's leaning toward the topic, from the words in it. Never a guess.

Three kinds of cue count: support (welcoming, backing, offering), condition (conditions and
demands: "if", "unless", "must", "in return for") and opposition (refusing, rejecting). One
kind alone decides; support or an offer with conditions is 'conditional'; support against
opposition with no condition is 'unclear'. Some words look like opposition and are not:
an expectation or a doubt ("they don't expect the bill to pass", "I doubt it will hold")
says what a speaker thinks will happen, not what they want; scorn for a claim ("propaganda",
"nonsense") answers the claim, not the topic; rejecting someone's calls or terms rejects
those, not the topic. No cue at all is 'neutral' when the statement names the topic, else
'unclear'. An actor's stance comes from all its shown statements: 'mixed' when they disagree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import rules
from .models import PositionStance, Stance
from .patterns import any_of
from .select import TopicQuery
from .stems import contains_phrase, tokens

_SUPPORT = rules.strings("stance", "support")
_CONDITION = rules.strings("stance", "condition")
_OPPOSE = rules.strings("stance", "oppose")
# Not opposition: what a speaker expects or doubts, or scorn for somebody's claim.
_EXPECTATION = rules.strings("stance", "expectation")
# 'rejected calls to pause the bill' rejects the critics (or the other side's terms), not the
# topic - unless the topic is named right after ('rejected proposals for ID cards').
_REJECTS_OTHERS = re.compile(
    r"\s+(?:[\w']+\s+){0,3}?(?:"
    + "|".join(map(re.escape, rules.strings("stance", "others_terms")))
    + r")s?\b",
    re.I,
)
# a demand on the outcome itself is a condition: 'any deal should ensure ...', 'the talks must
# be prepared'; 'the Tories should have the courage' is not about the topic
_MODAL = re.compile(r"(?<![\w'])(?:must|should|needs? to|ha(?:s|ve) to)(?![\w'])", re.I)
_OUTCOMES = rules.strings("stance", "outcomes")
_PASSIVE_EVENT = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?$", re.I)
_WISHED = re.compile(r"\b(?:should|must|ought to|needs? to|ha(?:s|ve) to)\s+be\s+$", re.I)
_CLAUSE_END = re.compile(r"[.;!?]|\b(?:and|but|while|whereas)\b", re.I)
_NEGATION = re.compile(r"\b(not|n't|never|no)\s+(\w+\s+){0,2}$")
_THANKS_FOR = re.compile(
    r"\b(?:thank\w*|grateful|gratitude)\b[^.!?]{0,30}\bfor\s+(?:their|your|his|her|its|our|the"
    r"|all\s+the)\s+(?:\w+\s+)?$",
    re.I,
)


_SUPPORT_RE, _CONDITION_RE, _OPPOSE_RE, _EXPECTATION_RE = map(
    any_of, (_SUPPORT, _CONDITION, _OPPOSE, _EXPECTATION)
)


def stance_of(text: str, query: TopicQuery | None = None) -> Stance:
    """supports / conditional / opposes / neutral, or unclear when the cues disagree or lack."""
    text = text.replace("’", "'")
    # an expectation covers the rest of its sentence: 'I doubt it will be ready in time'
    hedged_spans = [
        (m.start(), _sentence_end(text, m.end())) for m in _EXPECTATION_RE.finditer(text)
    ]

    # 'rejected both offers': the offer is what was turned down, not the speaker's own act
    rejected_terms: list[tuple[int, int]] = []
    support = oppose = 0
    for match in _OPPOSE_RE.finditer(text):
        if _inside(hedged_spans, match.start()) or _reported_event(text, match):
            continue
        terms_end = _rejected_terms_end(text, match, query)
        if terms_end is not None:
            rejected_terms.append((match.end(), terms_end))
            continue
        oppose += 1
    for match in _SUPPORT_RE.finditer(text):
        if _inside(hedged_spans, match.start()) or _inside(rejected_terms, match.start()):
            continue
        if _THANKS_FOR.search(text[: match.start()][-80:]):
            continue  # 'thank every one of them for their unwavering support': gratitude for
            # others' help says nothing of the speaker's stance
        if _NEGATION.search(text[: match.start()][-30:]):
            oppose += 1  # 'not ready', "don't support"
        else:
            support += 1
    condition = sum(
        1
        for m in _CONDITION_RE.finditer(text)
        if not _inside(rejected_terms, m.start())
        and not _idiom_if(text, m)
        and not _consequence_if(text, m)
    )
    condition += sum(
        1 for m in _MODAL.finditer(text) if _about_outcome(text[: m.start()][-60:], query)
    )
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


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def _sentence_end(text: str, start: int) -> int:
    match = re.compile(r"[.!?;]").search(text, start)
    return match.end() if match else len(text)


def _about_outcome(before: str, query: TopicQuery | None) -> bool:
    """Does the clause before a 'must' or 'should' name the topic or a negotiated outcome?"""
    words = tokens(before)
    if any(word in _OUTCOMES for word in words):
        return True
    return query is not None and any(
        contains_phrase(words, phrase) for phrase in (*query.terms, *query.related)
    )


# 'if' that sets no condition: 'as if', 'even if' (a concession), 'if anything', 'if ever',
# 'if need be', 'if it were needed' (a manner of speaking, not a term)
_IF_BEFORE = re.compile(r"\b(?:as|even)\s+$", re.I)
_IF_AFTER = re.compile(r"\s+(?:anything|ever|need be|(?:it|one) (?:were|was) needed)\b", re.I)


def _idiom_if(text: str, match: re.Match[str]) -> bool:
    if match.group().lower() != "if":
        return False
    before = text[max(0, match.start() - 10) : match.start()]
    return bool(_IF_BEFORE.search(before) or _IF_AFTER.match(text, match.end()))


# What makes an 'if' somebody's term: the speaker commits ('we will support it if', 'I would
# sign if') or demands; otherwise it says what might follow ('if the ban is lifted, it could
# lead to a buying spree', 'the French, who see contracts if the embargo is lifted').
_COMMITMENT = re.compile(
    r"\b(?:I|we|We|us|our|Our)\b|\b(?:will|would|won't|wouldn't|shall|must|should)\s+"
    r"(?:not\s+|never\s+|only\s+)?(?!be\b|have\s+been\b|mean\b|lead\b|cause\b|result\b)[a-z]+"
)


def _consequence_if(text: str, match: re.Match[str]) -> bool:
    """Is this plain 'if' in a sentence where nobody commits to anything?"""
    if match.group().lower() != "if":
        return False
    start = max(text.rfind(mark, 0, match.start()) for mark in ".!?") + 1
    end = _sentence_end(text, match.end())
    return _COMMITMENT.search(text, start, end) is None


def _reported_event(text: str, match: re.Match[str]) -> bool:
    """'the offer has been rejected', 'the plan was scrapped': a refusal reported in the
    passive is somebody's act, not the speaker's stance - unless the speaker wants it ('should
    be scrapped'). 'We are opposed' is the speaker's own."""
    word = match.group().lower()
    if not word.endswith("ed") or word == "opposed":
        return False
    before = text[: match.start()][-40:]
    return _PASSIVE_EVENT.search(before) is not None and _WISHED.search(before) is None


def _rejected_terms_end(text: str, match: re.Match[str], query: TopicQuery | None) -> int | None:
    """'rejected the two claims' turns down somebody's terms, not the topic itself: where
    those terms end, or None when the refusal is not of somebody's terms."""
    after = _REJECTS_OTHERS.match(text, match.end())
    if not after:
        return None
    if query is not None:
        # the topic named in the same clause: 'rejected proposals for ID cards'
        clause = _CLAUSE_END.split(text[after.end() :][:60], maxsplit=1)[0]
        following = tokens(clause)
        if any(contains_phrase(following, phrase) for phrase in query.terms):
            return None
    return after.end()


def shown_stance(stance: Stance, quote: str, query: TopicQuery | None = None) -> Stance:
    """The stance a statement lends its actor: whoever labelled it (cue words or a model), a
    quote that only says what the speaker expects or doubts ('I don't expect the bill to
    pass') opposes nothing."""
    if (
        stance == "opposes"
        and _EXPECTATION_RE.search(quote.replace("’", "'"))
        and stance_of(quote, query) != "opposes"
    ):
        return "neutral" if query is None or mentions_topic(quote, query) else "unclear"
    return stance


def mentions_topic(text: str, query: TopicQuery) -> bool:
    words = tokens(text)
    phrases = (*query.terms, *query.related)
    return any(contains_phrase(words, phrase) for phrase in phrases)


def position_stance(stances: Sequence[Stance]) -> PositionStance:
    """An actor's overall leaning from all its shown statements: 'mixed' when some support
    and some oppose, 'conditional' when conditions outweigh refusals, 'unclear' with no cue."""
    counts = Counter(s for s in stances if s not in ("neutral", "unclear"))
    if not counts:
        return "neutral" if "neutral" in stances else "unclear"
    if counts["supports"] and counts["opposes"]:
        return "mixed"
    if counts["conditional"]:
        return "conditional" if counts["conditional"] >= counts["opposes"] else "mixed"
    return counts.most_common(1)[0][0]


def reason_for(
    stance: PositionStance, stances: Sequence[Stance], weights: Sequence[float] = ()
) -> int:
    """Index of the statement that best shows `stance`: of those whose own stance matches (for
    'mixed', any that takes a side), the one with the greatest weight (how directly it names
    the topic), the first on a tie; 0 when none matches."""
    wanted = {"mixed": ("conditional", "opposes", "supports")}.get(stance, (stance,))
    matching = [index for index, own in enumerate(stances) if own in wanted]
    if not matching:
        return 0
    return max(
        matching, key=lambda index: (weights[index] if index < len(weights) else 0.0, -index)
    )
