"""The offline engine: attributed quotes and reported speech, found by rule. No model.

Deterministic. A quote or sentence whose speaker cannot be named is left out rather than
guessed; a pronoun or a title ('he added', 'the French president said') refers back to the
last speaker named in the same story. What a reader remembers of the story is in `story`;
who a pronoun is, in `pronoun_chain`; which body a phrase means, in `bodies`; the name a
speaker is shown by, in `shown_names`; the cues themselves, in `speech`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Mapping, Sequence
from itertools import groupby

from ..actors import Actors, display_name
from ..attribution import speaker_key, speaker_within_reach
from ..chunk import sentence_spans
from ..claims import statement_sentence
from ..gender import Gender, merge, phrase_gender, pronoun_gender, story_genders
from ..models import Chunk, Evidence, EvidenceKind, Source, Statement
from ..roles import (
    COMMENTATOR_WORDS,
    COMMENTATORS,
    HONORIFICS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    StoryNames,
    bound_role,
    is_former,
    person_actor,
    read_story,
    resolve_body,
    written_with_a_body_kind,
)
from ..select import TopicQuery
from ..stance import stance_of
from ..synthesis import Position, Synthesis, quote_sentences
from .base import Extraction
from .bodies import (
    BUSINESSES,
    GROUP_NOUNS,
    another_body_since,
    body_referent,
    group_body,
    kind_bindings,
    named_voice,
    voice_of_last_body,
    written_as_a_body,
)
from .guard import GUARD_VERBS
from .pronoun_chain import (
    GENERIC_HEADS,
    after_a_pronoun_subject,
    also_passed,
    at_sentence_start,
    bound,
    closes_reported_words,
    cue_gender,
    first_named_after,
    holders_before,
    inside_opening,
    named_in_own_words,
    objects_of,
    of_other_sex,
    only_holder_since,
    opens_sentence,
    opens_with_a_participle,
    passive_agent_at,
    reported_by_a_pronoun,
    rival_in_words,
    role_of,
    subject_before_objects,
    title_fits,
    title_in_last_words,
    titled_voice_between,
    word_position,
)
from .said_or_done import says_nothing
from .shown_names import (
    VOICES,
    as_written,
    by_defined_name,
    by_described_name,
    by_full_name,
    by_numbered_name,
    is_honorific,
    spelt_otherwise,
    titled_full_name,
)
from .speech import (
    BODY_GROUPS,
    FIRM_SUFFIXES,
    MIN_QUOTE_WORDS,
    PERSON_NOUNS,
    PLURAL_BODY_NOUNS,
    POST_NOMINALS,
    PROXY_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    Attribution,
    Quote,
    attribute_quote,
    attribute_sentence,
    cue_after,
    find_quotes,
    is_body_title,
    is_definite_role,
    is_name_particle,
    is_person_title,
    own_clause,
    question_has_own_cue,
    quote_words,
    relative_words,
)
from .story import Speaker, StoryState

_TRAILING = " ,;:–—-"
OFFLINE_NOTICE = (
    "Made with the offline engine: no language model was used. Each sentence is "
    "an attributed verbatim quote; stances are estimated from cue words."
)


class OfflineEngine:
    """Rule-based extraction over on-topic chunks; its positions are attributed quotes."""

    name = "offline"
    model = None
    endpoint = None
    made_with = OFFLINE_NOTICE
    statements_per_actor = 6
    english_only = True  # its cues are English words
    quotes_from_model = False

    def __init__(self, actors: Actors, query: TopicQuery) -> None:
        self.actors = actors
        self.query = query
        self._titled: dict[str, str] = {}  # full name -> actor, learned from titles
        self._names: dict[str, StoryNames] = {}  # source id -> its names, read once
        self._outlets: dict[str, str | None] = {}  # source id -> outlet, for `synthesize`
        self._known = frozenset(actors.by_alias.values())  # the actors data's own actors

    def synthesize(self, positions: Sequence[Position]) -> Synthesis:
        """Each position in its speakers' own words, no prose of its own about anyone;
        reported words name their outlet."""
        return Synthesis(
            quote_sentences(
                positions, lambda s: statement_sentence(s, self._outlets.get(s.source_id))
            )
        )

    def close(self) -> None:
        pass

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        """One reading of each on-topic story indexes its names and the titles bound to them
        ('Home Secretary Charles Clarke'); statements in stories that only say 'Mr Clarke'
        use what any on-topic story says. Linear in the length of the on-topic text."""
        story_ids = list(dict.fromkeys(c.source_id for c in chunks))
        self._outlets = {sid: sources[sid].outlet for sid in story_ids}
        self._names = {sid: read_story(sources[sid].text, self.actors) for sid in story_ids}
        self._titled = {}
        for names in self._names.values():
            for name, role in names.roles.items():
                if role.actor is not None:
                    self._titled.setdefault(name, role.actor)
        return Extraction(self._read(chunks, sources))

    def _read(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> list[Statement]:
        statements: list[Statement] = []
        ordered = sorted(chunks, key=lambda c: (_source_number(c.source_id), c.start))
        for source_id, story_chunks in groupby(ordered, key=lambda c: c.source_id):
            names = self._names.get(source_id) or StoryNames()
            state = StoryState(
                source_text=sources[source_id].text,
                source_id=source_id,
                names=names,
                genders=story_genders(sources[source_id].text, names),
            )
            for chunk in _whole_quotes(list(story_chunks), sources[source_id].text):
                statements += self._chunk_statements(chunk, state, len(statements))
        return statements

    def _chunk_statements(self, chunk: Chunk, state: StoryState, numbered: int) -> list[Statement]:
        text = chunk.text
        sentences = sentence_spans(text)
        quotes = [
            q
            for q in find_quotes(text)
            if quote_words(text, q) >= MIN_QUOTE_WORDS and not _is_title(text[q.start : q.end])
        ]
        found: list[Statement] = []
        events: list[tuple[float, Quote | tuple[int, int]]] = [(q.open_mark, q) for q in quotes]
        quoted_sentences: dict[tuple[int, int], list[Quote]] = {}
        for s, e in sentences:
            inside = [q for q in quotes if q.open_mark < e and q.close_mark >= s]
            if inside:  # read after its quotes, and only if none of them is anyone's
                quoted_sentences[(s, e)] = inside
                if all(s <= q.open_mark and q.close_mark < e for q in inside):
                    events.append((inside[-1].open_mark + 0.5, (s, e)))
                continue
            events += [(clause[0], clause) for clause in _speech_clauses(text, s, e)]
        spoken: set[int] = set()  # open marks of the quotes a statement came from
        for _, item in sorted(events, key=lambda event: event[0]):
            state.next_id = f"st{numbered + len(found) + 1}"
            if isinstance(item, Quote):
                statement = self._quote_statement(chunk, item, sentences, state)
                if statement is not None:
                    spoken.add(item.open_mark)
            elif item in quoted_sentences:
                if any(q.open_mark in spoken for q in quoted_sentences[item]):
                    continue  # 'Mr Hale said: "…"': the quote is the statement
                statement = self._unquoted_reading(chunk, item, state, quoted_sentences[item])
            else:
                statement = self._reported_statement(chunk, item, state)
            if statement is None:
                continue
            written = as_written(state.source_text, statement.speaker)
            if written is None:
                continue  # 'Harrogate Kennedy': a name the story never writes
            if written != statement.speaker:
                actor = as_written(state.source_text, statement.actor) or statement.actor
                statement = statement.model_copy(update={"speaker": written, "actor": actor})
            statement = by_full_name(
                statement, state.source_text, state.names, self.actors.by_alias
            )
            statement = by_defined_name(statement, state.source_text, self.actors.by_alias)
            statement = by_described_name(statement, state.source_text)
            statement = by_numbered_name(statement, state.source_text)
            found.append(statement)
        return found

    def _unquoted_reading(
        self, chunk: Chunk, sentence: tuple[int, int], state: StoryState, quotes: list[Quote]
    ) -> Statement | None:
        """'While accepting that people "have to be prepared" ..., Mr Solana said he had
        "qualms" about ...': a sentence whose quoted words no cue gives to anyone is read as
        reported speech, its first speech clause only, when nothing says the quoted words
        are another voice's. Not when a quote's own cue named two people the rules would not
        show together ('Tom Reyes and Dana Hill said'), or a 'he' answering someone who
        asked; nor when another cue stands by a quote ('"…," a senior source said, though
        Tom Reyes insisted', 'According to X, the club defended it, saying: "…"'); nor when
        a quote comes before the speaker's verb in a clause of its own ('The leaflet
        promised "…", but Tom Reyes said', '"…," one official joked, but Tom Reyes said');
        nor for a participle whose subject is not the name it follows ('police arrested Tom
        Reyes, saying: "…"')."""
        text = chunk.text
        clauses = _speech_clauses(text, *sentence)
        if not clauses:
            return None
        start, end = clauses[0]
        read = attribute_sentence(text[start:end])
        refused = {state.refused_cues.get(chunk.start + q.open_mark) for q in quotes}
        if read is None or (read.kind != "joint" and "joint" in refused):
            return None  # 'Tom Reyes and Dana Hill said' of two sides: not the last one's
        if "pronoun" in refused and read.verb.lower() in _ASKING:
            return None  # 'Sam Cole asked about the levy, and he replied: "…"'
        verb_at = _verb_position(text, start, end, read, quotes)
        if verb_at is None or any(_other_cue_beside(text, q, verb_at) for q in quotes):
            return None
        if read.verb.lower().endswith("ing") and not _opens_with(text, start, read):
            return None  # 'But police arrested Tom Reyes on Friday, saying: "…"'
        opens = (
            text[start : quotes[0].open_mark].strip() == ""
            and _cue_right_after(text, quotes[0], verb_at)
        ) or _OPENS_SUBORDINATE.match(text, start)
        # '"…," chairman Tom Reyes said', 'While accepting that people "…", X said'; not
        # '"…," one official joked, but Tom Reyes said', '"…" was the slogan, but X said'
        if any(q.open_mark < verb_at for q in quotes) and not (
            opens or _closes_or_continues(text, start, end, verb_at)
        ):
            return None
        return self._reported_statement(chunk, clauses[0], state)

    def _quote_statement(
        self, chunk: Chunk, quote: Quote, sentences: list[tuple[int, int]], state: StoryState
    ) -> Statement | None:
        text = chunk.text
        state.at = chunk.start + quote.open_mark
        start = max((s for s, _ in sentences if s <= quote.open_mark), default=0)
        state.sentence_at = chunk.start + start
        end = min((e for _, e in sentences if e > quote.close_mark), default=len(text))
        attribution = attribute_quote(text, quote, start, end) or attribute_quote(
            _plain_marks(text, quote), quote, start, end
        )
        if attribution is not None:
            if _looks_back(attribution):
                state.cue_at = chunk.start + _cue_position(text, start, end, quote, attribution)
            state.quoting = True
            speaker = self._resolve(attribution, state)
            state.quoting = False
            if speaker is None:
                _note_unnamed(state, attribution, chunk.start + start)
                state.refused_cues[chunk.start + quote.open_mark] = attribution.kind
        elif (
            (
                _only_space(state.source_text, state.last_statement_end, chunk.start + start)
                or _narrates_last(state, chunk.start + start)
            )
            and not state.asked  # 'So is it X, as Y once declared? "No. ...": the answer
            # is the interviewee's, not the words of whom the reporter's question names
            and not text[start : quote.open_mark].strip()
            and not _cue_follows(text[quote.close_mark + 1 : end])
            and not (
                text[quote.close_mark - 1 : quote.close_mark] != "."  # '…away." Mr Gupta
                and _someone_else_after(text[quote.close_mark + 1 : end], state.last)
            )  # says ...' opens a sentence of its own
            and not question_has_own_cue(text, quote, end)
        ):
            speaker = state.last  # a quote that opens its sentence carries on the last one
        else:
            speaker = None
        if speaker is None:
            return None
        q_start, q_end = quote.start, quote.end
        while q_end > q_start and text[q_end - 1] in _TRAILING:
            q_end -= 1
        claim = text[q_start:q_end]
        _remember(state, speaker, chunk.start + end)
        named_here = attribution is not None and attribution.kind == "name"
        if named_here:
            state.named_at[speaker.name] = (chunk, start, end)
        verb = attribution.verb if attribution else ""
        return self._statement(
            chunk, speaker, claim, (q_start, q_end), "direct", f"{claim} {verb}", state, named_here
        )

    def _reported_statement(
        self, chunk: Chunk, span: tuple[int, int], state: StoryState
    ) -> Statement | None:
        start, end = span
        state.at = chunk.start + start
        state.sentence_at = state.at
        sentence = chunk.text[start:end]
        attribution = attribute_sentence(sentence)
        if attribution is None:
            if _UNNAMED_PERSON_CUE.match(sentence):  # 'One leading broker said ...': someone
                state.unnamed_at.append((chunk.start + start, None))  # a later 'he' may be
            return None
        if _looks_back(attribution):
            at = word_position(sentence, attribution.speaker)
            closing = sentence[:at].rstrip().endswith(",") and at > len(sentence) // 2
            # '..., he argued.': names inside the words he reports are not who 'he' is
            state.cue_at = chunk.start + start + (0 if closing else at)
        speaker = self._resolve(attribution, state)
        if speaker is None:
            _note_unnamed(state, attribution, chunk.start + start)
            return None
        if _looks_back(attribution) and (
            rival_in_words(state, attribution, speaker, sentence)
            or named_in_own_words(state, attribution, speaker, sentence)
        ):
            return None  # 'Though Ms Olivieri has lived there, ..., she said': not sure who
        _remember(state, speaker, chunk.start + end, sentence.rstrip().endswith("?"))
        named_here = attribution.kind == "name"
        if named_here:
            state.named_at[speaker.name] = (chunk, start, end)
        if says_nothing(sentence, attribution):
            return None  # the cue is remembered: the quote it introduces is theirs
        if _cues_quote_before(chunk.text, start, sentence, attribution):
            return None  # '"…?" Trump asked reporters at a rally.': the quote's cue
        relative = relative_words(sentence, attribution)
        second = own_clause(sentence, attribution) if relative is None else None
        if relative is not None:  # 'Jay-Z, who said he would ..., will become ...': only
            sentence = sentence[relative[0] : relative[1]]  # the clause is his words
            span = (start + relative[0], start + relative[1])
        elif second is not None:  # '..., but Jones insisted ...': his clause, not what the
            sentence = sentence[second:]  # sentence says before it
            span = (start + second, span[1])
        return self._statement(
            chunk, speaker, sentence, span, "reported", sentence, state, named_here
        )

    def _statement(
        self,
        chunk: Chunk,
        speaker: Speaker,
        claim: str,
        span: tuple[int, int],
        kind: EvidenceKind,
        stance_text: str,
        state: StoryState,
        named_here: bool,
    ) -> Statement:
        evidence = Evidence(
            source_id=chunk.source_id,
            start=chunk.start + span[0],
            end=chunk.start + span[1],
            quote=claim,
            kind=kind,
        )
        chain = None
        if not speaker_within_reach(state.source_text, evidence.start, evidence.end, speaker.name):
            chain = None if named_here else _named_at(state, speaker)
            chain = chain or state.mentioned_at.get(speaker.name)  # a clause naming them, or
            # the body's full name before its short form ('NIESR said')
        state.words_of.setdefault(speaker.name, []).append((evidence.start, evidence.end))
        return Statement(
            id=state.next_id,
            actor=speaker.actor,
            speaker=speaker.name,
            stance=stance_of(stance_text, self.query),
            claim=claim,
            evidence=[evidence],
            chunk_id=chunk.id,
            attribution=chain,
        )

    def _resolve(self, attribution: Attribution, state: StoryState) -> Speaker | None:
        """A phrase, pronoun or title -> a named speaker and the actor they stand for."""
        if attribution.kind == "pronoun":
            if attribution.speaker not in ("he", "she"):  # 'it', 'they': a body, not a person
                last = state.last  # nor whoever speaks for one ('a Treasury spokesperson')
                if (
                    attribution.speaker == "it"
                    and last is not None
                    and last.person
                    and written_as_a_body(state, last.name)
                ):  # 'Search engine firm Google ... Google said ... "...", it said'
                    last = Speaker(last.name, last.actor, person=False)
                plural_voice = (  # 'Officials claim ... They also allege ...'
                    attribution.speaker == "they"
                    and last is not None
                    and last.name.split()[-1].lower() in _PLURAL_VOICES
                )
                if (
                    last is None
                    or last.person
                    or (set(last.name.lower().split()) & _VOICES and not plural_voice)
                ):
                    return self._body_since(state) if attribution.speaker == "it" else None
                if another_body_since(state, last):
                    return None  # 'Under President Chavez, the Venezuelan government has
                    # expanded ... It recently said': 'it' is that subject, not the last voice
                return last
            wanted = pronoun_gender(attribution.speaker)
            candidate = state.last_person
            since = state.spoke_at.get(candidate.name, 0) if candidate else 0
            key = speaker_key(candidate.name) if candidate else None
            name = candidate.name if candidate else None
            other_sex = of_other_sex(state, wanted)
            if opens_with_a_participle(state):  # 'Asked if Mr Blunkett could return, he
                other_sex = also_passed(other_sex, inside_opening(state))  # replied:'
            if candidate is not None and titled_voice_between(state, candidate, since):
                return None  # 'Sir John Stevens backed ... The pressure prompted the prime
                # minister to say ... He told MPs': someone else spoke, by title, in between
            if candidate is not None and not state.names.other_person_between(
                key, since, state.cue_at, name, other_sex
            ):
                return bound(state, candidate, wanted, since)
            if (
                candidate is not None
                and state.names.only_objects_between(
                    key,
                    since,
                    state.cue_at,
                    name,
                    other_sex,
                    lambda at: at_sentence_start(state, at),
                )
                and opens_sentence(state)
                and "\n" not in state.source_text[since : state.cue_at]
                and not _VOICE_PHRASE.search(state.source_text, since, state.cue_at)
            ):  # 'Ms Essex said ... It was Mr Brown's plan. She said': a name that is no
                return bound(state, candidate, wanted, since)  # clause's subject is not 'she'
            renamed = state.names.last_subject_at(key, since, state.cue_at, name)
            if (
                candidate is not None
                and renamed is not None
                and not state.names.other_person_between(
                    key, renamed, state.cue_at, name, objects_of(state, renamed, other_sex)
                )
            ):  # 'However Mr Mulligan was not convinced. ..., he said': named again as the
                # subject after the others, the last speaker is who 'he' is (people named
                # in that sentence as objects, 'his players, Rooney and Ronaldo', are not)
                return bound(state, candidate, wanted, renamed)
            other = state.names.last_other_subject(key, since, state.cue_at, name, other_sex)
            if other is None and state.quoting:
                other = subject_before_objects(state, key, since, name, other_sex)
            if other is None:
                return None  # someone else was named since: 'he' is not sure to be them
            if passive_agent_at(state, other[1]):
                return None  # 'The idea was proposed by Tom Reyes, professor of ... But he
                # adds': an agent after 'by' is no clause's subject a reader takes 'he' for
            if after_a_pronoun_subject(state, other[1], attribution.speaker):
                return None  # 'She thanked the woman she played, Mary Hale, ... "…," she
                # said': a name after the same pronoun opening its sentence is its object
            if other[1] in state.names.introduced_at and other[1] >= state.sentence_at:
                return None  # introduced in the pronoun's own sentence ('At an interview
                # with Bloomberg Politics, he said'): no subject a reader takes 'he' to be
            if other[1] >= state.sentence_at and (
                other[1] in state.names.possessive_at
                or closes_reported_words(state)
                or opens_with_a_participle(state)
            ):
                return None  # "Mr Bush's first task was to '...', he said", 'Mr Blair has
                # failed to tackle these problems, he claimed': a name in the words reported,
                # not who reports them
            if other[1] < state.sentence_at and reported_by_a_pronoun(state, other[1]):
                return None  # nor, later, whom a 'he' refers back to
            mentioned = self._mentioned(other[0], other[1], attribution.verb, state)
            if mentioned is not None and titled_voice_between(state, mentioned, other[1]):
                return None  # 'Mr Clarke is expected to ... The prime minister on Sunday
                # said ... But he rejected': someone titled spoke after the name
            return bound(state, mentioned, wanted, other[1]) if mentioned else None
        phrase = attribution.speaker
        if attribution.kind == "joint":
            return self._joint_speaker(attribution, state)
        if attribution.kind == "proxy" and not phrase:
            return voice_of_last_body(state, attribution.role, self._known)  # '"…," a
            # spokesman said'
        if attribution.kind == "proxy" and phrase.startswith("the ") and phrase.islower():
            holder = self._title_holder(phrase, state)  # "the prime minister's spokesman"
            if holder is None and is_person_title(phrase) and phrase.split()[-1] not in _TITLE:
                described = self._titled_speaker(phrase, state)  # "the rapper's spokesman":
                if described is None or not described.person:  # a description refers back
                    return None  # to someone named, or is nobody's: never a speaker's name
                holder = described
            if holder is not None:
                return Speaker(f"{holder.name}'s {attribution.role}", holder.actor)
            named = named_voice(state, attribution.role, phrase.split()[-1])
            if named is not None:
                return named  # 'said an REM spokesman ... The band's spokesman said': the
                # one spokesman the story named refers back, not a description
            name = f"{phrase}'s {attribution.role}"
            return Speaker(name, resolve_body(phrase, self.actors) or name)
        if attribution.kind == "proxy":
            principal = self._resolve(Attribution(phrase, attribution.verb, "name"), state)
            if principal is None:
                return None
            proxy = Speaker(f"{principal.name}'s {attribution.role}", principal.actor)
            if principal.name in state.mentioned_at:  # a body named in full further back
                state.mentioned_at[proxy.name] = state.mentioned_at[principal.name]
            return proxy
        if attribution.kind == "title" and phrase.split()[-1] in PLURAL_BODY_NOUNS:
            return self._listed_bodies(phrase, state)  # 'the firms said'
        if attribution.kind == "title" and phrase.split()[-1] in ("man", "woman"):
            return None  # 'the Waterford man', 'The 22-cap Dragons man': any man the story
            # named may be him (the player, not the coach who spoke last)
        if attribution.kind == "title" and phrase.lower() == "the party":
            return self._the_party(state)  # 'The party says': the one party named so far
        if attribution.kind == "title" and is_body_title(phrase):
            return body_referent(phrase, state, self._known) or self._kind_bound_body(
                phrase, state
            )  # 'the company said'
        if attribution.kind == "name" and phrase.lower() in BODY_GROUPS:
            return Speaker(phrase, phrase, person=False)  # 'Officials now say': their body
        listed = _LISTED_BODY.fullmatch(phrase) if attribution.kind == "name" else None
        if (
            listed
            and not {w.lower() for w in listed.group(1).split()} & (_TITLE | ROLE_WORDS)
            and (listed.group(2) is None or set(listed.group(1).split()) & ORGANISATION_WORDS)
        ):
            # 'the Department for Culture, Media and Sport', 'the Office of National
            # Statistics': one body's name; remembered as every named speaker is ('the
            # think-tank says' may refer back to it)
            name = re.sub(r"^The ", "the ", phrase)
            named_body = Speaker(name, resolve_body(name, self.actors) or name, person=False)
            state.by_actor[named_body.actor] = named_body
            state.by_surname[named_body.name.split()[-1]] = named_body
            return named_body

        if _description(phrase) and _plural(phrase.split()[-1]):
            return None  # 'The MPs said': a group the story names elsewhere, or no one
        if attribution.kind == "title" or is_definite_role(phrase) or _description(phrase):
            voice = self._body_voice(phrase, state)
            if voice is not None:
                return voice
            return self._titled_speaker(
                phrase, state, attribution.kind == "title" or is_definite_role(phrase)
            )
        if self._is_media(phrase) or not self._names_someone(phrase, state):
            return None
        name = _person_name(phrase, state.names.people)
        head = phrase.split()[-1]
        if (
            name == phrase
            and head.islower()
            and head in _TITLE
            and head not in _VOICES | GROUP_NOUNS | COMMENTATOR_WORDS
        ):
            return None  # 'Ryanair deputy chief said': a person the sentence does not name
        words = name.split()
        if len(words) > 2 and words[0] in ("a", "an", "A", "An") and words[-1].lower() in _VOICES:
            words = words[1:]  # 'said a Vodafone spokesman': the voice as 'A Labour
            # spokesman said' is shown, 'Labour spokesman'
        while (
            len(words) > 1
            and words[0] in self.actors.collective_names
            and self.actors.collective_names[words[0]] != words[0]
            and words[1][:1].isupper()
            and words[1].lower() not in _TITLE
            and words[-1][:1].isupper()
            and not self._opens_alias(words[0], words[1])
        ):  # 'Conservative Graham Brady' is Graham Brady; a country's own name opening a
            # name is part of it ('China Aviation Oil', 'Russia Today'), and so is a side
            # that describes a voice ('US Embassy spokesman') or one that is the first word
            words.pop(0)  # of a longer name ('Plaid Cymru health spokesman')
        if (
            len(words) > 3
            and self.actors.by_alias.get(" ".join(words[:2])) in self.actors.parties
            and all(w[:1].isupper() and w.lower() not in _TITLE for w in words[2:])
        ):
            words = words[2:]  # 'Lib Dem Norman Baker', 'Liberal Democrat Alan Beith': a
            # party's two-word name before a person's, as 'Conservative Graham Brady'
        name = " ".join(words)
        if len(words) == 2 and is_honorific(words[0]):  # 'Mr Brady' is the Graham Brady
            full = state.names.full_name_at(words[1], state.at)  # the story names in full
            if len(full.split()) > 1:
                name = full
        elif len(words) == 2 and words[0].lower() in _TITLE | PERSON_NOUNS:
            titled = titled_full_name(state.names, words[1], words[0], _title_word)
            name = titled or name  # 'Archbishop Tutu' is the
            # story's 'Archbishop Desmond Tutu', shown as Desmond Tutu
        if _title_only(name, self.actors.collective_names):
            return None  # 'The Spectator editor told', 'MP for Henley-on-Thames said'
        if self._side_word_only(name):
            return None  # 'Republican claims', 'Democratic analysts', 'one Democrat said'
        body = self._long_form(name, phrase, state)
        if body is not None:
            state.by_actor[body.actor] = body
            state.by_surname[body.name.split()[-1]] = body
            return body
        if len(name.split()) == 1 and name[:1].isupper():
            full = state.names.full_name_at(name, state.at)
            if not (
                full != name
                and (state.names.role(full) is not None or name in state.names.people)
                and written_as_a_body(state, name)
            ):  # not 'Ford, the US car company, reported' as the Bill Ford a later
                name = full  # paragraph titles chairman: a body is no person's surname
            if name == full and len(state.names.by_given.get(name, ())) == 1:
                (longer,) = state.names.by_given[name]
                if written_with_a_body_kind(state.source_text, longer):
                    name = longer  # 'Cairn said' after 'Cairn Energy, a UK oil firm,'
        if len(name.split()) == 1 and name[:1].isupper() and name not in self.actors.by_alias:
            spelt = spelt_otherwise(state.names, name)  # 'Ms Abbott' after 'Diane Abbot'
            if spelt is not None:
                name, at = spelt  # `at` is where its surname stands: the full name ends there
                start = state.source_text.rfind(name, 0, at + len(name.split()[-1]))
                if start >= 0:
                    state.mentioned_at[name] = Evidence(
                        source_id=state.source_id, start=start, end=start + len(name), quote=name
                    )
        known = state.by_surname.get(name.split()[-1])
        if known and len(name.split()) == 1:
            return known
        if known and known.name != name and len(known.name.split()) > 1:
            known = None  # 'Azmat Begg' is not 'Moazzam Begg', who spoke before
        if name.lower() in COMMENTATOR_WORDS:  # 'Analysts say': nobody's side
            return Speaker(name, COMMENTATORS, person=False)
        person = self._is_person(name)
        if not person and not self._is_body(name):
            return None  # 'the Scot', 'the Republican': a description, no speaker's name
        actor = self._actor(phrase, name, person, state) or (known.actor if known else None)
        fallback = (
            display_name(name)
            if person
            else resolve_body(name, self.actors) or group_body(name) or self.actors.actor_for(name)
        )
        spokesperson = name.split()[-1].lower() in PROXY_WORDS  # 'A Department for Work
        # and Pensions spokeswoman': a person a later 'she said' can mean, on the body's side
        speaker = Speaker(name, actor or fallback, person or spokesperson)
        if person and not re.search(r"[’']s\b", phrase):  # not "Mrs Thatcher's aide Tim Bell"
            merge(state.genders, name, phrase_gender(phrase))
        state.by_actor[speaker.actor] = speaker
        state.by_surname[speaker.name.split()[-1]] = speaker
        return speaker

    def _joint_speaker(self, attribution: Attribution, state: StoryState) -> Speaker | None:
        """'A and B said': both people, under the side they share; none when their sides
        differ (the words are not one side's). 'They' may carry on their words."""
        first, second = (
            self._resolve(Attribution(name, attribution.verb, "name"), state)
            for name in attribution.speaker.split(" and ")
        )
        if first is None or second is None or first.actor != second.actor:
            return None
        joint = Speaker(f"{first.name} and {second.name}", first.actor, person=False)
        state.by_actor[joint.actor] = joint
        return joint

    def _opens_alias(self, first: str, second: str) -> bool:
        """Do these two words open one of the actors data's names ('Plaid Cymru')?"""
        opening = f"{first} {second}"
        return any(
            alias == opening or alias.startswith(opening + " ") for alias in self.actors.by_alias
        )

    def _long_form(self, name: str, phrase: str, state: StoryState) -> Speaker | None:
        """'the PTC', 'FA', 'Bat': a body the story calls by a short form, after giving its
        full name ('the Parents Television Council (PTC)', 'the Football Association',
        'British American Tobacco'), is shown by its full name, as a reader knows it; the
        statement records where the story gives it (the short form alone is near the
        words)."""
        short = name.removeprefix("the ").removeprefix("The ")
        found = state.names.long_form(short, state.at)
        if found is None or short in self.actors.by_alias or "the " + short in self.actors.by_alias:
            return None  # 'the EU', 'Nato': a short form every reader knows stays
        at, full = found
        bare = full.removeprefix("the ")
        actor = next(  # the side its full name, as written, gives ('the US ... Agency')
            filter(None, (resolve_body(form, self.actors) for form in (phrase, full, bare))), None
        )
        speaker = Speaker(full, actor or display_name(full), person=False)
        state.mentioned_at[full] = Evidence(
            source_id=state.source_id, start=at, end=at + len(bare), quote=bare
        )
        state.short_of[full] = short
        return speaker

    def _body_voice(self, phrase: str, state: StoryState) -> Speaker | None:
        """'The Darlington Council spokesman', 'The Vodafone spokesman' (Vodafone named
        elsewhere in the story): the named body's voice, not a title that refers back to
        whoever spoke last. 'The Bat spokeswoman' speaks for the body the story calls Bat
        (`_long_form`)."""
        words = phrase.split()[1:]
        if not words:
            return None  # 'Spokesman said': a bare title names no body
        body, head = words[:-1], words[-1]
        if (
            head.lower() not in _VOICES
            or not body
            or not all(w[:1].isupper() for w in body)
            or " ".join(body) in self.actors.by_demonym
        ):
            return None
        name = " ".join(body)
        principal = self._long_form(name, name, state) or (
            state.by_surname.get(name) if len(body) == 1 else None
        )  # 'The Quayline spokesman', 'the Cole spokesman': the voice of one who spoke
        if principal is not None:
            voice = Speaker(f"{principal.name}'s {head.lower()}", principal.actor)
            if principal.name in state.mentioned_at:
                state.mentioned_at[voice.name] = state.mentioned_at[principal.name]
            return voice
        actor = resolve_body(name, self.actors)
        named_elsewhere = all(w in state.names.capitalised_inside for w in body)
        if actor is None and not any(w in ORGANISATION_WORDS for w in body) and not named_elsewhere:
            return None
        return Speaker(f"{name}'s {head.lower()}", actor or name)  # a person: "she added"

    def _is_media(self, phrase: str) -> bool:
        """'the Times', 'The Times', 'Times': reporters, not holders of positions."""
        bare = phrase.removeprefix("the ").removeprefix("The ")
        return any(self.actors.is_media(form) for form in (phrase, bare, "The " + bare))

    def _names_someone(self, phrase: str, state: StoryState) -> bool:
        """A one-word phrase names a person or body only if the story writes it with a
        capital inside a sentence too, or knows it: 'Critics say', 'Teenagers said', 'We've'
        and 'Austrian' open sentences but name no one; 'Anton, 32, said' does."""
        words = phrase.split()
        if len(words) == 2 and words[0] in ("the", "The"):
            if words[1] in ORGANISATION_WORDS:
                return True  # 'The Treasury said', 'the Commission alleged': a body's word
            words = words[1:]  # 'The European said': a demonym is not a speaker either
            if (
                words[0] in self.actors.by_demonym
                and phrase not in self.actors.by_alias
                and "the " + words[0] not in self.actors.by_alias
            ):
                return False
        if len(words) != 1:
            return bool(words)
        word = words[0]
        if (
            word in HONORIFICS
            or re.search(r"[’'](?:ve|d|ll|re|m)$", word)
            or word in self.actors.by_demonym
        ):
            return False
        return (
            word in self.actors.by_alias
            or word.lower() in COMMENTATOR_WORDS
            or word.lower() in BODY_GROUPS
            or word in state.names.full_names
            or word in state.names.capitalised_inside
            or (  # 'AOL said': an acronym alone names a body ('The PM' is a title)
                phrase == word
                and 2 <= len(word) <= 6
                and word.isalpha()
                and word.isupper()
                and word.lower() not in _TITLE
            )
            or written_as_a_body(state, word)  # 'Allianz, a leading German insurer, said'
        )

    def _mentioned(self, surname: str, at: int, verb: str, state: StoryState) -> Speaker | None:
        """The person a clause-opening mention names, as a speaker; the mention is the chain
        the statement records."""
        speaker = self._resolve(
            Attribution(state.names.full_name_at(surname, at), verb, "name"), state
        )
        if speaker is not None and speaker.person:
            state.mentioned_at[speaker.name] = Evidence(
                source_id=state.source_id, start=at, end=at + len(surname), quote=surname
            )
            return speaker
        return None

    def _title_holder(self, phrase: str, state: StoryState) -> Speaker | None:
        """The one person the story gives this title ('Prime Minister Tony Blair' for 'the
        prime minister'), or None: never a guess from who spoke last."""
        words = [w.lower() for w in phrase.split() if w.lower() != "the"]
        fits = [
            (name, role)
            for name, role in state.names.roles.items()
            if len(name.split()) > 1
            and " ".join(words) in role.title.lower()
            and not (_RANKS & set(role.title.lower().split())) - set(words)
        ]
        if len(fits) != 1:
            return None
        name, role = fits[0]
        return Speaker(name, role.actor or display_name(name))

    def _titled_speaker(
        self, phrase: str, state: StoryState, refers_back: bool = True
    ) -> Speaker | None:
        """'the Tory leader said' -> the one person the story gives that title ('Tory leader
        Michael Howard'); 'the French president' -> the last speaker for France. Nobody
        when more than one person fits: a guess is not an attribution. A capitalised title
        ('The Chancellor', 'Shadow leader', 'the Deputy Prime Minister') may name the office
        rather than refer back (`refers_back` False): only its one holder is taken."""
        words = [w.lower() for w in phrase.split() if w.lower() != "the"]
        actor = self.actors.resolve(phrase)
        fits = {}
        named_later = False
        for name, role in state.names.roles.items():
            title = role.title.lower()
            if (
                len(name.split()) > 1
                and words[-1] in title.split()
                and all(w in title or (actor and role.actor == actor) for w in words[:-1])
                and (actor is None or role.actor == actor)
                and not (_RANKS & set(title.split())) - set(words)
            ):  # 'the prime minister' is not 'Deputy Prime Minister John Prescott', and 'the
                if refers_back and first_named_after(state, name):  # minister' refers back,
                    named_later |= not set(title.split()) - set(words)  # not to one named
                    # later; and a holder of that very office named later is who it means
                else:
                    fits[name] = role
        if len(fits) == 1:
            name, role = next(iter(fits.items()))
            known = state.by_surname.get(name.split()[-1])
            if known and known.name == name:
                return known
            return Speaker(name, role.actor or display_name(name))
        if not refers_back or words[-1] in _JOURNALISTS:
            return None  # 'our correspondent' is only someone the story titles so
        if named_later and not fits:
            return None  # 'Martin Mubanga said ... The home secretary said ... Home
            # Secretary Charles Clarke told': the story names the office's holder, later, and
            # it is not whoever spoke last
        if (
            not fits
            and actor
            and actor in state.by_actor
            and title_fits(role_of(state, state.by_actor[actor].name), words[-1])
            and not _speaks_of(state, state.by_actor[actor].name, words)
        ):
            return state.by_actor[actor]
        candidate = state.last_person  # like a pronoun: the last speaker, if nobody else
        named = {w for w in phrase.split()[1:] if w[:1].isupper()}  # 'the Quayline chairman'
        if (
            not fits
            and candidate is not None
            and (words[-1] in _VOICES or candidate.name.split()[-1].lower() not in _VOICES)
            # a spokesman holds no title but his own ('the prime minister conceded' after
            # the prime minister's spokesman spoke is not the spokesman)
            and not named & set(candidate.name.split())  # is not Quayline itself,
            and not (named and words[-1] in _VOICES)  # and its unnamed voice is nobody the
            # story titled so ('Jane Cole, of Quayline' is not sure to be 'the Quayline
            # spokesman')
            and not (named and holders_before(state, words[-1]) > 1)  # 'the Ealing North
            # MP' when the story titles two MPs: the place is bound to neither
            and not _speaks_of(state, candidate.name, words)
            and (  # was named since and no side conflicts
                actor is None or candidate.actor in (actor, candidate.name)
            )
            and title_fits(role_of(state, candidate.name), words[-1])
            and not title_in_last_words(state, candidate, words)
            and (
                not state.names.other_person_between(
                    speaker_key(candidate.name),
                    state.spoke_at.get(candidate.name, 0),
                    state.cue_at,
                    candidate.name,
                )
                or only_holder_since(state, candidate, words[-1])
            )
        ):
            return bound(
                state, candidate, cue_gender(state, phrase), state.spoke_at.get(candidate.name, 0)
            )
        if fits or actor is not None:
            return None
        return self._subject_since(state, words[-1], cue_gender(state, phrase))

    def _the_party(self, state: StoryState) -> Speaker | None:
        """'Liberal Democrat leader Charles Kennedy has claimed ... The party says': the one
        party the story names in its own words before the cue (by any of its names, in a
        title too). None when it names two, or none: 'the party' is then not sure to be any.
        The speaker is shown as the story writes the party's name, where it last does."""
        text = state.source_text[: state.cue_at]
        for quote in find_quotes(text):
            text = (
                text[: quote.open_mark]
                + " " * (quote.close_mark - quote.open_mark)
                + text[quote.close_mark :]
            )  # a party named inside someone's words is not one the story is about
        found = [
            (m.start(), m.group())
            for m in self.actors._aliases.finditer(text)
            if self.actors.by_alias[m.group()] in self.actors.parties
        ]
        sides = {self.actors.by_alias[alias] for _, alias in found}
        if len(sides) != 1:
            return None
        party = sides.pop()
        if any(self.actors.resolve(m.group()) != party for m in _NAMED_PARTY.finditer(text)):
            return None  # "Robert Kilroy-Silk's Veritas Party": a party the data does not know
        nouns = [use for use in found if use[1] == party or use[1].endswith(("s", "Party"))]
        at, alias = (nouns or found)[-1]  # 'the Tories', 'the Liberal Democrats' rather
        # than the adjective of 'Tory leader Michael Howard', when the story writes them
        state.mentioned_at[alias] = Evidence(
            source_id=state.source_id, start=at, end=at + len(alias), quote=alias
        )
        return Speaker(alias, party, person=False)

    def _listed_bodies(self, phrase: str, state: StoryState) -> Speaker | None:
        """'Technology firms Sony, Philips, Matsushita and Samsung are developing ... the firms
        said': the bodies the story lists right after that plural noun, when it lists such
        bodies once before the cue; shown together as the story lists them."""
        noun = phrase.split()[-1]
        kinds = _GENERIC_PLURALS if noun in _GENERIC_PLURALS else {noun}
        text = state.source_text[: max(state.cue_at, state.sentence_at)]
        quotes = find_quotes(text)
        lists = [
            found
            for found in _LISTED_BODIES.finditer(text)
            if (found.group("noun") in PLURAL_BODY_NOUNS | {"in", None})
            and not any(q.open_mark < found.start() < q.close_mark for q in quotes)
        ]  # 'firms A and B', 'Shares in A and B', 'A, B and C, who ...' opening a sentence
        if len({found.group("names") for found in lists}) != 1:
            return None  # no list, or two: not sure which
        others = {
            found.group()
            for found in _ANY_LIST.finditer(text)
            if not any(q.open_mark < found.start() < q.close_mark for q in quotes)
            and not set(re.findall(r"[A-Z][\w&’'-]*", found.group())) & state.names.people
        }
        if len(others - {lists[0].group("names")}) > 0:
            return None  # 'as rivals Westgate and Seaways did': other bodies listed
        noun_before = lists[0].group("noun")
        if noun_before in PLURAL_BODY_NOUNS and noun_before not in kinds:
            return None  # 'banks A and B' are not 'the airlines'
        names = lists[-1].group("names")
        if any(w in state.names.people for w in re.findall(r"[A-Z][\w&’'-]*", names)):
            return None  # 'firms ... and Tom Lee': a person among them
        at = lists[-1].start("names")
        state.mentioned_at[names] = Evidence(
            source_id=state.source_id, start=at, end=at + len(names), quote=names
        )
        return Speaker(names, names, person=False)

    def _kind_bound_body(self, phrase: str, state: StoryState) -> Speaker | None:
        """'Channel Tunnel operator Eurotunnel has seen sales fall ... The firm said': when no
        body has spoken yet, 'the <noun>' is the body the story bound to a noun of that kind
        right before its name ('operator Eurotunnel', 'consumer goods giant Unilever'), when
        it is the last such binding before the cue and the story names nothing else with a
        capital in between: 'luxury car maker Mercedes ... at parent DaimlerChrysler. The
        firm said' is not sure to be Mercedes."""
        if any(not s.person for s in state.by_actor.values()):
            return None  # a body spoke: `body_referent` decided
        kinds = _BODY_KINDS.get(phrase.split()[-1].lower())
        if kinds is None:
            return None
        text = state.source_text
        cue = text.find(phrase, state.sentence_at)  # 'In a statement from Lycos Europe
        cue = max(cue, state.cue_at)  # ..., the company denied': the words before it count
        quotes = find_quotes(text[:cue])
        bindings = kind_bindings(text)
        bound = next(
            (
                found
                for found in reversed(bindings[: bisect.bisect_right(bindings, (cue,))])
                if not any(q.open_mark < found[3] < q.close_mark for q in quotes)
            ),
            None,
        )  # the last binding written before the cue, outside quotation marks
        if bound is None or bound[1] not in kinds:
            return None
        bound_end, _, name, at = bound
        name = name.removesuffix("’s").removesuffix("'s")
        words = name.split()
        if (
            words[0] in HONORIFICS
            or words[-1] in state.names.people
            or self.actors.resolve(name) is not None
            or self._is_media(name)
        ):
            return None  # 'drugmaker Dr Reddy's', a country, a party or a paper: not sure
        for other in re.finditer(r"[A-Z][\w’'&-]*", text[bound_end:cue]):
            other_at = bound_end + other.start()
            word = other.group()
            opens = re.search(
                r"(?:^|[.!?][\"”’']?\s+|\n\s*|[\"“‘])$", text[max(0, other_at - 4) : other_at]
            )
            if word in words or word in self.actors.by_demonym or opens is not None:
                continue
            return None  # another name between: the noun may be its
        state.mentioned_at[name] = Evidence(
            source_id=state.source_id, start=at, end=at + len(name), quote=name
        )
        speaker = Speaker(name, resolve_body(name, self.actors) or name, person=False)
        state.by_actor[speaker.actor] = speaker
        return speaker

    def _body_since(self, state: StoryState) -> Speaker | None:
        """'The BPI is equally quick to condemn ... "…," it said': after a person spoke, 'it'
        is the one body a sentence since then opened with, when no person is named since."""
        start = max(state.last_statement_end, 0)
        if state.names.other_person_between(None, start, state.cue_at):
            return None
        bodies = {
            found.group(1)
            for found in _BODY_OPENING.finditer(state.source_text, start, state.cue_at)
        }
        if len(bodies) != 1:
            return None
        body = self._resolve(Attribution(bodies.pop(), "", "name"), state)
        return body if body is not None and not body.person else None

    def _subject_since(self, state: StoryState, head: str, gender: Gender | None) -> Speaker | None:
        """'Spain coach Luis Aragones is furious ... about Thierry Henry. The 66-year-old
        criticised ...': a description that no speaker fits is the person the story made
        the subject of a sentence since anyone last spoke, when nobody else is named after
        them (people their sentence names in passing aside) and the title fits them."""
        names = state.names
        start = max(state.last_statement_end, 0)
        for i in reversed(names._mentions_between(start, state.cue_at)):
            if not names.mention_subject[i] or not names.mention_key[i]:
                continue
            key, at = names.mention_key[i], names.mention_at[i]
            name = names.full_name_at(key, at)
            if len(name.split()) < 2 or head in GENERIC_HEADS or head in _VOICES:
                return None  # a full name, and a description of someone ('the official'
                # may be anyone's)
            if names.other_person_between(key, at, state.cue_at, name, objects_of(state, at, None)):
                return None
            if not title_fits(role_of(state, name), head):
                return None
            found = self._mentioned(key, at, "", state)
            if found is None:
                return None
            return bound(state, found, gender, at)
        return None

    def _actor(self, phrase: str, name: str, person: bool, state: StoryState) -> str | None:
        """What the article binds to the person decides: the title in the phrase itself, the
        title the story gives the name, one another on-topic story gives; then the data
        file's entry for the name. A body ('the Kremlin') resolves through the data file."""
        if not person:
            return resolve_body(phrase, self.actors)
        title = phrase[: len(phrase) - len(name)].strip() if phrase.endswith(name) else ""
        role = bound_role(title, self.actors) if title else None
        told = state.names.role(name)
        if role is None or (role.actor is None and not role.commentator) or is_former(told):
            role = told or role  # 'former British Commander Colonel Bob Stewart said': the
            # cue's phrase left 'former' out
        if role is not None and role.actor is not None:
            return role.actor
        owner = _POSSESSIVE_OWNER.fullmatch(title)
        if (
            owner is not None
            and (role is None or not role.commentator)
            and self.actors.resolve(owner.group(1)) is None
            and written_as_a_body(state, owner.group(1))
        ):
            return owner.group(1)  # "Shareholders United's Sean Bones": the body's voice
        titled = self._titled.get(name)
        if titled:
            return titled
        if role is not None and role.commentator:
            return COMMENTATORS
        if role is not None and role.principal:  # 'Clinton campaign chairman John Podesta'
            principal = state.names.full_name(role.principal)
            principal_role = state.names.role(principal)
            return (
                (principal_role.actor if principal_role and principal_role.actor else None)
                or self._titled.get(principal)
                or person_actor(principal, self.actors)
                or principal
            )
        return person_actor(name, self.actors)

    def _side_word_only(self, name: str) -> bool:
        """A name that is only a US party's word ('Republican', 'Democratic', 'Minnesota
        Democratic'; 'Democrat' alone) qualifies a noun or is someone unnamed, never a
        speaker's name; 'Republicans', 'the Democratic Party' and 'a New Hampshire
        Republican' (someone the story describes) are not this."""
        words = name.split()
        if len(words) == 1:
            return words[0] in _PARTY_WORDS  # ('Mr German' may be a demonym and a surname)
        return words[-1] in _ADJECTIVE_ONLY and all(w[:1].isupper() for w in words)

    def _is_body(self, name: str) -> bool:
        """'The' and one capitalised word speak only as a body the article shows to be one:
        an organisation's word ('the Treasury', 'the Post'), an acronym ('the RNC', 'the
        BoE'), a body the actors data knows ('the Kremlin'), people who speak as one ('the
        officials').
        'The Scot', 'the Republican' or 'the Spurs' describe someone: no speaker's name.
        Longer names ('the Las Vegas Sun', 'the Rev Federico Lombardi') are not judged."""
        words = name.split()
        if words and words[0] in ("the", "The"):
            words = words[1:]
        return len(words) != 1 or (
            any(w in ORGANISATION_WORDS or sum(c.isupper() for c in w) > 1 for w in words)
            or words[-1].lower() in _VOICES | GROUP_NOUNS
            or resolve_body(name, self.actors) is not None
            or group_body(name) is not None
            or self._is_media(name)
        )

    def _is_person(self, name: str) -> bool:
        """'Jake Sullivan', 'Anton', 'Putin' are people; 'the Kremlin', 'Moscow' and
        'French Foreign Ministry' are not."""
        words = name.split()
        if words[0] in ("the", "The") or any(w.lower() in ROLE_WORDS for w in words):
            return False
        if len(words) == 1 and len(name) > 1 and name.isalpha() and name.isupper():
            return False  # 'NTL', 'BPI': an acronym names a body, not a person
        if len(words) > 1 or name not in self.actors.by_alias:
            return True
        return any(
            alias.endswith(" " + name) and alias[:1].isupper() for alias in self.actors.by_alias
        )


# A body named with a list after 'for' or 'of' ('the Department for Culture, Media and
# Sport'): one name, commas and all.
_NAME_WORDS = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
_LISTED_BODY = re.compile(
    rf"(?:[Tt]he )?({_NAME_WORDS}) (?:for|of) (?:the )?{_NAME_WORDS}"
    rf"(?:(?:, {_NAME_WORDS})* and {_NAME_WORDS}|())"
)  # (with no list, the head must hold an organisation's word: 'the Office of National
# Statistics' was shown as 'Statistics', its 'National' read as a title)


# Words for the two US parties' members, and their adjectives.
_PARTY_ADJECTIVES = frozenset({"Democratic", "Republican"})
_PARTY_WORDS = _PARTY_ADJECTIVES | {"Democrat"}
_ADJECTIVE_ONLY = frozenset({"Democratic"})  # 'a New Hampshire Republican' is someone
_TITLE_SMALL = frozenset("of the and a an in on for to at with from by".split())


_ASKING = frozenset("asked asks".split())  # a question's verb: not the answer's
_CLAUSE_LINKS = frozenset("as but while though although and when whereas because".split())


# A sentence opening with a subordinate clause or a participle, whose quote may come before
# the main clause's speaker: 'While accepting that people "…", Mr Solana said'.
_OPENS_SUBORDINATE = re.compile(
    r"\s*(?:While|Whilst|Although|Though|Despite|After|Before|When|If|As|Since|Unlike"
    r"|[A-Z][a-z]+ing(?=\s+[a-z]))\b"
)  # ('Beijing's state media', 'Fleming's banner': a name ending in -ing opens no clause)
# A verb of saying or 'according to' right beside a quote: a cue the rules read but could not
# name ('"…," a senior source said', '"…," said one', '"…," according to one official').
_ANY_CUE_VERB = "|".join(sorted(GUARD_VERBS, key=len, reverse=True))  # 'said', 'joked'
_CUE_AFTER_QUOTE = re.compile(
    r"[\"”’']?\s*,?\s*(?:[\w’'-]+\s+){0,4}?(?:according\s+to|" + _ANY_CUE_VERB + r")\b"
)
_CUE_BEFORE_QUOTE = re.compile(r"\b(?:" + _ANY_CUE_VERB + r")\s*[:,]?\s*$")


def _other_cue_beside(text: str, quote: Quote, verb_at: int) -> bool:
    """Does a verb of saying other than the cue at `verb_at` stand right after a quote's
    closing mark, or right before its opening one ('"…," a senior source said, though Tom
    Reyes insisted', 'According to X, the club defended it, saying: "…"')?"""
    closed_by_comma = text[quote.close_mark - 1 : quote.close_mark] in (",", "?", "!") or (
        text[quote.close_mark + 1 : quote.close_mark + 2] == ","
    )  # '"…," a senior source said': a closing cue follows a comma
    after = _CUE_AFTER_QUOTE.match(text, quote.close_mark + 1) if closed_by_comma else None
    if after is not None and not after.start() <= verb_at < after.end():
        return True
    before = _CUE_BEFORE_QUOTE.search(text, max(0, quote.open_mark - 40), quote.open_mark)
    return before is not None and not before.start() <= verb_at < before.end()


def _cue_right_after(text: str, quote: Quote, verb_at: int) -> bool:
    """Is the cue's clause the one right after the quote ('"…," chairman and chief executive
    Tom Reyes said'), with no other clause between them ('"…," one official joked, but Tom
    Reyes said')?"""
    between = text[quote.close_mark + 1 : verb_at].replace(",", " ").split()
    return len(between) <= 12 and not any(w.lower() in _CLAUSE_LINKS - {"and"} for w in between)


def _opens_with(text: str, start: int, attribution: Attribution) -> bool:
    """Is the speaker named (or the pronoun written) among the first words of the clause,
    before any verb ('Earlier Tory leader Michael Howard sent ..., saying', 'He refused to
    answer, saying'), not as an object ('police arrested Tom Reyes')?"""
    words = attribution.speaker.split()
    if not words:
        return False
    found = re.search(rf"\b{re.escape(words[-1])}\b", text[start:], re.IGNORECASE)
    if found is None:
        return False
    before = text[start : start + found.start()].split()
    return len(before) <= 6 and not any(w.islower() and w.endswith("ed") for w in before)


def _closes_or_continues(text: str, start: int, end: int, verb_at: int) -> bool:
    """Does the cue's verb, after the sentence's quotes, speak for the whole sentence: a
    closing cue ('…"globally visible", he said.', '…", said Chris Stening, UK Online general
    manager'), or a verb its subject shares ('He has apologised for "a genuine mistake" and
    says ...')? Not a clause with a subject of its own ('…", but Tom Reyes said ...')."""
    before = text[start:verb_at].split()
    if before[-1:] == ["and"] or before[-2:-1] == ["and"]:
        return True  # 'and says', 'and also says': the same subject goes on
    comma = text.rfind(",", start, verb_at)
    if comma < 0:
        return False
    cue = text[comma + 1 : verb_at].split()
    after = len(text[verb_at:end].split())
    if not cue:
        return after <= 14  # '..., said Chris Stening, UK Online general manager.'
    return len(cue) <= 5 and cue[0].lower() not in _CLAUSE_LINKS and after <= 8


def _verb_position(
    text: str, start: int, end: int, attribution: Attribution, quotes: list[Quote]
) -> int | None:
    """Where the cue's verb stands in the clause, outside quotation marks: the use nearest
    the speaker's name ('one worker said, while Ann Hale said': her 'said', not his)."""
    outside = [
        start + found.start()
        for found in re.finditer(
            rf"\b{re.escape(attribution.verb)}\b", text[start:end], re.IGNORECASE
        )
        if not any(q.open_mark < start + found.start() < q.close_mark for q in quotes)
    ]
    words = attribution.speaker.split()
    named = text.find(words[-1], start, end) if words else -1
    if not outside:
        return None
    return min(outside, key=lambda at: abs(at - named)) if named >= 0 else outside[0]


# Where a second speaker's clause may start: 'Mr Blair has insisted ..., while Mr Brown says
# ...', 'The Tories say ... and the Lib Dems claim ...'.
_CLAUSE_JOINER = re.compile(r"(?:,\s*|\s+)(?:while|whereas|and|but)\s+|;\s+")
# 'While Mills pledged ..., Reyes insisted ...': a sentence that opens with a contrast ends
# its first clause at a comma
_OPENS_CONTRAST = re.compile(r"\s*(?:While|Whereas|Although|Though)\s")


def _speech_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence of reported speech split where a second subject reports words of their own:
    each clause is one speaker's. A clause must open with its subject and verb (its first seven
    words), and the first clause must report words of its own; otherwise the whole sentence."""
    sentence = text[start:end]
    joiners = list(_CLAUSE_JOINER.finditer(sentence))
    if _OPENS_CONTRAST.match(sentence):
        joiners = sorted([*joiners, *re.finditer(r",\s+", sentence)], key=lambda m: m.start())
    for joiner in joiners:
        tail = sentence[joiner.end() :]
        second = attribute_sentence(tail)
        if second is None or second.kind == "pronoun":
            continue
        opening = " ".join(tail.split()[:7])
        if second.speaker not in opening or second.verb not in opening.split():
            continue
        if attribute_sentence(sentence[: joiner.start()]) is None:
            continue
        return [(start, start + joiner.start()), (start + joiner.end(), end)]
    comma = sentence.find(", ")
    if (
        _OPENS_CONTRAST.match(sentence)
        and comma > 0
        and (clause := attribute_sentence(sentence[:comma])) is not None
        and not says_nothing(sentence[:comma], clause)
        and len(sentence[:comma].split(clause.verb, 1)[-1].split()) >= 3
        and attribute_sentence(sentence[comma + 2 :]) is None
        and sentence[comma + 2 :].split(" ", 1)[0].lower() not in ("he", "she", "they", "it")
    ):  # 'While Mr Seifert has suggested X, the mayor of Frankfurt has raised concerns
        return [(start, start + comma)]  # ...': his words are the clause, not the sentence
    return [(start, end)]


def _is_title(quoted: str) -> bool:
    """'Good Morning America', 'Meet the Press.', 'State of the Union': a name in quotation
    marks (a programme, a book, a slogan's title), not someone's words. The comma or full
    stop American style puts inside the marks ('told "Fox and Friends," that') and a mark
    left over from doubled apostrophes (''An American Son.'') are not part of the title."""
    core = quoted.strip().strip("'’‘").rstrip(".,").rstrip("'’").strip()
    words = core.split()
    if not 2 <= len(words) <= 8 or re.search(r"[,;:!?]|\.\s", core):
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL for w in words) and words[0][:1].isupper()


_CLOSING_MARKS = "”\"’'"
_CUE_VERBS = frozenset(
    "said says asked asks added adds told tells wrote writes remarked replied explained "
    "continued noted declared".split()
)
# After a cue's verb: where, when or how the words were said ('to a crowd', 'during an
# interview', 'rhetorically'), never a clause of its own.
_SETTING_WORDS = frozenset(
    "to about in on during at into as after before while from of when through via with "
    "outside inside near over later earlier afterwards afterward".split()
)
# Words that open or carry a clause: after them the sentence reports something.
_CLAUSE_WORDS = frozenset(
    """he she they it we i you that if whether why how what who is was were are will would
    could should can has have had did does do may might must""".split()
)


def _cues_quote_before(text: str, start: int, sentence: str, attribution: Attribution) -> bool:
    """A sentence that opens with its speaker and verb right after a quote whose own stop
    sits inside the marks ('“…?” Trump asked reporters during a news conference.', '“….”
    Ms Ruiz wrote on Twitter on Monday.') is that quote's cue, not words of its own: what
    follows the verb only says where, to whom or how it was said. One with a clause of its
    own ('said he would', 'told voters the plan was') or more quoted words is a statement."""
    before = text[:start].rstrip()
    inner = before.rstrip(_CLOSING_MARKS)  # '…?’”' and "…!''": a quote's marks, nested or doubled
    if len(inner) == len(before) or not inner or inner[-1] not in ".?!,":
        return False
    if attribution.verb.lower() not in _CUE_VERBS or _MARKS_IN.search(sentence):
        return False
    named = re.search(rf"(?<![\w’']){re.escape(attribution.speaker)}(?![\w’'])", sentence)
    verb = re.search(rf"\b{re.escape(attribution.verb)}\b", sentence)
    if named is None or verb is None or not _only_titles(sentence[: named.start()].split()):
        return False  # 'Mr. Trump wrote', 'State Senator Ann Lowe said' may open it
    between = sentence[named.end() : verb.start()]
    if verb.start() < named.end() or not (
        len(between.split()) <= 1 or between.lstrip().startswith(",")
    ):
        return False  # the verb follows its speaker ('Miller, a retired nurse, said')
    rest = sentence[verb.end() :]
    words = [re.split("[’']", w.lower())[0] for w in re.findall(r"[\w’'-]+", rest)]
    if any(w in _CLAUSE_WORDS for w in words):
        return False
    if rest.lstrip().startswith(",") or not words:
        return True  # '…?" Trump asked, looking pleased.'
    if words[0] in _SETTING_WORDS or words[0].endswith("ly"):
        return True  # 'Trump said to a crowd of about 500.'
    objects = attribution.verb.lower() in ("asked", "asks", "told", "tells")
    head = re.split(r"[,;]|\b(?:" + "|".join(sorted(_SETTING_WORDS)) + r")\b", rest)[0]
    return objects and not any(w.endswith("ed") for w in re.findall(r"[\w’'-]+", head))
    # 'Todd asked the real estate mogul.'; not 'told voters Trump failed them'


def _only_titles(words: list[str]) -> bool:
    """Words before a name that belong to it: one word ('Mr.', 'Then'), or capitalised
    titles and their places ('US Senator', 'State Rep.', 'Former Governor')."""
    return len(words) <= 1 or all(
        w[:1].isupper() and (w.lower().rstrip(".") in TITLE_WORDS or is_honorific(w) or w.isupper())
        for w in words
    )


_MARKS_IN = re.compile('[“”"‘«»]')


# A body's name in the possessive before a person's ("Shareholders United's").
_POSSESSIVE_OWNER = re.compile(r"((?:[A-Z][\w&-]*\s)*[A-Z][\w&-]*)[’']s")


_VOICE_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){0,3}?(?:spokesman|spokeswoman|spokesperson|official|aide"
    r"|source|adviser)\b"
)


def _speaks_of(state: StoryState, name: str, title: list[str]) -> bool:
    """Did `name`'s own statements speak of 'the <title>' as someone else ('Vince Cable said
    the chancellor had failed ...')? Then a later 'the chancellor said' is not them."""
    pattern = re.compile(rf"(?<![\w’'])the {re.escape(' '.join(title))}(?![\w])", re.IGNORECASE)
    text = state.source_text
    return any(
        not _is_cue(text, found.start(), found.end())
        for start, end in state.words_of.get(name, [])
        for found in pattern.finditer(text, start, end)
    )  # 'The foreign secretary told MPs ...' is their own statement's cue, no one else


def _is_cue(text: str, start: int, end: int) -> bool:
    """Is the phrase at text[start:end] a speaker's cue: a speech verb right after it ('The
    foreign secretary told MPs'), or right before it when it closes the clause ('..., said the
    spokesman.'; not 'Vince Cable said the chancellor had failed')?"""
    before = text[max(0, start - 30) : start].split()[-1:]
    after = text[end : end + 30].split()[:1]
    if {w.strip(",.;:").lower() for w in after} & SPEECH_VERBS:
        return True
    closes = not after or after[0][:1] in ",.;:!?" or text[end : end + 1] in ",.;:!?"
    return closes and bool({w.strip(",.;:").lower() for w in before} & SPEECH_VERBS)


# A party named as such ('the Veritas Party', 'the Scottish Socialist Party').
_NAMED_PARTY = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]* )+Party\b")
_BODY_KINDS: dict[str, frozenset[str]] = {
    "company": BUSINESSES,
    "firm": BUSINESSES,
    "group": BUSINESSES,
    "bank": frozenset({"bank", "lender"}),
    "airline": frozenset({"airline", "carrier"}),
    "carrier": frozenset({"airline", "carrier"}),
    "retailer": frozenset({"retailer", "supermarket", "chain"}),
    "bookmaker": frozenset({"bookmaker"}),
    "broadcaster": frozenset({"broadcaster"}),
    "insurer": frozenset({"insurer"}),
}
_GENERIC_PLURALS = frozenset({"firms", "companies", "groups"})
_NAME = r"[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*)*"
# 'Technology firms Sony, Philips, Matsushita and Samsung', 'cable firms NTL and Telewest'.
_ANY_LIST = re.compile(rf"(?<![\w’'-]){_NAME}(?:, {_NAME})*,? and {_NAME}(?![\w’'-])")
_LISTED_BODIES = re.compile(
    rf"(?:(?<![\w’'-])(?P<noun>[a-z]+) |(?:^|(?<=[.!?]\s)|(?<=\n))(?P<opening>))"
    rf"(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})(?![\w’'-])(?(opening)(?=,| [a-z]))"
)
_JOURNALISTS = frozenset({"correspondent", "reporter"})
_RANKS = frozenset("deputy vice shadow former assistant junior acting".split())


def _title_only(name: str, sides: Container[str] = frozenset()) -> bool:
    """A title with no one's name in it ('The Spectator editor', 'MP for Henley-on-Thames',
    'the Tory MP for Wells'): it names a post, and the story may give it to
    someone a rule cannot find, so it is no speaker. Bodies ('the Foreign Office') and
    unnamed voices ('Tory sources') are kept."""
    words = name.split()
    definite = bool(words) and words[0] in ("the", "The")
    if definite:
        words = words[1:]
    if len(words) > 2 and words[0].islower() and words[0] in _TITLE:
        return True  # 'the chairman of the Police Federation': a post in a body
    if len(words) < 2 or any(w in ORGANISATION_WORDS for w in words):
        return False
    joint = next((k for k, w in enumerate(words) if w in ("for", "of")), 0)
    if (
        definite  # not 'Tory MP for Wells Alan Reid', who is named after the post
        and joint
        and words[joint - 1].lower() in _TITLE
        and all(w.lower() in _TITLE or w in sides for w in words[: joint - 1])
        and (len(words) == joint + 2 or {"and", "&"} & set(words[joint + 1 :]))
    ):  # 'the Tory MP for Wells', 'the MP for Wells and Mendip': a post in a place (not
        return True  # 'the US Secretary of Energy Spencer Abraham', who is named after it)
    if words[-1].lower() in _VOICES | GROUP_NOUNS:
        return False
    return words[-1].lower() in _TITLE or words[0].lower() in _TITLE


def _looks_back(attribution: Attribution) -> bool:
    """Pronouns and titles ('the Tory leader', 'The Chancellor') refer back to someone
    named before the cue: where the cue stands bounds who they can be."""
    return (
        attribution.kind in ("pronoun", "title")
        or is_definite_role(attribution.speaker)
        or _description(attribution.speaker)
    )


def _description(phrase: str) -> bool:
    """'The MPs', 'The Chancellor', 'Ministers': title words with no name in them describe
    someone the story names elsewhere (or no one); they are not a speaker's name.
    Commentators ('Analysts say') keep their own heading."""
    words = phrase.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return bool(words) and all(
        w.lower() in _TITLE and w.lower() not in COMMENTATOR_WORDS for w in words
    )


def _plural(word: str) -> bool:
    low = word.lower()
    return low in GROUP_NOUNS or (low.endswith("s") and low[:-1] in _TITLE)


# A sentence opening with someone no name is given, speaking: 'One leading Karachi broker
# said', 'A senior analyst at the bank told', 'Another trader says'.
_UNNAMED_PERSON_CUE = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:One|A|An|Another)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:[a-z]+(?:er|or|ist|yst|ant|ent|ian)|[a-z]*(?:man|woman))"
    r"(?:\s+(?:at|of|for|from|in)\s+[^,.;:]{1,40}?)?\s+"
    r"(?:said|says|told|tells|added|adds|argued|argues|warned|warns|believes|thinks)\b"
)


