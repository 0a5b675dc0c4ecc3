"""httpx2 transports under the OpenAI SDK: a disk cache, replay of recordings, recording.

Recordings and replay match a request on one stable key: a hash of its model, messages and
response format. The cache binds that key to the endpoint (host and port), so one server's
answers are never served for another. Headers never take part, so keys carry no secret.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx2

from ..files import write_atomic
from ..logs import redact, register_secret
from .settings import default_cache_dir as default_cache_dir  # lived here once

CACHE_HEADER = "x-briefer-cache"
HAND_WRITTEN = "hand-written to the OpenAI chat.completions wire format; not produced by any model"

JsonObject = dict[str, Any]  # a decoded JSON object: a request body, a recording


def request_key(body: JsonObject) -> str:
    """sha256 over what decides an answer: model, messages, response format."""
    canonical = json.dumps(
        _request_part(body), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def request_body(request: httpx2.Request) -> JsonObject:
    try:
        body = json.loads(request.content or b"{}")
    except json.JSONDecodeError:
        return {}
    return body if isinstance(body, dict) else {}


def json_response(
    status: int, body: object, request: httpx2.Request, headers: dict[str, str] | None = None
) -> httpx2.Response:
    return httpx2.Response(status, json=body, request=request, headers=headers or {})


def load_recording(path: Path) -> JsonObject | None:
    """A recording or cache entry, or None if it is missing, truncated or not ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("response"), dict):
        return None
    return data


def cache_key(endpoint: str, body: JsonObject) -> str:
    """The request key (model, messages, format) bound to the endpoint that answers."""
    return hashlib.sha256(f"{endpoint}\n{request_key(body)}".encode()).hexdigest()


def is_cached(directory: Path, endpoint: str, body: JsonObject) -> bool:
    """Is this endpoint's answer to the request in the cache folder (a dry run counts it as
    free)?"""
    return load_recording(directory / f"{cache_key(endpoint, body)}.json") is not None


class ReplayTransport(httpx2.AsyncBaseTransport):
    """Answers from recordings in a folder; a request with no recording gets a 404 naming
    its key, which the caller turns into a one-line error."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        key = request_key(request_body(request))
        recording = load_recording(self.directory / f"{key}.json")
        if recording is None:
            message = f"no recording for request key {key} in {self.directory}"
            return json_response(
                404,
                {"error": {"message": message, "type": "replay_miss", "code": "replay_miss"}},
                request,
            )
        response = recording["response"]
        return json_response(response.get("status", 200), response["body"], request)


class CachingTransport(httpx2.AsyncBaseTransport):
    """Serves a repeated request from disk. An answer is stored (atomically, so runs can
    share the folder) only once the caller `commit`s it as used: a refusal, a truncated or
    invalid answer is never replayed. A corrupt entry is ignored and rewritten."""

    def __init__(
        self, inner: httpx2.AsyncBaseTransport, directory: Path | None, endpoint: str = ""
    ) -> None:
        self.inner = inner
        self.directory = Path(directory) if directory else None
        self.endpoint = endpoint  # answers of one server are never served for another
        self.sent = 0
        self.hits = 0
        self.pending: dict[str, JsonObject] = {}  # request key -> entry, until committed

    def commit(self, request: httpx2.Request) -> None:
        """Store the answer to this request: the caller accepted it."""
        key = self._key(request_body(request))
        entry = self.pending.pop(key, None)
        if entry is not None and self.directory is not None:
            write_atomic(
                self.directory / f"{key}.json",
                redact(json.dumps(entry, ensure_ascii=False, indent=1)),
            )

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request_body(request)
        path = self.directory / f"{self._key(body)}.json" if self.directory else None
        cached = load_recording(path) if path else None
        if cached is not None:
            self.hits += 1
            return json_response(200, cached["response"]["body"], request, {CACHE_HEADER: "hit"})
        self.sent += 1
        response = await self.inner.handle_async_request(request)
        if path is not None and response.status_code == 200:
            content = await response.aread()
            try:
                answer = json.loads(content)
            except ValueError:
                answer = None
            if answer is not None:
                self.pending[self._key(body)] = {
                    "request": _request_part(body),
                    "response": {"status": 200, "body": answer},
                }
            return httpx2.Response(200, content=content, headers=response.headers, request=request)
        return response

    def _key(self, body: JsonObject) -> str:
        return cache_key(self.endpoint, body)

    async def aclose(self) -> None:
        await self.inner.aclose()


class RecordingTransport(httpx2.AsyncBaseTransport):
    """Saves what a live endpoint answers, keyed like replay, with any secret scrubbed."""

    def __init__(
        self,
        inner: httpx2.AsyncBaseTransport,
        directory: Path,
        base_url: str,
        secrets: tuple[str, ...] = (),
        provenance: str | None = None,
    ) -> None:
        self.inner = inner
        self.directory = Path(directory)
        self.base_url = base_url
        for secret in secrets:
            register_secret(secret)
        self.provenance = provenance

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        body = request_body(request)
        try:
            answer = json.loads(content)
        except ValueError:
            answer = {"unparsed": content.decode("utf-8", "replace")}
        entry = {
            "provenance": self.provenance
            or (
                f"recorded from {self.base_url} (model {body.get('model')}) on "
                f"{datetime.now(timezone.utc):%Y-%m-%d}"
            ),
            "request": _request_part(body),
            "response": {"status": response.status_code, "body": answer},
        }
        write_atomic(
            self.directory / f"{request_key(body)}.json",
            redact(json.dumps(entry, ensure_ascii=False, indent=1)),
        )
        return httpx2.Response(
            response.status_code, content=content, headers=response.headers, request=request
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def _request_part(body: JsonObject) -> JsonObject:
    return {key: body.get(key) for key in ("model", "messages", "response_format")}
