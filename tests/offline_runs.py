"""Run the offline engine on one written story: shared by the attribution rule tests."""

from __future__ import annotations

from briefer.actors import load_actors
from briefer.engines.offline import OfflineEngine
from briefer.models import Chunk, Source, Statement
from briefer.select import build_query


def run_story(text: str, topic: str) -> list[Statement]:
    """The statements the offline engine reads in `text` as one story about `topic`."""
    source = Source(id="s1", title="t", path="p", text=text)
    chunk = Chunk(id="s1:1", source_id="s1", start=0, end=len(text), text=text)
    engine = OfflineEngine(load_actors(), build_query(topic))
    return engine.extract([chunk], {"s1": source}).statements


def speaker_of(statements: list[Statement], words: str) -> str | None:
    """The speaker of the first statement whose quote holds `words`."""
    found = [s.speaker for s in statements if words in s.evidence[0].quote]
    return found[0] if found else None


def actor_of(statements: list[Statement], words: str) -> str | None:
    """The side of the first statement whose quote holds `words`."""
    found = [s.actor for s in statements if words in s.evidence[0].quote]
    return found[0] if found else None
