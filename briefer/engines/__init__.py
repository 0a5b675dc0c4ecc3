"""Engines turn on-topic chunks into statements. The pipeline does not know which one runs."""

from .base import Engine, Extraction

__all__ = ["Engine", "Extraction"]
