"""An OpenAI-compatible server on 127.0.0.1 that misbehaves on purpose, for tests and benches.

It answers POST /v1/chat/completions from recordings (like openai_server), except that each
request may get a fault instead. Whether it does, and which, is drawn from a random
generator seeded with (seed, request key, how many times that request was seen), so a
failing run replays exactly, whatever order concurrent requests arrive in. It binds to
loopback, answers at most `max_requests` requests and shuts itself down after `lifetime`
seconds even if a test forgets to. Every answer it makes up is written here, by hand.
"""

from __future__ import annotations

import contextlib
import copy
import http.server
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefer.llm.transport import load_recording, request_key

# faults a robust client recovers from, so the brief must come out as if there were none
RECOVERABLE = (
    "latency",
    "429",
    "429-retry-after",
    "500",
    "502",
    "503",
    "timeout",
    "drop",
    "non-json",
    "empty-choices",
    "schema-invalid",
    "unknown-ids",
)
# faults in what the model says: they cost passages or quotes, visibly
CONTENT = ("length", "refusal", "invented-quotes", "foreign-quotes")
ALL_FAULTS = RECOVERABLE + CONTENT
REASK = "Your answer was not valid"
INVENTED_QUOTE = "We have already signed a permanent peace treaty with every party"


@dataclass
class FaultPlan:
    """How often (rate, 0-1) and which faults; latency and hang times in seconds."""

    rate: float = 0.3
    faults: tuple[str, ...] = RECOVERABLE
    seed: int = 7
    latency: float = 0.05
    hang: float = 1.0  # longer than the client's timeout in the tests
    delay: float = 0.0  # every answer, as a slow model would be
    first_only: bool = False  # fault only a request's first sending, never its retries
    limit: int | None = None  # at most this many faults in all (whichever requests come first)

    def draw(self, key: str, seen: int) -> str | None:
        if self.first_only and seen > 1:
            return None
        rng = random.Random(f"{self.seed}:{key}:{seen}")
        return rng.choice(self.faults) if rng.random() < self.rate else None


