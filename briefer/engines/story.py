"""What a reader remembers while reading one story: who spoke last, under which name and
side, and where; the offline engine and its pronoun and body readers share it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..attribution import speaker_key
from ..gender import UNKNOWN, Gender
from ..models import Chunk, Evidence
from ..roles import StoryNames


@dataclass(frozen=True)
class Speaker:
    name: str
    actor: str
    person: bool = True  # 'he'/'she' can refer back to a person, not to 'the Kremlin'


@dataclass
class StoryState:
    """What a reader remembers while reading one story: who spoke last, and full names."""

    last: Speaker | None = None
    last_person: Speaker | None = None
    by_actor: dict[str, Speaker] = field(default_factory=dict)
    by_surname: dict[str, Speaker] = field(default_factory=dict)
    last_statement_end: int = -1
    source_text: str = ""
    named_at: dict[str, tuple[Chunk, int, int]] = field(default_factory=dict)  # sentence that
    # last named each speaker
    names: StoryNames = field(default_factory=StoryNames)
    cue_at: int = 0  # where the cue being resolved ('he said') stands in the source
    at: int = 0  # where the statement being read starts in the source
    sentence_at: int = 0  # where its sentence starts
    spoke_at: dict[str, int] = field(default_factory=dict)  # speaker -> end of their last words
    mentioned_at: dict[str, Evidence] = field(default_factory=dict)  # speaker -> clause naming them
    source_id: str = ""
    next_id: str = "st1"  # the id the next statement found gets
    genders: dict[str, Gender] = field(default_factory=dict)  # speaker -> what the text says
    unnamed_at: list[tuple[int, Gender | None]] = field(default_factory=list)  # where a cue
    # named a singular speaker no rule could name ('The executive spokeswoman said')
    words_of: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # speaker ->
    # where their statements stand in the source
    short_of: dict[str, str] = field(default_factory=dict)  # a body's full name -> the short
    # form the story calls it by ('the Football Association' -> 'FA')
    asked: bool = False  # the last statement is a sentence of the reporter's ending in '?'
    quoting: bool = False  # the cue being resolved is a quotation's
    refused_cues: dict[int, str] = field(default_factory=dict)  # by where a quote opens:
    # the kind of its cue, read but naming no one the rules accept ('pronoun', 'joint', ...)

    def gender(self, name: str) -> Gender | None:
        """What the story says the speaker is, from honorifics, gendered titles and the 'he'
        or 'she' already bound to them; None when it says nothing or disagrees."""
        found = self.genders.get(name)
        return None if found in (None, UNKNOWN) else found

    def unnamed_since(self, since: int, gender: Gender | None, name: str) -> bool:
        """Did a speaker no rule could name speak between `since` and the cue being read, one
        'he'/'she' (of `gender`) could refer to, and the story not name `name` again after
        them ('Mr Johnson, MP for Henley, said')? Then the cue is not sure to mean `name`."""
        return any(
            since <= at < self.cue_at
            and (gender is None or said in (None, gender))
            and not self.names.person_between(speaker_key(name), at, self.cue_at, name)
            for at, said in self.unnamed_at
        )
