"""Wire the stages together. Each stage is a plain function; this module only connects them."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .actors import load_actors
from .annotate import annotate
from .attribution import Attributed, check_attributions
from .chunk import DEFAULT_MAX_CHARS, chunk_all
from .compose import ComposeOptions, compose
from .dedupe import collapse_copies
from .engines.base import Engine, Extraction, Progress
from .engines.registry import build_engine
from .ground import Grounded, ground_statements
from .ingest import Corpus, IngestOptions, ingest
from .language import looks_english
from .llm.settings import LLMSettings
from .models import Brief, Chunk, Source, Stats
from .notices import extraction_notices, synthesis_notices
from .outlets import Outlets, load_outlets
from .rank import plan_positions
from .select import Selection, build_query, load_topics, select
from .timing import StageTimes


@dataclass
class RunOptions:
    """Everything a run needs to know that is not the topic or the inputs."""

    as_of: date | None = None
    max_file_bytes: int = 20_000_000
    chunk_chars: int = DEFAULT_MAX_CHARS
    topics_files: Sequence[Path] = ()
    actors_files: Sequence[Path] = ()
    engine: str = "offline"
    max_words: int = 600
    title: str | None = None
    generated_at: date | None = None
    llm: LLMSettings | None = None
    progress: Progress | None = None  # told how extraction advances
    ingest: IngestOptions = field(default_factory=IngestOptions)
    since: date | None = None  # leave out sources dated before this
    outlets_files: Sequence[Path] = ()
    compare: Brief | None = None  # mark what is new since this brief
    times: StageTimes = field(default_factory=StageTimes)  # filled in as the stages run


@dataclass
class Prepared:
    """Sources, their chunks and the on-topic selection: everything before an engine runs."""

    corpus: Corpus
    chunks: list[Chunk]
    selection: Selection
    outlets: Outlets = field(default_factory=load_outlets)
    copies: int = 0  # syndicated copies folded into the story they copy
    since: date | None = None


def prepare(inputs: Sequence[str], topic: str, options: RunOptions) -> Prepared:
    """Ingest, name outlets, fold syndicated copies, chunk and select: the model-free front
    half of every run."""
    ingest_options = options.ingest
    ingest_options.as_of = options.as_of
    ingest_options.max_bytes = options.max_file_bytes
    ingest_options.since = options.since
    outlets = load_outlets(options.outlets_files)
    ingest_options.outlet_for_url = outlets.for_url
    times = options.times
    with times.stage("ingest"):
        corpus = ingest(inputs, ingest_options)
        for source in corpus.sources:
            source.outlet = outlets.display(source.outlet)
    with times.stage("dedupe"):
        collapsed = collapse_copies(corpus.sources)
        corpus.sources = collapsed.sources
    with times.stage("chunk"):
        chunks = chunk_all(corpus.sources, options.chunk_chars)
    with times.stage("select"):
        query = build_query(topic, load_topics(options.topics_files))
        selection = select(chunks, query, {s.id: s.title for s in corpus.sources})
    return Prepared(corpus, chunks, selection, outlets, collapsed.copies, options.since)


def make_brief(
    inputs: Sequence[str],
    topic: str,
    options: RunOptions,
    prepared: Prepared | None = None,
    engine: Engine | None = None,
) -> tuple[Brief, Prepared]:
    """The whole pipeline: prepare (unless the caller already did, to estimate the cost),
    extract with the engine (the one `options.engine` names, unless given), ground, group,
    synthesize, compose."""
    prepared = prepared or prepare(inputs, topic, options)
    sources = {source.id: source for source in prepared.corpus.sources}
    actors = load_actors(options.actors_files)
    selection = prepared.selection
    if engine is None:
        engine = build_engine(
            options.engine, actors, selection.query, options.llm, options.progress
        )
    times = options.times
    try:
        with times.stage("extract"):
            extraction = engine.extract(selection.chunks, sources)
        with times.stage("ground"):
            grounded = ground_statements(extraction.statements, sources)
            attributed = check_attributions(grounded.statements, sources)
            grounded.statements = attributed.statements
        compose_options = _compose_options(engine, extraction, grounded, attributed, topic, options)
        compose_options.finish = _finisher(prepared, sources, options)
        if selection.by_words:
            compose_options.notices.append(
                f"No story has the words “{topic}” together: the stories kept have each of them."
            )
        with times.stage("group"):
            plan = plan_positions(
                grounded.statements,
                sources,
                selection.scores,
                actors,
                selection.query,
                compose_options.per_actor,
                compose_options.max_actors,
            )
        with times.stage("synthesize"):
            synthesis = engine.synthesize(plan.positions)
        with times.stage("compose"):
            if engine.english_only:
                prepared.corpus.notes += _not_english(prepared, grounded, sources)
            stats = _stats(engine, extraction, grounded, attributed, prepared)
            brief = compose(plan, synthesis.written, sources, actors, compose_options, stats)
    finally:
        engine.close()
    brief.made_in = os.getcwd()  # relative source paths are relative to this: `check` needs it
    brief.notices += synthesis_notices(synthesis)
    brief.stats.usage = extraction.usage + synthesis.usage
    return brief, prepared


def _compose_options(
    engine: Engine,
    extraction: Extraction,
    grounded: Grounded,
    attributed: Attributed,
    topic: str,
    options: RunOptions,
) -> ComposeOptions:
    """The page's options; the notices known before composing, so the page fit counts them."""
    return ComposeOptions(
        topic=topic,
        generated_at=options.generated_at or options.as_of or date.today(),
        title=options.title,
        max_words=options.max_words,
        per_actor=engine.statements_per_actor,
        notices=extraction_notices(engine, extraction, grounded, len(attributed.dropped)),
    )


