"""Issue 11, the second round of attacks: each numbered problem has a test named after it
that failed before the fix. Item 3 (the offline engine's speed) lives with issue 13."""

from __future__ import annotations

import pytest
from leaky_server import leaky_server

from briefer.cli import app

from conftest import FIXTURE_MODEL, SEEDS

FAKE_KEY = "sk-briefer-LEAK-CANARY-0a9b8c7d6e5f"


# -- 1. the API key never leaves -------------------------------------------------------------
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 502])
def test_1_key_echoed_by_an_error_is_redacted_everywhere(runner, tmp_path, monkeypatch, status):
    """A server echoing the key in its status line, a header, a JSON body (and so in the
    SDK's exception text) for every error status: the key reaches no stream and no file."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with leaky_server(status) as server:
        result = runner.invoke(app, [
            "make", "-t", "ceasefire", str(SEEDS), "--base-url", server.base_url,
            "--model", FIXTURE_MODEL, "--cache-dir", str(tmp_path / "cache"),
            "--record", str(tmp_path / "rec"), "-f", "json", "-o", str(tmp_path / "b.json"),
            "--allow-partial", "--debug", "--timeout", "5"])
    assert server.requests > 0
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"LEAK-CANARY" not in path.read_bytes(), f"the key leaked into {path}"
            everything += path.read_text(errors="replace")
    assert "LEAK-CANARY" not in everything, everything[-3000:]
    assert "[redacted]" in everything  # the echo was shown or saved, and caught


def test_1_key_in_400_error_is_redacted_in_the_saved_brief(runner, tmp_path, monkeypatch):
    """The reported case: 400 with the Authorization header in its error text put the key
    into stats.failed_chunks; now the run says what failed, redacted, and exits 3."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with leaky_server(400) as server:
        result = runner.invoke(app, [
            "make", "-t", "ceasefire", str(SEEDS), "--base-url", server.base_url,
            "--no-cache", "-f", "json", "-o", str(tmp_path / "b.json")])
    assert "LEAK-CANARY" not in result.stdout + result.stderr
    assert result.exit_code == 3, result.stderr
    assert "[redacted]" in result.stderr
    assert result.stderr.count("request refused") == 1  # one line per reason, not 13


def test_1_key_in_debug_traceback_is_redacted(runner, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("BRIEFER_DEBUG", "1")
    with leaky_server(404) as server:
        result = runner.invoke(app, [
            "make", "-t", "ceasefire", str(SEEDS), "--base-url", server.base_url, "--no-cache"])
    assert result.exit_code != 0
    assert "Traceback" in result.stderr and "LEAK-CANARY" not in result.stderr
