"""What we ask models to answer with. Flat schemas: strict mode and local servers cope best.
No field descriptions: the prompt explains the fields once, and every request repeats the
schema, so each word here costs tokens on every call.

The classes below are the lenient reading of an answer; each request sends a schema built
for it (`extraction_schema`, `positions_schema`) in which ids and actor names are enums of
the ones that request gave."""

from __future__ import annotations

from functools import lru_cache
from types import GenericAlias
from typing import Any, Literal

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


def _one_of(values: tuple[str, ...]) -> Any:
    """`Literal[values]` for values known only at run time (an enum in the sent schema)."""
    return Literal.__getitem__(values)


def _list_of(item: Any) -> Any:
    """`list[item]` for an item type built at run time."""
    return GenericAlias(list, (item,))


@lru_cache(maxsize=256)
def extraction_schema(passage_ids: tuple[str, ...]) -> type[ExtractionAnswer]:
    """ExtractionAnswer whose passage ids are an enum of this request's: strict structured
    outputs then cannot name a passage that was not given. Same name and fields as the
    plain schema, which stays the lenient reading (JSON mode, servers that ignore enums)."""
    quote = create_model("QuoteRef", __base__=QuoteRef, chunk_id=(_one_of(passage_ids), ...))
    statement = create_model(
        "ExtractedStatement", __base__=ExtractedStatement, quotes=(_list_of(quote), ...)
    )
    return create_model(
        "ExtractionAnswer", __base__=ExtractionAnswer, statements=(_list_of(statement), ...)
    )


@lru_cache(maxsize=64)
def positions_schema(
    actors: tuple[str, ...], statement_ids: tuple[str, ...]
) -> type[PositionsAnswer]:
    """PositionsAnswer whose actors and statement ids are enums of this request's."""
    sentence = create_model(
        "PositionSentence",
        __base__=PositionSentence,
        statement_ids=(_list_of(_one_of(statement_ids)), ...),
    )
    written = create_model(
        "WrittenPosition",
        __base__=WrittenPosition,
        actor=(_one_of(actors), ...),
        sentences=(_list_of(sentence), ...),
    )
    return create_model(
        "PositionsAnswer", __base__=PositionsAnswer, positions=(_list_of(written), ...)
    )
