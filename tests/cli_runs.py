"""How tests run briefer against a local model: the `make` arguments they share, and the
command line of a real process (for what a test runner would hide: signals, stderr, files)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import FIXTURE_MODEL, SEEDS


def make_args(
    base_url: str | None,
    *extra: str,
    inputs: Iterable[str | Path] = (SEEDS,),
    topic: str = "ceasefire",
    model: str | None = FIXTURE_MODEL,
    cache: str | Path | bool = False,
) -> list[str]:
    """`make` on the seeds (or `inputs`) against `base_url`, with the fixture model and no
    cache (`cache`: a folder, or True for the user's); `extra` goes last."""
    args = ["make", "--topic", topic, *map(str, inputs)]
    if base_url is not None:
        args += ["--base-url", base_url]
    if model is not None:
        args += ["--model", model]
    if cache is False:
        args.append("--no-cache")
    elif cache is not True:
        args += ["--cache-dir", str(cache)]
    return [*args, *extra]


def key_env(key: str, **more: str) -> dict[str, str]:
    """The environment of a real process: this one's, with `key` as the API key."""
    return {**os.environ, "OPENAI_API_KEY": key, **more}


def briefer(args: list[str], env: dict[str, str], **options: object) -> subprocess.Popen:
    """`python -m briefer ARGS` as a user runs it, output captured as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "briefer", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **options,  # type: ignore[arg-type]
    )


def run_briefer(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess:
    """`briefer`, waited for (and killed after `timeout` seconds)."""
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


@contextmanager
def ctrl_c_reaches_children() -> Iterator[None]:
    """Processes started in the block get SIGINT as a terminal's foreground job does.

    A shell starts background jobs (`pytest &`, nohup, some CI runners) with SIGINT ignored;
    children inherit that, and Python then installs no KeyboardInterrupt handler, so Ctrl-C
    would be lost before briefer saw it. With a handler here, exec resets SIGINT to its
    default in the child, and Python's own handler is installed there."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
