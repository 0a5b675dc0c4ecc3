"""Read and clean many files on every core, keeping the order a single reader would give.

Reading, decoding and cleaning a file is independent of every other file, so a folder of
thousands is split among worker processes; the parent keeps the order, so the sources, their
ids and the skipped lines come out exactly as without workers. A small folder is read in
the parent: starting workers costs more than it saves there (see bench/bench_scale.py).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path
from typing import TypeVar

MIN_FILES_PER_WORKER = 200  # measured on the BBC folders: below this a pool does not pay
BATCH = 32  # files sent to a worker at once: fewer round trips, still balanced

T = TypeVar("T")


def worker_count(files: int, requested: int | None = None) -> int:
    """How many processes should read `files` files: 1 (the parent) for a small pile."""
    if requested is not None:
        return max(1, requested)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # spawned workers would re-import the caller's main script: not ours to run
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, files // MIN_FILES_PER_WORKER))


def map_in_order(
    work: Callable[[Path, int], T], paths: Sequence[Path], max_bytes: int, workers: int
) -> Iterator[T]:
    """`work(path, max_bytes)` for every path, in order, on `workers` processes."""
    if workers <= 1:
        yield from map(work, paths, repeat(max_bytes))
        return
    # fork: a worker starts as a copy of the parent, with nothing to import and no main
    # script to re-run (spawn and forkserver re-run it). A worker only reads and parses
    # files, so a thread of the parent's (a progress bar) holds nothing it needs.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(work, paths, repeat(max_bytes), chunksize=BATCH)
