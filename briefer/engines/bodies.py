"""Which body a phrase means: 'the company said', 'a spokesman said' after a body's words,
'the band's spokesman'; and whether the story writes a name as a body's."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from types import MappingProxyType

from ..actors import display_name
from ..attribution import speaker_within_reach
from ..roles import APPOSITIVE_MODIFIERS, COMMENTATORS, ORGANISATION_WORDS, TITLE_WORDS, in_word
from ..textcache import text_cache
from .shown_names import VOICES, is_honorific
from .speech import BODY_KIND_NOUNS, BODY_NOUNS
from .story import Speaker, StoryState

GROUP_NOUNS = frozenset("members officials sources mps ministers spokespeople".split())


def group_body(name: str) -> str | None:
    """'Opec members', 'Tory sources', 'Vodafone spokesman': people who speak as a body (or
    for it, unnamed) stand for that body."""
    words = name.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in GROUP_NOUNS | VOICES:
        return None
    body = words[:-1]
    if words[-1].lower() not in GROUP_NOUNS and (
        re.search(r"[’']s?$", body[-1])  # "Ms Merkel's spokesman": a proxy, not a body
        or (len(body) == 1 and body[0].endswith(_ADJECTIVE_ENDINGS))  # 'a Mexican official'
    ):
        return None
    named = body[0][:1].isupper() and body[-1][:1].isupper()
    if named and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in body):
        return " ".join(body)  # 'Department of Homeland Security spokeswoman'
    return None


_DETERMINERS = frozenset("the a an one another two three some several".split())


# How nationality and party adjectives end ('Mexican', 'Israeli', 'Chinese', 'British',
# 'Democratic'): one such word before a voice describes it, it is no body's name.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i", "ic")


def body_referent(phrase: str, state: StoryState, known: Set[str]) -> Speaker | None:
    """'the company said' -> the body that spoke last in the story, as a reader takes it:
    a body speaker ('Unilever said', a one-word name the story never gives a person's full
    name or title), or the body a spokesman spoke for ('William Hill spokesman Rupert
    Adams'). None when no body has spoken, or when the noun names a kind the body's own
    name contradicts ('the committee' is not 'the Police Federation')."""
    speakers = {s.name: s for s in [*state.by_surname.values(), *state.by_actor.values()]}
    if phrase.split()[-1].lower() == "government":  # 'The government says': the side its
        governing = [  # ministers took in this story, if one is a government
            s for s in speakers.values() if "government" in s.actor.lower().split()
        ]
        latest = max(governing, key=lambda s: state.spoke_at.get(s.name, -1), default=None)
        if latest is None and len(phrase.split()) == 2:
            return None  # a bare 'the government' in a story whose government never spoke
        return Speaker(phrase, latest.actor if latest else phrase, person=False)
    people = set(state.names.mention_key)  # 'Mr Trump': a person, never 'the company'
    found: list[tuple[int, Speaker]] = []
    for speaker in speakers.values():
        at = state.spoke_at.get(speaker.name, -1)
        words = speaker.name.split()
        lowered = set(speaker.name.lower().split())
        if lowered & GROUP_NOUNS:
            body = ""  # 'Tory sources', 'The MPs': people, not a body by its kind
        elif lowered & VOICES:
            body = speaker.actor  # 'William Hill's spokesman'
        elif not speaker.person or (
            len(words) == 1
            and speaker.name not in people
            and state.names.full_name(speaker.name) == speaker.name
            and state.names.role(speaker.name) is None
            and speaker.name not in state.names.by_given
        ):
            body = speaker.name
        elif speaker.actor != display_name(speaker.name) and speaker.name in state.names.roles:
            role = state.names.role(speaker.name)  # 'William Hill spokesman Rupert Adams'
            body = speaker.actor if role and set(role.title.lower().split()) & VOICES else ""
        elif speaker.name not in state.names.roles and speaker.name in _title_owners(state):
            body = speaker.name  # 'JP Morgan chief executive William Harrison': a body
        elif speaker.name not in state.names.roles and _written_as_business(state, speaker.name):
            body = speaker.name  # 'Shares in Cairn Energy have jumped': a company
        else:
            body = ""
        if body:
            found.append((at, Speaker(body, speaker.actor, person=False)))
    if not found:
        return None
    _, last = max(found, key=lambda pair: pair[0])
    if last.name == COMMENTATORS or last.name in known:
        return None  # a party or a country is never 'the company' or 'the alliance'
    if not any(
        speaker_within_reach(state.source_text, state.at, state.at + 1, name)
        for name in (last.name, state.short_of.get(last.name, last.name))
    ):
        return None  # the body is not named near the words: a reader would not be sure
    noun = phrase.split()[-1].capitalize()
    since = max(state.spoke_at.get(last.name, 0), state.sentence_at - _NEAR)
    other = _kind_named_since(state.source_text, noun, since, state.sentence_at)
    same = {n.removeprefix("the ") for n in (last.name, state.short_of.get(last.name, ""))}
    if other is not None and other not in same:
        return None  # 'Nationwide said ... Bank of England lending figures ... the bank
        # said': another body of that kind was named since the last one spoke (as the
        # subject, an object or a modifier: a reader cannot be sure which one it is)
    own = [w for w in last.name.split() if w in ORGANISATION_WORDS]
    bare_group = noun in _ANY_BODY and len(phrase.split()) == 2  # any body is 'the group'
    if own and noun in ORGANISATION_WORDS and noun not in own and not bare_group:
        return None  # 'the committee' is not 'the Police Federation', nor is 'the union
        # organisation' the Health and Safety Executive

    return last


# How far back a body of the kind a cue names may stand and still be who it means.
_NEAR = 600


def _kind_named_since(text: str, noun: str, start: int, end: int) -> str | None:
    """The last name of two or more words that has `noun` as a word ('Bank of England',
    'Nationwide Building Society') written between `start` and `end`, else None."""
    pattern = (
        rf"(?:[A-Z][\w&’'-]*\s+)*{re.escape(noun)}"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
    )
    names = [
        m.group().removeprefix("The ").removeprefix("A ").removesuffix("'s").removesuffix("’s")
        for m in re.finditer(rf"(?<![\w’'-]){pattern}(?![\w-]|[’'](?!s\b))", text[start:end])
    ]
    names = [n for n in names if len(n.split()) > 1]
    return names[-1] if names else None


def _written_as_business(state: StoryState, name: str) -> bool:
    """Does the story write this name as a company's before the cue: shares in it ('Shares
    in Cairn Energy') or a business noun right before it ('insurance broker Marsh &
    McLennan')?"""
    text = state.source_text
    for at in _after_shares_in(text):
        end = at + len(name)
        if end <= state.cue_at and text.startswith(name, at) and not in_word(text[end : end + 1]):
            return True  # not "Rupert Murdoch's shares": a person may own shares
    return _business_names(text).get(name, state.cue_at + 1) <= state.cue_at


# Both read once per story: asked for every speaker at every 'the company said', a scan of
# the story each time made a long story's make quadratic (BBC politics as one story: 40 s).
@text_cache(maxsize=64)
def _after_shares_in(text: str) -> tuple[int, ...]:
    """Where a name may start after 'shares in' or 'shares of'."""
    return tuple(found.end() for found in _SHARES_IN.finditer(text))


@text_cache(maxsize=64)
def _business_names(text: str) -> Mapping[str, int]:
    """Each name the story writes after a kind of business ('insurance broker Marsh &
    McLennan'), and where the first such writing ends."""
    ends: dict[str, int] = {}
    for found in KIND_BEFORE_NAME.finditer(text):
        if found.group(1) in ALL_KINDS:
            ends.setdefault(found.group(2), found.end())
    return MappingProxyType(ends)  # shared by every caller: read-only


_SHARES_IN = re.compile(r"\b[Ss]hares (?:in|of) ")


def _title_owners(state: StoryState) -> set[str]:
    """Names that open another person's title, before its first lower-case word ('JP Morgan'
    in 'JP Morgan chief executive William Harrison'): the body that person works for. A
    principal a staff title names ('Clinton campaign chairman') is a person, not counted."""
    owners = set()
    for role in state.names.roles.values():
        if role.principal is not None:
            continue
        words = role.title.split()
        opening = []
        for word in words:
            if not word[:1].isupper() or word.lower() in TITLE_WORDS:
                break
            opening.append(word)
        if opening and len(opening) < len(words):
            owners.add(" ".join(opening))
    return owners


# What a story calls a business right before its name ('consumer goods giant Unilever',
# 'Channel Tunnel operator Eurotunnel'), by the noun a later 'the <noun> said' uses: 'the
# company' or 'the firm' may be any of them, 'the bank' only a bank or a lender.
BUSINESSES = frozenset(
    """company firm group giant carmaker drugmaker manufacturer retailer bank airline carrier
    operator insurer broadcaster bookmaker supermarket chain conglomerate lender broker""".split()
)  # not 'maker', 'producer' or 'publisher': 'film maker Michael Moore' is a person


ALL_KINDS = BUSINESSES | {"charity", "campaign", "union", "regulator", "watchdog"}


KIND_BEFORE_NAME = re.compile(
    r"(?<![\w’'-])([a-z]+) ((?:[A-Z][\w&’'-]*)(?: (?:[A-Z][\w&’'-]*|&))*)(?![\w’'-])"
)


# A name with its kind in an appositive after it: 'Cairn Energy, a UK oil firm,', 'Allianz,
# the German insurer,'. The kind binds the name as a kind written before it does.
KIND_AFTER_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w&’'-]*)(?: (?:[A-Z][\w&’'-]*|&))*), (?:a|an|the) "
    + APPOSITIVE_MODIFIERS
    + r"([a-z]+)(?=[,.;])"
)  # the kind is the appositive's head: not 'Tom Reyes, the head of the union,'


