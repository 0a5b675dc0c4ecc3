"""What a flaky API costs: wall time of LLM briefs at a 10% fault rate against a clean run.

Runs make_brief against tests/openai_server.py on 127.0.0.1 (every answer after a fixed
model delay) twice over: with no faults, and with 10% of requests given a fault a client
must recover from (429 with and without Retry-After, 500/502/503, a hung request the client
times out on, a dropped connection, a non-JSON body, no choices, an answer failing the
schema, unknown ids). Real retry settings: exponential backoff with jitter, Retry-After
honoured, a 2 s client timeout. Each fault seed gives a different draw; the figure is the
ratio of median wall times. Goal: <= 1.5x. Not a test: it prints its figures.

    python bench/bench_faults.py [--seeds 9] [--delay 0.1] [--batch-chars 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from datetime import date

from common import BBC_POLITICS, RECORDINGS, ROOT

sys.path.insert(0, str(ROOT / "tests"))

from openai_server import RECOVERABLE, FaultPlan, improvised_answer, serve

from briefer.llm.client import LLMSettings
from briefer.pipeline import RunOptions, make_brief


def run(
    plan: FaultPlan, delay: float, inputs: list[str], topic: str, batch_chars: int
) -> tuple[float, int, Counter, list[str]]:
    with serve(RECORDINGS, plan=plan, delay=delay, answer=improvised_answer) as server:
        settings = LLMSettings(
            model="hand-written-fixture",
            base_url=server.base_url,
            api_key="bench",
            concurrency=4,
            batch_chars=batch_chars,
            timeout=2.0,
        )
        start = time.perf_counter()
        brief, _ = make_brief(
            inputs, topic, RunOptions(engine="llm", llm=settings, generated_at=date(2025, 1, 1))
        )
        wall = time.perf_counter() - start
    return wall, server.requests, server.faults, brief.stats.failed_chunks


def measure(
    label: str, inputs: list[str], topic: str, seeds: int, delay: float, batch_chars: int
) -> None:
    plan = FaultPlan(rate=0.0, hang=3.0)
    run(plan, delay, inputs, topic, batch_chars)  # warm-up
    clean = [run(plan, delay, inputs, topic, batch_chars) for _ in range(3)]
    faulty = [
        run(
            FaultPlan(rate=0.1, faults=RECOVERABLE, seed=seed, hang=3.0),
            delay,
            inputs,
            topic,
            batch_chars,
        )
        for seed in range(seeds)
    ]
    clean_wall = statistics.median(wall for wall, *_ in clean)
    faulty_walls = [wall for wall, *_ in faulty]
    faults = sum((f for _, _, f, _ in faulty), Counter())
    failed = sum(len(f) for *_, f in faulty)
    print(
        f"== {label}: {clean[0][1]} requests per clean run, delay {delay * 1000:.0f} ms, "
        f"concurrency 4"
    )
    print(f"clean:      median {clean_wall:.2f} s of 3 runs")
    print(
        f"10% faults: median {statistics.median(faulty_walls):.2f} s of {seeds} seeds "
        f"(min {min(faulty_walls):.2f}, max {max(faulty_walls):.2f}); "
        f"{sum(faults.values())} faults drawn: {dict(faults.most_common())}"
    )
    print(
        f"cost:       {statistics.median(faulty_walls) / clean_wall:.2f}x median, "
        f"{max(faulty_walls) / clean_wall:.2f}x worst  (goal <= 1.5x); "
        f"passages lost: {failed}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=9)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--batch-chars", type=int, default=2000)
    args = parser.parse_args()
    measure(
        "seeds, ceasefire (recordings)",
        [str(ROOT / "seeds")],
        "ceasefire",
        args.seeds,
        args.delay,
        12_000,
    )
    if BBC_POLITICS.is_dir():
        measure(
            f"BBC politics, identity cards (improvised, {args.batch_chars}-char batches)",
            [str(BBC_POLITICS)],
            "identity cards",
            args.seeds,
            args.delay,
            args.batch_chars,
        )


if __name__ == "__main__":
    main()
