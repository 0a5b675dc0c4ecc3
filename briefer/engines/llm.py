"""The LLM engine: a model extracts statements and writes each actor's position.

The model only ever sees ids we gave it (passages c1, c2 … in each request; statements st3 …)
and answers with those ids and verbatim quotes; code maps ids back, and every quote is then
grounded in its source like the offline engine's. Requests run concurrently, bounded by
`concurrency`; a request that still fails after retries is listed, never hidden.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from ..actors import Actors
from ..engines.guard import is_attributed
from ..engines.model_actors import model_actor
from ..engines.speaker_check import speaker_fits
from ..engines.speech import find_quotes
from ..ground import locate_quote
from ..llm.client import ChunkFailed, LLMCaller, Message, endpoint_name
from ..llm.prompts import render_prompt
from ..llm.schemas import (
    ExtractionAnswer,
    PositionsAnswer,
    extraction_schema,
    positions_schema,
)
from ..models import Chunk, Evidence, Sentence, Source, Statement
from ..roles import StoryNames, read_story
from ..select import TopicQuery
from ..synthesis import Position, Synthesis
from .base import (
    DROP_EMPTY,
    DROP_MEDIA,
    DROP_NOT_IN_PASSAGE,
    DROP_SPEAKER,
    DROP_UNATTRIBUTED,
    DROP_UNKNOWN_ID,
    Extraction,
    Progress,
)

__all__ = [
    "DROP_EMPTY",
    "DROP_MEDIA",
    "DROP_NOT_IN_PASSAGE",
    "DROP_SPEAKER",
    "DROP_UNATTRIBUTED",
    "DROP_UNKNOWN_ID",
    "LLMEngine",
    "make_batches",
]
T = TypeVar("T")
_QUOTE_MARKS = '"“”«»'
R = TypeVar("R")
log = logging.getLogger(__name__)


@dataclass
class _Passage:
    local_id: str
    chunk: Chunk

    @property
    def text(self) -> str:
        return self.chunk.text


Unnumbered = Callable[..., Statement]  # a checked statement, called with its id once the
# run numbers them (batches answer in any order; ids follow reading order)


class LLMEngine:
    """Extraction and synthesis through `LLMCaller`; owns one event loop for both stages."""

    name = "llm"
    statements_per_actor = 7  # what the model may draw on to write two or three sentences
    english_only = False
    quotes_from_model = True

    def __init__(
        self,
        caller: LLMCaller,
        actors: Actors,
        query: TopicQuery,
        progress: Progress | None = None,
    ) -> None:
        self.caller = caller
        self.actors = actors
        self.query = query
        self.batch_chars = caller.settings.batch_chars
        self.progress = progress
        self._total = 0
        self.failed_syntheses: list[str] = []
        self.unattributed = 0  # statements dropped: their words are attributed to no one
        self.offered = 0  # statements the model gave
        self.quotes_dropped = 0  # quotes not found in the passage they name
        self.dropped: Counter[str] = Counter()  # statements left out, by reason
        self.sentences_dropped = 0  # written sentences naming an actor or id not given
        self._stories: dict[str, StoryNames] = {}
        self._loop = asyncio.new_event_loop()

    @property
    def model(self) -> str:
        return self.caller.settings.model

    @property
    def endpoint(self) -> str:
        return endpoint_name(self.caller.settings)

    @property
    def made_with(self) -> str:
        return f"Made with the llm engine: model {self.model} at {self.endpoint}."

    def close(self) -> None:
        self._loop.run_until_complete(self.caller.close())
        self._loop.close()

    def _run(self, job: Coroutine[Any, Any, T]) -> T:
        """Run `job` on the engine's loop. Ctrl-C may land inside a task or between steps:
        either way every task is cancelled and awaited before KeyboardInterrupt goes on, so
        none is left pending (or its exception unread) to print a traceback at exit."""
        main = self._loop.create_task(job)
        try:
            return self._loop.run_until_complete(main)
        except KeyboardInterrupt:
            pending = asyncio.all_tasks(self._loop)
            for task in pending:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            if main.done() and not main.cancelled():
                main.exception()  # read, so asyncio does not report it at exit
            raise

    # -- extraction --------------------------------------------------------------------------
    def extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        return self._run(self._extract(chunks, sources))

    async def _extract(self, chunks: Sequence[Chunk], sources: Mapping[str, Source]) -> Extraction:
        limit = asyncio.Semaphore(max(1, self.caller.settings.concurrency))
        batches = make_batches(chunks, self.batch_chars)
        self._total = len(chunks)
        self._advance(0)
        results = await _all_or_none([self._batch(b, sources, limit) for b in batches])
        statements: list[Statement] = []
        failed: list[str] = []
        for found, failures in results:
            statements += [make(id=f"st{len(statements) + n}") for n, make in enumerate(found, 1)]
            failed += failures
        return Extraction(
            statements,
            failed,
            self.unattributed,
            quotes_dropped=self.quotes_dropped,
            dropped=dict(self.dropped),
            offered=self.offered,
            usage=self.caller.usage.of("extract"),
        )

    async def _batch(
        self, batch: list[Chunk], sources: Mapping[str, Source], limit: asyncio.Semaphore
    ) -> tuple[list[Unnumbered], list[str]]:
        passages = [_Passage(f"c{i}", c) for i, c in enumerate(batch, 1)]
        by_id = {p.local_id: p for p in passages}
        variables = {"topic": self.query.topic, "chunks": passages}
        try:
            async with limit:
                answer = await self.caller.ask(
                    "extract",
                    _messages("extract.j2", variables),
                    extraction_schema(tuple(by_id)),
                    _known_chunk_ids(by_id),
                    lenient=ExtractionAnswer,
                )
        except ChunkFailed as failure:
            if failure.truncated and len(batch) > 1:  # too much for one answer: halve it
                middle = len(batch) // 2
                halves = await asyncio.gather(
                    self._batch(batch[:middle], sources, limit),
                    self._batch(batch[middle:], sources, limit),
                )
                return (
                    [s for found, _ in halves for s in found],
                    [f for _, failures in halves for f in failures],
                )
            log.info(
                "extract: %d passage(s) from %s could not be read: %s",
                len(batch),
                batch[0].id,
                failure,
            )  # the CLI sums failures up, one line per reason
            self._advance(len(batch))
            return [], [f"{chunk.id}: {failure}" for chunk in batch]  # detail, for stderr
        self._advance(len(batch))
        return self._statements(answer, by_id, sources), []

    def _statements(
        self,
        answer: ExtractionAnswer,
        passages: Mapping[str, _Passage],
        sources: Mapping[str, Source],
    ) -> list[Unnumbered]:
        """Each returned statement checked on its own; a failing one is dropped and counted
        under its reason (`self.dropped`), the rest kept."""
        found: list[Unnumbered] = []
        for item in answer.statements:
            self.offered += 1
            speaker = item.speaker.strip()
            if not item.quotes or not speaker:
                self._drop(DROP_EMPTY)
                continue
            if self.actors.is_media(speaker):
                self._drop(DROP_MEDIA)
                continue
            evidence: list[Evidence] = []
            chunks: list[Chunk] = []
            reasons: list[str] = []
            for ref in item.quotes:
                passage = passages.get(ref.chunk_id)
                if passage is None:
                    reasons.append(DROP_UNKNOWN_ID)
                    continue
                checked = _evidence(passage.chunk, ref.quote, speaker, sources)
                if isinstance(checked, str):
                    reasons.append(checked)
                else:
                    evidence.append(checked)
                    chunks.append(passage.chunk)
            self.quotes_dropped += reasons.count(DROP_NOT_IN_PASSAGE)
            if not evidence:
                log.info("extract: left out a statement by %s (%s)", speaker, reasons[0])
                self._drop(reasons[0])
                continue
            source = sources[chunks[0].source_id]
            shown, actor = model_actor(
                speaker, item.actor, self._story(source), self.actors, source.text
            )
            found.append(
                partial(
                    Statement,
                    actor=actor,
                    speaker=shown,
                    stance=item.stance,
                    claim=item.claim.strip(),
                    evidence=evidence,
                    chunk_id=chunks[0].id,
                )
            )
        return found

    def _story(self, source: Source) -> StoryNames:
        """Who the article says each person is, read once per source."""
        if source.id not in self._stories:
            self._stories[source.id] = read_story(source.text, self.actors)
        return self._stories[source.id]

    def _drop(self, reason: str) -> None:
        self.dropped[reason] += 1
        if reason == DROP_UNATTRIBUTED:
            self.unattributed += 1

    # -- synthesis ---------------------------------------------------------------------------
    def synthesize(self, positions: Sequence[Position]) -> Synthesis:
        """Two or three sentences per actor, each naming the statements it rests on. One
        request for all actors: the instructions and schema are paid for once. Also says
        what the whole run's requests were refused for (a spending cap)."""
        failures, dropped = len(self.failed_syntheses), self.sentences_dropped
        written = self._run(self._write(positions)) if positions else {}
        meter = self.caller.settings.meter
        return Synthesis(
            written,
            failures=self.failed_syntheses[failures:],
            sentences_dropped=self.sentences_dropped - dropped,
            notices=[meter.notice()] if meter is not None and meter.refused else [],
            usage=self.caller.usage.of("synthesize"),
        )

    async def _write(self, positions: Sequence[Position]) -> dict[str, list[Sentence]]:
        variables = {"topic": self.query.topic, "positions": positions}
        ids_by_actor = {actor: {s.id for s in items} for actor, items in positions}
        schema = positions_schema(
            tuple(ids_by_actor), tuple(i for ids in ids_by_actor.values() for i in sorted(ids))
        )
        try:
            answer = await self.caller.ask(
                "synthesize",
                _messages("synthesize.j2", variables),
                schema,
                _valid_positions(ids_by_actor),
                lenient=PositionsAnswer,
            )
        except ChunkFailed as failure:
            log.warning("synthesize: the positions could not be written: %s", failure)
            self.failed_syntheses.append(failure.plain)
            return {}  # the composer falls back to attributed quotes
        written: dict[str, list[Sentence]] = {}
        for position in answer.positions:
            usable = [
                s for s in position.sentences if _usable(s, ids_by_actor.get(position.actor, set()))
            ][:4]
            self.sentences_dropped += len(position.sentences) - len(usable)
            if usable and position.actor not in written:
                written[position.actor] = [
                    Sentence(
                        text=s.text.strip(), statement_ids=list(dict.fromkeys(s.statement_ids))
                    )
                    for s in usable
                ]
        return written

    def _advance(self, count: int) -> None:
        if self.progress is not None:
            self.progress(count, self._total)


