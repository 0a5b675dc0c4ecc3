"""Cost before spending: --dry-run predicts what a run sends; --max-cost bounds what it spends.

The local server reports usage computed from text length (see tests/openai_server.py), the
way the dry run estimates it, so a difference between the two is a difference in what is
sent: requests, prompts, schema - which is what the estimate must get right.
"""

from __future__ import annotations

import re

import pytest
from openai_server import improvised_answer, serve

from briefer.cli import app
from briefer.cost import (
    Meter,
    Price,
    estimate_tokens,
    exact_counter,
    find_price,
    load_prices,
    prompt_tokens,
)
from briefer.errors import BrieferError

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS

PRICE = ["--price-in", "1", "--price-out", "4"]  # US dollars per million tokens
_TOTAL = re.compile(r"^total\s+(\d+)\s+(\d+)\s+([\d,]+)\s+~([\d,]+)\s+(\S+)$", re.M)

pytestmark = pytest.mark.skipif(
    exact_counter() is not None, reason="a tokenizer is installed: the server counts by length"
)


def _estimate(stdout: str) -> tuple[int, int, str]:
    match = _TOTAL.search(stdout)
    assert match, stdout
    return int(match[1]), int(match[3].replace(",", "")), match[5]


def _make(runner, server, *extra: str, paths: tuple[str, ...] = ()):
    return runner.invoke(
        app,
        [
            "make",
            *paths,
            "--base-url",
            server.base_url,
            "--model",
            FIXTURE_MODEL,
            "--no-cache",
            "--format",
            "json",
            *extra,
        ],
    )


def _compare(runner, server, topic: str, paths: tuple[str, ...] = ()) -> None:
    dry = _make(runner, server, "--topic", topic, "--dry-run", *PRICE, paths=paths)
    assert dry.exit_code == 0, dry.stderr
    assert server.requests == 0, "a dry run sends nothing"
    requests, input_tokens, cost = _estimate(dry.stdout)
    assert cost.startswith("$")
    run = _make(runner, server, "--topic", topic, paths=paths)
    assert run.exit_code == 0, run.stderr
    assert server.requests and server.prompt_tokens
    assert abs(requests - server.requests) <= 0.15 * server.requests, (requests, server.requests)
    assert abs(input_tokens - server.prompt_tokens) <= 0.15 * server.prompt_tokens, (
        input_tokens,
        server.prompt_tokens,
    )


def test_dry_run_on_the_seeds_predicts_what_the_run_sends(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    with serve(RECORDINGS, usage="text") as server:
        _compare(runner, server, "ceasefire")


def test_dry_run_on_a_bbc_topic_predicts_what_the_run_sends(runner, bbc):
    with serve(answer=improvised_answer, usage="text") as server:
        _compare(runner, server, "identity cards", paths=(str(bbc / "politics"),))


def test_dry_run_prints_every_stage_and_the_listed_price(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(
        app, ["make", "--topic", "ceasefire", "--dry-run", "--model", "gpt-4o-mini"]
    )
    assert result.exit_code == 0, result.stderr
    assert re.search(r"^extract\s+\d+", result.stdout, re.M)
    assert re.search(r"^synthesize\s+1\s", result.stdout, re.M)
    assert "$0.15 in, $0.6 out per million tokens (prices.toml)" in result.stdout
    assert "Nothing was sent" in result.stdout


def test_max_cost_refuses_a_run_estimated_above_it(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    with serve(RECORDINGS, usage="text") as server:
        result = _make(runner, server, "--topic", "ceasefire", "--max-cost", "0.001", *PRICE)
    assert result.exit_code == 1
    assert "is above --max-cost $0.001; nothing was sent" in result.stderr
    assert server.requests == 0


def test_max_cost_stops_sending_once_spending_passes_it(runner, monkeypatch):
    """A server that bills 40 times the estimate: the run starts (its estimate is under the
    limit), stops sending after the first answer, and the brief says so."""
    monkeypatch.chdir(SEEDS.parent)
    with serve(RECORDINGS, usage="text", usage_scale=40) as server:
        dry = _make(runner, server, "--topic", "ceasefire", "--dry-run", *PRICE)
        limit = 2 * float(_estimate(dry.stdout)[2].lstrip("$"))
        result = _make(
            runner,
            server,
            "--topic",
            "ceasefire",
            "--concurrency",
            "1",
            "--max-cost",
            f"{limit:.6f}",
            *PRICE,
            "--format",
            "md",
        )
    assert result.exit_code == 4, result.stderr  # a partial brief, written (see --allow-partial)
    assert server.requests == 1
    assert "The run stopped at the cost limit" in result.stdout
    assert "2 requests were not sent" in result.stdout
    assert "not sent: the cost limit" in result.stderr


def test_max_cost_needs_a_price(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(
        app,
        [
            "make",
            "--topic",
            "ceasefire",
            "--model",
            "my-local-model",
            "--max-cost",
            "1",
            "--base-url",
            "http://127.0.0.1:9/v1",
        ],
    )
    assert result.exit_code == 1
    assert "--max-cost needs a price for 'my-local-model'" in result.stderr


def test_a_user_price_file_adds_and_replaces_models(tmp_path):
    mine = tmp_path / "prices.toml"
    mine.write_text(
        '[models."gpt-4o-mini"]\ninput = 1\noutput = 2\n'
        '[models."llama3.1"]\ninput = 0\noutput = 0\n'
    )
    prices = load_prices([mine])
    assert prices["gpt-4o-mini"] == Price(1.0, 2.0, "prices.toml")
    assert prices["llama3.1"].of(10**6, 10**6) == 0
    assert "gpt-4o" in prices  # the built-in entries stay
    assert find_price("llama3.1", prices, price_out=3.0) == Price(
        0.0, 3.0, "--price-in/--price-out"
    )
    with pytest.raises(BrieferError, match="give both --price-in and --price-out"):
        find_price("unlisted", prices, price_in=1.0)
    broken = tmp_path / "broken.toml"
    broken.write_text('[models.x]\ninput = "cheap"\n')
    with pytest.raises(BrieferError, match="needs numbers"):
        load_prices([broken])


def test_the_meter_refuses_only_once_spending_passes_the_limit():
    meter = Meter(price=Price(1.0, 1.0), limit=1.0)  # $1 a million tokens, $1 limit
    meter.record(600_000, 400_000)  # exactly $1: not past it
    assert meter.allows_another()
    meter.record(1, 0)
    assert not meter.allows_another() and not meter.allows_another()
    assert meter.refused == 2 and "2 requests were not sent" in meter.notice()
    assert Meter(price=None, limit=None).allows_another()


def test_prompt_tokens_count_messages_schema_and_overhead():
    body = {"messages": [{"role": "user", "content": "x" * 400}]}
    assert prompt_tokens(body, estimate_tokens) == 100 + 4 + 3
    body["response_format"] = {"type": "json_object"}
    assert prompt_tokens(body, estimate_tokens) > 107