def _note_unnamed(state: StoryState, attribution: Attribution, sentence: int) -> None:
    """A cue whose speaker no rule could name, when it is someone else than who spoke
    before ('The executive spokeswoman said', 'a spokesman for the firm said', 'Mr. X
    said'): a later 'he'/'she' may be them, so it must not reach back past it. Other titles
    ('The chancellor said', 'the Salford MP told') often describe the last speaker again:
    they do not block."""
    if attribution.kind == "pronoun":
        return
    words = attribution.speaker.split()
    if not words:
        return
    head = words[-1].removesuffix("'s").removesuffix("’s")
    person = (
        attribution.kind == "proxy"
        or words[0].rstrip(".") in HONORIFICS
        or head.lower() in _VOICES - {"officials", "sources"}
    )
    if person:
        said = phrase_gender(f"{attribution.speaker} {attribution.role}")
        state.unnamed_at.append((sentence, said))


# A sentence that opens with a body's name ('The BPI is ...', 'Ofcom said'): acronyms and
# names holding an organisation's word.
_BODY_OPENING = re.compile(
    r"(?:^|(?<=[.!?][\"”’']\s)|(?<=[.!?]\s)|(?<=\n))(?:The\s)?((?:[A-Z][\w&’'-]*\s)*?"
    r"(?:[A-Z]{2,}|" + "|".join(sorted(ORGANISATION_WORDS)) + r"))\s+[a-z]"
)


