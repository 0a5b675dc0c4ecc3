"""Does a sentence a cue was found in report words at all? Not when it only introduces
words shown elsewhere ('Trump said.'), tells of an act ('O'Gara added the conversion'), says
what someone talked about ('Duff explained what went wrong'), guesses at what someone will
say ('Mr Brown will undoubtedly claim'), records a refusal ('Neither X nor Y commented') or
closes on a clause about a noun ('the range Nationwide predicts'). The speaker is still
remembered: a quote the cue introduces is theirs."""

from __future__ import annotations

import re

from .speech import SPEECH_VERBS, Attribution


def says_nothing(sentence: str, attribution: Attribution) -> bool:
    """Is this sentence, cued by `attribution`, nobody's statement?"""
    if not _says_something(sentence, attribution):
        return True
    cue = re.search(rf"\b{re.escape(attribution.verb)}\b", sentence)  # found once for all
    if cue is None:
        return False
    return (
        _answers_nothing(sentence, attribution, cue)
        or _only_describes(sentence, attribution, cue)
        or _only_acts(sentence, attribution, cue)
        or _relative_on_a_noun(sentence, attribution, cue)
        or _not_said_yet(sentence, attribution, cue)
        or _only_addressed(sentence, attribution, cue)
        or _object_speaks(sentence, attribution, cue)
    )


def _says_something(sentence: str, attribution: Attribution) -> bool:
    """A reported sentence must carry words besides its cue: 'Trump said.', 'Dr Ward
    stated:' or 'In a 1963 speech, he declared:' only introduce words shown elsewhere (or
    not at all), so they are nobody's statement."""
    if sentence.rstrip().endswith(":"):
        return False
    rest = sentence.replace(attribution.speaker, " ", 1)
    rest = re.sub(rf"\b{re.escape(attribution.verb)}\b", " ", rest, count=1)
    return len(re.findall(r"[^\W\d_][\w’'-]*", rest)) >= 3


