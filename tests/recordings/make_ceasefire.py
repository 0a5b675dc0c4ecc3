"""Rebuild tests/recordings/ceasefire/ from the hand-written answers in ceasefire-answers.json,
and tests/recordings/ceasefire-unsupported/ with the position sentences replaced by those in
ceasefire-unsupported.json (sentences their cited quotes do not support, on purpose).

Run from the project root:  python tests/recordings/make_ceasefire.py
No model is involved: the real LLM engine runs over the seeds against an "author" transport
that answers each request from the JSON file, and the recording transport saves every
exchange in the chat.completions wire format, labelled as hand-written. Re-run it after
changing a prompt or a schema (request keys change with them).
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sys
from datetime import date
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OUT = HERE / "ceasefire"
MODEL = "hand-written-fixture"
sys.path.insert(0, str(ROOT))

from briefer.llm.client import LLMSettings  # noqa: E402
from briefer.llm.transport import (  # noqa: E402
    HAND_WRITTEN,
    RecordingTransport,
    json_response,
    request_body,
)
from briefer.pipeline import RunOptions, make_brief, prepare  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from openai_server import completion  # noqa: E402

_PASSAGE = re.compile(r'<passage id="(c\d+)">\n(.*?)\n</passage>', re.S)


def _flat(text: str) -> str:
    """Grounded quotes keep the source's no-break spaces; the answers were typed without."""
    return " ".join(text.split())


class AuthorTransport(httpx2.AsyncBaseTransport):
    def __init__(self, answers: dict, chunk_ids_by_text: dict[str, str]) -> None:
        self.answers = answers
        self.chunk_ids = chunk_ids_by_text

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request_body(request)
        schema = body["response_format"]["json_schema"]["name"]
        user = body["messages"][1]["content"]
        answer = self.extraction(user) if schema == "ExtractionAnswer" else self.positions(user)
        return json_response(200, completion(answer, body), request)

    def extraction(self, user: str) -> dict:
        statements = []
        for local_id, text in _PASSAGE.findall(user):
            for item in self.answers["extract"].get(self.chunk_ids[text], []):
                quotes = [{"chunk_id": local_id, "quote": q} for q in item["quotes"]]
                statements.append(
                    {**{k: v for k, v in item.items() if k != "quotes"}, "quotes": quotes}
                )
        return {"statements": statements}

    def first_quote(self, cite: str) -> str:
        """Answers cite statements by the start of their claim; the prompt shows quotes."""
        for items in self.answers["extract"].values():
            for item in items:
                if item["claim"].startswith(cite):
                    return item["quotes"][0]
        raise SystemExit(f"no extracted claim starts with {cite!r}")

    def positions(self, user: str) -> dict:
        written = []
        for section in user.split("## ")[1:]:
            actor, *rows = section.strip().splitlines()
            lines = [row.split(" | ") for row in rows]
            if actor not in self.answers["synthesize"]:
                raise SystemExit(f"write a synthesis answer for {actor!r}: {lines}")
            sentences = []
            for sentence in self.answers["synthesize"][actor]:
                quotes = [self.first_quote(cite) for cite in sentence["cites"]]
                ids = [
                    row[0]
                    for quote in quotes
                    for row in lines
                    if _flat(row[3]).startswith(_flat(quote))
                ]
                if len(ids) != len(sentence["cites"]):
                    raise SystemExit(
                        f"{actor}: a cite in {sentence['cites']} matches no "
                        f"statement sent: {[row[3] for row in lines]}"
                    )
                sentences.append({"text": sentence["text"], "statement_ids": ids})
            written.append({"actor": actor, "sentences": sentences})
        return {"positions": written}


def main() -> None:
    answers = json.loads((HERE / "ceasefire-answers.json").read_text())
    record(answers, OUT)
    variant = json.loads((HERE / "ceasefire-unsupported.json").read_text())
    record({**answers, "synthesize": variant["synthesize"]}, HERE / "ceasefire-unsupported")


def record(answers: dict, out: Path) -> None:
    prepared = prepare([str(ROOT / "seeds")], "ceasefire", RunOptions())
    chunk_ids = {chunk.text: chunk.id for chunk in prepared.chunks}
    shutil.rmtree(out, ignore_errors=True)
    author = AuthorTransport(answers, chunk_ids)
    recorder = RecordingTransport(author, out, "hand-written answers", provenance=HAND_WRITTEN)
    settings = LLMSettings(model=MODEL, transport=recorder, concurrency=1)
    import os

    os.chdir(ROOT)
    brief, _ = make_brief(
        ["seeds"],
        "ceasefire",
        RunOptions(engine="llm", llm=settings, generated_at=date(2025, 8, 22)),
    )
    asyncio.run(asyncio.sleep(0))
    print(
        f"wrote {len(list(out.glob('*.json')))} recordings to {out.relative_to(ROOT)}; "
        f"actors: {', '.join(p.actor for p in brief.positions)}; "
        f"quotes dropped: {brief.stats.quotes_dropped}"
    )


if __name__ == "__main__":
    main()
