"""The one OpenAI-compatible fake for every HTTP-level test and bench, on 127.0.0.1 only.

`serve(...)` runs it as a server (a context manager yielding the `OpenAIFake`, with its
`base_url`); `OpenAIFake(...).transport()` runs the same answers in-process, under the real
SDK, for unit tests that need no socket. What it answers POST /v1/chat/completions with:

- `recordings`: a folder of recordings, matched on briefer's request key. A re-ask is
  answered as the request it re-asks; an extraction request for some of a recorded
  request's passages (a batch halved after a cut-off answer) gets the recorded statements
  about those passages.
- `answer`: a function of the request body for requests with no recording, returning a
  completion (status 200) or `(status, body)`. `improvised_answer` (placeholder text for
  load tests) and `invented_answer` (schema-valid text no source supports) are here.
- `plan`: a `FaultPlan` - which faults (HTTP statuses, hangs, dropped connections, non-JSON
  or malformed bodies, refusals, cut-off answers, invented quotes, ...) on which requests.
  Whether a request gets one is drawn from a generator seeded with (seed, request key, how
  many times that request was seen), so a failing run replays exactly, whatever order
  concurrent requests arrive in; `script` names faults by request number instead.
- `refuse=STATUS`: every request gets that error; with `echo_key=True` the caller's
  Authorization header is echoed everywhere it can be (status line, a header, the JSON
  error, or the HTML page of a 502), for tests of key redaction.
- `delay`: seconds before every answer, as a slow model; `hold`: an event every answer
  waits for (set when the server stops), so a test can act while a request is surely
  pending - `wait_for(n)` returns once n requests have come in.
- `usage="text"`: every answer's usage computed from text length, the way
  `briefer.cost.prompt_tokens` with `estimate_tokens` counts it, times `usage_scale`: what
  a run sends can be compared with what `--dry-run` predicted, and a server that bills
  more than predicted can be played.

It counts requests, the Authorization headers it saw and the faults it made; answers at
most `max_requests` (then 503) and stops after `lifetime` seconds even if a block never
ends. An error in an answer function is a 500 to the client and an AssertionError when the
block ends. None of its answers comes from a model: every one is written here, by hand.
"""

from __future__ import annotations

import asyncio
import copy
import http.server
import json
import math
import random
import re
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

from briefer.chunk import sentence_spans
from briefer.cost import estimate_tokens, prompt_tokens
from briefer.engines.speech import attribute_sentence
from briefer.llm.transport import load_recording, request_body, request_key

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
# a body cut off mid-JSON: recoverable by a re-ask (scripted in the in-process tests)
ALL_FAULTS = (*RECOVERABLE, "malformed", *CONTENT)
REASK = "Your answer was not valid"
INVENTED_QUOTE = "We have already signed a permanent peace treaty with every party"
PASSAGE = re.compile(r'<passage id="([^"]+)">\n(.*?)\n</passage>', re.S)
Answer = Callable[[dict], "dict | tuple[int, dict]"]


@dataclass
class FaultPlan:
    """How often (rate, 0-1) and which faults; latency and hang times in seconds."""

    rate: float = 0.0
    faults: tuple[str, ...] = RECOVERABLE
    seed: int = 7
    latency: float = 0.05
    hang: float = 1.0  # longer than the client's timeout in the tests
    retry_after: float = 0.02  # what the 429-retry-after fault asks the client to wait
    first_only: bool = False  # fault only a request's first sending, never its retries
    limit: int | None = None  # at most this many faults in all (whichever requests come first)
    script: dict[int, str] = field(default_factory=dict)  # request number (1-based) -> fault

    def draw(self, key: str, seen: int, number: int) -> str | None:
        if self.script:
            return self.script.get(number)
        if self.first_only and seen > 1:
            return None
        rng = random.Random(f"{self.seed}:{key}:{seen}")
        return rng.choice(self.faults) if rng.random() < self.rate else None


@dataclass
class Reply:
    """What to send back: `drop` closes the connection with no status line at all."""

    status: int = 200
    payload: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None
    drop: bool = False
    pause: float = 0.0  # seconds before answering (latency, hangs, a slow model)


