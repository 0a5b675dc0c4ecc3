"""The one place that decides which engine runs and builds it."""

from __future__ import annotations

import os
from collections.abc import Mapping

from ..actors import Actors
from ..errors import BrieferError
from ..llm.settings import LLMSettings
from ..select import TopicQuery
from .base import Engine, Progress
from .offline import OfflineEngine

ENGINES = ("offline", "llm")


def choose_engine(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The requested engine, else 'llm' when a key or base URL is configured, else 'offline'."""
    environ = os.environ if environ is None else environ
    if requested:
        if requested not in ENGINES:
            raise BrieferError(f"unknown engine {requested!r}: choose one of {', '.join(ENGINES)}")
        return requested
    configured = environ.get("OPENAI_API_KEY") or environ.get("OPENAI_BASE_URL")
    return "llm" if configured else "offline"


def build_engine(
    name: str,
    actors: Actors,
    query: TopicQuery,
    llm: LLMSettings | None = None,
    progress: Progress | None = None,
) -> Engine:
    if name == "offline":
        return OfflineEngine(actors, query)
    from ..llm.client import LLMCaller  # the openai SDK: imported only when a model is used
    from .llm import LLMEngine

    return LLMEngine(LLMCaller(llm or LLMSettings()), actors, query, progress=progress)