def _answers_nothing(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'Now, Carson has responded to Trump's rant.', 'Trump rode the crowd as he replied.':
    a reply with no words of its own (no clause, participle, colon or quote after the verb)
    only says that someone answered; what they answered is shown where it is quoted.
    'responded first, ripping into ...' says something; 'responded by easing ...' does not."""
    if not attribution.verb.lower().startswith(("respond", "repl")):
        return False
    rest = sentence[verb.end() :]
    return not re.search(r"\b(?:that|with)\b|(?<!\bby )\b[a-z]{2,}ing\b|[:“”\"]", rest)


def _only_describes(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'Duff explained what went wrong', 'Mr X explained his reasons to his constituents':
    the sentence says what someone talked about, not what they said (no clause of theirs
    follows the verb, only a question word or a noun phrase); shown nowhere as their words."""
    if not attribution.verb.lower().startswith(_DESCRIBING):
        return False
    rest = sentence[verb.end() :].lstrip()
    return (
        re.match(r"(?:what|why|how|where|when|whether|his|her|their|its)\b", rest) is not None
        and re.search(r"\bsaying\b|\bas\b|[:“”\"]", rest) is None
        and (re.match(r"(?:his|her|their|its)\b", rest) is None or re.search(_FINITE, rest) is None)
    )  # 'explained her injury, saying ...', 'explained his plan would cut taxes' say
    # something


# Verbs that report words only with a clause after them; with a bare object they tell of an
# act ('O'Gara added the conversion', 'Ireland conceded a penalty', 'Mr Kerry conceded
# defeat'). Where cues are found, speech.py already refuses 'added a second goal' (an
# indefinite object, `_ADDED_OBJECT`) and a claimed win (`_CLAIMED_A_WIN`); the objects
# judged here are those only the whole clause tells apart ('added the conversion' from
# 'added the plan would fail'), and the speaker stays remembered for the quotes that follow.
_CONCEDING = frozenset("concede concedes conceded conceding".split())
_ACTING = _CONCEDING | frozenset("add adds added adding".split())
# Where the verb's clause ends: a stop, or a word that opens another clause or phrase.
_CLAUSE_STOP = re.compile(r"[,;.:!?]|\b(?:after|before|when|while|and|but|with|as|to)\b")


def _only_acts(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'O'Gara added the conversion', 'David Humphreys adding the final flourish', 'Mr Kerry
    conceded defeat on Wednesday': an act, not words; 'added the plan would fail', 'conceded
    that it was late', 'added: "..."' and 'conceded it was a mistake' report words."""
    if attribution.verb.lower() not in _ACTING:
        return False
    before = sentence[: verb.start()].rstrip()
    aside = re.search(r",\s+(?:who|which)\s[^,]*,$", before)  # 'Everitt, who replaced X,'
    if before.endswith(",") and aside is None:
        return False  # '..., added Mr Clarke.': the words come before the cue
    rest = sentence[verb.end() :]
    if not re.match(r"\s+[\w£$€]", rest) or re.match(r"\s+(?:that|how|what|why)\b", rest):
        return False  # 'added:', 'added, ...', 'added that ...'
    own = re.split(r",\s+(?:and|but|while|as|with)\b|;", rest, maxsplit=1)[0]
    if re.search(_FINITE, own) or re.search(rf",[^,]*,\s*{_FINITE}", rest):
        return False  # 'added the figures are wrong', 'conceded the win over Forest, which
        # included ..., was not pretty' (not '..., and his supporters were left in tears')
    if attribution.verb.lower() in _CONCEDING and _CONCEDED.fullmatch(rest):
        return True  # 'Mr Kerry conceded the presidential election.', 'conceded two goals'
    if _LATER_CUE.search(rest):
        return False  # 'conceded the point, but said the plan stood'
    if not (_OBJECT_THEN_STOP.match(rest) or _ONE_WORD_OBJECT.fullmatch(rest)):
        return False  # 'added the cuts hurt families most': a clause follows the verb
    clause = rest[: m.start()] if (m := _CLAUSE_STOP.search(rest)) else rest
    return (
        _PREDICATE.search(clause) is None
        and re.search(r"[“”\"]|\b(?:he|she|it|they|we|I|there)\b", clause) is None
    )


# A finite verb: after 'explained his plan' it makes a clause of his ('... would cut taxes').
_AUXILIARIES = "would|will|is|was|were|are|has|had|have|could|should|can|may|might|must"
_FINITE = rf"\b(?:{_AUXILIARIES})\b"


# An act's object: a short noun phrase, then a stop or a word that opens a phrase ('added
# the conversion and a further penalty', 'conceded a penalty close to their own line',
# 'conceded defeat on Wednesday'); or one noun closing the sentence ('added the extras.').
_DETERMINER = (
    r"(?:(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten"
    r"|[\d£$€][\w,.%]*)\s+)?"
)
# What is conceded, closing the sentence: 'the presidential election.', 'two late goals.'
_CONCEDED = re.compile(rf"\s+{_DETERMINER}(?:[\w’'-]+\s+){{0,2}}[\w’'-]+\s*[.!?]?\s*")
_OBJECT_THEN_STOP = re.compile(
    rf"\s+{_DETERMINER}(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+(?:\s*[,;:]|\s+(?:and|after|before"
    r"|with|to|in|on|for|at|as|when|while|from|into|against|but|by|of|over|during|close)\b)"
)
_LATER_CUE = re.compile(
    r"\b(?:said|says|saying|told|tells|insisted|argued|warned|claimed|stressed)\b"
)
_ONE_WORD_OBJECT = re.compile(rf"\s+{_DETERMINER}[\w’'-]+\s*[.!?]?[\"”’']*\s*")


# A word that makes what follows a clause of its own ('added the targets intended to ...',
# 'conceded his team did not deserve it', 'added lending rose by £4m'): an auxiliary, a
# past form.
_PREDICATE = re.compile(
    rf"\b(?:{_AUXILIARIES}|did|does|do|not|rose|fell|grew|went|came|made|took|gave|saw|knew"
    r"|thought|felt|left|lost|won|kept|held|began|ran|meant|spent|paid|sold|told|said"
    r"|[a-z]{2,}ed)\b"
)


# A modal before the cue: what someone may or will doubtless say has not been said ('Mr
# Brown will undoubtedly claim', 'Labour could argue').
_SPECULATED = re.compile(
    r"\b(?:will\s+(?:undoubtedly|probably|doubtless|surely|no\s+doubt)|may(?:\s+well)?|might"
    r"|could|(?:is|are)\s+likely\s+to)\s+(?:[a-z]+ly\s+)?$"
)  # ('would' is left out: 'Reyes would say in 2004 that', 'would only say that' report)


def _not_said_yet(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'Mr Brown will undoubtedly claim the forecasts are wrong', 'Labour could argue that
    ...': the reporter's guess at what someone may say, or a refusal ('Neither X nor Y
    commented', 'Neither X nor Y would say how'); a pre-released speech ('Mr Blair will
    say') is not a guess and stays."""
    before = sentence[: verb.start()]
    refused = _NEITHER.match(before) is not None and attribution.speaker in before
    return _SPECULATED.search(before) is not None or refused
    # ('Neither Rover nor Shanghai Automotive commented on the reports': nobody spoke; not
    # 'Neither Labour nor the Tories has said how ..., Jo Park said', whose cue is later)


# Verbs whose passive makes the subject the one spoken to ('The minister was told ...',
# 'Ministers were urged to ...'); 'was quoted as saying' still reports the subject's words.
_ADDRESSING = frozenset(
    "asked told urged pressed questioned warned reminded advised ordered instructed".split()
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")
# A question put to the subject, the cue inside it: 'was asked if he would say yes or no'.
_ASKED_WHETHER = re.compile(
    r"\b(?:was|were|been|being)\s+(?:asked|pressed|questioned)\s+(?:if|whether)\b"
    r"(?:(?!\b(?:and|but)\b)[^,;:])*$"
)  # not '... was asked whether he would resign and said he would not': his answer


def _only_addressed(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'The minister was told the plan would fail', 'Dr Fox was asked if he would say yes or
    no': the subject is spoken to, so the sentence is the reporter's question or someone
    else's words, not the subject's statement (their answer, quoted next, stays theirs).
    'After he was asked about it, Mr Blair said ...' is Blair's, and so is 'X was
    questioned by Keegan' (the agent speaks)."""
    before = sentence[: verb.start()]
    if attribution.verb.lower() in _ADDRESSING:
        addressed = _PASSIVE_BEFORE.search(before) is not None
    else:
        addressed = _ASKED_WHETHER.search(before) is not None
    return addressed and not _is_agent(sentence[verb.end() :], attribution.speaker)


def _is_agent(after: str, speaker: str) -> bool:
    """Is the speaker named after 'by' in the words after the verb ('by Keegan', 'by the
    manager Keegan')? Searched as plain text: a pattern per name would fill the regex
    cache on stories of many names."""
    at = after.find(speaker) if speaker else -1
    return at >= 0 and _BY_BEFORE.search(after[:at]) is not None


_BY_BEFORE = re.compile(r"\bby\s+(?:\w+\s+){0,2}$")


# The cue's object speaks in a clause of its own: 'has criticised a union leader who said
# ...', 'attacked critics who claim ...'.
_OBJECT_WHO_SAID = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?who\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:said|says|claimed|claims|warned|warns|argued|argues|suggested|suggests)\b"
)


def _object_speaks(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'Gordon Brown has criticised a union leader who said conflict ... was harming
    government': the words reported are the union leader's, whom the cue's subject answers;
    shown as the subject's, they would put the leader's claim in the chancellor's mouth. Only
    after a verb that takes a person ('said those who argued ... were wrong' is the
    speaker's own clause)."""
    return (
        attribution.verb.lower() in _ANSWERING
        and _OBJECT_WHO_SAID.match(sentence, verb.end()) is not None
    )


# Verbs whose object is the person answered: 'criticised a union leader who said ...'.
_ANSWERING = frozenset(
    """criticised criticized criticises criticizes attacked attacks condemned condemns
    praised praises accused accuses rebuked rebukes slammed slams blasted blasts mocked
    mocks dismissed dismisses rejected rejects challenged challenges""".split()
)


_NEITHER = re.compile(
    r"\s*(?:(?:But|And|However|So),?\s+)?Neither\b[^,;]*\bnor\s+(?:[a-z]+\s+)*"
    r"(?:[A-Z][\w’'.&-]*\s+)+"
    r"(?:(?:has|have|had|would|did|could|was|were)\s+)?$"
)


def _relative_on_a_noun(sentence: str, attribution: Attribution, verb: re.Match[str]) -> bool:
    """'This is slightly above the 0-5% range Nationwide predicts.': the name and its verb
    close the sentence as a clause on the noun before them (the range that Nationwide
    predicts); the sentence is the reporter's comparison, not their words."""
    if attribution.verb.lower() not in _TAKES_A_NOUN:
        return False  # 'the most able candidate Viguerie argues': a comma lost, not a clause
    name = sentence.find(attribution.speaker) if attribution.kind == "name" else -1
    if name < 0 or not re.fullmatch(r"[\s.!?\"”’']*", sentence[verb.end() :]):
        return False
    if sentence[name + len(attribution.speaker) : verb.start()].strip():
        return False  # something stands between the name and its verb
    before = sentence[:name].split()[-5:]
    if not before or not re.fullmatch(r"[a-z][\w%-]*", before[-1]):
        return False  # '..., Nationwide predicts.': a comma closes the words reported
    opener = next(
        (i for i in range(len(before) - 1, -1, -1) if before[i].lower() in _DETERMINERS), None
    )
    if opener is None or any(w.endswith(",") for w in before[max(opener - 1, 0) :]):
        return False  # '..., the statistical office INSEE said.': the name's description
    return not any(
        re.fullmatch(_FINITE, w) or w.lower() in SPEECH_VERBS for w in before[opener + 1 :]
    )


_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# Verbs of view whose object may be a noun the sentence's clause qualifies ('the range
# Nationwide predicts', 'the road that Mr Forsyth suggests').
_TAKES_A_NOUN = frozenset(
    """predicts predicted forecasts forecast expects expected suggests suggested proposes
    proposed recommends recommended wants wanted estimates estimated describes described
    envisages envisaged favours favoured prefers preferred demands demanded""".split()
)


# Verbs whose object may be the talk itself rather than what was said ('explained his
# reasons', 'outlined what would change').
_DESCRIBING = ("explain", "outlin", "discuss", "detail")
