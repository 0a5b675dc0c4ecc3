"""Who 'he', 'she' or 'it' is: the checks that bind a pronoun's cue to the last speaker, or
to someone the story made the subject since, and refuse when a reader could not be sure."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..attribution import speaker_key
from ..gender import UNKNOWN, Gender, merge, phrase_gender, pronoun_gender
from ..roles import KIN_WORDS, TITLE_WORDS, Role
from ..spans import sentence_bounds
from .shown_names import VOICES
from .speech import ROLE_WORDS, SPEECH_VERBS, Attribution
from .story import Speaker, StoryState


def at_sentence_start(state: StoryState, at: int) -> bool:
    """Does the name at offset `at` (its surname) open its sentence ('Mendes could not
    believe ...', 'Tom Reyes could not ...')?"""
    text = state.source_text
    start = at
    while (word := re.search(r"([A-Z][\w’'.-]*) $", text[max(0, start - 30) : start])) is not None:
        start -= len(word.group())  # back over 'Tom', 'Mr'
    before = text[max(0, start - 4) : start].rstrip(" “‘\"'")
    return not before or before[-1] in ".!?\n”\"'’"


def title_in_last_words(state: StoryState, speaker: Speaker, words: list[str]) -> bool:
    """Did the speaker's last sentence name someone else by this title ('Why will the prime
    minister not ..., he demanded. The prime minister claims ...')? Then it is not them."""
    text = state.source_text
    end = state.spoke_at.get(speaker.name, 0)
    start = max(text.rfind(mark, 0, max(0, end - 2)) for mark in ".?!\n") + 1
    title = r"\s+".join(re.escape(w) for w in words)
    for found in re.finditer(rf"\bthe\s+{title}\b", text[start:end], re.IGNORECASE):
        before = text[start : start + found.start()].split()[-1:]
        after = text[start + found.end() : end].split()[:1]
        if not {w.strip(",.;:").lower() for w in before + after} & SPEECH_VERBS:
            return True  # not the cue that named them ('said the spokesman')
    return False


# 'the prime minister to say', 'the chancellor said': someone the story calls by a title
# speaking, or made to speak.
_TITLED_VOICE = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:to\s+(?:say|tell|warn|insist|announce)\b"
    r"|(?:(?:on|last|this|earlier)\s+[A-Za-z]+\s+|yesterday\s+|today\s+)?"  # 'on Sunday'
    r"(?:has\s+|had\s+|also\s+)?"
    r"(?:said\b|says\b|told\b|tells\b|added\b|insisted\b|warned\b|argued\b))"
)


def titled_voice_between(state: StoryState, candidate: Speaker, since: int) -> bool:
    """Did someone speak by a title that is not the candidate's between their words and the
    pronoun being read?"""
    role = role_of(state, candidate.name)
    for found in _TITLED_VOICE.finditer(state.source_text, since, state.cue_at):
        head = found.group(1)
        if head in ROLE_WORDS and head not in VOICES and not title_fits(role, head):
            return True
    return False


def after_a_pronoun_subject(state: StoryState, at: int, pronoun: str) -> bool:
    """Does the sentence holding the name at `at` open with `pronoun` ('She thanked the woman
    she played, Mary Hale, ...'), so that the name is not its subject?"""
    start, _ = sentence_bounds(state.source_text, at, at + 1)
    opening = state.source_text[start:at].lstrip(" \"“”'\n").split(None, 1)
    return bool(opening) and opening[0].lower() == pronoun and len(opening) > 1


def passive_agent_at(state: StoryState, at: int) -> bool:
    """Is the name whose surname is at `at` the agent of a passive ('proposed by Tom Reyes',
    'by Professor Tom Reyes')?"""
    before = state.source_text[max(0, at - 40) : at]
    return _AFTER_BY.search(before) is not None


_AFTER_BY = re.compile(r"\bby\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|[A-Z][\w’'-]*\s+){0,3}$")


def opens_with_a_participle(state: StoryState) -> bool:
    """'Praising Celtic and Rangers for their efforts, she said:', 'Asked if Mr Blunkett
    could return, he replied:': the sentence opens with a participle whose subject is the
    pronoun after the comma, so the names in it are objects."""
    opening = state.source_text[state.sentence_at : state.cue_at]
    return re.match(
        r"\s*(?:[A-Z][a-z]{3,}ing\s|[A-Z][a-z]{2,}ed\s+[a-z])", opening
    ) is not None and opening.rstrip().endswith(",")


def inside_opening(state: StoryState) -> Callable[[int], bool]:
    """Mentions between the start of the sentence being read and its cue."""
    names = state.names
    return lambda i: state.sentence_at <= names.mention_at[i] < state.cue_at


