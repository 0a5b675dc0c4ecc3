"""Getting the brief where it goes: templates, titles, --open, and Markdown that pastes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefer.cli import app


@pytest.fixture
def in_project(seeds, monkeypatch):
    monkeypatch.chdir(seeds.parent)


def test_templates_prints_the_default_to_start_from(runner):
    result = runner.invoke(app, ["templates", "--format", "md"])
    assert result.exit_code == 0 and "{% for p in brief.positions %}" in result.stdout
    assert runner.invoke(app, ["templates"]).stdout == result.stdout  # md, like `make`
    assert "<!DOCTYPE html>" in runner.invoke(app, ["templates", "-f", "html"]).stdout


def test_a_custom_template_sees_the_brief(runner, in_project, tmp_path):
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{{ brief.title }}|{% for p in brief.positions %}{{ p.actor }};"
        "{% endfor %}|{{ brief.stats.engine }}\n"
    )
    result = runner.invoke(
        app,
        [
            "make",
            "--topic",
            "ceasefire",
            "--title",
            "For the minister",
            "--template",
            str(template),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "For the minister|Russia;Ukraine;United States;Belarus;France;Germany;|offline\n"
    )


def test_a_broken_template_is_one_line_naming_it(runner, in_project, tmp_path):
    template = tmp_path / "broken.md.j2"
    template.write_text("{{ brief.no_such_field }}")
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--template", str(template)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"briefer: error: {template}: ")


def test_user_templates_are_sandboxed(runner, in_project, tmp_path):
    template = tmp_path / "evil.md.j2"
    template.write_text("{{ brief.__class__.__init__.__globals__ }}")
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--template", str(template)])
    assert result.exit_code == 1 and "SecurityError" in result.stderr


def test_open_writes_a_temp_file_and_opens_it(runner, in_project, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "--format", "html", "--open"])
    assert result.exit_code == 0, result.stderr
    [uri] = opened
    assert uri.startswith("file://") and uri.endswith(".html")
    assert "<!DOCTYPE html>" in Path(uri.removeprefix("file://")).read_text()


def test_markdown_renders_through_commonmark_and_reads_as_plain_text(runner, in_project):
    markdown = runner.invoke(app, ["make", "--topic", "ceasefire"]).stdout
    assert not re.search(r"<[a-z/!][^>]*>", markdown.replace("<https://", "")), "raw HTML"
    html = MarkdownIt("commonmark", {"html": False}).render(markdown)
    assert html.count("<h2>") >= 2  # more from each side, (contention,) sources
    assert html.count("<li>") >= 6 + len(re.findall(r"^\d+\. ", markdown, re.M))  # actors
    assert html.count("<blockquote>") == 0  # each quote is in its sentence, once
    assert "\\_" not in markdown  # file names paste as they are: 001_f7f8.txt
    assert "[Vladimir] Zelensky" in html  # brackets in a quote stay text, not a link
    assert '<a href="https://24.kg/english/286723/">' in html
