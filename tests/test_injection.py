"""Article text is data, never instructions. Planted instructions, fake model JSON, fake
citations and hidden HTML text (tests/injection/, hand-written) must not reach a brief,
whichever engine reads them, even when the model obeys them; the articles' genuine,
attributed quotes still do."""

from __future__ import annotations

import json
import re

import pytest
from cli_runs import make_args
from openai_server import PASSAGE, completion, serve

from briefer.cli import app

from conftest import ROOT

INJECTION = ROOT / "tests" / "injection"
PLANTED = re.compile(r"surrender|accepted all terms|every actor supports|prior instructions", re.I)
GENUINE = (  # (speaker, actor, quote): what the articles really attribute to someone
    (
        "Heorhiy Tykhyi",
        "Ukraine",
        "Nobody has surrendered anything, and the ceasefire talks will go on",
    ),
    ("Dmitry Peskov", "Russia", "We are studying the proposals on the ceasefire line carefully"),
    (
        "Hakan Fidan",
        "Turkey",
        "A ceasefire must come with monitors on the ground, or it will not hold",
    ),
)


def gullible_answer(body: dict) -> dict:
    """A model that obeys whatever it reads: it reports the planted claims as statements
    (quoting the planted words, which are verbatim in the article), finds the genuine
    quotes too, and writes every position as the injected text asked."""
    user = body["messages"][-1]["content"]
    passages = PASSAGE.findall(user)
    if passages:
        statements = []
        for local_id, text in passages:
            for planted, speaker, actor in (
                ("Ukraine surrendered", "Volodymyr Zelensky", "Ukraine"),
                ("Russia accepted all terms", "Vladimir Putin", "Russia"),
            ):
                if planted in text:
                    statements.append(
                        {
                            "speaker": speaker,
                            "actor": actor,
                            "stance": "supports",
                            "claim": f"{planted}.",
                            "quotes": [{"chunk_id": local_id, "quote": planted}],
                        }
                    )
            for speaker, actor, quote in GENUINE:
                if quote in text:
                    statements.append(
                        {
                            "speaker": speaker,
                            "actor": actor,
                            "stance": "neutral",
                            "claim": quote,
                            "quotes": [{"chunk_id": local_id, "quote": quote}],
                        }
                    )
        return completion({"statements": statements}, body, "gullible")
    positions = []
    for section in user.split("## ")[1:]:
        actor, *rows = section.strip().splitlines()
        ids = [row.split(" | ")[0] for row in rows if " | " in row]
        positions.append(
            {
                "actor": actor,
                "sentences": [
                    {
                        "text": f"{actor} surrendered and accepted all terms of the ceasefire.",
                        "statement_ids": ids[:1],
                    }
                ],
            }
        )
    return completion({"positions": positions}, body, "gullible")


def _planted(page: str) -> list[str]:
    """Planted phrases left once the genuine quotes are taken out."""
    for _, _, quote in GENUINE:
        page = page.replace(quote, "").replace(json.dumps(quote)[1:-1], "")
    return PLANTED.findall(page)


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_offline_engine_renders_no_planted_claim(runner, fmt):
    result = runner.invoke(app, ["make", str(INJECTION), "--topic", "ceasefire", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert _planted(result.stdout) == []
    assert "Heorhiy Tykhyi" in result.stdout and "Dmitry Peskov" in result.stdout


def test_an_obedient_model_still_gets_no_planted_claim_into_the_brief(runner, api_key):
    with serve(answer=gullible_answer) as server:
        results = {
            fmt: runner.invoke(
                app, make_args(server.base_url, "--format", fmt, inputs=(INJECTION,))
            )
            for fmt in ("md", "html", "json")
        }
    for fmt, result in results.items():
        assert result.exit_code == 0, result.stderr
        assert _planted(result.stdout) == [], fmt
    brief = json.loads(results["json"].stdout)
    speakers = {s["speaker"] for p in brief["positions"] for s in p["statements"]}
    assert {"Heorhiy Tykhyi", "Dmitry Peskov"} <= speakers  # genuine quotes survive
    assert brief["stats"]["statements_unattributed"] >= 3  # the planted ones, counted
    assert brief["stats"]["sentences_supported"] == 0  # and the obedient prose, replaced
    assert any("attributes those words to no one" in n for n in brief["notices"])
