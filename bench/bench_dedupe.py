"""Benchmark: find syndicated copies among the 2,225 BBC stories (which hold real duplicates).

Run: python bench/bench_dedupe.py [CORPUS_DIR]
Prints the stories read, the copies found, the time to find them and the peak memory.
"""

from __future__ import annotations

import time

from common import parse_args, peak_rss_mb

from briefer.dedupe import collapse_copies
from briefer.ingest import ingest


def main() -> None:
    args = parse_args(__doc__)
    corpus = ingest([args.corpus])
    t0 = time.perf_counter()
    collapsed = collapse_copies(corpus.sources)
    t1 = time.perf_counter()
    groups = sum(1 for source in collapsed.sources if source.copies)
    print(f"corpus:   {args.corpus}")
    print(
        f"sources:  {len(corpus.sources)} stories -> {len(collapsed.sources)} "
        f"({collapsed.copies} copies folded into {groups} stories)"
    )
    print(f"dedupe:   {t1 - t0:6.2f} s")
    print(f"peak RSS: {peak_rss_mb():6.0f} MB")


if __name__ == "__main__":
    main()