def also_passed(
    first: Callable[[int], bool] | None, second: Callable[[int], bool]
) -> Callable[[int], bool]:
    """Mentions to pass over: those either test accepts."""
    return lambda i: (first is not None and first(i)) or second(i)


def cue_gender(state: StoryState, phrase: str) -> Gender | None:
    """What the cue says of the titled speaker: the title's own word ('the chairwoman'), else
    the pronoun that opens the words it reports ('The heavy metal star said he could have
    ...'): that 'he' is the star, so the star is no woman the story named."""
    said = phrase_gender(phrase)
    if said is not None:
        return said
    found = _REPORTS_PRONOUN.match(state.source_text, state.cue_at)
    if found is None or not found.group(1).lower().startswith(phrase.lower()):
        return None
    if found.group(2).lower() not in SPEECH_VERBS:
        return None
    return pronoun_gender(found.group(3).lower())


# A titled cue and the pronoun opening the words it reports: 'The star said he could ...'.
_REPORTS_PRONOUN = re.compile(
    r"([\w’' -]{3,60}?)\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?([a-z]+)\s+(?:that\s+)?(he|she)\b"
)


def only_holder_since(state: StoryState, candidate: Speaker, head: str) -> bool:
    """Does the story title the last speaker with this head ('An SFA spokesman said') while
    nobody it names since they spoke holds such a title ('Meanwhile, Bob Malcolm and Rangers
    have been informed ...')? Then 'added the spokesman' refers back past those names to
    them: the story binds the title to no one else."""
    role = role_of(state, candidate.name)
    held = role.title.lower().split() if role is not None else []
    if head in GENERIC_HEADS or head not in [*held, candidate.name.split()[-1].lower()]:
        return False  # 'An SFA spokesman' is titled by their own name
    names = state.names
    key = speaker_key(candidate.name)
    for i in names._mentions_between(state.spoke_at.get(candidate.name, 0), state.cue_at):
        other = names.mention_key[i]
        if not other or other == key:
            continue
        full = names.full_name_at(other, names.mention_at[i])
        other_role = names.role(full) or names.role(other)
        if other_role is not None and head in other_role.title.lower().split():
            return False  # another holder of the title was named since
    return True


def holders_before(state: StoryState, head: str) -> int:
    """How many people the story titles with this word ('Labour MP Dana Hill', 'Tory MP Tom
    Reyes' for 'MP') and names before the cue being read."""
    return sum(
        1
        for name, role in state.names.roles.items()
        if len(name.split()) > 1
        and head in role.title.lower().split()
        and not first_named_after(state, name)
    )


def first_named_after(state: StoryState, name: str) -> bool:
    """Does the story name this person (outside quotes) only after the cue being read?"""
    first = state.names.first_at.get(speaker_key(name) or "")
    return first is not None and first > state.cue_at


# What follows a cue that closes the words it reports: the sentence's end, or a participle
# carrying on ('..., he said, urging voters ...').
_CLOSED = r"\s*(?:[.;!?]|$|,\s+\w+ing\b)"


def closes_reported_words(state: StoryState) -> bool:
    """Does the pronoun's cue close the words it reports ('Mr Blair has failed, he claimed.',
    '..., he said, urging voters ...'), rather than sit inside them ('Mr Howard has no doubt it
    is the prime minister who, he claims, is ramming ...')?"""
    text = state.source_text
    if not text[state.sentence_at : state.cue_at].rstrip().endswith(","):
        return False
    cue = re.match(r"\w+\s+\w+", text[state.cue_at : state.cue_at + 40])
    after = text[state.cue_at + cue.end() : state.cue_at + cue.end() + 30] if cue else ""
    return re.match(_CLOSED, after) is not None


_PRONOUN_CLOSING_CUE = re.compile(r",\s+(?:he|she)\s+(?:\w+ly\s+)?(\w+)" + _CLOSED, re.IGNORECASE)


def reported_by_a_pronoun(state: StoryState, at: int) -> bool:
    """Is the name at `at` inside words a pronoun's cue closes later in its sentence ('Mr
    Blair has failed to tackle these problems, he claimed.')? It is then no clause's subject
    a reader takes a later 'he' to mean."""
    text = state.source_text
    start, end = sentence_bounds(text, at, at)
    opening = text[start:at].split()[:1]
    if opening and opening[0].lower().strip("\"“‘'") in _FRONTED:
        return False  # 'Though Ms Hale has spent her life there, ..., she said': a name in a
        # fronted clause may be the pronoun's
    cue = _PRONOUN_CLOSING_CUE.search(text, at, end)
    return cue is not None and cue.group(1).lower() in SPEECH_VERBS


# Words opening a clause fronted before the main one ('Though Ms Hale has ..., she said').
_FRONTED = frozenset(
    "though although while whilst when after before because since as if once despite".split()
)


