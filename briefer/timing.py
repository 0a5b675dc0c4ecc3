"""How long each stage of a run took and how much memory the process held: for `-v` and the
benchmarks, never for the brief (a brief must not change with the machine's load)."""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


def peak_rss_mb() -> float:
    """The largest resident size this process or any finished worker of it reached (Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


@dataclass
class StageTimes:
    """Seconds per stage, in the order the stages ran, and the peak memory after each."""

    seconds: dict[str, float] = field(default_factory=dict)
    peak_mb: dict[str, float] = field(default_factory=dict)
    on_start: Callable[[str], None] | None = None  # told each stage's name (progress)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.on_start is not None:
            self.on_start(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.seconds[name] = self.seconds.get(name, 0.0) + elapsed
            self.peak_mb[name] = peak_rss_mb()
            log.info("stage %s: %.2f s (peak memory %.0f MB)", name, elapsed, self.peak_mb[name])

    @property
    def total(self) -> float:
        return sum(self.seconds.values())
