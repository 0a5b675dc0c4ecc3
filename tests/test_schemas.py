"""The per-request schemas: enums of the request's own ids, read as the lenient answer types."""

import pytest
from pydantic import ValidationError

from briefer.llm.schemas import (
    ExtractionAnswer,
    PositionsAnswer,
    extraction_schema,
    positions_schema,
)


def _enum_of(schema: dict, name: str, field: str) -> list[str]:
    prop = schema["$defs"][name]["properties"][field]
    return prop.get("enum") or prop["items"]["enum"]


def test_extraction_schema_names_only_the_given_passages():
    schema = extraction_schema(("c1", "c2"))
    assert issubclass(schema, ExtractionAnswer)  # callers read it as the lenient answer
    assert _enum_of(schema.model_json_schema(), "QuoteRef", "chunk_id") == ["c1", "c2"]
    statement = {
        "speaker": "A",
        "actor": "A",
        "stance": "supports",
        "claim": "x",
        "quotes": [{"chunk_id": "c2", "quote": "y"}],
    }
    answer = schema.model_validate({"statements": [statement]})
    assert answer.statements[0].quotes[0].chunk_id == "c2"
    statement["quotes"] = [{"chunk_id": "c3", "quote": "y"}]
    with pytest.raises(ValidationError):
        schema.model_validate({"statements": [statement]})
    ExtractionAnswer.model_validate({"statements": [statement]})  # the lenient reading takes it


def test_positions_schema_names_only_the_given_actors_and_statements():
    schema = positions_schema(("Labour", "Tories"), ("s1", "s2"))
    assert issubclass(schema, PositionsAnswer)
    json_schema = schema.model_json_schema()
    assert _enum_of(json_schema, "WrittenPosition", "actor") == ["Labour", "Tories"]
    assert _enum_of(json_schema, "PositionSentence", "statement_ids") == ["s1", "s2"]
    position = {"actor": "Greens", "sentences": [{"text": "t", "statement_ids": ["s1"]}]}
    with pytest.raises(ValidationError):
        schema.model_validate({"positions": [position]})
    position["actor"] = "Tories"
    assert schema.model_validate({"positions": [position]}).positions[0].actor == "Tories"
