"""What the benchmarks share: the corpus they default to and their command line."""

from __future__ import annotations

import argparse
import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
BBC_POLITICS = DEFAULT_CORPUS / "politics"
RECORDINGS = ROOT / "tests" / "recordings" / "ceasefire"  # hand-written, see its maker


def parse_args(doc: str, default_topic: str = "identity cards") -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--topic", default=default_topic)
    return parser.parse_args()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
