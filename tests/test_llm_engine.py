"""The LLM engine through the real openai SDK, answered by recordings: no live model.

The recordings in tests/recordings/ceasefire are hand-written answers in the wire format
(see make_ceasefire.py); one of their quotes is invented on purpose.
"""

from __future__ import annotations

import json
from datetime import date

import httpx2
import pytest
from cli_runs import make_args
from openai_server import (
    INVENTED_SENTENCES,
    FaultPlan,
    OpenAIFake,
    improvised_answer,
    invented_answer,
    json_mode_only,
    serve,
)

from briefer import pipeline
from briefer.cli import app
from briefer.llm.client import LLMSettings
from briefer.llm.transport import (
    ReplayTransport,
    load_recording,
)
from briefer.models import Brief
from briefer.render import render

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS

INVENTED = "We will never trade our land for a pause in the fighting"
UNSUPPORTED_ANSWERS = RECORDINGS.parent / "ceasefire-unsupported.json"


def Scripted(faults: dict[int, str] | None = None, improvise: bool = False) -> OpenAIFake:
    """The recordings, with a fault on chosen request numbers (1-based); with `improvise`,
    requests that have no recording get placeholder answers."""
    return OpenAIFake(
        RECORDINGS,
        plan=FaultPlan(script=faults or {}),
        answer=improvised_answer if improvise else None,
    )


def _brief(fake: OpenAIFake | httpx2.AsyncBaseTransport, cache_dir=None, concurrency: int = 4):
    transport = fake.transport() if isinstance(fake, OpenAIFake) else fake
    settings = LLMSettings(
        model=FIXTURE_MODEL, transport=transport, cache_dir=cache_dir, concurrency=concurrency
    )
    brief, _ = pipeline.make_brief(
        [str(SEEDS)],
        "ceasefire",
        pipeline.RunOptions(engine="llm", llm=settings, generated_at=date(2025, 8, 22)),
    )
    return brief


@pytest.fixture(scope="module")
def clean_markdown():
    return render(_brief(Scripted()), "md")


def _stage(brief: Brief, name: str):
    return next(use for use in brief.stats.usage if use.stage == name)


def test_llm_brief_actors_citations_and_attributions():
    brief = _brief(Scripted())
    positions = {p.actor: p for p in brief.positions}
    assert list(positions)[:4] == ["Russia", "Ukraine", "United States", "Belarus"]
    assert all(s.citations for p in brief.positions for s in p.sentences)
    speakers = {(s.actor, s.speaker) for p in brief.positions for s in p.statements}
    assert ("Russia", "Vladimir Putin") in speakers
    assert any("Mikhail Podolyak said: “fiction" in c.b.text for c in brief.contention)
    assert brief.stats.engine == "llm" and brief.stats.model == FIXTURE_MODEL
    assert (_stage(brief, "extract").requests, _stage(brief, "synthesize").requests) == (2, 1)
    lead = brief.overview[list(positions).index("Ukraine")]
    ukraine = [lead.text] + [s.text for s in positions["Ukraine"].sentences]
    assert positions["Ukraine"].stance != "opposes"  # an expectation opposes nothing
    assert any(text.startswith("Georgiy Tikhiy said: “We don't expect") for text in ukraine)
    # 'Istanbul' is not in what its prose version cited, so the quote stands in for it


def test_an_invented_quote_is_dropped_and_counted():
    brief = _brief(Scripted())
    assert brief.stats.quotes_dropped == 1
    for fmt in ("md", "html", "json"):
        assert INVENTED not in render(brief, fmt)
    # the statement keeps its real quote when the invented one beside it is dropped
    zelensky = [
        s
        for s in _grounded(Scripted().transport())
        if s.speaker == "Volodymyr Zelensky" and "Washington talks" in s.claim
    ]
    assert [e.quote[:25] for e in zelensky[0].evidence] == ["truly significant step to"]


def _grounded(transport: httpx2.AsyncBaseTransport):
    """Every grounded statement of the run, whether or not the page has room for it."""
    from briefer.actors import load_actors
    from briefer.engines.registry import build_engine
    from briefer.ground import ground_statements

    prepared = pipeline.prepare([str(SEEDS)], "ceasefire", pipeline.RunOptions())
    sources = {s.id: s for s in prepared.corpus.sources}
    engine = build_engine(
        "llm",
        load_actors(),
        prepared.selection.query,
        LLMSettings(model=FIXTURE_MODEL, transport=transport),
        None,
    )
    try:
        extraction = engine.extract(prepared.selection.chunks, sources)
    finally:
        engine.close()
    return ground_statements(extraction.statements, sources).statements


def test_429_then_200_gives_the_same_brief(clean_markdown):
    fake = Scripted({1: "429-retry-after", 2: "503"})
    brief = _brief(fake)
    assert render(brief, "md") == clean_markdown
    assert fake.requests == 3 + 2  # two faults retried, no request stacked by the SDK


