"""What we ask models to answer with. Flat schemas: strict mode and local servers cope best.
No field descriptions: the prompt explains the fields once, and every request repeats the
schema, so each word here costs tokens on every call."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuoteRef(_Answer):
    chunk_id: str
    quote: str


class ExtractedStatement(_Answer):
    speaker: str
    actor: str
    stance: Literal["supports", "conditional", "opposes", "neutral", "unclear"]
    claim: str
    quotes: list[QuoteRef]


class ExtractionAnswer(_Answer):
    statements: list[ExtractedStatement]


class PositionSentence(_Answer):
    text: str
    statement_ids: list[str]


class WrittenPosition(_Answer):
    actor: str
    sentences: list[PositionSentence]


class PositionsAnswer(_Answer):
    positions: list[WrittenPosition]
