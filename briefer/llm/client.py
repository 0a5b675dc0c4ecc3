"""The one place that builds the OpenAI client and the one place that retries.

The SDK's own retries are off (max_retries=0): tenacity owns rate limits, 5xx, timeouts and
dropped connections, with jittered exponential backoff that honours Retry-After. A response
that does not validate is re-asked once with the error. Refusals, truncation and content
filters raise `ChunkFailed`, which the engine records instead of crashing the run.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx2
import openai
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_random_exponential,
)

from ..errors import BrieferError, EndpointUnreachable
from ..logs import register_secret
from ..models import StageUse
from .settings import DEFAULT_MODEL, DEFAULT_TIMEOUT, LLMSettings
from .transport import CACHE_HEADER, CachingTransport, RecordingTransport, ReplayTransport

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_TIMEOUT",
    "ChunkFailed",
    "LLMCaller",
    "LLMSettings",
    "Message",
]
Message = ChatCompletionMessageParam  # one chat message, as the SDK types it

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
Check = Callable[[T], None]  # raises ValueError with a message the model can act on

REASKS = 2  # an answer with nothing usable in it is asked again at most this many times
OPENAI_HOST = "api.openai.com"
TIMEOUTS_BEFORE_GIVING_UP = 2  # tries of one request, all timed out, before any answer


class ServerGlitch(Exception):
    """A 200 response that is not a chat completion (an HTML error page, no choices): the
    server's fault, not the model's, so the same request is retried."""


RETRYABLE = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
    ServerGlitch,
)
_THINK = re.compile(r"<think>.*?</think>", re.S)
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


class ChunkFailed(Exception):
    """This request cannot give a usable answer (refused, truncated, filtered, invalid).
    `str()` is the detail for logs; `plain` is what a reader of the brief may be told."""

    def __init__(self, reason: str, truncated: bool = False) -> None:
        super().__init__(reason)
        self.truncated = truncated

    @property
    def plain(self) -> str:
        reason = str(self)
        for start, words in _PLAIN_REASONS:
            if reason.startswith(start):
                return words
        return "the model's answer could not be used"


_PLAIN_REASONS = (
    ("invalid answer", "the model's answer did not follow the requested format"),
    ("gave up after", "the server did not answer"),
    ("the server rejected", "the server rejected the request"),
    ("the answer was cut off", "the model's answer was cut off"),
    ("the answer was blocked", "the answer was blocked by a content filter"),
    ("the model refused", "the model refused to answer"),
)


@dataclass
class Usage:
    """What each stage's requests cost so far, counted as they are made (`StageUse` is the
    one usage type: the brief's stats show these same objects)."""

    stages: dict[str, StageUse] = field(default_factory=dict)

    def stage(self, name: str) -> StageUse:
        return self.stages.setdefault(name, StageUse(stage=name))

    def of(self, name: str) -> list[StageUse]:
        """The stage's usage as an engine result reports it: nothing if it made no request."""
        return [self.stages[name].model_copy()] if name in self.stages else []


def endpoint_name(settings: LLMSettings) -> str:
    """Where answers come from, as the brief names it: the base URL's host (never its user,
    password or query, where a key may hide), or the replay folder."""
    if settings.replay_dir:
        return f"recordings in {Path(settings.replay_dir).name}"
    if not settings.base_url:
        return OPENAI_HOST
    return urlsplit(settings.base_url).hostname or "an unnamed host"


def endpoint_key(settings: LLMSettings) -> str:
    """The endpoint as the cache tells servers apart: scheme, host, port and path."""
    if not settings.base_url:
        return f"https://{OPENAI_HOST}/v1"
    parts = urlsplit(settings.base_url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path.rstrip('/')}"


def check_api_key(key: str | None) -> None:
    """A key the HTTP headers can carry, or a one-line error saying what is wrong with it
    (without showing it)."""
    if not key:
        return
    for position, char in enumerate(key, 1):
        if not char.isascii() or not char.isprintable() or char.isspace():
            what = (
                "a space"
                if char.isspace()
                else ("a non-ASCII character" if not char.isascii() else "a control character")
            )
            raise BrieferError(
                f"OPENAI_API_KEY has {what} at position {position} of "
                f"{len(key)}: API keys are plain ASCII; copy the key again"
            )