def test_malformed_json_then_valid_is_reasked_once(clean_markdown):
    brief = _brief(Scripted({1: "malformed"}), concurrency=1)
    assert render(brief, "md") == clean_markdown
    assert _stage(brief, "extract").requests == 3  # 2 + the re-ask


def test_refusal_is_a_listed_failure_not_a_crash():
    brief = _brief(Scripted({1: "refusal"}, improvise=True), concurrency=1)
    failed = [f.split(": ")[0] for f in brief.stats.failed_chunks]
    assert failed[:3] == ["s1:1", "s1:2", "s2:1"] and len(failed) == 11  # the first batch
    assert "the model refused" in brief.stats.failed_chunks[0]
    assert "11 passages could not be read" in render(brief, "md")
    assert {p.actor for p in brief.positions} >= {"Russia", "United States"}  # the 2nd batch


def test_a_failed_synthesis_falls_back_to_quotes_and_says_so():
    brief = _brief(Scripted({3: "refusal"}), concurrency=1)  # requests 1-2 extract, 3 writes
    assert any("could not be used (the model refused" in n for n in brief.notices)
    sentences = [s.text for p in brief.positions for s in p.sentences]
    assert sentences and all("“" in text for text in sentences)  # attributed quotes


def test_truncated_answer_splits_the_batch_in_halves():
    fake = Scripted({1: "length"}, improvise=True)
    brief = _brief(fake, concurrency=1)
    # batches of 11 and 3 passages; the first is cut off and asked again as 5 + 6
    extraction = [n for n in fake.passages_per_request() if n]
    assert sorted(extraction) == [3, 5, 6, 11]
    assert brief.stats.failed_chunks == []


def test_second_run_with_the_cache_makes_zero_requests(tmp_path, clean_markdown):
    first = _brief(Scripted(), cache_dir=tmp_path)
    fake = Scripted()
    second = _brief(fake, cache_dir=tmp_path)
    assert fake.requests == 0
    assert [(u.requests, u.cached) for u in second.stats.usage] == [(0, 2), (0, 1)]
    assert render(second, "md") == render(first, "md") == clean_markdown


def test_a_corrupt_cache_entry_is_ignored_and_rewritten(tmp_path, clean_markdown):
    _brief(Scripted(), cache_dir=tmp_path)
    victim = sorted(tmp_path.glob("*.json"))[0]
    victim.write_text('{"response": {"body": {"choi')  # truncated write
    fake = Scripted()
    assert render(_brief(fake, cache_dir=tmp_path), "md") == clean_markdown
    assert fake.requests == 1
    assert load_recording(victim) is not None


def test_sentences_their_quotes_do_not_support_are_never_rendered_and_are_counted():
    """Recorded answers with a wrong number, a wrong name and an invented event (each marked
    UNSUPPORTED in ceasefire-unsupported.json) beside fair paraphrases."""
    written = json.loads(UNSUPPORTED_ANSWERS.read_text())["synthesize"]
    unsupported = [
        s["text"]
        for sentences in written.values()
        for s in sentences
        if s["why"].startswith("UNSUPPORTED")
    ]
    brief = _brief(ReplayTransport(RECORDINGS.parent / "ceasefire-unsupported"))
    rendered = {fmt: render(brief, fmt) for fmt in ("md", "html", "json")}
    for text in unsupported:
        for fmt, page in rendered.items():
            assert text[:60] not in page, (fmt, text)
    shown = [s.text for s in brief.overview] + [
        s.text for p in brief.positions for s in p.sentences
    ]
    assert (
        "Putin asks whether a pause would be used for troop mobilization or weapons deliveries."
    ) in shown  # a fair paraphrase stays prose
    assert "Volodymyr Zelensky said: “truly significant step toward ending the war" in " ".join(
        shown
    )  # the wrong name's place is taken by the quote it cited
    # the request covered Russia, Ukraine, the US, Belarus, France and Germany: 10 sentences
    # written, 6 unsupported, 5 of them replaced by a quote, 1 whose quote is already shown
    stats = brief.stats
    assert (
        stats.sentences_checked,
        stats.sentences_supported,
        stats.sentences_replaced,
        stats.sentences_dropped,
    ) == (10, 4, 5, 1)
    notice = (
        "6 of 10 written sentences said more than the quotes they cite: 5 shown as the "
        "quotes they cite instead, 1 left out."
    )
    assert notice in brief.notices and notice in rendered["md"]


