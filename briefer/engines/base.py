"""The one seam between the pipeline and whatever reads the text: chunks in, statements out;
positions in, sentences out. The pipeline never asks which engine it holds: what differs
between engines is in these results and the protocol's attributes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..models import Chunk, Source, StageUse, Statement
from ..synthesis import Position, Synthesis

# Why an engine left a statement out (counted per reason; the brief says so in plain words).
DROP_EMPTY = "no speaker or no quote"
DROP_MEDIA = "a news outlet as the speaker"
DROP_UNKNOWN_ID = "a passage id that was not given"
DROP_NOT_IN_PASSAGE = "words not in the passage it names"
DROP_UNATTRIBUTED = "words the article attributes to no one"
DROP_SPEAKER = "a speaker the article does not name for those words"
COUNTED_APART = (DROP_UNATTRIBUTED, DROP_NOT_IN_PASSAGE)  # have their own counts and notices
Progress = Callable[[int, int], None]  # told (passages just read, passages in all)


@dataclass
class Extraction:
    """Statements found, plus chunks the engine could not read (listed, never hidden)."""

    statements: list[Statement]
    failed_chunks: list[str] = field(default_factory=list)
    unattributed: int = 0  # statements dropped because no one in the article says their words
    quotes_dropped: int = 0  # quotes not found where the engine said they are
    dropped: dict[str, int] = field(default_factory=dict)  # statements left out, by reason
    offered: int = 0  # statements the engine considered (a model's answers), before checks
    usage: list[StageUse] = field(default_factory=list)  # what the requests cost

    @property
    def dropped_otherwise(self) -> dict[str, int]:
        """Statements left out for a reason that has no count of its own."""
        return {r: n for r, n in self.dropped.items() if r not in COUNTED_APART}


class Engine(Protocol):
    """What every engine is. Evidence is grounded by the pipeline after `extract`; every
    sentence `synthesize` returns must name the statements it rests on."""

    @property
    def name(self) -> str:
        """What `--engine` calls it, and the brief's stats."""
        ...

    @property
    def model(self) -> str | None:
        """The model that answers, if any."""
        ...

    @property
    def endpoint(self) -> str | None:
        """Where the model answers from (a host or the replay folder, never a key)."""
        ...

    @property
    def made_with(self) -> str:
        """The brief's first notice: how it was made."""
        ...

    @property
    def statements_per_actor(self) -> int:
        """What synthesis may draw on for one actor."""
        ...

    @property
    def english_only(self) -> bool:
        """It finds nothing in other languages: its silence there says nothing."""
        ...

    @property
    def quotes_from_model(self) -> bool:
        """Its quotes are a model's answers: some may not be in the sources."""
        ...

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        """Statements attributed to speakers in these on-topic chunks, in reading order."""
        ...

    def synthesize(self, positions: Sequence[Position]) -> Synthesis:
        """Sentences for each (actor, grounded statements) position."""
        ...

    def close(self) -> None:
        """Release connections; called once the brief is composed."""
        ...
