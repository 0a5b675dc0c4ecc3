"""The stages as seams: the pipeline runs any engine through its protocol (here a fake one
with queued answers), and what an engine reports comes back in its results."""

from __future__ import annotations

import pytest
from fake_engine import FakeEngine, said, usage, written
from pydantic import ValidationError

from briefer import pipeline
from briefer.actors import load_actors
from briefer.engines.base import DROP_MEDIA, DROP_UNATTRIBUTED, Extraction
from briefer.engines.offline import OfflineEngine
from briefer.models import Evidence, Statement
from briefer.select import build_query
from briefer.synthesis import Synthesis

STORY = (
    "Harbour talks resume\n\n"
    'Port minister Ana Costa said the ceasefire "must hold for a full week before any talks '
    'on the harbour can start", adding that observers would check it.\n\n'
    'Union leader Rui Lopes said the ceasefire "is a trick to delay the harbour talks", and '
    "his members would not accept it.\n"
)


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Prepare the story; return it and a function running the rest with an engine."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY)
    options = pipeline.RunOptions()
    prepared = pipeline.prepare(["story.txt"], "ceasefire", options)
    source = prepared.corpus.sources[0]

    def make(engine: FakeEngine):
        brief, _ = pipeline.make_brief(["story.txt"], "ceasefire", options, prepared, engine)
        return brief

    return source, make


def _statements(source):
    costa = said(
        source,
        "must hold for a full week before any talks on the harbour can start",
        "Ana Costa",
        stance="conditional",
        statement_id="st1",
    )
    lopes = said(
        source,
        "is a trick to delay the harbour talks",
        "Rui Lopes",
        stance="opposes",
        statement_id="st2",
    )
    return [costa, lopes]


def test_the_pipeline_runs_a_fake_engine_through_the_protocol(run):
    source, make = run
    engine = FakeEngine().enqueue(
        Extraction(_statements(source), usage=usage("extract", requests=2))
    )
    engine.enqueue(
        Synthesis(
            written("Ana Costa", "Ana Costa said the ceasefire must hold for a full week.", "st1"),
            usage=usage("synthesize"),
        )
    )
    brief = make(engine)
    assert engine.closed
    [chunks] = engine.given("extract")
    assert chunks and {c.source_id for c in chunks} == {source.id}
    [positions] = engine.given("synthesize")
    assert [actor for actor, _ in positions] == ["Ana Costa", "Rui Lopes"]
    assert brief.notices[0] == "Made with a fake engine for tests."
    assert (brief.stats.engine, brief.stats.model, brief.stats.endpoint) == (
        "fake",
        "fake-model",
        "nowhere",
    )
    assert [(u.stage, u.requests) for u in brief.stats.usage] == [("extract", 2), ("synthesize", 1)]
    texts = [s.text for s in brief.overview]
    assert "Ana Costa said the ceasefire must hold for a full week." in texts
    assert any(t.startswith("Rui Lopes said: “is a trick") for t in texts)  # no prose: quotes


def test_what_synthesis_could_not_do_is_said_after_the_page(run):
    source, make = run
    engine = FakeEngine().enqueue(_statements(source))
    engine.enqueue(
        Synthesis(
            {},
            failures=["the server did not answer"],
            sentences_dropped=2,
            notices=["The engine's own note."],
        )
    )
    brief = make(engine)
    assert brief.notices[-3:] == [
        "The model's wording of the positions could not be used (the server did not answer); "
        "each position is shown as attributed quotes instead.",
        "2 sentences the model wrote were left out: they named an actor or statement it was "
        "not given.",
        "The engine's own note.",
    ]
    assert all("“" in s.text for s in brief.overview)


def test_extraction_counts_become_notices_the_page_fit_counts(run):
    source, make = run
    extraction = Extraction(
        _statements(source),
        failed_chunks=["c9: cut off"],
        unattributed=1,
        dropped={DROP_UNATTRIBUTED: 1, DROP_MEDIA: 2},
    )
    brief = make(FakeEngine().enqueue(extraction))
    assert brief.notices[:4] == [
        "Made with a fake engine for tests.",
        "1 passage could not be read by the model and is not in this brief.",
        f"2 statements the model gave were left out (2 gave {DROP_MEDIA}).",
        "1 statement the model gave was left out: the article attributes those words to no one.",
    ]
    assert brief.stats.failed_chunks == ["c9: cut off"]


def test_an_english_only_engine_says_when_a_story_is_not_english(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nota.txt").write_text(
        "Cessar-fogo no porto\n\nO ministro disse que o cessar-fogo deve durar uma semana "
        "antes de qualquer conversa sobre o porto, e que os observadores vão verificar. "
        "Os sindicatos dizem que o cessar-fogo é uma armadilha para atrasar as conversas.\n"
    )
    options = pipeline.RunOptions()
    prepared = pipeline.prepare(["nota.txt"], "cessar-fogo", options)
    for english_only, notes in ((False, 0), (True, 1)):
        prepared.corpus.notes = []
        engine = FakeEngine(english_only=english_only)
        pipeline.make_brief(["nota.txt"], "cessar-fogo", options, prepared, engine)
        assert len([n for n in prepared.corpus.notes if "English" in n]) == notes


def test_the_offline_engine_synthesizes_attributed_quotes(run):
    source, _ = run
    engine = OfflineEngine(load_actors(), build_query("ceasefire"))
    costa, lopes = _statements(source)
    synthesis = engine.synthesize([("Ana Costa", [costa]), ("Rui Lopes", [lopes])])
    assert synthesis.failures == [] and synthesis.usage == []
    assert synthesis.written["Rui Lopes"][0].statement_ids == ["st2"]
    assert synthesis.written["Rui Lopes"][0].text == (
        "Rui Lopes said: “is a trick to delay the harbour talks”."
    )


def test_a_statement_has_an_id_and_evidence_from_the_start():
    evidence = Evidence(source_id="s1", start=0, end=3, quote="Yes")
    fields = dict(actor="A", speaker="A", stance="unclear", claim="Yes")
    with pytest.raises(ValidationError):
        Statement(id="", evidence=[evidence], **fields)
    with pytest.raises(ValidationError):
        Statement(id="st1", evidence=[], **fields)
    statement = Statement(id="st1", evidence=[evidence], **fields)
    assert (statement.source_id, statement.said) == ("s1", evidence)
