"""What the CLI shows besides the brief: tables and one-line notices, on the right stream."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from .ingest import Corpus
from .models import Brief
from .pipeline import Prepared


def stdout_console() -> Console:
    """Created per call so test runners that swap sys.stdout capture it."""
    return Console(file=sys.stdout, width=None if sys.stdout.isatty() else 200, highlight=False)


def stderr_console() -> Console:
    return Console(file=sys.stderr, width=None if sys.stderr.isatty() else 200, highlight=False)


def print_notes(corpus: Corpus) -> None:
    """One line per skipped input and per note, on stderr, so stdout stays the result."""
    err = stderr_console()
    for skipped in corpus.skipped:
        err.print(f"briefer: skipped {skipped.path}: {skipped.reason}", markup=False,
                  soft_wrap=True)
    for note in corpus.notes:
        err.print(f"briefer: note: {note}", markup=False, soft_wrap=True)


def _passages(out: Console, prepared: Prepared) -> None:
    table = Table(title="On-topic passages (BM25 score)", title_justify="left")
    for name in ("chunk", "score", "text"):
        table.add_column(name, justify="right" if name == "score" else "left")
    for chunk in prepared.selection.chunks:
        text = " ".join(chunk.text.split())
        table.add_row(chunk.id, f"{prepared.selection.scores[chunk.id]:.2f}",
                      text[:157] + "…" if len(text) > 160 else text)
    out.print(table, markup=False)


def sources_table(prepared: Prepared, show_passages: bool = False,
                  show_stripped: bool = False) -> None:
    """Every story found with its on-topic share, then every input that was skipped."""
    selection = prepared.selection
    total: dict[str, int] = {}
    for chunk in prepared.chunks:
        total[chunk.source_id] = total.get(chunk.source_id, 0) + 1
    table = Table(title=f"Stories found — topic: {selection.query.topic}", title_justify="left")
    for name in ("id", "outlet", "title", "date", "words", "on topic"):
        table.add_column(name, justify="right" if name in ("words", "on topic") else "left")
    for source in prepared.corpus.sources:
        on_topic = selection.on_topic_count(source.id)
        style = None if on_topic else "dim"
        table.add_row(source.id, source.outlet or "—", source.title, source.when or "—",
                      str(source.words), f"{on_topic}/{total.get(source.id, 0)}", style=style)
    out = stdout_console()
    out.print(table, markup=False)
    sources_on_topic = len({chunk.source_id for chunk in selection.chunks})
    out.print(f"{len(prepared.corpus.sources)} stories, {sources_on_topic} on topic; "
              f"{len(selection.chunks)} of {len(prepared.chunks)} passages on topic.",
              markup=False)
    if show_passages:
        _passages(out, prepared)
    if show_stripped:
        for path, lines in prepared.corpus.stripped.items():
            out.print(f"\nStripped from {path} ({len(lines)} lines):", markup=False)
            for line in lines:
                out.print(f"  - {line[:117] + '…' if len(line) > 120 else line}", markup=False)
    if prepared.corpus.skipped:
        skipped = Table(title="Skipped", title_justify="left")
        skipped.add_column("file")
        skipped.add_column("reason")
        for item in prepared.corpus.skipped:
            skipped.add_row(item.path, item.reason)
        out.print(skipped, markup=False)


def print_usage(brief: Brief) -> None:
    """One line per LLM stage: requests made, answers from the cache, tokens in and out."""
    err = stderr_console()
    for use in brief.stats.usage:
        err.print(f"briefer: {use.stage}: {use.requests} requests, {use.cached} cached, "
                  f"{use.input_tokens:,} tokens in, {use.output_tokens:,} out", markup=False)
    for failure in brief.stats.failed_chunks:
        err.print(f"briefer: could not read passage {failure}", markup=False, soft_wrap=True)