@text_cache(maxsize=64)
def kind_bindings(text: str) -> tuple[tuple[int, str, str, int], ...]:
    """Each (binding end, kind, name, name start) the story writes, a kind of body before a
    name ('operator Eurotunnel') or in an appositive after it ('Cairn Energy, a UK oil
    firm,'), in the order they end. Read once per story: every 'the firm said' asks."""
    found = [
        (m.end(), m.group(1), m.group(2), m.start(2))
        for m in KIND_BEFORE_NAME.finditer(text)
        if m.group(1) in ALL_KINDS
    ]
    found += [
        (m.end(), m.group(2), m.group(1), m.start(1))
        for m in KIND_AFTER_NAME.finditer(text)
        if m.group(2) in ALL_KINDS
    ]
    return tuple(sorted(found))


_ANY_BODY = frozenset({"Group", "Organisation", "Organization"})  # what any body may be called


# A body opening a sentence's main clause, after an adverbial at most: 'Under President
# Chavez, the Venezuelan government has ...', 'The Treasury said ...'.
_BODY_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^.!?\n]{0,50},\s+)?[Tt]he\s+((?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(BODY_NOUNS))
    + r"))\s+(?:has|have|had|is|was|will|would|said|says|\w+ed)\b"
)


# Titles that head a body's staff ("T-Mobile's chief executive", 'chairman of Qantas'): the
# name they belong to is an organisation. (Spokesmen and advisers serve people too.)
_STAFF_HEADS = (
    r"chief executive|chief operating officer|managing director|finance director|chairman"
    r"|chairwoman|head of [\w -]+|vice-president|executive director"
)


