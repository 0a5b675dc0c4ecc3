"""Benchmark: what the checks do to a perfect model's answers, and to corrupted ones.

Run: python bench/bench_perfect_model.py [--sample] [--corrupt 0.2]
The "model" is tests/polnear.py's PerfectModel: every annotated direct quote of PolNeAR's
training split, verbatim, with its annotated speaker and passage id (no model is involved).
Run once clean and once with a share of its statements corrupted (a wrong speaker, another
passage's id, a paraphrased quote). Prints, for each run, the share of statements the checks
drop and the precision of what is kept against the annotations; for the corrupted run, how
many corrupted statements of each kind got through.
Goals (issue 16): clean run <= 10% dropped; precision >= 98% on both runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

from polnear import POLNEAR, PerfectModel, perfect_transport, sample_names

from briefer.annotations import load_annotated
from briefer.evaluate import EvalOptions, EvalReport, evaluate_articles
from briefer.llm.client import LLMSettings


def run(articles, corrupt: float) -> tuple[EvalReport, PerfectModel, float]:
    model = PerfectModel(articles, corrupt=corrupt)
    settings = LLMSettings(model="perfect-model", transport=perfect_transport(model))
    started = time.perf_counter()
    report = evaluate_articles(articles, EvalOptions(engine="llm", llm=settings))
    return report, model, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", action="store_true", help="the fixed CI sample only")
    parser.add_argument("--corrupt", type=float, default=0.2)
    args = parser.parse_args()
    names = sample_names() if args.sample else None
    articles = load_annotated(POLNEAR, names=names)
    quotes = sum(len(a.quotes) for a in articles)
    print(
        f"{'sample' if args.sample else 'training split'}: {len(articles)} articles, "
        f"{quotes} annotated direct quotes"
    )
    for corrupt in (0.0, args.corrupt):
        report, model, seconds = run(articles, corrupt)
        total = report.total
        dropped = sum(total.dropped.values())
        corrupted = Counter(o.corruption for o in model.offered if o.corruption)
        print(
            f"\ncorrupt={corrupt:.0%}: offered {total.offered} ({sum(corrupted.values())} "
            f"corrupted: {dict(corrupted)}), kept {total.kept}, {seconds:.1f} s"
        )
        print(f"  dropped   {dropped / total.offered:6.1%}  ({dropped})")
        for reason, count in total.dropped.most_common():
            print(f"            {count / total.offered:6.1%}  {reason}")
        print(
            f"  precision {total.precision:6.1%}  ({total.kept - total.correct} kept "
            "statements the annotations do not back)"
        )
        print(f"  recall    {total.recall:6.1%}")
    print("\ngoals: dropped <= 10% on the clean run; precision >= 98% on both")


if __name__ == "__main__":
    main()
