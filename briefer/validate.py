"""Options checked before any work, each problem one line that says what to do."""

from __future__ import annotations

import math

from .errors import BrieferError, OptionError


def check_topic(topic: str) -> str:
    """The topic, stripped; an empty one is an error, not a brief about nothing."""
    topic = " ".join(topic.split())
    if not topic:
        raise OptionError("--topic is empty: say what the brief is about, e.g. --topic ceasefire")
    return topic


def check_max_file_mb(value: float) -> float:
    if not math.isfinite(value) or value <= 0:
        raise OptionError(f"--max-file-mb must be a number of megabytes above 0, got {value:g}")
    return value


def check_llm_endpoint(
    engine: str, api_key: str | None, base_url: str | None, replay: object | None
) -> None:
    """The llm engine needs somewhere to send requests; say what to set rather than call
    the public API with no key."""
    if engine == "llm" and not (api_key or base_url or replay):
        raise BrieferError(
            "--engine llm needs a model endpoint: set OPENAI_API_KEY (OpenAI's API) or "
            "--base-url / OPENAI_BASE_URL (a local server such as Ollama), or use "
            "--engine offline"
        )
