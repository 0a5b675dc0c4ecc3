"""Progress that tells the truth on long runs: files read, passages on topic, the stage
running, and for a model its requests done of the expected total with the tokens and money
spent so far. Live on stderr when it is a terminal; one summary line otherwise."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.live import Live
from rich.text import Text

from .cost import Estimate, Meter
from .select import Selection


@dataclass
class RunState:
    """What the run has done so far; every field is a plain count the pipeline updates."""

    files: int = 0
    stage: str = "reading files"
    passages: int | None = None  # on topic, once selected
    stories: int | None = None
    chunks: int | None = None
    expected_requests: int | None = None
    meter: Meter | None = None
    started: float = field(default_factory=time.monotonic)

    def file_read(self, count: int = 1) -> None:
        self.files += count

    def stage_started(self, name: str) -> None:
        self.stage = name

    def selected(self, selection: Selection, chunks: int) -> None:
        self.passages = len(selection.chunks)
        self.stories = len({chunk.source_id for chunk in selection.chunks})
        self.chunks = chunks

    def expect(self, estimate: Estimate, meter: Meter) -> None:
        self.expected_requests = estimate.requests + sum(s.cached for s in estimate.stages)
        self.meter = meter

    def line(self, done: bool = False) -> str:
        parts = [f"{self.files:,} files read"]
        if self.passages is not None:
            parts.append(
                f"{self.passages:,} of {self.chunks:,} passages on topic "
                f"in {self.stories:,} stories"
            )
        meter = self.meter
        if meter is not None:
            answered = meter.requests + meter.cached
            total = max(self.expected_requests or 0, answered)
            noun = "request" if (total if not done else answered) == 1 else "requests"
            requests = f"{answered} of {total} {noun}" if not done else f"{answered} {noun}"
            if meter.cached:
                requests += f" ({meter.cached} cached)"
            parts.append(
                f"{requests}, {meter.input_tokens:,} tokens in, {meter.output_tokens:,} out"
            )
            if meter.spent is not None:
                parts.append(f"${meter.spent:.4f} spent")
            if meter.refused:
                parts.append(f"{meter.refused} not sent (cost limit)")
        if not done:  # the summary stays the same from run to run: no clock in it
            parts += [self.stage, f"{time.monotonic() - self.started:.0f} s"]
        return " · ".join(parts)


class _View:
    def __init__(self, state: RunState) -> None:
        self.state = state

    def __rich__(self) -> Text:
        return Text(self.state.line(), style="dim")


@contextmanager
def run_progress(console: Console) -> Iterator[RunState]:
    """A live line while the run works on a terminal; the summary line at the end either way
    (on a terminal it replaces the live one)."""
    state = RunState()
    if not console.is_terminal:
        yield state
        console.print(
            f"briefer: {state.line(done=True)}", markup=False, highlight=False, soft_wrap=True
        )
        return
    with Live(_View(state), console=console, transient=True, refresh_per_second=4):
        yield state
    console.print(
        f"briefer: {state.line(done=True)}", markup=False, highlight=False, soft_wrap=True
    )
