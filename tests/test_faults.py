"""Hostile servers: faults a client must survive leave the brief as if there were none;
faults in what the model says cost passages or quotes, visibly, never an invented quote."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from cli_runs import make_args
from openai_server import CONTENT, INVENTED_QUOTE, RECOVERABLE, FaultPlan, improvised_answer, serve

from briefer import pipeline
from briefer.cli import app
from briefer.llm.client import LLMSettings
from briefer.models import Brief
from briefer.render import render

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS


def _make(plan: FaultPlan, fallback=None) -> tuple[Brief, Counter]:
    with serve(RECORDINGS, plan=plan, answer=fallback) as server:
        settings = LLMSettings(
            model=FIXTURE_MODEL,
            base_url=server.base_url,
            api_key="sk-fault-test",
            timeout=0.5,
            max_wait=0.05,
            max_attempts=8,
            concurrency=4,
        )
        brief, _ = pipeline.make_brief(
            [str(SEEDS)],
            "ceasefire",
            pipeline.RunOptions(engine="llm", llm=settings, generated_at=date(2025, 8, 22)),
        )
    return brief, server.faults


def _comparable(brief: Brief) -> dict:
    """Everything but what the faults cost (requests and tokens per stage) and the port each
    test server happened to get."""
    data = brief.model_dump(exclude={"stats": {"usage", "endpoint"}})
    data["notices"] = [n for n in data["notices"] if not n.startswith("Made with the llm")]
    return data


@pytest.fixture(scope="module")
def fault_free() -> Brief:
    brief, faults = _make(FaultPlan(rate=0.0))
    assert not faults
    return brief


def test_at_a_30_percent_fault_rate_the_brief_equals_the_fault_free_one(fault_free):
    seen: Counter = Counter()
    for seed in range(16):
        brief, faults = _make(FaultPlan(rate=0.3, faults=RECOVERABLE, seed=seed))
        assert _comparable(brief) == _comparable(fault_free), f"seed {seed}: {dict(faults)}"
        assert render(brief, "md") == render(fault_free, "md")
        seen += faults
    assert sum(seen.values()) >= 15 and len(seen) >= 8, seen  # the faults really happened


@pytest.mark.parametrize("fault", RECOVERABLE)
def test_each_recoverable_fault_on_every_first_request_changes_nothing(fault, fault_free):
    brief, faults = _make(FaultPlan(rate=1.0, faults=(fault,), first_only=True))
    assert faults[fault] == 3  # two extraction requests and the synthesis, each hit once
    assert _comparable(brief) == _comparable(fault_free)


def test_when_every_quote_is_invented_none_is_rendered_and_the_brief_says_so():
    brief, faults = _make(FaultPlan(rate=1.0, faults=("invented-quotes",)))
    assert faults["invented-quotes"] >= 2
    assert not brief.positions and not brief.excerpts
    assert brief.stats.quotes_dropped > 0
    for fmt in ("md", "html", "json"):
        assert INVENTED_QUOTE not in render(brief, fmt)
    markdown = render(brief, "md")
    assert "No attributed statements about ceasefire were found" in markdown
    assert (
        f"The model gave {brief.stats.quotes_dropped} quotes that are not word for word" in markdown
    )


@pytest.mark.parametrize("fault", CONTENT)
def test_content_faults_cost_quotes_or_passages_visibly_never_a_wrong_quote(fault, fault_free):
    """(Every shown quote being verbatim in its source is checked for every brief by
    tests/brief_checks.py.)"""
    # what the faults cost changes what synthesis is asked: it gets placeholder prose
    brief, faults = _make(FaultPlan(rate=0.5, faults=(fault,), seed=3), improvised_answer)
    assert faults[fault] >= 1
    for fmt in ("md", "html", "json"):
        assert INVENTED_QUOTE not in render(brief, fmt)
    said = " ".join(brief.notices)
    visible = (
        brief.stats.failed_chunks
        or "could not be used" in said
        or brief.stats.quotes_dropped > fault_free.stats.quotes_dropped
    )
    assert visible or _comparable(brief) == _comparable(fault_free)
    if brief.stats.failed_chunks:
        count = len(brief.stats.failed_chunks)
        assert any(
            n.startswith(f"{count} passage") and "could not be read" in n for n in brief.notices
        )


def test_strict_turns_unread_passages_into_exit_1_and_no_output(runner, tmp_path, api_key):
    out = tmp_path / "brief.md"
    # one of the two extraction requests is refused, the other answered (whatever the keys)
    plan = FaultPlan(rate=1.0, faults=("refusal",), limit=1)
    runs = {}
    for flag in ("--allow-partial", "--strict"):  # a fresh server (and fault) for each run
        with serve(RECORDINGS, plan=plan, answer=improvised_answer) as server:
            runs[flag] = runner.invoke(app, make_args(server.base_url, "--out", str(out), flag))
        if flag == "--allow-partial":
            assert "passages could not be read by the model" in out.read_text()
            out.unlink()
    lenient, strict = runs["--allow-partial"], runs["--strict"]
    assert lenient.exit_code == 0, lenient.stderr
    assert strict.exit_code == 1
    assert (
        "--strict" in strict.stderr and "of 14 on-topic passages could not be read" in strict.stderr
    )
    assert not out.exists() and not list(tmp_path.iterdir())
    assert "Traceback" not in strict.stderr