_ABBREVIATION = re.compile(r"(?<![\w.])([A-Z][a-z]{0,3})\.(?=[ \xa0][A-Z])")  # 'Sen.\xa0Cole'


def _plain_marks(text: str, quote: Quote) -> str:
    """The passage as a cue reader expects it, offsets kept: 'Mr.', 'Gov.' before a name lose
    their full stop, and a closing mark written twice ('' in typewriter quotes) counts once:
    "''...,'' Mr. Hedge said." has a speaker of its own."""
    plain = _ABBREVIATION.sub(r"\1 ", text)
    close = quote.close_mark
    if 0 <= close < len(plain) - 1 and plain[close] == plain[close + 1] and plain[close] in "'’":
        plain = plain[: close + 1] + " " + plain[close + 2 :]
    opening = quote.open_mark
    if opening > 0 and plain[opening - 1] == plain[opening] and plain[opening] in "'‘":
        plain = plain[: opening - 1] + " " + plain[opening:]
    return plain


def _narrates_last(state: StoryState, at: int) -> bool:
    """'... said Mr Reyes. Mr Reyes has since taken the idea abroad. "We put in 25 ..."': up
    to three sentences of the reporter's (one paragraph break at most) between the last
    speaker's words and a quote that opens its own sentence, the last of them with that
    speaker as subject (named again, or 'he'/'she' as they are), naming nobody else, leave
    the quote theirs ('Kerr applauded the decisive move. "It was a brilliant goal ..."')."""
    last, text = state.last, state.source_text
    if last is None or not last.person or state.last_statement_end < 0:
        return False
    between = text[state.last_statement_end : at]
    if (
        len(re.findall(r"\n\s*", between)) > 1
        or any(mark in between for mark in '"“”')
        or len(between) > 600
    ):
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", between.strip()) if s]
    if not sentences or len(sentences) > 3:
        return False  # no sentence, or more than three
    sentence = sentences[-1]
    words = [w.strip(",") for w in sentence.split()[:3]]
    while words and words[0].lower() in ("but", "and", "however", "meanwhile", "now"):
        words = words[1:]
    if not words:
        return False
    surname = last.name.split()[-1]
    gender = state.gender(last.name)
    opens = (
        words[0] == surname
        or (len(words) > 1 and is_honorific(words[0]) and words[1] == surname)
        or (words[0] == "He" and gender == pronoun_gender("he"))
        or (words[0] == "She" and gender == pronoun_gender("she"))
    )
    key = speaker_key(last.name)
    return opens and not state.names.other_person_between(
        key, state.last_statement_end, at, last.name
    )


