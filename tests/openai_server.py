"""A small OpenAI-compatible server on 127.0.0.1 that answers from recordings.

For tests and benchmarks only: it binds to loopback, answers POST /v1/chat/completions
from a folder of recordings (matched on briefer's request key), optionally after a fixed
delay, counts requests, and stops when its context ends. With `usage="text"` it reports
the usage of every answer (recorded or not) computed from text length, the way
`briefer.cost.prompt_tokens` with `estimate_tokens` counts it (messages, response schema and
the chat format's overhead in; the answer's content out), times `usage_scale`: what a run
sends can then be compared with what `--dry-run` predicted, and a server that bills more
than predicted can be played. A request with no recording gets
404, or the answer of a `fallback` function: `improvised_answer` (placeholder text for load
tests) or `invented_answer` (schema-valid text that no source supports). Neither is a
model's answer; both are written here by hand.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefer.chunk import sentence_spans
from briefer.cost import estimate_tokens, prompt_tokens
from briefer.engines.speech import attribute_sentence
from briefer.llm.transport import load_recording, request_key


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _ReplayServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.count(self.headers.get("Authorization", ""), body)
        if self.server.delay:
            time.sleep(self.server.delay)
        key = request_key(body)
        recording = load_recording(self.server.directory / f"{key}.json")
        if recording is not None:
            status, answer = recording["response"]["status"], recording["response"]["body"]
        elif self.server.fallback is not None:
            answer = self.server.fallback(body)
            status = self.server.status_of(answer) if self.server.status_of else 200
        else:
            status, answer = 404, {"error": {"message": f"no recording for {key}"}}
        if status == 200 and self.server.usage == "text":
            answer = self.server.bill(body, answer)
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


class _ReplayServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        directory: Path,
        delay: float,
        fallback: Callable[[dict], dict] | None,
        port: int = 0,
        status_of: Callable[[dict], int] | None = None,
        usage: str | None = None,
        usage_scale: float = 1.0,
    ) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.status_of = status_of  # the HTTP status of a fallback answer (default 200)
        self.usage = usage
        self.usage_scale = usage_scale
        self.prompt_tokens = 0  # reported, with usage="text"
        self.completion_tokens = 0
        self.directory = Path(directory)
        self.delay = delay
        self.fallback = fallback
        self.requests = 0
        self.input_chars = 0  # messages and response format, as sent
        self.authorization: set[str] = set()
        self._lock = threading.Lock()

    def count(self, authorization: str, body: dict) -> None:
        sent = sum(len(m.get("content") or "") for m in body.get("messages", []))
        sent += len(json.dumps(body.get("response_format") or ""))
        with self._lock:
            self.requests += 1
            self.input_chars += sent
            self.authorization.add(authorization)

    def bill(self, body: dict, answer: dict) -> dict:
        """The answer with its usage computed from text length (see the module's doc)."""
        content = "".join(
            (choice.get("message") or {}).get("content") or ""
            for choice in answer.get("choices") or []
        )
        prompt = round(prompt_tokens(body, estimate_tokens) * self.usage_scale)
        completion = round(estimate_tokens(content) * self.usage_scale)
        with self._lock:
            self.prompt_tokens += prompt
            self.completion_tokens += completion
        return {
            **answer,
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


_PASSAGE = re.compile(r'<passage id="(c\d+)">\n(.*?)\n</passage>', re.S)


def improvised_answer(body: dict) -> dict:
    """A valid answer for any request, for load tests: each passage's opening words quoted
    by a placeholder speaker; each position written from the first two claims given."""
    user = body["messages"][-1]["content"]
    passages = _PASSAGE.findall(user)
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
    return _completion(answer, body, "improvised")


INVENTED_SENTENCES = (  # nothing in any seed article supports these
    "{actor} signed a 90-day truce in Geneva with Pope Leo.",
    "{actor} walked out of the negotiations and recalled its ambassador.",
    "{actor} announced that 4,000 troops would leave Crimea by Friday.",
)


def invented_answer(body: dict) -> dict:
    """Schema-valid and wrong: every passage's opening words (real, so they ground) carry an
    invented claim, and every position is written in invented sentences citing real ids."""
    user = body["messages"][-1]["content"]
    passages = _PASSAGE.findall(user)
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
    return _completion(answer, body, "invented")


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


def _completion(answer: dict, body: dict, name: str) -> dict:
    user = body["messages"][-1]["content"]
    content = json.dumps(answer)
    return {
        "id": name,
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
            "prompt_tokens": len(user) // 4,
            "completion_tokens": len(content) // 4,
            "total_tokens": (len(user) + len(content)) // 4,
        },
    }


@contextmanager
def replay_server(
    directory: Path,
    delay: float = 0.0,
    fallback: Callable[[dict], dict] | None = None,
    port: int = 0,
    status_of: Callable[[dict], int] | None = None,
    usage: str | None = None,
    usage_scale: float = 1.0,
) -> Iterator[_ReplayServer]:
    server = _ReplayServer(directory, delay, fallback, port, status_of, usage, usage_scale)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
