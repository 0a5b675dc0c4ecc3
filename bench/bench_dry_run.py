"""Benchmark: how close `briefer make --dry-run` comes to what the run then sends.

Run: python bench/bench_dry_run.py [--topics "identity cards,tuition fees"]
For the seeds (answered from tests/recordings/ceasefire) and BBC politics topics (answered
by the test server's improvised answers), prints the dry run's requests and input tokens and
those the local server then received. The server computes usage from text length the way
the estimate does (tests/openai_server.py, usage="text"), so the difference is in what is
sent. Goal (issue 14): within 15%. Output tokens depend on the model; they are printed, not
judged (the improvised answers are far shorter than a model's).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import tempfile
from pathlib import Path

from common import BBC_POLITICS, RECORDINGS, ROOT

sys.path.insert(0, str(ROOT / "tests"))

from openai_server import improvised_answer, serve
from typer.testing import CliRunner

from briefer.cli import app

_TOTAL = re.compile(r"^total\s+(\d+)\s+(\d+)\s+([\d,]+)\s+~([\d,]+)", re.M)


def compare(label: str, topic: str, paths: list[str], recordings: Path, fallback=None) -> None:
    runner = CliRunner()
    with serve(recordings, answer=fallback, usage="text", max_requests=None) as server:
        common = [
            "make",
            "--topic",
            topic,
            *paths,
            "--base-url",
            server.base_url,
            "--model",
            "hand-written-fixture",
            "--no-cache",
        ]
        dry = runner.invoke(app, [*common, "--dry-run"])
        requests, _, tokens_in, tokens_out = _TOTAL.search(dry.stdout).groups()
        run = runner.invoke(app, common)
        assert run.exit_code == 0, run.stderr
    est_in = int(tokens_in.replace(",", ""))
    print(
        f"{label:28s} requests {requests:>3} -> {server.requests:<3} input tokens "
        f"{est_in:>7,} -> {server.prompt_tokens:<7,} ({est_in / server.prompt_tokens - 1:+.1%})"
        f"  output ~{tokens_out} -> {server.completion_tokens:,}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", default="identity cards,tuition fees,iraq,general election")
    args = parser.parse_args()
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as empty, contextlib.redirect_stderr(io.StringIO()):
        compare("seeds: ceasefire", "ceasefire", [], RECORDINGS)
        for topic in args.topics.split(","):
            compare(
                f"bbc/politics: {topic}", topic, [str(BBC_POLITICS)], Path(empty), improvised_answer
            )


if __name__ == "__main__":
    main()
