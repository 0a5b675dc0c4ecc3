"""The offline engine: attributed quotes and reported speech, found by rule. No model.

Deterministic. A quote or sentence whose speaker cannot be named is left out rather than
guessed; a pronoun or a title ('he added', 'the Belarusian leader said') refers back to the
last speaker named in the same story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from ..actors import Actors, display_name
from ..attribution import speaker_key, speaker_within_reach
from ..chunk import sentence_spans
from ..compose import quote_writer
from ..models import Chunk, Evidence, Sentence, Source, Statement
from ..select import TopicQuery
from ..stance import stance_of
from .base import Extraction
from .speech import (
    MIN_QUOTE_WORDS,
    NOT_NAMES,
    ROLE_WORDS,
    Attribution,
    Quote,
    attribute_quote,
    attribute_sentence,
    find_quotes,
    quote_words,
)

_TRAILING = " ,;:–—-"


@dataclass(frozen=True)
class Speaker:
    name: str
    actor: str
    person: bool = True  # 'he'/'she' can refer back to a person, not to 'the Kremlin'


@dataclass
class _StoryState:
    """What a reader remembers while reading one story: who spoke last, and full names."""

    last: Speaker | None = None
    last_person: Speaker | None = None
    by_actor: dict[str, Speaker] = field(default_factory=dict)
    by_surname: dict[str, Speaker] = field(default_factory=dict)
    last_statement_end: int = -1
    source_text: str = ""
    named_at: dict[str, Evidence] = field(default_factory=dict)  # speaker -> where last named


class OfflineEngine:
    """Rule-based extraction over on-topic chunks."""

    name = "offline"

    def __init__(self, actors: Actors, query: TopicQuery) -> None:
        self.actors = actors
        self.query = query
        self._titled: dict[str, str] = {}  # full name -> actor, learned from titles
        self._stories: list[str] = []

    def write(self, positions: Sequence[tuple[str, list[Statement]]]
              ) -> dict[str, list[Sentence]]:
        return quote_writer(positions)

    def close(self) -> None:
        pass

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        """Two readings: the first learns who titles say people are ('Home Secretary Charles
        Clarke'), the second uses that in stories that only say 'Mr Clarke'."""
        self._titled = {}
        self._stories = [sources[sid].text for sid in dict.fromkeys(c.source_id for c in chunks)]
        self._read(chunks, sources)
        return Extraction(self._read(chunks, sources))

    def _read(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> list[Statement]:
        statements: list[Statement] = []
        ordered = sorted(chunks, key=lambda c: (_source_number(c.source_id), c.start))
        for _, story_chunks in groupby(ordered, key=lambda c: c.source_id):
            state = _StoryState()
            for chunk in story_chunks:
                state.source_text = sources[chunk.source_id].text
                statements += self._chunk_statements(chunk, state, len(statements))
        return statements

    def _chunk_statements(self, chunk: Chunk, state: _StoryState, numbered: int
                          ) -> list[Statement]:
        text = chunk.text
        sentences = sentence_spans(text)
        quotes = [q for q in find_quotes(text) if quote_words(text, q) >= MIN_QUOTE_WORDS]
        found: list[Statement] = []
        events = [(q.open_mark, "quote", q) for q in quotes]
        events += [(s, "sentence", (s, e)) for s, e in sentences
                   if not any(q.open_mark < e and q.close_mark >= s for q in quotes)]
        for _, kind, item in sorted(events, key=lambda event: event[0]):
            if kind == "quote":
                statement = self._quote_statement(chunk, item, sentences, state)
            else:
                statement = self._reported_statement(chunk, item, state)
            if statement is not None:
                found.append(statement.model_copy(
                    update={"id": f"st{numbered + len(found) + 1}"}))
        return found

    def _quote_statement(self, chunk: Chunk, quote: Quote, sentences: list[tuple[int, int]],
                         state: _StoryState) -> Statement | None:
        text = chunk.text
        start = max((s for s, _ in sentences if s <= quote.open_mark), default=0)
        end = min((e for _, e in sentences if e > quote.close_mark), default=len(text))
        attribution = attribute_quote(text, quote, start, end)
        if attribution is not None:
            speaker = self._resolve(attribution, state)
        elif _only_space(text, state.last_statement_end - chunk.start, start):
            speaker = state.last  # a quote that carries on from the previous speaker's
        else:
            speaker = None
        if speaker is None:
            return None
        q_start, q_end = quote.start, quote.end
        while q_end > q_start and text[q_end - 1] in _TRAILING:
            q_end -= 1
        claim = text[q_start:q_end]
        _remember(state, speaker, chunk.start + end)
        if attribution is not None and attribution.kind == "name":
            _note_named(state, chunk, speaker, start, end)
        verb = attribution.verb if attribution else ""
        return self._statement(chunk, speaker, claim, q_start, q_end, "direct", f"{claim} {verb}",
                               state)

    def _reported_statement(self, chunk: Chunk, span: tuple[int, int], state: _StoryState
                            ) -> Statement | None:
        start, end = span
        sentence = chunk.text[start:end]
        attribution = attribute_sentence(sentence)
        if attribution is None:
            return None
        speaker = self._resolve(attribution, state)
        if speaker is None:
            return None
        _remember(state, speaker, chunk.start + end)
        if attribution.kind == "name":
            _note_named(state, chunk, speaker, start, end)
        return self._statement(chunk, speaker, sentence, start, end, "reported", sentence, state)

    def _statement(self, chunk: Chunk, speaker: Speaker, claim: str, start: int, end: int,
                   kind: str, stance_text: str, state: _StoryState) -> Statement:
        evidence = Evidence(source_id=chunk.source_id, start=chunk.start + start,
                            end=chunk.start + end, quote=claim, kind=kind)
        chain = None
        if not speaker_within_reach(state.source_text, evidence.start, evidence.end,
                                    speaker.name):
            chain = state.named_at.get(speaker.name)  # 'he said' long after the name
        return Statement(id="", actor=speaker.actor, speaker=speaker.name,
                         stance=stance_of(stance_text, self.query), claim=claim,
                         evidence=[evidence], chunk_id=chunk.id, attribution=chain)

    def _resolve(self, attribution: Attribution, state: _StoryState) -> Speaker | None:
        """A phrase, pronoun or title -> a named speaker and the actor they stand for."""
        if attribution.kind == "pronoun":
            return state.last_person if attribution.speaker in ("he", "she") else state.last
        phrase = attribution.speaker
        if attribution.kind == "title":
            actor = self.actors.demonym_actor(phrase)
            if actor and actor in state.by_actor:
                return state.by_actor[actor]
            if state.last_person and (actor is None or state.last_person.actor == actor):
                return state.last_person
            return Speaker(phrase[0].upper() + phrase[1:], actor) if actor else None
        if self.actors.is_media(phrase):
            return None
        name = _person_name(phrase)
        if len(name.split()) == 1 and name[:1].isupper():
            name = _full_name(name, state.source_text)
        known = state.by_surname.get(name.split()[-1])
        if known and len(name.split()) == 1:
            return known
        actor = self.actors.resolve(phrase)
        if actor and phrase != name:
            self._titled.setdefault(name, actor)  # the title said who they are
        if actor is None and len(name.split()) > 1:
            actor = self._titled.get(name) or self._title_in_stories(name)
        actor = actor or (known.actor if known else None)
        speaker = Speaker(name, actor or self.actors.actor_for(name), self._is_person(name))
        state.by_actor[speaker.actor] = speaker
        state.by_surname[speaker.name.split()[-1]] = speaker
        return speaker

    def _title_in_stories(self, name: str) -> str | None:
        """'Michael Howard' -> Conservatives if any on-topic story says 'Tory leader Michael
        Howard'."""
        pattern = re.compile(rf"((?:[\w’'-]+ ){{1,4}}){re.escape(name)}\b")
        for story in self._stories:
            for match in pattern.finditer(story):
                actor = self.actors.resolve(match.group(1))
                if actor:
                    self._titled[name] = actor
                    return actor
        return None

    def _is_person(self, name: str) -> bool:
        """'Jake Sullivan', 'Anton', 'Putin' are people; 'the Kremlin', 'Moscow' and
        'Russian Foreign Ministry' are not."""
        words = name.split()
        if words[0] in ("the", "The") or any(w.lower() in ROLE_WORDS for w in words):
            return False
        if len(words) > 1 or name not in self.actors.by_alias:
            return True
        return any(alias.endswith(" " + name) and alias[:1].isupper()
                   for alias in self.actors.by_alias)


def _remember(state: _StoryState, speaker: Speaker, end: int) -> None:
    state.last, state.last_statement_end = speaker, end
    if speaker.person:
        state.last_person = speaker


def _note_named(state: _StoryState, chunk: Chunk, speaker: Speaker, start: int, end: int
                ) -> None:
    """Remember where this sentence names the speaker, outside its quotes: the span a later
    pronoun or title chain points back to."""
    key = speaker_key(speaker.name)
    if key is None:
        return
    sentence = chunk.text[start:end]
    quoted = [(q.open_mark, q.close_mark) for q in find_quotes(sentence)]
    for match in re.finditer(rf"(?<![\w’']){re.escape(key)}(?![\w])", sentence):
        if not any(o <= match.start() <= c for o, c in quoted):
            begin = chunk.start + start + match.start()
            state.named_at[speaker.name] = Evidence(
                source_id=chunk.source_id, start=begin, end=begin + len(key), quote=key)
            return


def _person_name(phrase: str) -> str:
    """'Belarusian President Alexander Lukashenko' -> 'Alexander Lukashenko'; 'the Kremlin' kept."""
    words = display_name(phrase).split()
    name: list[str] = []
    for word in reversed(words):
        if word.lower() in ROLE_WORDS or word == "The" or not word[:1].isupper():
            break
        name.insert(0, word)
    if not name:
        return phrase
    if len(name) < len(words) and words[len(words) - len(name) - 1] in ("the", "The"):
        name.insert(0, "the")  # "The Kremlin said" at a sentence start is "the Kremlin"
    return " ".join(name)


def _full_name(surname: str, story: str) -> str:
    """'Zelensky' -> 'Volodymyr Zelensky' when the story names him in full somewhere."""
    pattern = rf"\b((?:[A-Z][a-z’'-]+\s+){{1,2}}){re.escape(surname)}\b"
    for match in re.finditer(pattern, story):
        given = [w for w in match.group(1).split()
                 if w.lower() not in ROLE_WORDS and w not in NOT_NAMES]
        if given:
            return " ".join([*given[-2:], surname])
    return surname


def _only_space(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end and not text[start:end].strip()


def _source_number(source_id: str) -> int:
    digits = "".join(ch for ch in source_id if ch.isdigit())
    return int(digits) if digits else 0
