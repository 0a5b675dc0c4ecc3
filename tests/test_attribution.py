"""The attribution rule: a speaker must be named near the words attributed to them."""

from __future__ import annotations

import json

from briefer.attribution import (
    check_attributions,
    dropped_notice,
    speaker_key,
    speaker_within_reach,
)
from briefer.cli import app
from briefer.models import Evidence, Source, Statement

from conftest import ROOT

STORY = (
    "Transport minister Jane Okafor set out the rail plan on Monday.\n"
    '"We will open the northern line by spring," she said.\n'
    "Opposition spokesman Tom Reddy said the costs were hidden.\n"
    '"Ms Okafor has not answered a single question," said a union official.\n'
    "The plan has been debated for a decade.\n"
    "Engineers say the tunnel is the hardest part.\n"
    '"It can be done within budget," she added.\n'
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_a_speaker_named_in_the_same_sentence_or_two_paragraphs_before_holds():
    reddy = _span(STORY, "the costs were hidden")
    assert speaker_within_reach(STORY, *reddy, "Tom Reddy")
    spring = _span(STORY, "We will open the northern line by spring")
    assert speaker_within_reach(STORY, *spring, "Jane Okafor")  # the paragraph before


def test_a_name_only_inside_the_quote_does_not_make_its_speaker():
    answered = _span(STORY, "Ms Okafor has not answered a single question")
    assert not speaker_within_reach(STORY, *answered, "Jane Okafor")


def test_a_name_too_far_back_needs_a_recorded_chain():
    budget = _span(STORY, "It can be done within budget")
    assert not speaker_within_reach(STORY, *budget, "Jane Okafor")
    named = _span(STORY, "Transport minister Jane Okafor")
    chain = Evidence(source_id="s1", start=named[0], end=named[1], quote=STORY[named[0] : named[1]])
    assert speaker_within_reach(STORY, *budget, "Jane Okafor", chain)
    # a chain must be the source's own words, name that speaker and come before the quote
    forged = chain.model_copy(update={"quote": "Transport minister Tom Reddy"})
    assert not speaker_within_reach(STORY, *budget, "Tom Reddy", forged)
    assert not speaker_within_reach(STORY, *budget, "Tom Reddy", chain)
    later = _span(STORY, "It can be done")
    after = Evidence(
        source_id="s1", start=later[1], end=len(STORY) - 1, quote=STORY[later[1] : len(STORY) - 1]
    )
    assert not speaker_within_reach(STORY, *budget, "Jane Okafor", after)


def test_made_up_and_empty_speakers_never_hold():
    reddy = _span(STORY, "the costs were hidden")
    for speaker in ("Zorblax Minister", "Geneva", "Tuesday", "", "  "):
        assert not speaker_within_reach(STORY, *reddy, speaker), speaker


def test_the_key_of_a_proxy_is_its_principal_and_honorifics_are_not_names():
    assert speaker_key("Michael Howard's spokesman") == "Howard"
    assert speaker_key("Mr Blair") == "Blair"
    assert speaker_key("the Kremlin") == "Kremlin"
    assert speaker_key("a union official") is None


def test_a_long_text_without_line_breaks_is_bounded():
    text = "Filler words here. " * 2000 + "Ann Lee said the vote was close. " + "More. " * 10
    close = _span(text, "Ann Lee said the vote was close.")
    assert speaker_within_reach(text, *close, "Ann Lee")
    far = (len(text) - 5, len(text))
    assert not speaker_within_reach(
        "Ann Lee said so. " + "x" * 10_000 + " more", 10_010, 10_015, "Ann Lee"
    )
    assert far


def test_failures_are_dropped_and_counted_in_one_line():
    source = Source(id="s1", title="Rail", path="rail.txt", text=STORY)
    statements = []
    for number, (speaker, quote) in enumerate(
        [
            ("Tom Reddy", "the costs were hidden"),
            ("Jane Okafor", "Ms Okafor has not answered a single question"),
            ("Zorblax Minister", "The plan has been debated for a decade."),
        ],
        1,
    ):
        start, end = _span(STORY, quote)
        statements.append(
            Statement(
                id=f"st{number}",
                actor="X",
                speaker=speaker,
                stance="neutral",
                claim=quote,
                evidence=[Evidence(source_id="s1", start=start, end=end, quote=quote)],
            )
        )
    result = check_attributions(statements, {"s1": source})
    assert [s.id for s in result.statements] == ["st1"]
    assert [s.id for s in result.dropped] == ["st2", "st3"]
    assert dropped_notice(2) == (
        "2 statements were left out: the article does not name their speakers near those words."
    )
    assert dropped_notice(0) is None


def test_check_prints_a_fail_line_for_a_speaker_the_source_does_not_name(
    runner, monkeypatch, tmp_path
):
    monkeypatch.chdir(ROOT)
    brief = json.loads((ROOT / "examples" / "ceasefire.offline.json").read_text())
    statement = brief["positions"][0]["statements"][0]
    statement["speaker"] = "Zorblax Minister"
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(brief))
    result = runner.invoke(app, ["check", str(altered), "seeds"])
    assert result.exit_code == 1
    assert f"FAIL {statement['id']}: the source does not name 'Zorblax Minister'" in result.stdout


def test_every_seed_statement_holds(seeds):
    """The offline engine's seeds brief loses nothing to the rule (all its speakers are
    named near their words, or through the chain it records)."""
    from briefer.pipeline import RunOptions, make_brief

    brief, _ = make_brief([str(seeds)], "ceasefire", RunOptions())
    assert brief.stats.attributions_dropped == 0
    assert brief.stats.statements > 0


def test_the_offline_engine_records_the_chain_when_the_name_is_far_back():
    from briefer.actors import load_actors
    from briefer.engines.offline import OfflineEngine
    from briefer.models import Chunk
    from briefer.select import build_query

    text = (
        "Harbour commissioner Rhona Vance said the ferry deal would hold.\n"
        "The deal was signed in March.\nTrade has doubled since.\nPrices have fallen.\n"
        '"Nobody will lose a job over this harbour deal," she said.\n'
    )
    source = Source(id="s1", title="Ferry", path="ferry.txt", text=text)
    chunk = Chunk(id="s1:1", source_id="s1", start=0, end=len(text), text=text)
    engine = OfflineEngine(load_actors(), build_query("harbour deal", {}))
    statements = engine.extract([chunk], {"s1": source}).statements
    far = next(s for s in statements if "Nobody will lose" in s.claim)
    assert far.speaker == "Rhona Vance"
    assert far.attribution is not None and far.attribution.quote == "Vance"
    assert check_attributions(statements, {"s1": source}).dropped == []
    near = next(s for s in statements if "ferry deal would hold" in s.claim)
    assert near.attribution is None
