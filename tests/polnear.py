"""A perfect model for tests: answers from PolNeAR's hand annotations, not from any model.

`PerfectModel(articles)` answers an extraction request with every annotated direct quote in
each passage it receives (verbatim, with the passage's id and the annotated speaker, a
pronoun resolved to its antecedent) and a synthesis request by restating each actor's cited
quotes. With `corrupt=0.2` about a fifth of its statements are made wrong on purpose - a wrong
speaker, the id of another passage, or a paraphrased quote - and every one is logged, so the
checks can be measured in both directions. Every answer it gives is written here, by code
reading annotations; none comes from a model.

Use it in-process (`perfect_transport`, an httpx2 transport) or as a server on 127.0.0.1:
    python tests/polnear.py serve [ANNOTATED_DIR] [--port 8765] [--corrupt 0.2]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefer.annotations import (  # noqa: E402
    AnnotatedArticle,
    AnnotatedQuote,
    load_annotated,
    same_speaker,
    speaker_name,
)

sys.path.insert(0, str(ROOT / "tests"))
from openai_server import OpenAIFake, completion, serve  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-train"
# A fixed sample for CI: articles spread evenly through each publisher's.
SAMPLE_PER_PUBLISHER = 4
CORRUPTIONS = ("speaker", "passage", "paraphrase")
MADE_UP_SPEAKER = "Zorblax Quint"
_PASSAGE = re.compile(r'<passage id="([^"]+)"[^>]*>\n?(.*?)\n?</passage>', re.S)
_ROW = re.compile(r"^\s*(st\d+)\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*(.*)$")
_REASK = "Your answer was not valid"


def sample_names(folder: Path = POLNEAR, per_publisher: int = SAMPLE_PER_PUBLISHER) -> list[str]:
    """A fixed, small sample of the training split: for each publisher, articles evenly
    spaced through its (date-sorted) names, so the sample spans the whole campaign."""
    names = sorted(p.stem for p in (folder / "text").glob("*.txt"))
    by_publisher: dict[str, list[str]] = {}
    for name in names:
        by_publisher.setdefault(name.split("_", 1)[0], []).append(name)
    chosen = []
    for own in by_publisher.values():
        step = len(own) / per_publisher
        chosen += [own[int(step * i + step / 2)] for i in range(min(per_publisher, len(own)))]
    return sorted(chosen)


@dataclass
class Request:
    """What a request asks, read tolerantly: passages (id -> text) for extraction, or
    actor sections (actor -> rows of statement id, speaker, quotes) for synthesis."""

    passages: dict[str, str] = field(default_factory=dict)
    positions: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


def parse_request(body: dict) -> Request:
    """The one place that reads briefer's prompts: the last user message that is not a
    re-ask, passages as <passage id="..."> blocks, synthesis as '## actor' sections of
    'id | speaker | stance | quotes' rows."""
    users = [
        str(m.get("content") or "")
        for m in body.get("messages", [])
        if m.get("role") == "user" and not str(m.get("content")).startswith(_REASK)
    ]
    user = users[-1] if users else ""
    request = Request(passages={pid: text for pid, text in _PASSAGE.findall(user)})
    if request.passages:
        return request
    actor = None
    for line in user.splitlines():
        if line.startswith("## "):
            actor = line[3:].strip()
            request.positions[actor] = []
            continue
        row = _ROW.match(line)
        if row and actor is not None:
            request.positions[actor].append((row.group(1), row.group(2), row.group(4)))
    return request


@dataclass
class Offered:
    """One statement the model gave, with what it really is (for the bench's bookkeeping)."""

    article: str
    passage: str
    quote: AnnotatedQuote
    corruption: str | None


class PerfectModel:
    """Answers chat.completions bodies from annotations; thread-safe enough for a test server
    (each answer is computed from the request alone, and the log only appended to)."""

    def __init__(
        self,
        articles: Iterable[AnnotatedArticle],
        corrupt: float = 0.0,
        seed: int = 16,
        kinds: tuple[str, ...] = CORRUPTIONS,
    ) -> None:
        self.articles = list(articles)
        self.corrupt = corrupt
        self.seed = seed
        self.kinds = kinds
        self.offered: list[Offered] = []
        self.requests = Counter()

    def __call__(self, body: dict) -> dict:
        request = parse_request(body)
        if request.passages:
            self.requests["extract"] += 1
            return completion(self.extract(request), body, "perfect-model")
        self.requests["synthesize"] += 1
        return completion(self.synthesize(request), body, "perfect-model")

    def extract(self, request: Request) -> dict:
        statements = []
        ids = list(request.passages)
        for pid, text in request.passages.items():
            found = self._locate(text)
            if found is None:
                continue
            article, offset = found
            inside = [
                q for q in article.quotes if offset <= q.start and q.end <= offset + len(text)
            ]
            for quote in inside:
                statements.append(self._statement(article, quote, pid, ids, text))
        return {"statements": statements}

    def synthesize(self, request: Request) -> dict:
        positions = []
        for actor, rows in request.positions.items():
            sentences = []
            for statement_id, speaker, quotes in rows[:3]:
                words = re.sub(r"[\"“”«»]", "", quotes.split(" … ")[0]).strip().rstrip(".")
                if words:
                    sentences.append(
                        {"text": f"{speaker} said {words}.", "statement_ids": [statement_id]}
                    )
            if sentences:
                positions.append({"actor": actor, "sentences": sentences})
        return {"positions": positions}

    def _statement(
        self,
        article: AnnotatedArticle,
        quote: AnnotatedQuote,
        pid: str,
        ids: list[str],
        passage: str,
    ) -> dict:
        speaker, chunk_id, words = speaker_name(quote.speaker), pid, quote.text
        corruption = self._draw(article, quote)
        if corruption == "passage" and len(ids) < 2:
            corruption = "paraphrase"
        if corruption == "speaker":
            others = sorted(
                {
                    speaker_name(q.speaker)
                    for q in article.quotes
                    if not same_speaker(q.speaker, quote.speaker)
                    and not same_speaker(speaker_name(q.speaker), quote.speaker)
                }
            )
            speaker = random.Random(f"{self.seed}:{quote.start}").choice([*others, MADE_UP_SPEAKER])
        elif corruption == "passage":
            chunk_id = next(i for i in ids if i != pid)
        elif corruption == "paraphrase":
            words = _paraphrase(words)
        self.offered.append(Offered(article.name, pid, quote, corruption))
        return {
            "speaker": speaker,
            "actor": speaker,
            "stance": "unclear",
            "claim": f"{speaker} said {words}",
            "quotes": [{"chunk_id": chunk_id, "quote": words}],
        }

    def _draw(self, article: AnnotatedArticle, quote: AnnotatedQuote) -> str | None:
        rng = random.Random(f"{self.seed}:{article.name}:{quote.start}")
        return rng.choice(self.kinds) if self.corrupt and rng.random() < self.corrupt else None

    def _locate(self, passage: str) -> tuple[AnnotatedArticle, int] | None:
        for article in self.articles:
            at = article.text.find(passage)
            if at != -1:
                return article, at
        return None


def _paraphrase(words: str) -> str:
    """The same quote, not word for word: one word swapped for a near-synonym."""
    tokens = words.split()
    swapped = {
        "the": "this",
        "a": "one",
        "is": "was",
        "we": "us",
        "will": "shall",
        "and": "plus",
        "to": "towards",
        "of": "from",
    }
    for index, token in enumerate(tokens):
        if token.lower() in swapped:
            tokens[index] = swapped[token.lower()]
            return " ".join(tokens)
    return " ".join([*tokens[:1], "really", *tokens[1:]])


def perfect_transport(model: PerfectModel) -> httpx2.AsyncBaseTransport:
    """The perfect model in-process, under the real SDK: no sockets, no threads."""
    return OpenAIFake(answer=model, max_requests=None).transport()


def fingerprint(model: PerfectModel) -> str:
    """Which statements were offered, for tests that compare two runs."""
    rows = sorted((o.article, o.quote.start, o.corruption or "") for o in model.offered)
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the perfect model on 127.0.0.1.")
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("folder", nargs="?", default=str(POLNEAR))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--corrupt", type=float, default=0.0)
    args = parser.parse_args()
    model = PerfectModel(load_annotated(Path(args.folder)), corrupt=args.corrupt)
    with serve(answer=model, port=args.port, lifetime=None) as server:
        print(f"perfect model on {server.base_url} (Ctrl-C to stop)", flush=True)
        try:
            import threading

            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