def _cue_follows(text: str) -> bool:
    """`cue_after`, reading 'Mr.', 'Gov.' or 'Sen.' before a name as part of it, not as a
    sentence's end: '…,'' Mr. Gidley said.' has a speaker of its own."""
    return cue_after(_ABBREVIATION.sub(r"\1 ", text))


def _someone_else_after(text: str, last: Speaker | None) -> bool:
    """Does a clause with a subject other than the last speaker follow the quote in its
    sentence ('"…," Bennett shot back with a laugh.'), whatever its verb?"""
    found = _NAMED_CLAUSE.match(_ABBREVIATION.sub(r"\1 ", text))
    if found is None or last is None:
        return found is not None
    names = set(re.findall(r"[A-Z][\w-]+", found.group()))  # "Morquendi's message read"
    return not names & set(re.findall(r"[A-Z][\w-]+", last.name))


# After a quote, in its sentence: a capitalised subject and a lower-case word ('"…,"
# Bennett shot back with a laugh.', '"…?" Clinton remarked, alluding to ...'): a clause
# with a subject of its own, whatever its verb, so the quote is not the last speaker's.
_NAMED_CLAUSE = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z][\w’'-]+[ \t]+){1,3}[a-z]+\b")


def _remember(state: StoryState, speaker: Speaker, end: int, asked: bool = False) -> None:
    state.last, state.last_statement_end, state.asked = speaker, end, asked
    state.spoke_at[speaker.name] = end
    if speaker.person:
        state.last_person = speaker


def _cue_position(text: str, start: int, end: int, quote: Quote, attribution: Attribution) -> int:
    """Where a quote's cue ('he said') stands: after the quote, else before it."""
    after = word_position(text[quote.close_mark : end], attribution.speaker, -1)
    if after >= 0:
        return quote.close_mark + after
    return start + word_position(text[start : quote.open_mark], attribution.speaker)


def _named_at(state: StoryState, speaker: Speaker) -> Evidence | None:
    """Where the last sentence that named the speaker names them, outside its quotes: the
    span a pronoun or title chain points back to."""
    key = speaker_key(speaker.name)
    if key is None or speaker.name not in state.named_at:
        return None
    chunk, start, end = state.named_at[speaker.name]
    sentence = chunk.text[start:end]
    quoted = [(q.open_mark, q.close_mark) for q in find_quotes(sentence)]
    for match in re.finditer(rf"(?<![\w’']){re.escape(key)}(?![\w])", sentence):
        if not any(o <= match.start() <= c for o, c in quoted):
            begin = chunk.start + start + match.start()
            return Evidence(source_id=chunk.source_id, start=begin, end=begin + len(key), quote=key)
    return None


_TITLE = ROLE_WORDS | TITLE_WORDS | COMMENTATOR_WORDS
_VOICES = VOICES
_PLURAL_VOICES = frozenset({"officials", "sources", "spokespeople"})


def _person_name(phrase: str, people: frozenset[str] = frozenset()) -> str:
    """'French President Jacques Chirac' -> 'Jacques Chirac'; 'the Kremlin' kept;
    'Guy Mansfield QC' -> 'Guy Mansfield'; 'Mr Skeens of Brownsville' -> 'Skeens', but
    'Lloyds of London' is one name unless the story names a person `Lloyds`."""
    titled = display_name(phrase) != phrase.strip()
    words = display_name(phrase).split()
    for joint in ("of", "for"):
        if joint in words[1:]:  # 'Professor John Curtice of Strathclyde University'
            left = words[: words.index(joint)]
            if (
                not any(w in ORGANISATION_WORDS for w in left)
                and not (
                    left[0] in ("the", "The")
                    and left[-1].lower() not in PERSON_NOUNS
                    and not any(w in HONORIFICS or w.lower() in _TITLE for w in left)
                    and " ".join(left[-2:]) not in people
                    and " ".join(words[words.index(joint) + 1 :]) not in people
                )  # 'the British Chamber of Commerce' is one body ('the Archbishop of
                # Canterbury' is a title, 'the Rev John Smith of St Mary's' a person, and
                # 'the X of' a person the story names is about that person)
                and left[-1][:1].isupper()
                and left[-1].lower() not in _TITLE
                and (len(left) > 1 or titled or left[0] in HONORIFICS or left[0] in people)
            ):  # 'Lloyds of London' is one name
                words = left
            break
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()
    name: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if (
            is_name_particle(word)
            and name
            and k
            and (words[k - 1][:1].isupper() or is_name_particle(words[k - 1]))
        ):
            name.insert(0, word)  # 'Riccardo de Rinaldini'
            continue
        if (
            word.lower() in _TITLE
            or word == "The"
            or not word[:1].isupper()
            or word.endswith(("'s", "’s"))
        ):  # "Labour's Alan Milburn" is Alan Milburn
            break
        name.insert(0, word)
    if not name:
        return phrase
    if len(name) == len(words) >= 3 and name[0].lower() in PERSON_NOUNS:
        name = name[1:]  # 'Coach Mike Ruddock says' opening a sentence: the title's capital
    titles = [k for k in range(1, len(name) - 2) if name[k].lower() in PERSON_NOUNS]
    if titles:  # 'Texas Judge Letitia Clark': a place or body, then the title, capitalised
        name = name[titles[-1] + 1 :]
    before = words[len(words) - len(name) - 1] if len(name) < len(words) else ""
    if before in ("and", "&") and _post_complement(words[: len(words) - len(name) - 1]):
        return phrase  # 'the MP for Wells and North Mendip': a post, not 'North Mendip'
    if before in ("and", "&") and name[-1].rstrip(".") in FIRM_SUFFIXES:
        opening = max((k + 1 for k, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
        return " ".join(words[opening:])  # "China's Baoshan Iron and Steel Co": one firm
    if any(word in ORGANISATION_WORDS for word in name) or before in ("of", "for"):
        if phrase.split()[0] in ("a", "an", "A", "An"):
            return phrase.split(" ", 1)[1]  # 'a World Bank report said': the World Bank
        return "the " + phrase[4:] if phrase.startswith("The ") else phrase  # a body:
        # 'the Foreign Office', 'the National Union of Teachers'
    if len(name) < len(words) and words[len(words) - len(name) - 1] in ("the", "The"):
        name.insert(0, "the")  # "The Kremlin said" at a sentence start is "the Kremlin"
    marks = [k for k, w in enumerate(name[:-1]) if is_honorific(w)]
    if marks and len(name) - marks[-1] > 2:  # 'Lib Dem Sir Archy Kirkwood', 'Sen. Lindsey
        name = name[marks[-1] + 1 :]  # Graham': the person is who the honorific names
    elif marks:
        name = name[marks[-1] :]  # 'minister Mr Brady': kept whole until the story's full
        # name for 'Brady' is known (`_resolve`)
    return " ".join(name)


def _title_word(word: str) -> bool:
    """A word written before a name as a title or honorific ('Archbishop', 'Mr', 'Sen.')."""
    return is_honorific(word) or word.lower() in _TITLE | PERSON_NOUNS


def _post_complement(words: list[str]) -> bool:
    """Do these words end in a post's place or body ('MP for Wells', 'chairman of Acme')?
    Then a name joined to them by 'and' is more of that place, not a person."""
    k = len(words)
    while k and words[k - 1][:1].isupper():
        k -= 1
    return (
        k < len(words)
        and k >= 2
        and words[k - 1] in ("for", "of")
        and (words[k - 2].lower() in _TITLE)
    )


def _only_space(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end and not text[start:end].strip()


def _whole_quotes(chunks: list[Chunk], text: str) -> list[Chunk]:
    """Chunks to read, a chunk joined to the next when a quotation runs across the line
    between them ('Bruce said: "I'm still in shock. | We've given good accounts ...'): read
    apart, the quote's second half has lost its opening mark and its cue. The joined chunk
    keeps the first one's id."""
    quotes = find_quotes(text)
    read: list[Chunk] = []
    for chunk in chunks:
        last = read[-1] if read else None
        if (
            last is not None
            and not text[last.end : chunk.start].strip()
            and "\n" not in text[last.end : chunk.start]  # a paragraph cut at a sentence line
            and any(q.open_mark < last.end and q.close_mark >= chunk.start for q in quotes)
        ):
            read[-1] = Chunk(
                id=last.id,
                source_id=last.source_id,
                start=last.start,
                end=chunk.end,
                text=text[last.start : chunk.end],
            )
        else:
            read.append(chunk)
    return read


def _source_number(source_id: str) -> int:
    digits = "".join(ch for ch in source_id if ch.isdigit())
    return int(digits) if digits else 0
