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
import random
import statistics
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import BBC_POLITICS
from typer.testing import CliRunner

from briefer.actors import load_actors
from briefer.cli import app
from briefer.engines.offline import OfflineEngine
from briefer.models import Chunk, Source
from briefer.select import build_query


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
    rng = random.Random(14)

    def name() -> str:
        def word() -> str:
            tail = "".join(rng.choice("aeioulnrstmk") for _ in range(rng.randint(4, 8)))
            return rng.choice(string.ascii_uppercase) + tail

        return f"{word()} {word()}"

    chunks, sources = [], {}
    for number in range(200):
        names = [name() for _ in range(100)]
        lines = [
            f"{a} met {b} and {c} on the harbour plan."
            for a, b, c in zip(names[::3], names[1::3], names[2::3], strict=False)
        ]
        lines += [f"{n} said the harbour plan would fail." for n in names[:10]]
        text = "\n".join(lines)
        sid = f"s{number + 1}"
        sources[sid] = Source(id=sid, title=f"Story {number}", path=f"{sid}.txt", text=text)
        chunks.append(Chunk(id=f"{sid}:1", source_id=sid, start=0, end=len(text), text=text))

    def run() -> None:
        OfflineEngine(load_actors(), build_query("harbour plan")).extract(chunks, sources)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "one-long-story.txt"
        sentence = "Putin said the ceasefire was possible. "
        story.write_text(sentence * (5_000_000 // len(sentence)))
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
