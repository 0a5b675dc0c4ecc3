"""The one seam between the pipeline and whatever reads the text: chunks in, statements out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..models import Chunk, Sentence, Source, Statement


@dataclass
class Extraction:
    """Statements found, plus chunks the engine could not read (listed, never hidden)."""

    statements: list[Statement]
    failed_chunks: list[str] = field(default_factory=list)
    unattributed: int = 0  # statements dropped because no one in the article says their words
    quotes_dropped: int = 0  # quotes not found where the engine said they are
    dropped: dict[str, int] = field(default_factory=dict)  # statements left out, by reason
    offered: int = 0  # statements the engine considered (a model's answers), before checks


class Engine(Protocol):
    """Both engines implement this. Statements' evidence is grounded afterwards by the
    pipeline, and every sentence `write` returns must name the statements it rests on."""

    name: str

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        """Statements attributed to speakers in these on-topic chunks, in reading order."""
        ...

    def write(self, positions: Sequence[tuple[str, list[Statement]]]) -> dict[str, list[Sentence]]:
        """Sentences for each (actor, grounded statements) position."""
        ...

    def close(self) -> None:
        """Release connections; called once the brief is composed."""
        ...
