"""Blind second reading against the first labels: agreement per field, and the ids of the
items whose kind, speaker or actors differ (never the labels themselves).

Run from the project root: python tests/data/attribution/compare_readings.py seventh
(reads `bbc_<set>_{a,b,c[,d]}.jsonl` and `<set>_second_reading/second_{a,b,c[,d]}.jsonl`)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from briefer.attribution import speaker_key

HERE = Path(__file__).resolve().parent  # tests/data/attribution


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def same_speaker(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return not first and not second
    key = speaker_key(first)
    return _norm(first) == _norm(second) or (key is not None and key == speaker_key(second))


def same_side(first: list[str] | None, second: list[str] | None) -> bool:
    a, b = {_norm(x) for x in first or []}, {_norm(x) for x in second or []}
    return (not a and not b) or bool(a & b) or any(x in y or y in x for x in a for y in b)


def main(name: str) -> None:
    readings = HERE / f"{name}_second_reading"
    for part in "abcd":
        first_path = HERE / f"bbc_{name}_{part}.jsonl"
        if not (readings / f"second_{part}.jsonl").is_file():
            continue  # sets before the fourteenth have three parts
        first = {json.loads(line)["id"]: json.loads(line) for line in first_path.open()}
        second = [json.loads(line) for line in (readings / f"second_{part}.jsonl").open()]
        agree = {"kind": 0, "speaker": 0, "actors": 0, "how": 0}
        differ: list[str] = []
        for item in second:
            gold = first[item["id"]]
            narration = gold["kind"] == item["kind"] == "narration"
            checks = {
                "kind": gold["kind"] == item["kind"],
                "speaker": narration or same_speaker(gold.get("speaker"), item.get("speaker")),
                "actors": narration or same_side(gold.get("actors"), item.get("actors")),
                "how": gold["how"] == item["how"],
            }
            for field, ok in checks.items():
                agree[field] += ok
            if not all(ok for field, ok in checks.items() if field != "how"):
                differ.append(item["id"])
        print(part, len(second), agree, "differ:", differ)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eighth")