def test_a_server_inventing_every_sentence_gets_none_rendered(runner, api_key, monkeypatch):
    """Schema-valid answers whose every position sentence is invented."""
    monkeypatch.chdir(SEEDS.parent)
    with serve(answer=invented_answer) as server:
        result = runner.invoke(app, make_args(server.base_url, "--format", "json", inputs=()))
    assert result.exit_code == 0, result.stderr
    brief = Brief.model_validate_json(result.stdout)
    written = brief.stats.sentences_checked  # three per actor, each citing one statement:
    assert written >= 3 * len(brief.positions) > 0  # the first is replaced, the rest dropped
    assert (
        brief.stats.sentences_supported,
        brief.stats.sentences_replaced,
        brief.stats.sentences_dropped,
    ) == (0, written // 3, written - written // 3)
    for page in (render(brief, "md"), render(brief, "html"), result.stdout):
        for invented in INVENTED_SENTENCES:
            assert invented.split("}", 1)[1][:25] not in page
    assert any(
        n.startswith(f"{written} of {written} written sentences said more") for n in brief.notices
    )
    assert all(
        "said: “" in s.text or "(as reported)" in s.text
        for p in brief.positions
        for s in p.sentences
    )


def test_cli_against_a_local_openai_compatible_server(runner, tmp_path, monkeypatch, api_key):
    """As an Ollama user would: --base-url to a server on 127.0.0.1, a dummy key."""
    monkeypatch.chdir(SEEDS.parent)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1755820800")
    with serve(RECORDINGS) as server:
        result = runner.invoke(
            app, make_args(server.base_url, "--format", "json", inputs=(), cache=tmp_path / "cache")
        )
    assert result.exit_code == 0, result.stderr
    assert server.requests == 3
    assert server.authorization == {f"Bearer {api_key}"}
    brief = Brief.model_validate_json(result.stdout)
    assert brief.stats.engine == "llm" and brief.stats.quotes_dropped == 1
    assert "briefer: extract: 2 requests, 0 cached" in result.stderr
    assert api_key not in result.stdout + result.stderr
    assert not any(api_key in p.read_text() for p in (tmp_path / "cache").iterdir())


def test_record_mode_saves_scrubbed_recordings_that_replay(runner, tmp_path, monkeypatch, api_key):
    monkeypatch.chdir(SEEDS.parent)
    with serve(RECORDINGS) as server:
        recorded = runner.invoke(
            app, make_args(server.base_url, "--record", str(tmp_path / "rec"), inputs=())
        )
    assert recorded.exit_code == 0, recorded.stderr
    files = sorted((tmp_path / "rec").glob("*.json"))
    assert len(files) == 3
    assert all(api_key not in f.read_text() for f in files)
    assert json.loads(files[0].read_text())["provenance"].startswith("recorded from http://127")
    replayed = runner.invoke(app, make_args(None, "--replay", str(tmp_path / "rec"), inputs=()))

    def answers(markdown: str) -> list[str]:  # all but the line naming where answers came from
        return [line for line in markdown.splitlines() if "Made with the llm engine" not in line]

    assert answers(replayed.stdout) == answers(recorded.stdout)
    assert "at recordings in rec." in replayed.stdout and "at 127.0.0.1." in recorded.stdout


def test_replay_miss_is_one_clear_line(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(
        app, make_args(None, "--replay", str(RECORDINGS), inputs=(), model="another-model")
    )
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if "error" in line]
    assert line.startswith("briefer: error: no recording for request key ")
    assert str(RECORDINGS) in line and "Traceback" not in result.stderr


def test_json_mode_fallback_for_servers_without_json_schema():
    def recorded_in_json_mode(body: dict) -> dict:
        """The recorded answer to these messages, as a reasoning model writes JSON."""
        [recording] = [
            r
            for r in map(load_recording, RECORDINGS.glob("*.json"))
            if r["request"]["messages"] == body["messages"]
        ]
        answer = json.loads(json.dumps(recording["response"]["body"]))
        content = answer["choices"][0]["message"]["content"]
        answer["choices"][0]["message"]["content"] = f"<think>ok</think>```json\n{content}\n```"
        return answer

    brief = _brief(OpenAIFake(answer=json_mode_only(recorded_in_json_mode)), concurrency=1)
    assert brief.stats.quotes_dropped == 1
    assert {"Russia", "Ukraine", "United States", "Belarus"} <= {p.actor for p in brief.positions}


def test_a_configured_key_makes_llm_the_default_engine(runner, monkeypatch, api_key):
    monkeypatch.chdir(SEEDS.parent)
    monkeypatch.setenv("BRIEFER_MODEL", FIXTURE_MODEL)
    result = runner.invoke(
        app, make_args(None, "--replay", str(RECORDINGS), "--format", "json", inputs=(), model=None)
    )
    assert result.exit_code == 0, result.stderr
    assert Brief.model_validate_json(result.stdout).stats.engine == "llm"
    assert "offline engine" not in result.stderr
