"""`briefer sources` as a user runs it on the seeds."""

from __future__ import annotations

from briefer.cli import app


def test_sources_table_on_the_seeds(runner, seeds, monkeypatch):
    monkeypatch.chdir(seeds.parent)  # the default input is ./seeds
    result = runner.invoke(app, ["sources", "--topic", "ceasefire"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    row = next(line for line in lines if "Kiev not negotiating in good faith" in line)
    assert "Russia Today" in row and "an hour ago" in row and "3/3" in row
    row = next(line for line in lines if "Russian general arrested" in line)
    assert "0/2" in row
    assert "10 stories, 5 on topic; 14 of 26 passages on topic." in result.stdout
    assert result.stderr == ""


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("briefer ")


def test_stripped_and_passages_show_what_was_removed_and_what_is_on_topic(runner, seeds):
    result = runner.invoke(
        app, ["sources", "--topic", "ceasefire", "--stripped", "--passages", str(seeds)]
    )
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    stripped_003 = out.split("Stripped from " + str(seeds / "003_8f79a2c11ea9b604.txt"))[1]
    for line in ("USD 89.43", "views: 77", "Russia donates more than 1,000 textbooks"):
        assert f"  - {line}" in stripped_003
    assert "  - DOWNLOAD THE APP" in out
    passages = out.split("On-topic passages")[1].split("Stripped from")[0]
    assert "│ s2:3 " in passages  # Putin's "ready to meet with anyone" passage
    assert "│ s3:" not in passages  # the corruption story
