"""The readers' audits of issue 13 (tests/data/attribution/audits/): statements the offline
engine shows, drawn at random (round ten's four rounds, 1,200 statements; round eleven's
fifth, 360; round twelve's sixth, 180; round thirteen's seventh and eighth, 180 each) or as
the briefs on twenty topics showed them (round eleven, 210 lines, judged at the round's start
and, where a brief changed, at its end), every statement round twelve's rules added (134) and
every statement round thirteen's first rules changed (32). Each sample's words are its
article's, and each sample has exactly one verdict, in order."""

import json
from pathlib import Path

import pytest

from conftest import BBC

AUDITS = Path(__file__).parent / "data" / "attribution" / "audits"
RANDOM = sorted(
    [
        *AUDITS.glob("round10_*/sample_*.jsonl"),
        *AUDITS.glob("round11_*/sample_*"),
        *AUDITS.glob("round12_6/sample_*"),
        *AUDITS.glob("round13_[78]/sample_*"),
    ]
)
BRIEFS = sorted(AUDITS.glob("briefs_round11/*/sample_*.jsonl"))
NEW_IN_ROUND12 = sorted(AUDITS.glob("round12_new/sample_*.jsonl"))
NEW_IN_ROUND13 = sorted(AUDITS.glob("round13_new/sample_*.jsonl"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _verdicts(sample: Path) -> list[dict]:
    return _lines(sample.with_name(sample.name.replace("sample_", "verdicts_")))


@pytest.mark.parametrize(
    "sample",
    RANDOM + BRIEFS + NEW_IN_ROUND12 + NEW_IN_ROUND13,
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_sample_has_one_verdict_and_quotes_its_article(sample: Path):
    verdicts = _verdicts(sample)
    items = _lines(sample)
    assert [v["id"] for v in verdicts] == [i["id"] for i in items]
    assert {v["speaker"] for v in verdicts} <= {"right", "wrong", "unsure"}
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    for item in items:
        text = (BBC / item["file"]).read_bytes().decode("utf-8", errors="replace")
        first_words = " ".join(item["quote"].split()[:4])
        assert first_words in " ".join(text.split()) or "£" in item["quote"], item["id"]


def test_the_random_audits_hold_2100_judged_statements():
    assert len(RANDOM) == 22
    assert sum(len(_lines(p)) for p in RANDOM) == 2100


def test_round_thirteens_audits_hold_their_figures():
    """The seventh audit (af992b6) found 164 of 180 right, the eighth (dcb67d2) 172 of 180;
    of the 32 statements the round's first rules changed, 28 name the right speaker."""

    def right(paths: list[Path]) -> int:
        return sum(v["speaker"] == "right" for p in paths for v in _verdicts(p))

    assert right(sorted(AUDITS.glob("round13_7/sample_*"))) == 164
    assert right(sorted(AUDITS.glob("round13_8/sample_*"))) == 172
    assert right(NEW_IN_ROUND13) == 28 and len(_lines(NEW_IN_ROUND13[0])) == 32


def test_every_line_of_the_final_briefs_has_a_verdict():
    """The end briefs' 210 shown lines each point at the verdict that judged them: at the
    start, or (11 lines the round's rules brought in) at the end."""
    judged = {v["id"]: v for sample in BRIEFS for v in _verdicts(sample)}
    shown = _lines(AUDITS / "briefs_round11" / "end" / "shown.jsonl")
    assert len(shown) == 210
    assert all(line["verdict"] in judged for line in shown)


def test_every_statement_round_twelve_added_was_judged():
    """Round twelve's readers judged every statement its rules added to the developers' copy
    (99 after its first rules, 35 more after the second readers' fixes)."""
    judged = [v for sample in NEW_IN_ROUND12 for v in _verdicts(sample)]
    assert len(judged) == 134
    assert {v["speaker"] for v in judged} == {"right"}


def test_every_line_of_round_twelves_briefs_has_a_verdict():
    """The twenty topics' briefs at round twelve's code: 211 lines, each judged at round
    eleven or among the statements round twelve added."""
    judged = {v["id"] for sample in BRIEFS + NEW_IN_ROUND12 for v in _verdicts(sample)}
    shown = _lines(AUDITS / "briefs_round11" / "round12" / "shown.jsonl")
    assert len(shown) == 211
    assert all(line["verdict"] in judged for line in shown)


def test_every_line_of_round_thirteens_briefs_has_a_verdict():
    """The twenty topics' briefs at round thirteen's final code: 211 lines, each judged in
    round eleven, among the statements round twelve or thirteen changed, or (three lines)
    judged at the round's end; 207 name the right speaker."""
    verdicts = {
        v["id"]: v["speaker"]
        for sample in BRIEFS + NEW_IN_ROUND12 + NEW_IN_ROUND13
        for v in _verdicts(sample)
    }
    shown = _lines(AUDITS / "briefs_round11" / "round13" / "shown.jsonl")
    assert len(shown) == 211
    assert all(line["verdict"] in verdicts for line in shown)
    assert sum(verdicts[line["verdict"]] == "right" for line in shown) == 207
