"""A model that answers with names and ids picked at random from the prompt, and sometimes
made up (issue 13's LLM 'Done when'): no made-up name reaches a brief, no passage's words are
attributed through another passage's id, and the usable rest of each answer is still used.
Every answer here is written by this file's code; none comes from a model."""

from __future__ import annotations

import random
import re

from cli_runs import make_args
from openai_server import PASSAGE, completion, json_mode_only, serve

from briefer.chunk import sentence_spans
from briefer.cli import app
from briefer.engines.speech import attribute_sentence
from briefer.ingest import ingest
from briefer.models import Brief

from conftest import SEEDS

MADE_UP = ("Zorblax Minister", "Quentin Vashtar", "Geneva Accord Office")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_ROW = re.compile(r"^(st\d+) \| ([^|]*) \|", re.M)


class RandomModel:
    """Per passage: one genuine statement (a sentence of reported speech by the name it
    gives) and two random ones (a real fragment of some passage, under a random name from
    the prompt or a made-up one, with a random or made-up passage id). Synthesis: each
    section written for its own actor, plus sections for random and made-up actors."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.offered: list[tuple[str, str, str]] = []  # (passage id named, quote, its text)

    def __call__(self, body: dict) -> dict:
        user = body["messages"][-1]["content"]
        passages = PASSAGE.findall(user)
        if passages:
            return completion({"statements": self._extract(passages, user)}, body, "random")
        return completion({"positions": self._write(user)}, body, "random")

    def _extract(self, passages: list[tuple[str, str]], user: str) -> list[dict]:
        ids = [pid for pid, _ in passages]
        names = sorted(set(_NAME.findall(user))) or ["Nobody Here"]
        texts = dict(passages)
        statements = []
        for pid, text in passages:
            for start, end in sentence_spans(text):
                found = attribute_sentence(text[start:end])
                if found and found.kind == "name":
                    statements.append(self._statement(found.speaker, pid, text[start:end], texts))
                    break
            for _ in range(2):
                other = self.rng.choice(passages)[1].split()
                at = self.rng.randrange(max(1, len(other) - 8))
                fragment = " ".join(other[at : at + 8])
                speaker = self.rng.choice([*names, *MADE_UP])
                named = self.rng.choice([*ids, "c77"])
                statements.append(self._statement(speaker, named, fragment, texts))
        return statements

    def _statement(self, speaker: str, pid: str, quote: str, texts: dict[str, str]) -> dict:
        self.offered.append((pid, quote, texts.get(pid, "")))
        return {
            "speaker": speaker,
            "actor": self.rng.choice([speaker, *MADE_UP]),
            "stance": "neutral",
            "claim": quote,
            "quotes": [{"chunk_id": pid, "quote": quote}],
        }

    def _write(self, user: str) -> list[dict]:
        sections = [s for s in user.split("## ")[1:] if s.strip()]
        actors = [s.splitlines()[0].strip() for s in sections]
        ids = _ROW.findall(user)
        positions = []
        for section in sections:
            actor, *rows = section.strip().splitlines()
            own = [row.split(" | ") for row in rows if " | " in row]
            positions.append(
                {
                    "actor": actor,
                    "sentences": [
                        {"text": f"{speaker} spoke about the ceasefire.", "statement_ids": [sid]}
                        for sid, speaker, *_ in own[:2]
                    ],
                }
            )
        for actor in (self.rng.choice(actors), *MADE_UP[:2]):
            sid = self.rng.choice(ids)[0] if ids else "st1"
            positions.append(
                {
                    "actor": actor,
                    "sentences": [
                        {"text": f"{actor} said something.", "statement_ids": [sid, "st999"]}
                    ],
                }
            )
        return positions


def test_random_names_and_ids_never_reach_the_brief_but_the_rest_is_used(runner, api_key):
    model = RandomModel(seed=13)
    with serve(answer=model) as server:
        results = {
            fmt: runner.invoke(app, make_args(server.base_url, "--format", fmt))
            for fmt in ("json", "md", "html")
        }
    for fmt, result in results.items():
        assert result.exit_code == 0, result.stderr
        for name in MADE_UP:
            assert name not in result.stdout, (fmt, name)
        assert "unknown actor" not in result.stdout and "st999" not in result.stdout
    brief = Brief.model_validate_json(results["json"].stdout)
    texts = {s.id: s.text for s in ingest([str(SEEDS)]).sources}
    named = {}
    for _pid, quote, passage in model.offered:
        named.setdefault(" ".join(quote.split()), set()).add(passage)
    shown = [s for p in brief.positions for s in p.statements]
    assert len(shown) >= 3  # the genuine statements survive the junk around them
    for statement in shown:
        for evidence in statement.evidence:
            words = " ".join(texts[evidence.source_id][evidence.start : evidence.end].split())
            passages = named.get(words, set())
            assert any(words in " ".join(p.split()) for p in passages), words  # in the passage
            # whose id the model gave
    assert any("left out" in notice for notice in brief.notices)
    assert brief.stats.sentences_checked > 0  # usable prose was still read
    assert "could not be used" not in brief.model_dump_json()


def test_in_json_mode_too_a_bad_item_costs_only_itself(runner, api_key):
    """A server without strict json_schema (briefer switches to JSON mode, where no enum
    constrains the model): the same random answers, read leniently and checked item by item."""
    with serve(answer=json_mode_only(RandomModel(seed=5))) as server:
        result = runner.invoke(app, make_args(server.base_url, "--format", "json"))
    assert result.exit_code == 0, result.stderr
    brief = Brief.model_validate_json(result.stdout)
    assert not any(name in result.stdout for name in MADE_UP)
    assert len([s for p in brief.positions for s in p.statements]) >= 3
    assert not brief.stats.failed_chunks
