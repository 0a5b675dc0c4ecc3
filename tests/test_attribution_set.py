"""Who said it, measured on the hand-labelled BBC set (tests/data/attribution/, 32 articles,
424 items): the offline extractor followed by the attribution rule, as `briefer make` runs
them. Rules were developed on the even-numbered articles; the odd-numbered ones are held out
and only measured (`bench/bench_attribution.py` prints both, per category)."""

from __future__ import annotations

import pytest
from attribution_set import held_out, load_items, score

from briefer.attribution import speaker_key, speaker_within_reach
from briefer.ingest import ingest

from conftest import BBC

ITEMS = load_items()


@pytest.fixture(scope="module")
def scores():
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    bbc = BBC
    return {
        "dev": score([i for i in ITEMS if not held_out(i["file"])], bbc),
        "held-out": score([i for i in ITEMS if held_out(i["file"])], bbc),
    }


def _rate(pair: tuple[int, int]) -> float:
    right, total = pair
    return right / total


def test_development_articles_meet_the_goals(scores):
    """Issue 13: precision >= 97% (shown attributions that are right), recall >= 70%
    (labelled quotes found and attributed)."""
    dev = scores["dev"]
    assert _rate(dev.precision()) >= 0.97, dev.precision()
    assert _rate(dev.recall()) >= 0.70, dev.recall()


def test_held_out_articles_do_not_fall_below_what_was_measured(scores):
    """The held-out articles were never read while writing rules; these floors are what they
    measured when the rules were frozen (below the goals: see the README's figures)."""
    held = scores["held-out"]
    assert _rate(held.precision()) >= 0.91, held.precision()
    assert _rate(held.recall()) >= 0.64, held.recall()


def test_no_narration_is_shown_as_someones_words(scores):
    shown = [j for part in scores.values() for j in part.shown]
    assert not [j.item["id"] for j in shown if j.item["kind"] == "narration"]


def test_the_rule_accepts_labelled_speakers_and_no_one_the_article_does_not_name(bbc):
    """The attribution rule alone: the labelled speaker (or a proxy's principal) is named
    within reach of nearly every labelled quote; a name from another article never is."""
    texts: dict[str, str] = {}
    accepted = rejected = total = 0
    outsiders = sorted({i["speaker"] for i in ITEMS if i["speaker"] and " " in i["speaker"]})
    for number, item in enumerate(i for i in ITEMS if i["kind"] != "narration"):
        if item["file"] not in texts:
            texts[item["file"]] = ingest([str(bbc / item["file"])]).sources[0].text
        text = texts[item["file"]]
        start = text.find(item["quote"])
        end = start + len(item["quote"])
        speaker = (
            item["proxy_for"] if item["how"] == "proxy" and item["proxy_for"] else item["speaker"]
        )
        total += 1
        accepted += speaker_within_reach(text, start, end, speaker)
        strangers = [n for n in outsiders if speaker_key(n) and speaker_key(n) not in text]
        rejected += not speaker_within_reach(text, start, end, strangers[number % len(strangers)])
    assert accepted / total >= 0.90, (accepted, total)
    assert rejected == total
