"""The API key goes to the server and nowhere else: not to stdout, stderr, logs (-v and
--debug included), the cache, recordings or the brief."""

from __future__ import annotations

import pytest
from cli_runs import key_env, make_args, run_briefer
from openai_server import FaultPlan, serve

from briefer.logs import REDACTED, redact

from conftest import RECORDINGS

FAKE_KEY = "sk-briefer-LEAK-CANARY-7f3a9c2e5b1d"


@pytest.mark.parametrize("log_flag", ["-v", "--debug"])
def test_a_recognisable_fake_key_appears_in_no_file_the_run_touched(tmp_path, log_flag):
    env = key_env(
        FAKE_KEY,
        OPENAI_LOG="debug",
        BRIEFER_DEBUG="1",
        HOME=str(tmp_path / "home"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
    )
    # every first sending fails once (a 500, then a dropped connection), whatever the keys
    plan = FaultPlan(rate=1.0, faults=("500", "drop"), first_only=True)
    with serve(RECORDINGS, plan=plan) as server:
        outputs = [
            run_briefer(
                make_args(
                    server.base_url,
                    log_flag,
                    "--record",
                    str(tmp_path / "rec"),
                    "--format",
                    fmt,
                    "--out",
                    str(tmp_path / f"brief.{fmt}"),
                    cache=tmp_path / "cache",
                ),
                env,
            )
            for fmt in ("md", "html", "json")
        ]
    assert server.authorization == {f"Bearer {FAKE_KEY}"}  # the key was really used
    assert sum(server.faults.values()) > 0  # and retries were logged
    for run in outputs:
        assert run.returncode == 0, run.stderr
        assert FAKE_KEY not in run.stdout + run.stderr
        assert "LEAK-CANARY" not in run.stdout + run.stderr  # no fragment either
    assert "retrying in" in "".join(run.stderr for run in outputs)
    touched = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {p.parent.name for p in touched} >= {"cache", "rec", tmp_path.name}
    for path in touched:
        content = path.read_bytes()
        assert FAKE_KEY.encode() not in content, f"the key leaked into {path}"
        assert b"LEAK-CANARY" not in content, f"part of the key leaked into {path}"


def test_redact_replaces_every_occurrence():
    assert redact(f"a {FAKE_KEY} b {FAKE_KEY}", [FAKE_KEY]) == f"a {REDACTED} b {REDACTED}"