def opens_sentence(state: StoryState) -> bool:
    """Does the pronoun being read open its sentence ('He said', 'But she added')?"""
    before = state.source_text[state.sentence_at : state.cue_at].split()
    return all(w.lower() in ("but", "and", "however,", "yet") for w in before)


def role_of(state: StoryState, name: str) -> Role | None:
    """The role the story binds to a speaker, by full name or surname ('Mr Livingstone').
    An unnamed voice ("Jane Doyle's spokesman") holds their own post, not their principal's:
    'the spokesman said' may refer back to them, 'the transport secretary said' may not."""
    voice = re.search(r"[’']s (\w+)$", name)
    if voice and voice.group(1).lower() in VOICES:
        return Role(title=voice.group(1).lower(), actor=None)
    key = speaker_key(name)
    return state.names.role(name) or (state.names.role(key) if key else None)


def title_fits(role: Role | None, head: str) -> bool:
    """Can 'the <head>' refer back to someone the story titles `role`? Not when the story
    gives them another post: 'London mayor Mr Livingstone' is not 'the prime minister'."""
    if role is None or not role.title or head in GENERIC_HEADS:
        return True  # 'the French leader' may be 'French President Jacques Chirac'
    title = role.title.lower().split()
    return head in title or not any(w in TITLE_WORDS for w in title)


GENERIC_HEADS = frozenset("leader diplomat official chief head politician".split())


def rival_in_words(
    state: StoryState, attribution: Attribution, speaker: Speaker, sentence: str
) -> bool:
    """'Though Ms Olivieri has lived there all her life, rents have doubled, she said': a
    'he' or 'she' closing a sentence whose words make another person of that sex the
    subject of a clause may mean either of them, so the words are left out rather than
    given to the last speaker. A name inside the words as an object or a possessive ("Mr
    Bush's plan was wrong, he said") leaves the last speaker sure."""
    if attribution.kind != "pronoun" or attribution.speaker not in ("he", "she"):
        return False
    at = word_position(sentence, attribution.speaker)
    if not (sentence[:at].rstrip().endswith(",") and at > len(sentence) // 2):
        return False  # not a cue closing the sentence
    key = speaker_key(speaker.name)
    other_sex = of_other_sex(state, pronoun_gender(attribution.speaker))
    return state.names.other_subject_between(
        key, state.sentence_at, state.sentence_at + at, speaker.name, other_sex
    )


def named_in_own_words(
    state: StoryState, attribution: Attribution, speaker: Speaker, sentence: str
) -> bool:
    """'But the chancellor said Mr Baume was never at the meetings': whoever a title or a
    pronoun reaches back to, it is not the person the reported words name as a third party
    by the name the story calls them ('Mr Baume'), so the words are left out rather than
    given to them. A name after a verb of speech is the cue's own (', claimed Mr Brown.'),
    and a relative of the same surname is someone else."""
    at = word_position(sentence, attribution.speaker)
    verb = sentence.find(attribution.verb, at)
    if verb < 0:
        return False
    words = sentence[verb + len(attribution.verb) :]
    surname = re.escape(speaker.name.split()[-1])
    wanted = pronoun_gender(attribution.speaker) or phrase_gender(speaker.name)
    for named in re.finditer(rf"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+{surname}\b", words):
        before = words[: named.start()].split()[-1:]
        if before and before[0].strip(",").lower() in SPEECH_VERBS:
            continue  # ', claimed Mr Brown.': the cue's own name
        honorific = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}.get(named.group(1))
        if wanted in ("m", "f") and honorific not in (None, wanted):
            continue  # 'she said Mr Reyes had complained': her husband, not herself
        if _KIN.search(words, max(0, named.start() - 25), min(len(words), named.end() + 25)):
            continue  # 'his daughter, Dr Reyes', 'Ms Williams, her sister'
        if state.source_text.count(named.group()) < 2:
            continue  # 'the prime minister said Mrs Blair had been a teacher': the story
            # never calls the speaker so, so she may be another Blair
        return True
    return False


_KIN = re.compile(rf"\b{KIN_WORDS}\b")


def of_other_sex(state: StoryState, wanted: Gender | None) -> Callable[[int], bool] | None:
    """For 'he': mentions of people the article calls women (and for 'she', men) are not who
    the pronoun can mean, so they do not make it unsure. Unknown gender always counts."""
    if wanted is None:
        return None
    names = state.names

    def other(i: int) -> bool:
        key = names.mention_key[i]
        if not key:
            return False
        if names.mention_unsure[i] and _names_a_thing(state.source_text, names.mention_at[i]):
            return True  # 'his second Grand Slam title', "London's King Cross station"
        found = state.gender(names.full_name_at(key, names.mention_at[i]))
        return found is not None and found != wanted

    return other


