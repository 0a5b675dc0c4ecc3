"""Benchmark: the offline `briefer make` on the BBC corpus and on ten times it.

Run: python bench/bench_scale.py [CORPUS_DIR] [--topics T1,T2,...] [--copies 9] [--keep DIR]
                                 [--sizes 1x,10x]

Builds, in a temporary folder, the original articles plus `--copies` rewritten copies of each
(22,250 files for the 2,225 BBC ones): paragraphs rotated and one dropped now and then, and
every other copy saved as a JSON record with another outlet name and date, so no copy is an
exact duplicate of its original. Then runs `briefer make` (offline, as a user would, one
process per run) on five topics at both sizes and prints, per topic, wall time and the peak
memory of the largest process, the seconds of each stage (from `-v`) and how time grew.
On a shared machine wall time depends on the load (printed); CPU time much less so.
Goals (issue 14, 2-core machine): any topic < 8 s on the 2,225 articles, < 40 s on the
22,250, peak memory < 1.5 GiB, and time growing no faster than the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import DEFAULT_CORPUS

TOPICS = ("general election", "film", "iraq", "oil prices", "identity cards")
OUTLETS = (
    "The Morning Ledger",
    "Evening Courier",
    "Northern Gazette",
    "Wire Service Daily",
    "City Chronicle",
    "The Weekly Register",
    "Coastal Times",
    "Metro Herald",
    "Daily Dispatch",
)
_STAGE = re.compile(r"stage (\w+): ([\d.]+) s")


def build_corpus(original: Path, target: Path, copies: int) -> int:
    """The originals plus `copies` rewritten copies of each; returns the number of files."""
    count = 0
    for path in sorted(original.rglob("*.txt")):
        relative = path.relative_to(original)
        text = path.read_bytes().decode("utf-8", errors="replace")
        _write(target / "original" / relative, path.read_bytes())
        count += 1
        title, _, body = text.partition("\n")
        paragraphs = [p for p in body.split("\n") if p.strip()]
        for copy in range(1, copies + 1):
            rotated = _rewrite(paragraphs, copy)
            folder = target / f"copy{copy:02d}" / relative.parent
            if copy % 2:
                record = {
                    "title": title.strip(),
                    "outlet": OUTLETS[copy % len(OUTLETS)],
                    "published": str(date(2005, 1, 1) + timedelta(days=copy * 17 + count % 300)),
                    "text": "\n\n".join(rotated),
                }
                _write(folder / f"{path.stem}.json", json.dumps(record).encode())
            else:
                _write(folder / path.name, (title + "\n\n" + "\n\n".join(rotated)).encode())
            count += 1
    return count


def _rewrite(paragraphs: list[str], copy: int) -> list[str]:
    """Paragraphs rotated by `copy`, the last one left out on every third copy."""
    if len(paragraphs) < 2:
        return paragraphs
    shift = copy % len(paragraphs)
    rotated = paragraphs[shift:] + paragraphs[:shift]
    return rotated[:-1] if copy % 3 == 0 and len(rotated) > 3 else rotated


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def run_make(corpus: Path, topic: str) -> dict:
    """One `briefer make` process: wall and CPU seconds (its workers' included), peak MB of
    its largest process, and the seconds of each stage it logged."""
    command = [
        sys.executable,
        "-m",
        "briefer",
        "make",
        "--engine",
        "offline",
        "-v",
        "--format",
        "json",
        "--topic",
        topic,
        str(corpus),
    ]
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        log = err.read().decode(errors="replace")
    if process.returncode:
        raise SystemExit(f"briefer make failed on {topic!r} ({process.returncode}):\n{log}")
    stages = {name: float(seconds) for name, seconds in _STAGE.findall(log)}
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "stages": stages,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--topics", default=",".join(TOPICS))
    parser.add_argument("--copies", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the big corpus here and keep it")
    parser.add_argument("--sizes", default="1x,10x", help="1x (the corpus), 10x, or both")
    args = parser.parse_args()
    topics = [t.strip() for t in args.topics.split(",") if t.strip()]
    sizes = [s.strip() for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="briefer-scale-") as scratch:
        big = args.keep or Path(scratch) / "corpus"
        start = time.perf_counter()
        if "10x" in sizes and not (big / "original").is_dir():
            files = build_corpus(Path(args.corpus), big, args.copies)
            print(f"built {files:,} files in {big} in {time.perf_counter() - start:.1f} s")
        load = os.getloadavg()
        print(
            f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} "
            f"{load[2]:.1f} at the start"
        )
        results = {}
        for label, corpus in (("1x", Path(args.corpus)), ("10x", big)):
            if label not in sizes:
                continue
            for topic in topics:
                results[label, topic] = run = run_make(corpus, topic)
                stages = "  ".join(f"{name} {sec:.2f}" for name, sec in run["stages"].items())
                print(
                    f"{label:>3} {topic:18s} {run['wall']:6.2f} s wall {run['cpu']:6.2f} s cpu "
                    f"{run['peak_mb']:6.0f} MB   {stages}",
                    flush=True,
                )
        _summary(results, topics, sizes)


def _summary(results: dict, topics: list[str], sizes: list[str]) -> None:
    walls = {size: max(results[size, t]["wall"] for t in topics) for size in sizes}
    peak = max(r["peak_mb"] for r in results.values())
    if len(sizes) == 2:
        print("growth (10x wall / 1x wall; the corpus grew 10x):")
        for topic in topics:
            small, large = results["1x", topic], results["10x", topic]
            print(f"    {topic:18s} {large['wall'] / small['wall']:5.1f}x")
    goals = {"1x": 8, "10x": 40}
    print(
        "slowest: "
        + ", ".join(f"{walls[s]:.1f} s on {s} (goal < {goals[s]} s)" for s in sizes)
        + f"; peak memory {peak:.0f} MB (goal < 1536 MB)"
    )


if __name__ == "__main__":
    main()
