"""What we ask models to answer with. Flat schemas: strict mode and local servers cope best.
No field descriptions: the prompt explains the fields once, and every request repeats the
schema, so each word here costs tokens on every call.

The classes below are the lenient reading of an answer; each request sends a schema built
for it (`extraction_schema`, `positions_schema`) in which ids and actor names are enums of
the ones that request gave."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, create_model


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


@lru_cache(maxsize=256)
def extraction_schema(passage_ids: tuple[str, ...]) -> type[ExtractionAnswer]:
    """ExtractionAnswer whose passage ids are an enum of this request's: strict structured
    outputs then cannot name a passage that was not given. Same name and fields as the
    plain schema, which stays the lenient reading (JSON mode, servers that ignore enums)."""
    ids = Literal[passage_ids]  # type: ignore[valid-type]
    quote = create_model("QuoteRef", __base__=_Answer, chunk_id=(ids, ...), quote=(str, ...))
    statement = create_model(
        "ExtractedStatement",
        __base__=_Answer,
        speaker=(str, ...),
        actor=(str, ...),
        stance=(ExtractedStatement.model_fields["stance"].annotation, ...),
        claim=(str, ...),
        quotes=(list[quote], ...),
    )  # type: ignore[valid-type]
    return create_model(
        "ExtractionAnswer",
        __base__=_Answer,  # type: ignore[return-value]
        statements=(list[statement], ...),
    )  # type: ignore[valid-type]


@lru_cache(maxsize=64)
def positions_schema(
    actors: tuple[str, ...], statement_ids: tuple[str, ...]
) -> type[PositionsAnswer]:
    """PositionsAnswer whose actors and statement ids are enums of this request's."""
    names = Literal[actors]  # type: ignore[valid-type]
    ids = Literal[statement_ids]  # type: ignore[valid-type]
    sentence = create_model(
        "PositionSentence", __base__=_Answer, text=(str, ...), statement_ids=(list[ids], ...)
    )  # type: ignore[valid-type]
    written = create_model(
        "WrittenPosition", __base__=_Answer, actor=(names, ...), sentences=(list[sentence], ...)
    )  # type: ignore[valid-type]
    return create_model(
        "PositionsAnswer",
        __base__=_Answer,  # type: ignore[return-value]
        positions=(list[written], ...),
    )  # type: ignore[valid-type]
