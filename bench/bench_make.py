"""Benchmark: the whole offline `briefer make` on the 2,225-article BBC corpus, one topic.

Run: python bench/bench_make.py [CORPUS_DIR] [--topic TOPIC]
Prints wall time per stage and end to end, and peak memory (max RSS).
Goal (issue 3): under 20 s end to end on the 2-core build machine.
"""

from __future__ import annotations

import time
from datetime import date

from common import parse_args, peak_rss_mb

from briefer.pipeline import RunOptions, make_brief
from briefer.render import render


def main() -> None:
    args = parse_args(__doc__)

    start = time.perf_counter()
    brief, _ = make_brief([args.corpus], args.topic, RunOptions(generated_at=date(2025, 1, 1)))
    made = time.perf_counter()
    outputs = {fmt: render(brief, fmt) for fmt in ("md", "html", "json")}
    rendered = time.perf_counter()
    peak_mb = peak_rss_mb()

    stats = brief.stats
    print(f"corpus:      {args.corpus} ({stats.sources_read} stories)")
    print(
        f"topic:       {args.topic!r}: {stats.chunks_on_topic} of {stats.chunks} passages, "
        f"{stats.sources_on_topic} stories on topic"
    )
    print(
        f"statements:  {stats.statements} found, {stats.statements_used} shown, "
        f"{len(brief.positions)} actors: {', '.join(p.actor for p in brief.positions)}"
    )
    print(f"make_brief:  {made - start:6.2f} s")
    print(f"render x3:   {rendered - made:6.2f} s  ({sum(map(len, outputs.values()))} chars)")
    print(f"end to end:  {rendered - start:6.2f} s  (goal < 20 s)")
    print(f"peak RSS:    {peak_mb:6.0f} MB")


if __name__ == "__main__":
    main()