class OpenAIFake:
    """The answers, counters and options; `serve` puts it behind a socket."""

    def __init__(
        self,
        recordings: Path | None = None,
        *,
        answer: Answer | None = None,
        plan: FaultPlan | None = None,
        delay: float = 0.0,
        hold: threading.Event | None = None,
        refuse: int | None = None,
        echo_key: bool = False,
        usage: str | None = None,
        usage_scale: float = 1.0,
        max_requests: int | None = 2000,
    ) -> None:
        self.recordings = Path(recordings) if recordings else None
        self.answer = answer
        self.plan = plan or FaultPlan()
        self.delay = delay
        self.hold = hold
        self.refuse = refuse
        self.echo_key = echo_key
        self.usage = usage
        self.usage_scale = usage_scale
        self.max_requests = max_requests
        self.base_url = ""  # set by `serve`
        self.requests = 0
        self.input_chars = 0  # messages and response format, as sent
        self.prompt_tokens = 0  # reported, with usage="text"
        self.completion_tokens = 0
        self.authorization: set[str] = set()
        self.faults: Counter[str] = Counter()
        self.bodies: list[dict] = []
        self.errors: list[str] = []
        self._seen: Counter[str] = Counter()
        self._lock = threading.Condition()

    def wait_for(self, requests: int = 1, timeout: float | None = None) -> bool:
        """Whether `requests` requests have come in by then (`timeout` seconds)."""
        with self._lock:
            return self._lock.wait_for(lambda: self.requests >= requests, timeout)

    # -- one request -------------------------------------------------------------------------
    def reply(self, body: dict, authorization: str) -> Reply:
        fault = self._count(body, authorization)
        if self.refuse is not None:
            return self._refusal(authorization)
        if fault == "drop":
            return Reply(drop=True, pause=self.delay)
        pause = self.delay + {"latency": self.plan.latency, "timeout": self.plan.hang}.get(
            fault or "", 0.0
        )
        try:
            status, content, headers = self._answer(body, fault)
        except Exception:  # a bug in a test's answer function: said, not hidden
            self.errors.append(traceback.format_exc())
            status, content, headers = 500, {"error": {"message": "the fake failed"}}, {}
        payload = content if isinstance(content, bytes) else json.dumps(content).encode()
        return Reply(status, payload, {"Content-Type": "application/json", **headers}, pause=pause)

    def _count(self, body: dict, authorization: str) -> str | None:
        key = request_key(_original(body))  # a re-ask is another try at the same request
        sent = sum(len(m.get("content") or "") for m in body.get("messages", []))
        sent += len(json.dumps(body.get("response_format") or ""))
        with self._lock:
            self.requests += 1
            self.input_chars += sent
            self.authorization.add(authorization)
            self.bodies.append(body)
            self._lock.notify_all()
            if self.max_requests is not None and self.requests > self.max_requests:
                return "503"
            self._seen[key] += 1
            fault = self.plan.draw(key, self._seen[key], self.requests)
            if self.plan.limit is not None and sum(self.faults.values()) >= self.plan.limit:
                fault = None
            if fault:
                self.faults[fault] += 1
        return fault

    def _refusal(self, auth: str) -> Reply:
        status = self.refuse or 400
        if not self.echo_key:
            error = {"error": {"message": "request refused", "type": "invalid_request_error"}}
            return Reply(status, json.dumps(error).encode(), {"Content-Type": "application/json"})
        if status == 502:
            page, kind = f"<html><body>502 Bad Gateway for {auth}</body></html>", "text/html"
        else:
            error = {
                "message": f"request refused; you sent {auth}",
                "type": "invalid_request_error",
                "param": auth,
                "code": f"echo {auth}",
            }
            page, kind = json.dumps({"error": error}), "application/json"
        headers = {"Content-Type": kind, "X-Echo": auth, "retry-after-ms": "1"}
        return Reply(status, page.encode(), headers, reason=f"Refused {auth}")

    def _answer(self, body: dict, fault: str | None) -> tuple[int, object, dict[str, str]]:
        if fault in ("429", "429-retry-after"):
            wait = self.plan.retry_after
            headers = (
                {"retry-after-ms": str(round(wait * 1000)), "retry-after": str(math.ceil(wait))}
                if fault == "429-retry-after"
                else {}
            )
            return 429, {"error": {"message": "Rate limit reached", "type": "requests"}}, headers
        if fault in ("500", "503"):
            return int(fault), {"error": {"message": "The server had an error"}}, {}
        if fault == "502":
            return 502, b"<html><body>502 Bad Gateway</body></html>", {"Content-Type": "text/html"}
        if fault == "non-json":
            return 200, b"<html><body>upstream hiccup</body></html>", {"Content-Type": "text/html"}
        found = self._normal(body)
        if found is None:
            return 404, {"error": {"message": f"no recording for {request_key(body)}"}}, {}
        status, completion = found
        if status == 200 and fault in _SPOILERS:
            completion = _spoil(completion, fault)
        if status == 200 and self.usage == "text":
            completion = self._bill(body, completion)
        return status, completion, {}

    def _normal(self, body: dict) -> tuple[int, dict] | None:
        original = _original(body)  # a re-ask gets the answer to what was asked
        if self.recordings is not None:
            recording = load_recording(self.recordings / f"{request_key(original)}.json")
            if recording is not None:
                response = recording["response"]
                return response["status"], copy.deepcopy(response["body"])
            part = _part_of_recording(self.recordings, original)
            if part is not None:
                return 200, part
        if self.answer is None:
            return None
        made = self.answer(original)
        return made if isinstance(made, tuple) else (200, made)

    def _bill(self, body: dict, answer: dict) -> dict:
        """The answer with its usage computed from text length (see the module's doc)."""
        content = "".join(
            (choice.get("message") or {}).get("content") or ""
            for choice in answer.get("choices") or []
        )
        prompt = round(prompt_tokens(body, estimate_tokens) * self.usage_scale)
        done = round(estimate_tokens(content) * self.usage_scale)
        with self._lock:
            self.prompt_tokens += prompt
            self.completion_tokens += done
        usage = {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}
        return {**answer, "usage": usage}

    # -- in-process --------------------------------------------------------------------------
    def transport(self) -> httpx2.AsyncBaseTransport:
        """The same answers without a socket (no `hold`; a dropped connection is an error)."""
        return _Transport(self)

    def passages_per_request(self) -> list[int]:
        """How many passages each request carried (0 for synthesis), in arrival order."""
        return [len(PASSAGE.findall(_user(body))) for body in self.bodies]