@dataclass
class FaultLog:
    requests: int = 0
    faults: Counter = field(default_factory=Counter)
    authorization: set[str] = field(default_factory=set)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _FaultServer
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        fault = self.server.next_fault(body, self.headers.get("Authorization", ""))
        if self.server.plan.delay:
            time.sleep(self.server.plan.delay)
        if fault == "drop":
            self.close_connection = True
            return  # no status line at all: the client sees the connection close
        if fault in ("latency", "timeout"):
            time.sleep(self.server.plan.latency if fault == "latency" else self.server.plan.hang)
        status, answer, headers = self.server.answer(body, fault)
        payload = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        self.send_response(status)
        headers = {"Content-Type": "application/json", **headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(payload)  # the client may have given up (the timeout fault)

    def log_message(self, *args: object) -> None:
        pass


class _FaultServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        directory: Path,
        plan: FaultPlan,
        max_requests: int,
        fallback: Callable[[dict], dict] | None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.directory = Path(directory)
        self.plan = plan
        self.max_requests = max_requests
        self.fallback = fallback
        self.log = FaultLog()
        self._seen: Counter = Counter()
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_fault(self, body: dict, authorization: str) -> str | None:
        key = request_key(_original(body))  # a re-ask is another try at the same request
        with self._lock:
            self.log.requests += 1
            self.log.authorization.add(authorization)
            if self.log.requests > self.max_requests:
                return "503"
            self._seen[key] += 1
            fault = self.plan.draw(key, self._seen[key])
            if self.plan.limit is not None and sum(self.log.faults.values()) >= self.plan.limit:
                fault = None
            if fault:
                self.log.faults[fault] += 1
        return fault

    def answer(self, body: dict, fault: str | None) -> tuple[int, object, dict[str, str]]:
        if fault in ("429", "429-retry-after"):
            headers = (
                {"retry-after-ms": "20", "retry-after": "1"} if fault == "429-retry-after" else {}
            )
            return 429, {"error": {"message": "Rate limit reached", "type": "requests"}}, headers
        if fault in ("500", "503"):
            return int(fault), {"error": {"message": "The server had an error"}}, {}
        if fault == "502":
            return 502, b"<html><body>502 Bad Gateway</body></html>", {"Content-Type": "text/html"}
        if fault == "non-json":
            return 200, b"<html><body>upstream hiccup</body></html>", {"Content-Type": "text/html"}
        completion = self._normal(body)
        if completion is None:
            return 404, {"error": {"message": f"no recording for {request_key(body)}"}}, {}
        if fault in (
            "empty-choices",
            "schema-invalid",
            "unknown-ids",
            "length",
            "refusal",
            "invented-quotes",
            "foreign-quotes",
        ):
            completion = _spoil(completion, fault)
        return 200, completion, {}

    def _normal(self, body: dict) -> dict | None:
        original = _original(body)  # a re-ask gets the answer to what was asked
        recording = load_recording(self.directory / f"{request_key(original)}.json")
        if recording is not None:
            return copy.deepcopy(recording["response"]["body"])
        part = _part_of_recording(self.directory, original)
        if part is not None:
            return part
        return self.fallback(original) if self.fallback else None


_PASSAGE = re.compile(r'<passage id="([^"]+)">\n(.*?)\n</passage>', re.S)


def _part_of_recording(directory: Path, body: dict) -> dict | None:
    """An extraction request for some of a recorded request's passages (the client halves a
    batch whose answer was cut off): the recorded statements about those passages, with the
    passage ids of this request."""
    asked = {text: pid for pid, text in _PASSAGE.findall(_user(body))}
    if not asked:
        return None
    for path in sorted(Path(directory).glob("*.json")):
        recording = load_recording(path)
        if recording is None:
            continue
        given = dict(_PASSAGE.findall(_user(recording["request"])))
        if not set(asked) <= set(given.values()):
            continue
        completion = copy.deepcopy(recording["response"]["body"])
        message = completion["choices"][0]["message"]
        answer = json.loads(message["content"])
        kept = []
        for statement in answer.get("statements", []):
            quotes = [
                {**q, "chunk_id": asked[given[q["chunk_id"]]]}
                for q in statement["quotes"]
                if given.get(q["chunk_id"]) in asked
            ]
            if quotes:
                kept.append({**statement, "quotes": quotes})
        message["content"] = json.dumps({"statements": kept})
        return completion
    return None


def _user(body: dict) -> str:
    users = [m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user"]
    return str(users[-1]) if users else ""


def _original(body: dict) -> dict:
    """The request without briefer's re-ask message, if it has one."""
    messages = body.get("messages") or []
    if messages and str(messages[-1].get("content", "")).startswith(REASK):
        return {**body, "messages": messages[:-1]}
    return body


def _spoil(completion: dict, fault: str) -> dict:
    """The recorded completion, made wrong in the way `fault` names."""
    if fault == "empty-choices":
        completion["choices"] = []
        return completion
    choice = completion["choices"][0]
    content = choice["message"]["content"]
    if fault == "length":
        choice["finish_reason"] = "length"
        choice["message"]["content"] = content[: len(content) // 2]
        return completion
    if fault == "refusal":
        choice["message"].update(content=None, refusal="I can't help with that request.")
        return completion
    if fault == "schema-invalid":
        choice["message"]["content"] = json.dumps({"statements": "none", "positions": 3})
        return completion
    answer = json.loads(content)
    for statement in answer.get("statements", []):
        for quote in statement["quotes"]:
            if fault == "unknown-ids":
                quote["chunk_id"] = "c99"
            elif fault == "invented-quotes":
                quote["quote"] = INVENTED_QUOTE
        if fault == "foreign-quotes" and statement["quotes"]:
            ids = sorted({q["chunk_id"] for s in answer["statements"] for q in s["quotes"]})
            own = statement["quotes"][0]["chunk_id"]
            statement["quotes"][0]["chunk_id"] = next((i for i in ids if i != own), "c99")
    for position in answer.get("positions", []):
        for sentence in position["sentences"]:
            if fault == "unknown-ids":
                sentence["statement_ids"] = ["st999"]
    choice["message"]["content"] = json.dumps(answer)
    return completion


@contextmanager
def fault_server(
    directory: Path,
    plan: FaultPlan,
    max_requests: int = 2000,
    lifetime: float = 300.0,
    fallback: Callable[[dict], dict] | None = None,
) -> Iterator[_FaultServer]:
    """Serve until the block ends, or `lifetime` seconds pass, whichever comes first."""
    server = _FaultServer(directory, plan, max_requests, fallback)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    deadline = threading.Timer(lifetime, server.shutdown)
    deadline.daemon = True
    deadline.start()
    try:
        yield server
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()
