"""`briefer make` as a user runs it: the seeds' ceasefire brief, formats, files and limits."""

from __future__ import annotations

import json

import pytest

from briefer.cli import app
from briefer.models import Brief

OFF_TOPIC_TITLES = (
    "Russian general arrested",
    "National currencies free BRICS",
    "Why Chinese Media Say India",
    "S Jaishankar meets",
    "5 killed, 36 injured",
)


@pytest.fixture
def in_project(seeds, monkeypatch):
    monkeypatch.chdir(seeds.parent)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def _json_brief(runner, *args: str) -> Brief:
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    return Brief.model_validate_json(result.stdout)


def test_first_command_makes_a_real_brief_and_says_it_is_offline(runner, in_project):
    result = runner.invoke(app, ["make", "--topic", "ceasefire"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines() == [
        "briefer: no API key or base URL configured: using the offline engine (no model).",
        # not a terminal: the progress is one summary line
        "briefer: 4 files read · 14 of 26 passages on topic in 5 stories",
    ]
    for actor in ("Russia", "Ukraine", "United States", "Belarus", "France", "Germany"):
        assert f"\n- **{actor}** — " in result.stdout
    assert "offline engine" in result.stdout


def test_the_four_main_actors_each_have_a_cited_statement(runner, in_project):
    brief = _json_brief(runner)
    positions = {p.actor: p for p in brief.positions}
    for actor in ("Russia", "Ukraine", "United States", "Belarus"):
        assert positions[actor].statements, actor
        assert all(s.citations for s in positions[actor].sentences)
    assert brief.stats.engine == "offline"
    assert brief.stats.sources_read == 10 and brief.stats.sources_on_topic == 5


def test_nothing_from_off_topic_stories_is_cited(runner, in_project):
    brief = _json_brief(runner)
    cited_titles = [entry.title for entry in brief.sources]
    assert not [t for t in cited_titles if t.startswith(OFF_TOPIC_TITLES)]
    numbers = {excerpt.source_number for excerpt in brief.excerpts}
    assert numbers == {entry.number for entry in brief.sources}  # every source is cited


def test_contention_includes_podolyaks_answer_to_the_reuters_report(runner, in_project):
    brief = _json_brief(runner)
    answers = [c.b.text for c in brief.contention]
    assert any("Mikhail Podolyak" in a and "fiction" in a for a in answers)


def test_sources_are_numbered_in_order_of_first_citation(runner, in_project):
    brief = _json_brief(runner)
    order = [n for s in brief.overview for n in s.citations]
    order += [n for p in brief.positions for s in p.sentences for n in s.citations]
    first_seen = list(dict.fromkeys(order))
    assert first_seen == sorted(first_seen) == [e.number for e in brief.sources][: len(first_seen)]


def test_word_budget_is_met_by_leaving_statements_out(runner, in_project):
    full = _json_brief(runner)
    short = _json_brief(runner, "--max-words", "150")
    assert full.stats.body_words <= 600
    assert short.stats.body_words <= 150 < full.stats.body_words
    assert short.stats.statements_used < full.stats.statements_used
    for position in short.positions:  # whole quotes, never cut
        for statement in position.statements:
            assert statement.evidence[0].quote in statement.claim


def test_out_file_is_written_atomically(runner, in_project, tmp_path):
    target = tmp_path / "deep" / "brief.html"
    result = runner.invoke(
        app, ["make", "--topic", "ceasefire", "--format", "html", "--out", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["brief.html"]  # no temp file left


def test_json_is_the_documented_brief(runner, in_project):
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--format", "json"])
    data = json.loads(result.stdout)
    assert list(data) == [
        "topic",
        "title",
        "generated_at",
        "overview",
        "positions",
        "contention",
        "sources",
        "excerpts",
        "notices",
        "also_quoted",
        "stats",
        "made_in",
    ]


def test_bad_format_and_unavailable_engine_are_one_line(runner, in_project):
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--format", "pdf"])
    assert result.exit_code == 2 and "is not one of md, html, json" in result.stderr
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--engine", "gpt"])
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == "briefer: error: unknown engine 'gpt': choose one of offline, llm"
    )


def test_a_topic_nobody_speaks_about_still_gives_an_honest_page(runner, in_project):
    result = runner.invoke(app, ["make", "--topic", "volcanoes"])
    assert result.exit_code == 0
    assert "No attributed statements about volcanoes were found" in result.stdout


def test_hostile_article_text_is_escaped_in_html(runner, tmp_path):
    (tmp_path / "evil.txt").write_text(
        "Truce talks\n\n'The ceasefire <script>alert(1)</script> must hold <img src=x "
        "onerror=alert(2)> now,' Foreign Minister Jane Doe said. The truce began on Monday, "
        "and both sides said they would respect it for at least a week of further talks.\n"
    )
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--format", "html", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "<script" not in result.stdout and "<img" not in result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    markdown = runner.invoke(app, ["make", "--topic", "ceasefire", str(tmp_path)]).stdout
    assert "\\<script>" in markdown and "<script>" not in markdown.replace("\\<script>", "")


def test_identity_cards_on_bbc_politics_names_the_parties(runner, bbc):
    result = runner.invoke(
        app, ["make", "--topic", "identity cards", "--format", "json", str(bbc / "politics")]
    )
    assert result.exit_code == 0, result.stderr
    actors = {p.actor for p in Brief.model_validate_json(result.stdout).positions}
    assert {"Conservatives", "Liberal Democrats"} <= actors
    assert actors & {"Labour", "UK government"}