class _Transport(httpx2.AsyncBaseTransport):
    def __init__(self, fake: OpenAIFake) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        reply = self.fake.reply(request_body(request), request.headers.get("Authorization", ""))
        if reply.pause:
            await asyncio.sleep(reply.pause)
        if reply.drop:
            raise httpx2.RemoteProtocolError("Server disconnected without sending a response.")
        return httpx2.Response(
            reply.status, content=reply.payload, headers=reply.headers, request=request
        )


# -- the server ------------------------------------------------------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        reply = fake.reply(body, self.headers.get("Authorization", ""))
        if fake.hold is not None:
            fake.hold.wait()
        if reply.pause:
            time.sleep(reply.pause)
        if reply.drop:
            self.close_connection = True
            return  # no status line at all: the client sees the connection close
        self.send_response(reply.status, reply.reason)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.payload)))
        self.end_headers()
        self.wfile.write(reply.payload)

    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: OpenAIFake, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.fake = fake

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer (a timeout, a stopped run) is not news; the
        default would print a traceback on the stderr a CLI runner captures as the run's."""


@contextmanager
def serve(
    recordings: Path | None = None,
    *,
    port: int = 0,
    lifetime: float | None = 600.0,
    **options: Any,
) -> Iterator[OpenAIFake]:
    """An `OpenAIFake(recordings, **options)` on 127.0.0.1 until the block ends, or
    `lifetime` seconds pass, whichever comes first."""
    fake = OpenAIFake(recordings, **options)
    server = _Server(fake, port)
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    deadline = threading.Timer(lifetime, server.shutdown) if lifetime else None
    if deadline:
        deadline.daemon = True
        deadline.start()
    try:
        yield fake
    finally:
        if deadline:
            deadline.cancel()
        if fake.hold is not None:
            fake.hold.set()
        server.shutdown()
        server.server_close()
    assert not fake.errors, "the fake's answer function failed:\n" + fake.errors[0]


