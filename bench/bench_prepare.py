"""Benchmark: ingest + chunk + select on the 2,225-article BBC corpus.

Run: python bench/bench_prepare.py [CORPUS_DIR] [--topic TOPIC]
Prints the time of each stage and the process's peak memory (max RSS).
Goal (issue 2): under 10 s on the 2-core build machine.
"""

from __future__ import annotations

import time

from common import parse_args, peak_rss_mb

from briefer.chunk import chunk_all
from briefer.ingest import ingest
from briefer.select import build_query, select


def main() -> None:
    args = parse_args(__doc__)

    t0 = time.perf_counter()
    corpus = ingest([args.corpus])
    t1 = time.perf_counter()
    chunks = chunk_all(corpus.sources)
    t2 = time.perf_counter()
    selection = select(chunks, build_query(args.topic))
    t3 = time.perf_counter()
    peak_mb = peak_rss_mb()

    print(f"corpus:   {args.corpus}")
    print(
        f"sources:  {len(corpus.sources)} stories, {len(corpus.skipped)} skipped, "
        f"{len(corpus.notes)} notes"
    )
    print(f"chunks:   {len(chunks)} ({len(selection.chunks)} on topic '{args.topic}')")
    print(f"ingest:   {t1 - t0:6.2f} s")
    print(f"chunk:    {t2 - t1:6.2f} s")
    print(f"select:   {t3 - t2:6.2f} s")
    print(f"total:    {t3 - t0:6.2f} s  (goal < 10 s)")
    print(f"peak RSS: {peak_mb:6.0f} MB")


if __name__ == "__main__":
    main()
