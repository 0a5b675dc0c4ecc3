"""A fake engine for unit tests, after the `llm` project's mock model: queue what `extract`
and `synthesize` answer, run the pipeline, then read what each call was given in `history`.

What it answers still goes through grounding, the attribution check, the support check and
`brief_checks`: a test states quotes that are really in its sources, and spans are located
for it (`said`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefer.engines.base import Extraction
from briefer.models import Chunk, Evidence, Sentence, Source, StageUse, Stance, Statement
from briefer.synthesis import Position, Synthesis


@dataclass
class FakeEngine:
    """Satisfies `briefer.engines.base.Engine`; an empty queue answers nothing (no
    statements; no prose, so compose shows attributed quotes)."""

    name: str = "fake"
    model: str | None = "fake-model"
    endpoint: str | None = "nowhere"
    made_with: str = "Made with a fake engine for tests."
    statements_per_actor: int = 6
    english_only: bool = False
    quotes_from_model: bool = True
    extractions: deque[Extraction] = field(default_factory=deque)
    syntheses: deque[Synthesis] = field(default_factory=deque)
    history: list[tuple[str, object]] = field(default_factory=list)
    closed: bool = False

    def enqueue(self, answer: Extraction | Synthesis | list[Statement]) -> FakeEngine:
        """Queue an answer: statements or an `Extraction` for `extract`, a `Synthesis` for
        `synthesize`."""
        if isinstance(answer, Synthesis):
            self.syntheses.append(answer)
        else:
            self.extractions.append(
                answer if isinstance(answer, Extraction) else Extraction(answer)
            )
        return self

    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        self.history.append(("extract", list(chunks)))
        return self.extractions.popleft() if self.extractions else Extraction([])

    def synthesize(self, positions: Sequence[Position]) -> Synthesis:
        self.history.append(("synthesize", list(positions)))
        return self.syntheses.popleft() if self.syntheses else Synthesis({})

    def close(self) -> None:
        self.closed = True

    def given(self, call: str) -> list[object]:
        """What each call of `extract` or `synthesize` was given, in order."""
        return [args for name, args in self.history if name == call]


def said(
    source: Source,
    quote: str,
    speaker: str,
    actor: str | None = None,
    stance: Stance = "unclear",
    statement_id: str = "st1",
) -> Statement:
    """A statement whose one piece of evidence is `quote`, found in `source`."""
    start = source.text.index(quote)
    evidence = Evidence(source_id=source.id, start=start, end=start + len(quote), quote=quote)
    return Statement(
        id=statement_id,
        actor=actor or speaker,
        speaker=speaker,
        stance=stance,
        claim=quote,
        evidence=[evidence],
    )


def written(actor: str, text: str, *statement_ids: str) -> dict[str, list[Sentence]]:
    return {actor: [Sentence(text=text, statement_ids=list(statement_ids))]}


def usage(stage: str, requests: int = 1, tokens: int = 10) -> list[StageUse]:
    return [StageUse(stage=stage, requests=requests, input_tokens=tokens, output_tokens=tokens)]
