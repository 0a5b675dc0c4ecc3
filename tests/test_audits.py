"""The readers' audits of issue 13's tenth round (tests/data/attribution/audits/, four
rounds, 1,200 statements): each sample's words are its article's, and each sample has
exactly one verdict, in order."""

import json
from pathlib import Path

import pytest

from conftest import BBC

AUDITS = Path(__file__).parent / "data" / "attribution" / "audits"
SAMPLES = sorted(AUDITS.glob("round10_*/sample_*.jsonl"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_has_one_verdict_and_quotes_its_article(sample: Path):
    verdicts = _lines(sample.with_name(sample.name.replace("sample_", "verdicts_")))
    items = _lines(sample)
    assert [v["id"] for v in verdicts] == [i["id"] for i in items]
    assert {v["speaker"] for v in verdicts} <= {"right", "wrong", "unsure"}
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    for item in items:
        text = (BBC / item["file"]).read_bytes().decode("utf-8", errors="replace")
        first_words = " ".join(item["quote"].split()[:4])
        assert first_words in " ".join(text.split()) or "£" in item["quote"], item["id"]


def test_the_audits_hold_1200_judged_statements():
    assert len(SAMPLES) == 10
    assert sum(len(_lines(p)) for p in SAMPLES) == 1200
