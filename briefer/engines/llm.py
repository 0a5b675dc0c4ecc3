"""The LLM engine: a model extracts statements and writes each actor's position.

The model only ever sees ids we gave it (passages c1, c2 … in each request; statements st3 …)
and answers with those ids and verbatim quotes; code maps ids back, and every quote is then
grounded in its source like the offline engine's. Requests run concurrently, bounded by
`concurrency`; a request that still fails after retries is listed, never hidden.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..actors import Actors, display_name
from ..engines.speech import find_quotes, is_attributed
from ..ground import locate_quote
from ..llm.client import ChunkFailed, LLMCaller
from ..llm.prompts import render_prompt
from ..llm.schemas import ExtractionAnswer, PositionsAnswer
from ..models import Chunk, Evidence, Sentence, Source, Statement
from ..select import TopicQuery
from .base import Extraction

_QUOTE_MARKS = "\"“”«»"
log = logging.getLogger(__name__)


@dataclass
class _Passage:
    local_id: str
    chunk: Chunk

    @property
    def text(self) -> str:
        return self.chunk.text


class LLMEngine:
    """Extraction and synthesis through `LLMCaller`; owns one event loop for both stages."""

    name = "llm"

    def __init__(self, caller: LLMCaller, actors: Actors, query: TopicQuery,
                 progress: object | None = None) -> None:
        self.caller = caller
        self.actors = actors
        self.query = query
        self.batch_chars = caller.settings.batch_chars
        self.progress = progress  # a callable(advance: int, total: int) or None
        self._total = 0
        self.failed_syntheses: list[str] = []
        self.unattributed = 0  # statements dropped: their words are attributed to no one
        self._loop = asyncio.new_event_loop()

    def close(self) -> None:
        self._loop.run_until_complete(self.caller.close())
        self._loop.close()

    # -- extraction --------------------------------------------------------------------------
    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        return self._loop.run_until_complete(self._extract(chunks, sources))

    async def _extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]
                       ) -> Extraction:
        limit = asyncio.Semaphore(max(1, self.caller.settings.concurrency))
        batches = make_batches(chunks, self.batch_chars)
        self._total = len(chunks)
        self._advance(0)
        results = await _all_or_none([self._batch(b, sources, limit) for b in batches])
        statements: list[Statement] = []
        failed: list[str] = []
        for found, failures in results:
            for statement in found:
                statements.append(statement.model_copy(update={"id": f"st{len(statements) + 1}"}))
            failed += failures
        return Extraction(statements, failed, self.unattributed)

    async def _batch(self, batch: list[Chunk], sources: Mapping[str, Source],
                     limit: asyncio.Semaphore) -> tuple[list[Statement], list[str]]:
        passages = [_Passage(f"c{i}", c) for i, c in enumerate(batch, 1)]
        by_id = {p.local_id: p for p in passages}
        variables = {"topic": self.query.topic, "chunks": passages}
        try:
            async with limit:
                answer = await self.caller.ask("extract", _messages("extract.j2", variables),
                                               ExtractionAnswer, _known_chunk_ids(by_id))
        except ChunkFailed as failure:
            if failure.truncated and len(batch) > 1:  # too much for one answer: halve it
                middle = len(batch) // 2
                halves = await asyncio.gather(self._batch(batch[:middle], sources, limit),
                                              self._batch(batch[middle:], sources, limit))
                return ([s for found, _ in halves for s in found],
                        [f for _, failures in halves for f in failures])
            log.info("extract: %d passage(s) from %s could not be read: %s", len(batch),
                     batch[0].id, failure)  # the CLI sums failures up, one line per reason
            self._advance(len(batch))
            return [], [f"{chunk.id}: {failure}" for chunk in batch]
        self._advance(len(batch))
        return self._statements(answer, by_id, sources), []

    def _statements(self, answer: ExtractionAnswer, passages: Mapping[str, _Passage],
                    sources: Mapping[str, Source]) -> list[Statement]:
        found = []
        for item in answer.statements:
            if self.actors.is_media(item.speaker.strip()) or not item.quotes:
                continue
            located = [_evidence(passages[q.chunk_id].chunk, q.quote, sources)
                       for q in item.quotes]
            evidence = [e for e in located if e is not None]
            if not evidence:
                self.unattributed += 1  # only words nobody in the article is said to have said
                continue
            actor = (self.actors.resolve(item.speaker) or self.actors.resolve(item.actor)
                     or item.actor.strip() or display_name(item.speaker))
            found.append(Statement(
                id="", actor=actor, speaker=display_name(item.speaker), stance=item.stance,
                claim=item.claim.strip(), evidence=evidence,
                chunk_id=passages[item.quotes[0].chunk_id].chunk.id))
        return found

    # -- synthesis ---------------------------------------------------------------------------
    def write(self, positions: Sequence[tuple[str, list[Statement]]]
              ) -> dict[str, list[Sentence]]:
        """Two or three sentences per actor, each naming the statements it rests on. One
        request for all actors: the instructions and schema are paid for once."""
        if not positions:
            return {}
        return self._loop.run_until_complete(self._write(positions))

    async def _write(self, positions: Sequence[tuple[str, list[Statement]]]
                     ) -> dict[str, list[Sentence]]:
        variables = {"topic": self.query.topic, "positions": positions}
        ids_by_actor = {actor: {s.id for s in items} for actor, items in positions}
        try:
            answer = await self.caller.ask("synthesize", _messages("synthesize.j2", variables),
                                           PositionsAnswer, _valid_positions(ids_by_actor))
        except ChunkFailed as failure:
            log.warning("synthesize: the positions could not be written: %s", failure)
            self.failed_syntheses.append(str(failure))
            return {}  # the composer falls back to attributed quotes
        return {
            written.actor: [Sentence(text=s.text.strip(),
                                     statement_ids=list(dict.fromkeys(s.statement_ids)))
                            for s in written.sentences]
            for written in answer.positions
        }

    def _advance(self, count: int) -> None:
        if self.progress is not None:
            self.progress(count, self._total)


async def _all_or_none(jobs: list) -> list:
    """Run the jobs together; if one raises (the endpoint is unreachable), cancel the rest
    before re-raising, so no request outlives the run."""
    tasks = [asyncio.ensure_future(job) for job in jobs]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def make_batches(chunks: Sequence[Chunk], batch_chars: int) -> list[list[Chunk]]:
    """Chunks in reading order, packed into requests of at most `batch_chars` characters."""
    batches: list[list[Chunk]] = []
    size = 0
    for chunk in chunks:
        if batches and size + len(chunk.text) <= batch_chars:
            batches[-1].append(chunk)
            size += len(chunk.text)
        else:
            batches.append([chunk])
            size = len(chunk.text)
    return batches


def _messages(template: str, variables: dict) -> list[dict]:
    return [{"role": "system", "content": render_prompt(template, role="system", **variables)},
            {"role": "user", "content": render_prompt(template, role="user", **variables)}]


def _known_chunk_ids(passages: Mapping[str, _Passage]):
    def check(answer: ExtractionAnswer) -> None:
        unknown = sorted({q.chunk_id for s in answer.statements for q in s.quotes} - set(passages))
        if unknown:
            raise ValueError(f"unknown passage ids {unknown}; use only {sorted(passages)}")
    return check


def _valid_positions(ids_by_actor: Mapping[str, set[str]]):
    def check(answer: PositionsAnswer) -> None:
        for written in answer.positions:
            known = ids_by_actor.get(written.actor)
            if known is None:
                raise ValueError(f"unknown actor {written.actor!r}; use {sorted(ids_by_actor)}")
            if not 1 <= len(written.sentences) <= 4:
                raise ValueError(f"{written.actor}: write two or three sentences")
            for sentence in written.sentences:
                if not sentence.statement_ids or set(sentence.statement_ids) - known:
                    raise ValueError(f"{written.actor}: each sentence needs statement ids from "
                                     f"{sorted(known)}; got {sentence.statement_ids}")
                if any(mark in sentence.text for mark in _QUOTE_MARKS):
                    raise ValueError("use no quotation marks in the sentences")
    return check


def _evidence(chunk: Chunk, quote: str, sources: Mapping[str, Source]) -> Evidence | None:
    """Anchor the quote in its passage when it is there (grounding checks it either way);
    None when it is there but not attributed to anyone - planted instructions, fake JSON."""
    source = sources[chunk.source_id]
    span = locate_quote(chunk.text, quote)
    if span is None:
        return Evidence(source_id=chunk.source_id, start=chunk.start,
                        end=chunk.start + len(quote), quote=quote)
    if not is_attributed(chunk.text, *span):
        return None
    start, end = chunk.start + span[0], chunk.start + span[1]
    inside_quotes = any(q.start <= span[0] and span[1] <= q.end for q in find_quotes(chunk.text))
    return Evidence(source_id=chunk.source_id, start=start, end=end,
                    quote=source.text[start:end], kind="direct" if inside_quotes else "reported")
