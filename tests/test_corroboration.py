"""Corroboration labels: several outlets, one outlet, or answered by another actor."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from briefer.cli import app
from briefer.models import Brief

from conftest import ROOT

PESKOV = "Russia is ready for a ceasefire if the deliveries of weapons to Kiev stop"


def _record(outlet: str | None, text: str, title: str) -> str:
    record = {"title": title, "text": text}
    if outlet:
        record["outlet"] = outlet
    return json.dumps(record)


def _wire(tmp_path, outlets=("Daily Planet", "Morning Gazette"), rebuttal: bool = False):
    first = (
        f'Moscow set out its terms on Monday.\n\n"{PESKOV}," Kremlin spokesman Dmitry Peskov said.'
    )
    if rebuttal:
        first += (
            "\n\nUkraine's foreign minister Andrii Sybiha said \"this ceasefire offer is "
            'propaganda and nothing else" and rejected it.'
        )
    second = (
        f'The Kremlin spoke on Monday.\n\n"{PESKOV}," Dmitry Peskov told reporters '
        "in Moscow.\n\nNo date for talks was given."
    )
    path = tmp_path / "wire.jsonl"
    path.write_text(
        _record(outlets[0], first, "Kremlin sets terms for truce")
        + "\n"
        + _record(outlets[1], second, "Peskov: ceasefire possible")
        + "\n"
    )
    return path


def _make(runner, path, fmt="json"):
    result = runner.invoke(app, ["make", str(path), "--topic", "ceasefire", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _russia(brief: Brief):
    """Russia's first line: the overview's reason for its stance."""
    return brief.overview[[p.actor for p in brief.positions].index("Russia")]


def test_the_same_words_in_two_outlets_are_corroborated_and_both_cited(runner, tmp_path):
    path = _wire(tmp_path)
    sentence = _russia(Brief.model_validate_json(_make(runner, path)))
    assert sentence.corroboration == "corroborated"
    assert sentence.citations == [1, 2]
    markdown = _make(runner, path, "md")
    assert f"“{PESKOV}”. [1][2]✓✓" in markdown
    assert "✓✓ two or more outlets" in markdown
    page = lxml_html.fromstring(_make(runner, path, "html"))
    mark = page.xpath("//span[@class='mark']")[0]
    assert mark.text == "✓✓" and mark.get("title") == "corroborated: two or more outlets"


def test_an_answered_claim_is_contested(runner, tmp_path):
    brief = Brief.model_validate_json(_make(runner, _wire(tmp_path, rebuttal=True)))
    assert _russia(brief).corroboration == "contested"
    ukraine = brief.overview[[p.actor for p in brief.positions].index("Ukraine")]
    assert ukraine.corroboration == "single-source"
    assert "⇄ answered by another actor" in _make(runner, _wire(tmp_path, rebuttal=True), "md")


def test_sources_without_an_outlet_do_not_corroborate_each_other(runner, tmp_path):
    brief = Brief.model_validate_json(_make(runner, _wire(tmp_path, outlets=(None, None))))
    assert _russia(brief).corroboration == "single-source"
    assert _russia(brief).citations == [1]


def test_check_fails_on_a_claim_marked_corroborated_with_one_outlet(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "examples" / "ceasefire.offline.json").read_text()
    assert '"corroboration": "single-source"' in text
    altered = tmp_path / "altered.json"
    altered.write_text(
        text.replace('"corroboration": "single-source"', '"corroboration": "corroborated"', 1)
    )
    result = runner.invoke(app, ["check", str(altered)])
    assert result.exit_code == 1
    assert "FAIL marked corroborated but cites one outlet" in result.stdout


def test_check_fails_on_prose_its_quotes_do_not_support(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "examples" / "ceasefire.llm.json").read_text()
    prose = "Macron said work on preparing peace talks would start"
    assert prose in text
    altered = tmp_path / "altered.json"
    altered.write_text(text.replace(prose, prose.replace("Macron", "Podolyak")))
    result = runner.invoke(app, ["check", str(altered)])
    assert result.exit_code == 1
    assert (
        "FAIL sentence not supported by what it cites (name “Podolyak”): “Podolyak said"
        in result.stdout
    )