# Words that make the capitalised words after them a thing's name, not a person acting:
# 'his second Grand Slam title', "London's King Cross station", 'the Champions League'.
_DETERMINED = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|more|every|each)"
    r"|[’']s)(?:\s+[a-z][\w-]*){0,2}\s+$"
)


def _names_a_thing(text: str, at: int) -> bool:
    """Is the capitalised run ending at `at` (a full name the story never shortens, so
    perhaps nobody) written after a determiner or a possessive, and not followed by a verb
    it would be the subject of? Then it names a thing ('more Grand Slam titles'), not
    someone who could be 'he'."""
    start = at
    while True:
        found = re.search(r"([A-Z][\w’'.-]*)\s+$", text[max(0, start - 40) : start])
        if found is None:
            break
        start -= len(text[max(0, start - 40) : start]) - found.start()
    following = re.match(r"[\w’'.-]*\s+([a-z]+)", text[at : at + 60])
    if following and (following.group(1) in _AUXILIARIES or following.group(1) in SPEECH_VERBS):
        return False
    return bool(_DETERMINED.search(text[max(0, start - 60) : start]))


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def objects_of(
    state: StoryState, at: int, also: Callable[[int], bool] | None
) -> Callable[[int], bool]:
    """Mentions to pass over after a subject named at `at`: people its own sentence names
    in other roles than a clause's subject ('Ferguson is confident his players, Rooney and
    Ronaldo, are ready'), and those `also` accepts."""
    names, text = state.names, state.source_text
    found = _SENTENCE_END.search(text, at)
    end = found.start() if found else len(text)

    def passed(i: int) -> bool:
        at_i = names.mention_at[i]
        inside = at_i < end and not names.mention_subject[i] and not _acts(text, at_i)
        return inside or (also is not None and also(i))

    return passed


def subject_before_objects(
    state: StoryState,
    key: str | None,
    since: int,
    name: str | None,
    other_sex: Callable[[int], bool] | None,
) -> tuple[str, int] | None:
    """'Federer dropped a tight first set against champion Gaudio, but was content with his
    game. "…," he said': for a quote's cue, the other person who opens a sentence as its
    subject (not a possessive: "Carrier's plant") since the last speaker spoke is whom 'he'
    means when everyone else named since stands in that sentence in another role (an
    object: 'against champion Gaudio')."""
    names = state.names
    subjects = [
        i
        for i in names._mentions_between(since, state.cue_at)
        if names.mention_subject[i]
        and names.mention_key[i]
        and not re.match(r"[\w’'.-]*[’']s\b", state.source_text[names.mention_at[i] :])
        and not names._same(i, key, name)
        and names.mention_at[i] < state.sentence_at
    ]
    if not subjects:
        return None
    at = names.mention_at[subjects[-1]]
    if not at_sentence_start(state, at):
        return None  # 'Outside the plant in Santa Catarina, a worker ...': not sure
    return names.last_other_subject(
        key, since, state.cue_at, name, objects_of(state, at, other_sex)
    )


_AUXILIARIES = frozenset(
    "was were is are has had have will would could can may might should must did does".split()
)


def _acts(text: str, at: int) -> bool:
    """Does the name at `at` do something, the subject of a verb that follows it ('but Dan
    Okoro was sure', 'Ms Lee insisted')? Names in a list or after a preposition do not."""
    following = re.match(r"[\w’'.-]*(?: [A-Z][\w’'.-]*)*\s+([a-z]+)\b", text[at : at + 80])
    if following is None:
        return False
    word = following.group(1)
    return word in _AUXILIARIES or word in SPEECH_VERBS or word.endswith(("ed", "s"))


def bound(state: StoryState, speaker: Speaker, wanted: Gender | None, since: int) -> Speaker | None:
    """'she said' refers back to `speaker` only if the story says nothing against it: no
    man by honorific or title, no unnamed speaker in between, no namesake of the other sex
    named since. It binds the pronoun's gender to them for later pronouns."""
    known = state.gender(speaker.name) or phrase_gender(speaker.name)
    if wanted and known and known != wanted:
        return None
    if state.unnamed_since(since, wanted, speaker.name):
        return None
    key = speaker_key(speaker.name)
    if (
        key
        and state.genders.get(key) == UNKNOWN
        and state.names.person_between(key, since, state.cue_at)
    ):
        return None  # 'Mr. Clinton' and 'Mrs. Clinton': two people share the surname, and
        # one of them was named since
    merge(state.genders, speaker.name, wanted)
    return speaker


def word_position(text: str, word: str, default: int = 0) -> int:
    match = re.search(rf"(?<![\w’'])(?i:{re.escape(word)})(?![\w’'])", text)
    return match.start() if match else default