class LLMCaller:
    """Structured calls to one OpenAI-compatible endpoint, with retries, re-ask and cache."""

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        register_secret(settings.api_key)
        check_api_key(settings.api_key)
        self.usage = Usage()
        self.json_mode = False  # switched on once if the server rejects json_schema
        self._lenient: dict[
            type[BaseModel], type[BaseModel] | None
        ] = {}  # schema -> its lenient reading
        self.answered = False  # the endpoint has answered at least once (any status)
        self.dead: str | None = None  # why the endpoint is given up on, once it is
        inner = settings.transport or (
            ReplayTransport(settings.replay_dir)
            if settings.replay_dir
            else httpx2.AsyncHTTPTransport(verify=_tls_context())
        )
        if settings.record_dir:
            inner = RecordingTransport(
                inner,
                settings.record_dir,
                settings.base_url or "OpenAI",
                secrets=(settings.api_key or "",),
            )
        cache_dir = None if settings.replay_dir else settings.cache_dir  # replay is exact
        self.transport = CachingTransport(inner, cache_dir, endpoint=endpoint_key(settings))
        self.client = openai.AsyncOpenAI(
            api_key=settings.api_key or "no-key",  # local servers need a placeholder
            base_url=settings.base_url,
            max_retries=0,
            timeout=settings.timeout,
            http_client=httpx2.AsyncClient(transport=self.transport, timeout=settings.timeout),
        )

    async def close(self) -> None:
        await self.client.close()

    async def ask(
        self,
        stage: str,
        messages: list[Message],
        schema: type[T],
        check: Check[T] | None = None,
        lenient: type[BaseModel] | None = None,
    ) -> T:
        """A validated answer; re-asked (up to REASKS times) with the error if it does not
        validate: only an answer with nothing usable in it comes back.
        `schema` is sent (strict structured outputs); an answer that breaks it but fits
        `lenient` (the same fields without enums) is kept, so the caller can drop the items
        that name an unknown id instead of losing the whole answer."""
        meter = self.settings.meter
        if meter is not None and not meter.allows_another():
            raise ChunkFailed(f"not sent: the cost limit (--max-cost ${meter.limit:g}) was reached")
        self._lenient[schema] = lenient
        feedback = messages
        for attempt in range(REASKS + 1):
            try:
                return await self._ask_once(stage, feedback, schema, check)
            except (ValidationError, ValueError) as error:
                if attempt == REASKS:
                    log.warning(
                        "%s: still not valid after %d re-asks: %s", stage, REASKS, _short(error)
                    )
                    raise ChunkFailed(f"invalid answer after a re-ask: {_short(error)}") from None
                log.info("%s: the answer was not valid (%s); asking again", stage, _short(error))
                feedback = [
                    *messages,
                    {
                        "role": "user",
                        "content": (
                            f"Your answer was not valid: {_short(error)}. "
                            "Answer again with JSON that follows the schema and uses only the ids "
                            "given."
                        ),
                    },
                ]
        raise AssertionError("unreachable")  # pragma: no cover

    async def _ask_once(
        self,
        stage: str,
        messages: list[Message],
        schema: type[T],
        check: Check[T] | None,
    ) -> T:
        answer, response = await self._with_retries(stage, messages, schema)
        if check is not None:
            check(answer)
        self.transport.commit(response.request)  # only a used answer is cached
        return answer

    async def _with_retries(
        self, stage: str, messages: list[Message], schema: type[T]
    ) -> tuple[T, httpx2.Response]:
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(RETRYABLE),
            wait=_RetryAfterWait(self.settings.max_wait),
            stop=(
                stop_after_attempt(self.settings.max_attempts)
                | stop_after_delay(self.settings.max_retry_seconds)
            ),
            reraise=True,
            before_sleep=lambda state: log.info(
                "%s: %s; retrying in %.2f s (attempt %d of %d)",
                stage,
                _describe(state.outcome.exception() if state.outcome else None),
                state.next_action.sleep if state.next_action else 0.0,
                state.attempt_number + 1,
                self.settings.max_attempts,
            ),
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._guarded(
                        stage, messages, schema, attempt.retry_state.attempt_number
                    )
        except openai.NotFoundError as exc:
            raise BrieferError(_api_message(exc)) from None
        except openai.AuthenticationError:
            raise BrieferError("the API key was refused (401): check OPENAI_API_KEY") from None
        except RETRYABLE as exc:
            said = f": {_api_message(exc)[:200]}" if isinstance(exc, openai.APIStatusError) else ""
            raise ChunkFailed(f"gave up after retrying: {_describe(exc)}{said}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _guarded(
        self,
        stage: str,
        messages: list[Message],
        schema: type[T],
        attempt: int = 1,
    ) -> tuple[T, httpx2.Response]:
        """One request; an endpoint that cannot be reached at all stops the whole run."""
        if self.dead:
            raise EndpointUnreachable(self.dead)
        try:
            result = await self._request(stage, messages, schema)
        except openai.APIConnectionError as exc:
            self._unreachable(exc, attempt)
            raise
        except (openai.APIStatusError, ServerGlitch, ChunkFailed, ValidationError, ValueError):
            self.answered = True
            raise
        self.answered = True
        return result

    def _unreachable(self, error: openai.APIConnectionError, attempt: int) -> None:
        """Decide whether a transport failure means nobody is there. Before the endpoint has
        ever answered, a refused connection or an unknown host is final at once, and so is a
        request that timed out again on its retry; once it has answered, they are glitches."""
        if self.answered:
            return
        where = endpoint_key(self.settings)
        cause = error.__cause__ or error.__context__
        if isinstance(error, openai.APITimeoutError):
            if attempt >= TIMEOUTS_BEFORE_GIVING_UP:
                self.dead = (
                    f"{where} accepted the connection but did not answer within "
                    f"{self.settings.timeout:g} s (--timeout); nothing was extracted"
                )
        elif isinstance(cause, httpx2.ConnectError):
            reason = _connect_reason(cause)
            self.dead = (
                f"cannot reach the model at {where} ({reason}): check --base-url / "
                "OPENAI_BASE_URL and that the server is running; nothing was extracted"
            )
        if self.dead:
            raise EndpointUnreachable(self.dead) from None

    async def _request(
        self, stage: str, messages: list[Message], schema: type[T]
    ) -> tuple[T, httpx2.Response]:
        if not self.json_mode:
            try:
                return await self._parse(stage, messages, schema)
            except openai.BadRequestError as exc:
                if not _rejects_schema(exc):
                    raise ChunkFailed(
                        f"the server rejected the request: {_api_message(exc)}"
                    ) from None
                self.json_mode = True  # e.g. a local server without strict json_schema
        return await self._json_mode(stage, messages, schema)

    async def _parse(
        self, stage: str, messages: list[Message], schema: type[T]
    ) -> tuple[T, httpx2.Response]:
        raw = await self.client.chat.completions.with_raw_response.parse(
            model=self.settings.model, messages=messages, response_format=schema, temperature=0
        )
        counts = self._count(stage, raw.headers)
        try:
            completion = _completion(raw)
        except ValidationError:
            lenient = self._lenient.get(schema)
            if lenient is None:
                raise
            # the enum-free parent of T: checked item by item downstream, so typed as T
            return _lenient_answer(raw, lenient), raw.http_response  # type: ignore[return-value]
        except openai.LengthFinishReasonError:
            raise ChunkFailed(
                "the answer was cut off (finish_reason=length)", truncated=True
            ) from None
        except openai.ContentFilterFinishReasonError:
            raise ChunkFailed("the answer was blocked by a content filter") from None
        self._add_tokens(counts, completion.usage)
        message = completion.choices[0].message
        if message.refusal:
            raise ChunkFailed(f"the model refused: {message.refusal[:120]}")
        if message.parsed is None:
            raise ValueError("the response had no content")
        return message.parsed, raw.http_response

    async def _json_mode(
        self, stage: str, messages: list[Message], schema: type[T]
    ) -> tuple[T, httpx2.Response]:
        raw = await self.client.chat.completions.with_raw_response.create(
            model=self.settings.model,
            messages=messages,
            temperature=0,
            response_format={"type": "json_object"},
        )
        counts = self._count(stage, raw.headers)
        completion = _completion(raw)
        self._add_tokens(counts, completion.usage)
        choice = completion.choices[0]
        if choice.finish_reason == "length":
            raise ChunkFailed("the answer was cut off (finish_reason=length)", truncated=True)
        if choice.finish_reason == "content_filter":
            raise ChunkFailed("the answer was blocked by a content filter")
        content = _FENCE.sub("", _THINK.sub("", choice.message.content or "").strip())
        reader = self._lenient.get(schema) or schema
        # T, or its enum-free parent (checked item by item downstream)
        return reader.model_validate_json(content), raw.http_response  # type: ignore[return-value]

    def _count(self, stage: str, headers: httpx2.Headers) -> StageUse | None:
        """Count the request; return where its tokens go (None for a cached answer)."""
        counts = self.usage.stage(stage)
        if headers.get(CACHE_HEADER) == "hit":
            log.debug("%s: answered from the cache", stage)
            counts.cached += 1
            if self.settings.meter is not None:
                self.settings.meter.cached += 1
            return None
        log.debug("%s: answered by the server", stage)
        counts.requests += 1
        if self.settings.meter is not None:
            self.settings.meter.requests += 1
        return counts

    def _add_tokens(self, counts: StageUse | None, usage: object) -> None:
        if counts is None:
            return
        input_tokens = getattr(usage, "prompt_tokens", 0) or 0
        output_tokens = getattr(usage, "completion_tokens", 0) or 0
        counts.input_tokens += input_tokens
        counts.output_tokens += output_tokens
        if self.settings.meter is not None:
            self.settings.meter.record(input_tokens, output_tokens)


