"""Wire the stages together. Each stage is a plain function; this module only connects them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .chunk import DEFAULT_MAX_CHARS, chunk_all
from .ingest import Corpus, IngestOptions, ingest
from .models import Chunk
from .select import Selection, build_query, load_topics, select


@dataclass
class RunOptions:
    """Everything a run needs to know that is not the topic or the inputs."""

    as_of: date | None = None
    max_file_bytes: int = 20_000_000
    chunk_chars: int = DEFAULT_MAX_CHARS
    topics_files: Sequence[Path] = ()
    actors_files: Sequence[Path] = ()
    ingest: IngestOptions = field(default_factory=IngestOptions)


@dataclass
class Prepared:
    """Sources, their chunks and the on-topic selection: everything before an engine runs."""

    corpus: Corpus
    chunks: list[Chunk]
    selection: Selection


def prepare(inputs: Sequence[str], topic: str, options: RunOptions) -> Prepared:
    """Ingest, chunk and select: the model-free front half of every run."""
    ingest_options = options.ingest
    ingest_options.as_of = options.as_of
    ingest_options.max_bytes = options.max_file_bytes
    corpus = ingest(inputs, ingest_options)
    chunks = chunk_all(corpus.sources, options.chunk_chars)
    query = build_query(topic, load_topics(options.topics_files))
    return Prepared(corpus, chunks, select(chunks, query))
