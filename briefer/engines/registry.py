"""The one place that decides which engine runs and builds it."""

from __future__ import annotations

from ..actors import Actors
from ..llm.settings import LLMSettings
from ..select import TopicQuery
from ..settings import ENGINES, Settings
from .base import Engine, Progress
from .offline import OfflineEngine

__all__ = ["ENGINES", "build_engine", "choose_engine"]


def choose_engine(settings: Settings, *, wants_llm: bool = False, auto: bool = True) -> str:
    """The engine the settings name; else, when `auto`, llm if a model endpoint is
    configured (an API key or a base URL) or the run needs a model (`wants_llm`: a replay, a
    dry run, a spending limit typed for this run), else offline."""
    if settings.engine:
        return settings.engine
    endpoint = settings.api_key is not None or bool(settings.base_url)
    return "llm" if auto and (endpoint or wants_llm) else "offline"


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