# -- what a request holds --------------------------------------------------------------------
def _user(body: dict) -> str:
    users = [m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user"]
    return str(users[-1]) if users else ""


def _original(body: dict) -> dict:
    """The request without briefer's re-ask message, if it has one."""
    messages = body.get("messages") or []
    if messages and str(messages[-1].get("content", "")).startswith(REASK):
        return {**body, "messages": messages[:-1]}
    return body


def _part_of_recording(directory: Path, body: dict) -> dict | None:
    """An extraction request for some of a recorded request's passages (the client halves a
    batch whose answer was cut off): the recorded statements about those passages, with the
    passage ids of this request."""
    asked = {text: pid for pid, text in PASSAGE.findall(_user(body))}
    if not asked:
        return None
    for path in sorted(Path(directory).glob("*.json")):
        recording = load_recording(path)
        if recording is None:
            continue
        given = dict(PASSAGE.findall(_user(recording["request"])))
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


# -- spoilt answers --------------------------------------------------------------------------
_SPOILERS = (
    "empty-choices",
    "malformed",
    "schema-invalid",
    "unknown-ids",
    "length",
    "refusal",
    "invented-quotes",
    "foreign-quotes",
)


def _spoil(completion: dict, fault: str) -> dict:
    """The completion, made wrong in the way `fault` names."""
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
    if fault == "malformed":
        choice["message"]["content"] = '{"statements": [{"speaker": '
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


# -- hand-written answers --------------------------------------------------------------------
def completion(answer: dict, body: dict, name: str = "hand-written") -> dict:
    """`answer` as a chat.completions body; usage estimated as characters / 4 (no tokenizer
    ran, no model answered)."""
    content = json.dumps(answer, ensure_ascii=False)
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    return {
        "id": f"chatcmpl-{name}",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model"),
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
        "usage": {
            "prompt_tokens": prompt // 4,
            "completion_tokens": len(content) // 4,
            "total_tokens": prompt // 4 + len(content) // 4,
        },
    }


def json_mode_only(answer: Answer) -> Answer:
    """`answer` as a server without strict json_schema gives it: such requests get a 400
    (briefer then asks again in JSON mode)."""

    def answering(body: dict) -> dict | tuple[int, dict]:
        if (body.get("response_format") or {}).get("type") == "json_schema":
            return 400, {"error": {"message": "response_format json_schema is not supported"}}
        return answer(body)

    return answering


def improvised_answer(body: dict) -> dict:
    """A valid answer for any request, for load tests: each passage's opening words quoted
    by a placeholder speaker; each position written from the first two claims given."""
    user = body["messages"][-1]["content"]
    passages = PASSAGE.findall(user)
    if passages:
        answer = _opening_words(passages, "neutral", "A placeholder claim for load testing.")
    else:
        answer = {
            "positions": [
                {
                    "actor": section.splitlines()[0].strip(),
                    "sentences": [
                        {"text": row.split(" | ")[3], "statement_ids": [row.split(" | ")[0]]}
                        for row in section.splitlines()[1:3]
                        if " | " in row
                    ],
                }
                for section in user.split("## ")[1:]
            ]
        }
    return completion(answer, body, "improvised")


INVENTED_SENTENCES = (  # nothing in any seed article supports these
    "{actor} signed a 90-day truce in Geneva with Pope Leo.",
    "{actor} walked out of the negotiations and recalled its ambassador.",
    "{actor} announced that 4,000 troops would leave Crimea by Friday.",
)


def invented_answer(body: dict) -> dict:
    """Schema-valid and wrong: every passage's opening words (real, so they ground) carry an
    invented claim, and every position is written in invented sentences citing real ids."""
    user = body["messages"][-1]["content"]
    passages = PASSAGE.findall(user)
    if passages:
        answer = _opening_words(passages, "supports", "Agreed to a 90-day truce in Geneva.")
    else:
        answer = {"positions": []}
        for section in user.split("## ")[1:]:
            actor, *rows = section.strip().splitlines()
            ids = [row.split(" | ")[0] for row in rows if " | " in row]
            answer["positions"].append(
                {
                    "actor": actor,
                    "sentences": [
                        {"text": text.format(actor=actor), "statement_ids": ids[:1]}
                        for text in INVENTED_SENTENCES
                    ],
                }
            )
    return completion(answer, body, "invented")


def _opening_words(passages: list[tuple[str, str]], stance: str, claim: str) -> dict:
    """One statement per passage quoting eight words of its first sentence of reported speech
    (else its opening words, which briefer drops as attributed to no one), by a placeholder
    speaker, named as that sentence names them (so the attribution rule lets it through)."""
    statements = []
    for local_id, text in passages:
        quote, speaker = _speech_words(text)
        statements.append(
            {
                "speaker": speaker or f"Speaker {local_id}",
                "actor": f"Actor {local_id[1:]}",
                "stance": stance,
                "claim": claim,
                "quotes": [{"chunk_id": local_id, "quote": quote}],
            }
        )
    return {"statements": statements}


def _speech_words(text: str) -> tuple[str, str | None]:
    for start, end in sentence_spans(text):
        found = attribute_sentence(text[start:end])
        if (
            found
            and found.kind == "name"
            and not any(mark in text[start:end] for mark in "\"'“”‘’")
        ):
            return " ".join(text[start:end].split()[:20]), found.speaker
    return " ".join(text.split()[:8]), None
