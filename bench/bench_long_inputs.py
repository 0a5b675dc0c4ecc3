"""Benchmark: the inputs the growth guards in tests/test_scale_guards.py count calls on, timed.

Run: python bench/bench_long_inputs.py [--runs 3]
Prints the median and least CPU seconds over runs (collector paused, one process) of:
- `briefer make` on one 5 MB story (goal < 30 s),
- `briefer make` on all BBC politics articles joined into one story (goal < 30 s),
- the offline extraction of 200 stories of 100 unresolved names each (goal < 1 s).
CPU time, not wall time: on a shared machine wall time measures the neighbours. The tests
assert how the work grows; the seconds are checked here, by a person reading them.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import BBC_POLITICS, ROOT
from typer.testing import CliRunner

from briefer.actors import load_actors
from briefer.cli import app
from briefer.engines.offline import OfflineEngine
from briefer.select import build_query

sys.path.insert(0, str(ROOT / "tests"))
from scale_inputs import long_story, unresolved_corpus


def cpu_seconds(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            times.append(time.process_time() - started)
        finally:
            gc.enable()
    return times


def make(path: Path, topic: str) -> Callable[[], object]:
    runner = CliRunner()

    def run() -> None:
        result = runner.invoke(app, ["make", "--topic", topic, "--format", "json", str(path)])
        if result.exit_code != 0:
            sys.exit(f"briefer make failed on {path}: {result.stderr}")

    return run


def unresolved_extract() -> Callable[[], object]:
    chunks, sources = unresolved_corpus(200, 100)

    def run() -> None:
        OfflineEngine(load_actors(), build_query("harbour plan")).extract(chunks, sources)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "one-long-story.txt"
        story.write_text(long_story(5_000_000))
        joined = Path(folder) / "all-politics.txt"
        joined.write_text(
            "All of politics\n\n"
            + "\n\n".join(
                p.read_text(encoding="utf-8", errors="replace")
                for p in sorted(BBC_POLITICS.glob("*.txt"))
            )
        )
        cases = [
            ("make, one 5 MB story", make(story, "ceasefire"), 30.0),
            ("make, BBC politics as one story", make(joined, "general election"), 30.0),
            ("extract, 200 stories x 100 unresolved names", unresolved_extract(), 1.0),
        ]
        for label, work, goal in cases:
            times = cpu_seconds(work, args.runs)
            median = statistics.median(times)
            verdict = "ok" if median < goal else "OVER GOAL"
            print(
                f"{label:46} median {median:6.2f} s  least {min(times):6.2f} s  "
                f"(goal < {goal:g} s, {args.runs} runs) {verdict}"
            )


if __name__ == "__main__":
    main()
