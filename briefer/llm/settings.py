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


@dataclass
class LLMSettings:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    concurrency: int = 4
    batch_chars: int = 12_000  # passage text per extraction request
    timeout: float = 120.0
    max_attempts: int = 6
    cache_dir: Path | None = None
    record_dir: Path | None = None
    replay_dir: Path | None = None
    transport: httpx2.AsyncBaseTransport | None = None  # injected by tests and benchmarks
    max_wait: float = 60.0
    meter: Meter | None = None  # running requests, tokens and cost; its limit is --max-cost
