"""How to reach the model: plain settings, importable without the openai SDK, so an offline
run never pays for importing it (about half a second)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

    from ..cost import Meter

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 60.0  # seconds per request (--timeout)


@dataclass
class LLMSettings:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    concurrency: int = 4
    batch_chars: int = 12_000  # passage text per extraction request
    timeout: float = DEFAULT_TIMEOUT
    max_attempts: int = 6
    max_retry_seconds: float = 180.0  # total time one request may spend being retried
    cache_dir: Path | None = None
    record_dir: Path | None = None
    replay_dir: Path | None = None
    transport: httpx2.AsyncBaseTransport | None = None  # injected by tests and benchmarks
    max_wait: float = 60.0
    meter: Meter | None = None  # running requests, tokens and cost; its limit is --max-cost


def default_cache_dir() -> Path:
    """The user's cache dir for briefer (platformdirs), e.g. ~/.cache/briefer/llm."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefer")) / "llm"
