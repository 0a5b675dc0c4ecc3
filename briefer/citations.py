"""Citations: number sources in order of first citation, and build the excerpts they point to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from .chunk import sentence_spans
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
    spans, starts, ends = _spans(source.text)
    first = bisect_right(starts, start) - 1  # the last sentence starting at or before `start`
    begin = spans[first][0] if first >= 0 else start
    last = bisect_left(ends, end)  # the first sentence ending at or after `end`
    finish = spans[last][1] if last < len(spans) else end
    context = source.text[begin:finish]
    if (finish - begin) - (end - start) > MAX_CONTEXT_EXTRA_CHARS or "\ufffd" in context:
        return source.text[start:end]  # an undecodable byte (U+FFFD) is never shown verbatim
    return context


def previous_sentence(source: Source, start: int) -> str:
    """The sentence before the one holding `start` (news paragraphs are often one sentence
    long, so it may end the paragraph before), or ''."""
    spans, starts, _ = _spans(source.text)
    holding = bisect_right(starts, start) - 1
    if holding < 1 or not spans[holding][0] <= start < spans[holding][1]:
        return ""
    begin, end = spans[holding - 1]
    return source.text[begin:end]


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Sentence spans of a source with their starts and ends, computed once: the composer
    asks for an excerpt per statement, and a long story can hold thousands."""
    spans = sentence_spans(text)
    return spans, [s for s, _ in spans], [e for _, e in spans]