class _RawAnswer(Protocol):
    """What the SDK's with_raw_response gives back, as far as these helpers read it."""

    @property
    def content(self) -> bytes: ...

    def parse(self) -> Any: ...


def _completion(raw: _RawAnswer) -> Any:  # a ChatCompletion, or a ParsedChatCompletion[T]
    """The parsed completion, or ServerGlitch when the body was not one (an HTML error page,
    no choices). The model's own content failing the schema stays a ValidationError."""
    try:
        body = json.loads(raw.content)
    except ValueError:
        raise ServerGlitch("the server's answer was not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
        raise ServerGlitch("the server's answer was not a chat completion")
    if not body["choices"]:
        raise ServerGlitch("the server's answer had no choices")
    return raw.parse()


def _lenient_answer(raw: _RawAnswer, lenient: type[BaseModel]) -> BaseModel:
    """The answer read with the enum-free schema (a ValidationError if even that fails)."""
    body = json.loads(raw.content)
    choice = body["choices"][0]
    if choice.get("finish_reason") == "length":
        raise ChunkFailed("the answer was cut off (finish_reason=length)", truncated=True)
    content = (choice.get("message") or {}).get("content") or ""
    return lenient.model_validate_json(_FENCE.sub("", _THINK.sub("", content).strip()))


@cache
def _tls_context() -> ssl.SSLContext:
    """httpx2's default verifying TLS context, built once per process (it costs ~25 ms)."""
    return httpx2.create_ssl_context()


class _RetryAfterWait:
    """Jittered exponential backoff, unless the server said how long to wait."""

    def __init__(self, cap: float) -> None:
        self.cap = cap
        self.backoff = wait_random_exponential(multiplier=0.5, max=min(20.0, cap))

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome else None
        response = getattr(error, "response", None)
        if response is not None:
            for header, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
                value = response.headers.get(header)
                if value:
                    try:
                        return min(self.cap, max(0.0, float(value) * scale))
                    except ValueError:
                        break
        return self.backoff(retry_state)


def _rejects_schema(error: openai.BadRequestError) -> bool:
    text = _api_message(error).lower()
    return any(word in text for word in ("response_format", "json_schema", "structured"))


def _api_message(error: openai.APIStatusError) -> str:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return str(message)
    return str(error)


def _connect_reason(error: BaseException) -> str:
    """'connection refused' or 'unknown host', read from the OS error under the wrappers."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "unknown host (DNS lookup failed)"
        seen = seen.__cause__ or seen.__context__
    text = str(error).lower()
    if "name or service" in text or "nodename" in text or "name resolution" in text:
        return "unknown host (DNS lookup failed)"
    return str(error)[:120] or type(error).__name__


def _describe(error: BaseException | None) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__}{f' ({status})' if status else ''}"


def _short(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:5])
    return str(error)[:300]
