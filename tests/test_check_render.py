"""A brief travels as JSON: `briefer render` shows it again, `briefer check` re-verifies it."""

from __future__ import annotations

import pytest

from briefer.cli import app

from conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_check_passes_on_every_example(runner, at_root, example):
    result = runner.invoke(app, ["check", str(example)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith(": OK")
    assert "FAIL" not in result.stdout


def test_check_fails_naming_a_quote_altered_by_one_word(runner, at_root, tmp_path):
    text = (ROOT / "examples" / "ceasefire.offline.json").read_text()
    assert text.count("Then we could agree") >= 1
    altered = tmp_path / "altered.json"
    altered.write_text(text.replace("Then we could agree", "Then we might agree"))
    result = runner.invoke(app, ["check", str(altered), "seeds"])
    assert result.exit_code == 1
    assert "FAIL st" in result.stdout and "Alexander Lukashenko" in result.stdout
    assert "says “might” where the source says “could”" in result.stdout
    assert "problem(s)" in result.stdout.splitlines()[-1]


def test_check_fails_on_an_unknown_citation(runner, at_root, tmp_path):
    text = (ROOT / "examples" / "ceasefire.offline.json").read_text()
    broken = tmp_path / "broken.json"
    first_citation = '"citations": [\n        1\n'  # the first overview line's
    assert first_citation in text
    broken.write_text(text.replace(first_citation, first_citation.replace("1", "9"), 1))
    result = runner.invoke(app, ["check", str(broken)])
    assert result.exit_code == 1 and "citation [9] names no source" in result.stdout


def test_check_reports_sources_it_cannot_find(runner, at_root, tmp_path):
    (tmp_path / "other.txt").write_text("Headline\n\n" + "An unrelated story with words. " * 10)
    result = runner.invoke(
        app, ["check", str(ROOT / "examples" / "ceasefire.offline.json"), str(tmp_path)]
    )
    assert result.exit_code == 1 and "FAIL source not found: [1]" in result.stdout


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_render_reproduces_the_brief_without_an_engine(runner, at_root, fmt):
    for engine in ("offline", "llm"):
        saved = ROOT / "examples" / f"ceasefire.{engine}.json"
        result = runner.invoke(app, ["render", str(saved), "--format", fmt])
        assert result.exit_code == 0, result.stderr
        assert result.stdout == (ROOT / "examples" / f"ceasefire.{engine}.{fmt}").read_text()


def test_render_a_file_that_is_not_a_brief_is_one_line(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"topic": 3}')
    result = runner.invoke(app, ["render", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefer: error: {bad}: not a briefer JSON brief")