_BODY_KIND = r"(?:" + "|".join(sorted(BODY_KIND_NOUNS)) + r")"


def written_as_a_body(state: StoryState, name: str) -> bool:
    """Does the story show this speaker, read as a person, to be an organisation: a word
    for a kind of body before its name ('search engine firm Google', 'oil giant Yukos'), an
    aside naming one after it ('Allianz, a leading German insurer,', 'Ford, the US car
    company,'), or a title that heads
    its staff ("T-Mobile's chief executive", 'managing director of T-Mobile', 'Qantas chief
    executive Geoff Dixon')? Not a person the story gives a sex or an honorific."""
    words = name.split()
    if state.gender(name) is not None or any(is_honorific(w) for w in words):
        return False
    memo = _body_writings(state.source_text)
    if name not in memo:
        memo[name] = _written_as_body(state.source_text, name)
    return memo[name]


@text_cache(maxsize=64)
def _body_writings(text: str) -> dict[str, bool]:
    """A story's memo for `_written_as_body`, filled as names are asked for."""
    return {}


def _written_as_body(text: str, name: str) -> bool:
    """The patterns of `written_as_a_body`, read around each place the story writes the
    name's first word (a scan of the whole story per name made a long story's make three
    times slower)."""
    words = name.split()
    written = r"[\s&]+".join(re.escape(w) for w in words)
    patterns = (
        rf"\b{_BODY_KIND}\s+{written}\b",
        rf"\b{written},\s+(?:a|an|one of|the)\s+(?:(?!(?:for|of|at|with|from|to|by)\b)"
        rf"[\w’'-]+\s+){{0,4}}?(?:{_BODY_KIND}|compan)(?:s|es|ies|y)?[,.;:)]",
        rf"\b{written}(?:['’]s\s+|\s+)(?:{_STAFF_HEADS})\b",
        rf"\b(?:{_STAFF_HEADS})\s+of\s+{written}\b",
    )
    found = False
    at = text.find(words[0])
    while at >= 0 and not found:
        window = text[max(0, at - _BEFORE) : at + len(name) + _AFTER]
        found = any(re.search(pattern, window) for pattern in patterns)
        at = text.find(words[0], at + 1)
    return found


