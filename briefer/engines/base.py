"""The one seam between the pipeline and whatever reads the text: chunks in, statements out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..models import Chunk, Source, Statement


@dataclass
class Extraction:
    """Statements found, plus chunks the engine could not read (listed, never hidden)."""

    statements: list[Statement]
    failed_chunks: list[str] = field(default_factory=list)


class Engine(Protocol):
    """Both engines implement this. Statements' evidence is grounded afterwards by the pipeline."""

    name: str

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        """Statements attributed to speakers in these on-topic chunks, in reading order."""
        ...