async def _all_or_none(jobs: list[Coroutine[Any, Any, R]]) -> list[R]:
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


def _messages(template: str, variables: Mapping[str, object]) -> list[Message]:
    return [
        {"role": "system", "content": render_prompt(template, role="system", **variables)},
        {"role": "user", "content": render_prompt(template, role="user", **variables)},
    ]


def _known_chunk_ids(passages: Mapping[str, _Passage]) -> Callable[[ExtractionAnswer], None]:
    """Re-ask only when no quote names a passage it was given: then the whole answer is
    unusable. A few wrong ids cost only their own statements (dropped and counted)."""

    def check(answer: ExtractionAnswer) -> None:
        given = {q.chunk_id for s in answer.statements for q in s.quotes}
        if given and not given & set(passages):
            raise ValueError(f"unknown passage ids {sorted(given)}; use only {sorted(passages)}")

    return check


def _valid_positions(ids_by_actor: Mapping[str, set[str]]) -> Callable[[PositionsAnswer], None]:
    """Re-ask only when no sentence of the answer can be used; otherwise the sentences that
    name an actor or statement not given (or use quotation marks) are left out one by one."""

    def check(answer: PositionsAnswer) -> None:
        if answer.positions and not any(
            _usable(s, ids_by_actor.get(p.actor, set()))
            for p in answer.positions
            for s in p.sentences
        ):
            raise ValueError(
                f"use only these actors: {sorted(ids_by_actor)}, each sentence "
                "citing that actor's statement ids, and no quotation marks"
            )

    return check