# How far around a name its kind or its staff may be written ('search engine firm Google';
# 'Allianz, a leading German insurer,'; 'managing director of T-Mobile').
_BEFORE = 80
_AFTER = 160


def voice_of_last_body(state: StoryState, role: str, known: Set[str]) -> Speaker | None:
    """'AOL backed the price cuts but said ... "…," a spokesman said.': an unnamed
    spokesman speaks for the body whose words come right before his (nothing but space
    between), a body the story shows to be one; else for nobody we can name. A side the
    actors data knows is named as it is there ('the Tories' -> the Conservatives')."""
    last = state.last
    if (
        last is None
        or (last.person and not written_as_a_body(state, last.name))
        or set(last.name.lower().split()) & VOICES
        or " and " in last.name
        or state.source_text[max(state.last_statement_end, 0) : state.sentence_at].strip()
    ):
        return None
    own = last.name.removeprefix("the ")
    principal = last.actor if last.actor in known and " " not in own else last.name
    voice = Speaker(f"{principal}'s {role}", last.actor)  # 'the Home Office's spokesman'
    # as the story names the body; a side's own short name ('the Tories') as the side
    if last.name in state.mentioned_at:
        state.mentioned_at[voice.name] = state.mentioned_at[last.name]
    return voice


def named_voice(state: StoryState, role: str, noun: str) -> Speaker | None:
    """The one voice with this role ('spokesman') the story has shown with its body's name
    so far ('REM spokesman'), when the story calls that body by this noun ('rock band REM'
    for 'the band's spokesman'); None when it named none, or more than one, or the noun
    fits another body ('the promoter's spokeswoman' after a Wembley Arena spokeswoman)."""
    voices = {
        speaker.name: speaker
        for speaker in state.by_actor.values()
        if speaker.name.split()[-1] == role
        and speaker.name.split()[0][:1].isupper()
        and len(speaker.name.split()) > 1
    }
    if len(voices) != 1:
        return None
    (voice,) = voices.values()
    body = voice.name.rsplit(" ", 1)[0]
    described = rf"\b{re.escape(noun)}\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(body)}(?![\w’'])"
    return voice if re.search(described, state.source_text, re.IGNORECASE) else None


def another_body_since(state: StoryState, last: Speaker) -> bool:
    """Has a sentence since the last statement made another body its subject?"""
    start = max(state.last_statement_end, 0)
    for found in _BODY_SUBJECT.finditer(state.source_text, start, state.cue_at):
        words = set(found.group(1).split())
        if not words & set(last.name.split()):
            return True
    return False
