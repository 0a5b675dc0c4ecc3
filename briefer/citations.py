"""Citations: number sources in order of first citation, and build the excerpts they point to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from . import spans
from .models import Excerpt, Sentence, Source, SourceEntry, Statement

MAX_CONTEXT_EXTRA_CHARS = 320


def number_sources(
    sentences: Iterable[Sentence], statements: Mapping[str, Statement]
) -> dict[str, int]:
    """Source id -> citation number, in the order a reader meets them."""
    numbers: dict[str, int] = {}
    for sentence in sentences:
        for statement_id in sentence.statement_ids:
            for evidence in statements[statement_id].evidence:
                numbers.setdefault(evidence.source_id, len(numbers) + 1)
    return numbers


def cite(
    sentence: Sentence, statements: Mapping[str, Statement], numbers: Mapping[str, int]
) -> Sentence:
    """The sentence with one source number per statement it stands on."""
    citations = [numbers[statements[sid].source_id] for sid in sentence.statement_ids]
    return sentence.model_copy(update={"citations": citations})


def source_entries(numbers: Mapping[str, int], sources: Mapping[str, Source]) -> list[SourceEntry]:
    entries = []
    for source_id, number in sorted(numbers.items(), key=lambda item: item[1]):
        source = sources[source_id]
        entries.append(
            SourceEntry(
                number=number,
                id=source.id,
                title=source.title,
                outlet=source.outlet,
                date=source.when,
                url=source.url,
                path=source.path,
            )
        )
    return entries


def excerpts(
    statements: Iterable[Statement], sources: Mapping[str, Source], numbers: Mapping[str, int]
) -> list[Excerpt]:
    """One excerpt per cited statement: the quote, and the source sentence(s) around it."""
    found = []
    for statement in statements:
        evidence = statement.said
        source = sources[evidence.source_id]
        found.append(
            Excerpt(
                anchor=f"ex-{statement.id}",
                statement_id=statement.id,
                source_number=numbers[evidence.source_id],
                speaker=statement.speaker,
                outlet=source.outlet or Path(source.path).name,
                quote=evidence.quote,
                context=excerpt_context(source, evidence.start, evidence.end),
            )
        )
    return sorted(found, key=lambda excerpt: (excerpt.source_number, excerpt.anchor))


def excerpt_context(source: Source, start: int, end: int) -> str:
    """The whole sentence(s) holding the span, so the attribution shows; the span if too long."""
    begin, finish = spans.sentence_bounds(source.text, start, end, outside=(start, end))
    context = source.text[begin:finish]
    if (finish - begin) - (end - start) > MAX_CONTEXT_EXTRA_CHARS or "\ufffd" in context:
        return source.text[start:end]  # an undecodable byte (U+FFFD) is never shown verbatim
    return context


def previous_sentence(source: Source, start: int) -> str:
    """The sentence before the one holding `start` (news paragraphs are often one sentence
    long, so it may end the paragraph before), or ''."""
    found = spans.previous_sentence(source.text, start)
    return source.text[slice(*found)] if found else ""