def _stats(
    engine: Engine,
    extraction: Extraction,
    grounded: Grounded,
    attributed: Attributed,
    prepared: Prepared,
) -> Stats:
    """What the stages before compose counted."""
    selection = prepared.selection
    return Stats(
        engine=engine.name,
        model=engine.model,
        endpoint=engine.endpoint,
        sources_read=len({source.id for source in prepared.corpus.sources}),
        sources_on_topic=len({chunk.source_id for chunk in selection.chunks}),
        chunks=len(prepared.chunks),
        chunks_on_topic=len(selection.chunks),
        statements=len(grounded.statements),
        quotes_dropped=grounded.quotes_dropped + extraction.quotes_dropped,
        quotes_garbled=grounded.garbled,
        statements_unattributed=extraction.unattributed,
        attributions_dropped=len(attributed.dropped),
        skipped_inputs=len(prepared.corpus.skipped),
        failed_chunks=extraction.failed_chunks,
    )


def _finisher(
    prepared: Prepared, sources: dict[str, Source], options: RunOptions
) -> Callable[[Brief], Brief]:
    """Outlet labels, dates and copies, and what is new since --compare: added to every
    draft the composer lays out, so the one-page fit counts them."""

    def finish(brief: Brief) -> Brief:
        brief = _dated(annotate(brief, sources, prepared.outlets), prepared, options.since)
        if options.compare is not None:
            from .diff import mark_new

            brief = mark_new(brief, options.compare)
        return brief

    return finish


def _dated(brief: Brief, prepared: Prepared, since: date | None) -> Brief:
    """Count what --since left out, the undated and the copies, and say so in one line."""
    corpus = prepared.corpus
    stats = brief.stats.model_copy(
        update={
            "sources_too_old": corpus.too_old,
            "sources_undated": corpus.undated,
            "syndicated_copies": prepared.copies,
            "since": since,
        }
    )
    notices = list(brief.notices)
    if since:
        notices.append(
            f"Sources dated before {since.isoformat()} were left out "
            f"({corpus.too_old}); {corpus.undated} with no date found were kept."
        )
    if prepared.copies:
        copies = prepared.copies
        notices.append(
            f"{copies} syndicated {'copy' if copies == 1 else 'copies'} merged into "
            f"the {'story' if copies == 1 else 'stories'} they copy: a story counts "
            "as one report however many outlets ran it."
        )
    return brief.model_copy(update={"stats": stats, "notices": notices})


def _not_english(prepared: Prepared, grounded: Grounded, sources: dict[str, Source]) -> list[str]:
    """A note per on-topic story that gave no statement and does not read as English: the
    offline engine's rules are English, so silence there says nothing about the story."""
    heard = {e.source_id for s in grounded.statements for e in s.evidence}
    on_topic = dict.fromkeys(chunk.source_id for chunk in prepared.selection.chunks)
    return [
        f"{sources[sid].path} ({sid}) does not look like English: the offline engine reads "
        "English only, so it found no statement there (try --engine llm)"
        for sid in on_topic
        if sid not in heard and not looks_english(sources[sid].text)
    ]
