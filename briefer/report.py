"""What the CLI shows besides the brief: tables and one-line notices, on the right stream."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date

from rich.console import Console
from rich.table import Table

from .ingest import Corpus
from .ingest.story import resolve_age
from .logs import redact
from .models import Brief, Source
from .pipeline import Prepared


def stdout_console() -> Console:
    """Created per call so test runners that swap sys.stdout capture it."""
    return Console(file=sys.stdout, width=None if sys.stdout.isatty() else 200, highlight=False)


def stderr_console() -> Console:
    return Console(file=sys.stderr, width=None if sys.stderr.isatty() else 200, highlight=False)


def say(line: str) -> None:
    """One line on stderr, through the redactor: every message to the user goes here."""
    stderr_console().print(redact(line), markup=False, soft_wrap=True, highlight=False)


def print_notes(corpus: Corpus) -> None:
    """One line per skipped input and per note, on stderr, so stdout stays the result."""
    for skipped in corpus.skipped:
        say(f"briefer: skipped {skipped.path}: {skipped.reason}")
    for note in dict.fromkeys(corpus.notes):
        say(f"briefer: note: {note}")


def _passages(out: Console, prepared: Prepared) -> None:
    table = Table(title="On-topic passages (BM25 score)", title_justify="left")
    for name in ("chunk", "score", "text"):
        table.add_column(name, justify="right" if name == "score" else "left")
    for chunk in prepared.selection.chunks:
        text = " ".join(chunk.text.split())
        table.add_row(
            chunk.id,
            f"{prepared.selection.scores[chunk.id]:.2f}",
            text[:157] + "…" if len(text) > 160 else text,
        )
    out.print(table, markup=False)


def sources_table(
    prepared: Prepared, show_passages: bool = False, show_stripped: bool = False
) -> None:
    """Every story found with its on-topic share, then every input that was skipped."""
    selection = prepared.selection
    total: dict[str, int] = {}
    for chunk in prepared.chunks:
        total[chunk.source_id] = total.get(chunk.source_id, 0) + 1
    table = Table(title=f"Stories found — topic: {selection.query.topic}", title_justify="left")
    for name in ("id", "outlet", "title", "date", "words", "on topic"):
        table.add_column(name, justify="right" if name in ("words", "on topic") else "left")
    copies = any(source.copies for source in prepared.corpus.sources)
    if copies:
        table.add_column("same story also run by")
    outlets = prepared.outlets
    for source in newest_first(prepared.corpus.sources):
        on_topic = selection.on_topic_count(source.id)
        style = None if on_topic else "dim"
        row = [
            source.id,
            _labelled(source.outlet, outlets.labels(source.outlet)),
            source.title,
            source.when or "—",
            str(source.words),
            f"{on_topic}/{total.get(source.id, 0)}",
        ]
        if copies:
            row.append(
                "; ".join(
                    f"{_labelled(c.outlet, outlets.labels(c.outlet))} ({c.id})"
                    for c in source.copies
                )
            )
        table.add_row(*row, style=style)
    out = stdout_console()
    out.print(table, markup=False)
    sources_on_topic = len({chunk.source_id for chunk in selection.chunks})
    stories = len(prepared.corpus.sources)
    out.print(
        f"{stories} {plural(stories, 'story', 'stories')}, {sources_on_topic} on topic; "
        f"{len(selection.chunks)} of {len(prepared.chunks)} "
        f"{plural(len(prepared.chunks), 'passage')} on topic.",
        markup=False,
    )
    corpus = prepared.corpus
    if prepared.copies:
        out.print(
            f"{prepared.copies} syndicated {plural(prepared.copies, 'copy', 'copies')} "
            "merged into the story they copy.",
            markup=False,
        )
    if prepared.since:
        out.print(
            f"Since {prepared.since.isoformat()}: {corpus.too_old} older "
            f"{plural(corpus.too_old, 'source')} left out; {corpus.undated} with no date "
            "kept.",
            markup=False,
        )
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


def newest_first(sources: Sequence[Source]) -> list[Source]:
    """Newest first (an age the page showed counts back from today), then the undated in
    the order they were read."""
    today = date.today()

    def order(source: Source) -> tuple[bool, int]:
        when = source.published or (resolve_age(source.age, today) if source.age else None)
        return (when is None, -(when.toordinal() if when else 0))

    return sorted(sources, key=order)


def _labelled(outlet: str | None, labels: Sequence[str]) -> str:
    return (outlet or "—") + (f" [{', '.join(labels)}]" if labels else "")


def print_usage(brief: Brief) -> None:
    """One line per LLM stage: requests made, answers from the cache, tokens in and out."""
    for use in brief.stats.usage:
        say(
            f"briefer: {use.stage}: {use.requests} {plural(use.requests, 'request')}, "
            f"{use.cached} cached, {use.input_tokens:,} tokens in, {use.output_tokens:,} out"
        )
    by_reason: dict[str, list[str]] = {}
    for failure in brief.stats.failed_chunks:
        chunk_id, _, reason = failure.partition(": ")
        by_reason.setdefault(reason, []).append(chunk_id)
    for reason, ids in by_reason.items():  # one line per reason, not one per passage
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        say(
            f"briefer: {len(ids)} {plural(len(ids), 'passage')} could not be read by the "
            f"model ({shown}): {reason}"
        )


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'passage' or 'passages' as `count` asks ('1 source', '2 sources')."""
    return noun if count == 1 else (many or noun + "s")