def _usable(sentence: object, known: set[str]) -> bool:
    ids = getattr(sentence, "statement_ids", [])
    text = getattr(sentence, "text", "")
    return (
        bool(ids)
        and set(ids) <= known
        and bool(text.strip())
        and not any(mark in text for mark in _QUOTE_MARKS)
    )


def _evidence(
    chunk: Chunk, quote: str, speaker: str, sources: Mapping[str, Source]
) -> Evidence | str:
    """The quote anchored in the passage whose id the model gave - never searched for
    elsewhere - or the reason it cannot be used: not there, attributed to no one (planted
    instructions, fake JSON), or attributed there to someone other than `speaker`."""
    source = sources[chunk.source_id]
    span = locate_quote(chunk.text, quote)
    if span is None:
        return DROP_NOT_IN_PASSAGE
    start, end = chunk.start + span[0], chunk.start + span[1]
    if not is_attributed(source.text, start, end):
        return DROP_UNATTRIBUTED
    if not speaker_fits(source.text, start, end, speaker):
        return DROP_SPEAKER
    inside_quotes = any(q.start <= span[0] and span[1] <= q.end for q in find_quotes(chunk.text))
    return Evidence(
        source_id=chunk.source_id,
        start=start,
        end=end,
        quote=source.text[start:end],
        kind="direct" if inside_quotes else "reported",
    )
