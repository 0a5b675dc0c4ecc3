"""`briefer diff` and `make --compare`: two briefs of the seeds, the second made with one seed
removed and one edited."""

from __future__ import annotations

import json
import shutil

import pytest

from briefer.cli import app

REMOVED = "003_8f79a2c11ea9b604.txt"
EDITED = "000_f7f85612b9937137.txt"
OLD_WORDS, NEW_WORDS = "Then we could agree,", "Then we might agree at once,"


@pytest.fixture
def two_briefs(seeds, tmp_path, runner):
    before, after = tmp_path / "before", tmp_path / "after"
    shutil.copytree(seeds, before)
    shutil.copytree(seeds, after)
    (after / REMOVED).unlink()
    text = (after / EDITED).read_text(encoding="utf-8")
    assert OLD_WORDS in text
    (after / EDITED).write_text(text.replace(OLD_WORDS, NEW_WORDS), encoding="utf-8")
    paths = {}
    for name, folder, day in (("old", before, "2026-11-25"), ("new", after, "2026-11-26")):
        paths[name] = tmp_path / f"{name}.json"
        result = runner.invoke(
            app,
            [
                "make",
                "--topic",
                "ceasefire",
                str(folder),
                "--engine",
                "offline",
                "--as-of",
                day,
                "--format",
                "json",
                "--out",
                str(paths[name]),
            ],
        )
        assert result.exit_code == 0, result.output
    return paths, before, after


def test_diff_names_changed_claims_unchanged_positions_and_sources(two_briefs, runner):
    paths, _, _ = two_briefs
    result = runner.invoke(app, ["diff", str(paths["old"]), str(paths["new"])])
    assert result.exit_code == 0
    markdown = result.stdout
    assert markdown.startswith("# What changed: 2026-11-25 → 2026-11-26")
    assert "## Belarus — changed" in markdown  # the edited seed
    assert "- new: Alexander Lukashenko" in markdown  # the page shows other lines of his now
    assert "- no longer supported: Alexander Lukashenko said: “Let them tell" in markdown
    # the removed seed: the claim it alone supported is gone, and so is the source
    assert "## United States — changed" in markdown
    assert "- no longer supported: Jake Sullivan (as reported by 24.kg)" in markdown
    assert "## Sources no longer cited\n\n- 24.kg — “Reuters: Putin's suggestion" in markdown
    [unchanged] = [line for line in markdown.splitlines() if line.startswith("Unchanged: ")]
    assert "Ukraine" in unchanged and "Belarus" not in unchanged


def test_a_position_with_no_source_left_is_gone(two_briefs):
    from briefer.check import load_brief
    from briefer.diff import diff_briefs, diff_markdown

    paths, _, _ = two_briefs
    old = load_brief(paths["old"])
    new = old.model_copy(update={"positions": old.positions[1:], "overview": old.overview[1:]})
    gone = old.positions[0]
    [change] = [c for c in diff_briefs(old, new).actors if c.status != "same"]
    assert (change.actor, change.status) == (gone.actor, "gone")
    assert change.claims_gone == [old.overview[0].text, *(s.text for s in gone.sentences)]
    assert f"## {gone.actor} — no longer supported by any source" in diff_markdown(
        diff_briefs(old, new)
    )


def test_diff_as_json(two_briefs, runner):
    paths, _, _ = two_briefs
    data = json.loads(
        runner.invoke(
            app, ["diff", str(paths["old"]), str(paths["new"]), "--format", "json"]
        ).stdout
    )
    by_actor = {c["actor"]: c for c in data["actors"]}
    belarus = by_actor["Belarus"]
    assert belarus["status"] == "changed" and belarus["claims_new"]
    assert any(OLD_WORDS.rstrip(",") in claim for claim in belarus["claims_gone"])
    assert any("Sullivan" in claim for claim in by_actor["United States"]["claims_gone"])
    assert any("24.kg" in line for line in data["sources_gone"])
    assert (data["before"], data["now"]) == ("2026-11-25", "2026-11-26")


def test_a_brief_compared_with_itself_has_no_changes(two_briefs, runner):
    paths, _, _ = two_briefs
    result = runner.invoke(app, ["diff", str(paths["old"]), str(paths["old"])])
    assert "Nothing changed." in result.stdout


def test_make_compare_marks_new_claims_and_says_what_dropped_out(two_briefs, runner, tmp_path):
    paths, _, after = two_briefs
    compared = tmp_path / "compared.json"
    result = runner.invoke(
        app,
        [
            "make",
            "--topic",
            "ceasefire",
            str(after),
            "--engine",
            "offline",
            "--as-of",
            "2026-11-26",
            "--compare",
            str(paths["old"]),
            "--format",
            "json",
            "--out",
            str(compared),
        ],
    )
    assert result.exit_code == 0, result.output
    changes = json.loads(
        runner.invoke(app, ["diff", str(paths["old"]), str(compared), "--format", "json"]).stdout
    )
    new_claims = sum(len(c["claims_new"]) for c in changes["actors"])
    gone_claims = sum(len(c["claims_gone"]) for c in changes["actors"])
    markdown = runner.invoke(app, ["render", str(compared)]).stdout
    body, sources = markdown.split("## Sources")
    assert body.count("(new) ") == new_claims >= 1
    assert "(new) Alexander Lukashenko" in body
    [line] = [n for n in markdown.splitlines() if "Since the brief of 2026-11-25" in n]
    assert f"dropped out: {gone_claims} claims." in line
    assert sources.count("(new) ") == len(changes["sources_new"])
    html = runner.invoke(app, ["render", str(compared), "--format", "html"]).stdout
    assert html.count('class="new"') == new_claims + len(changes["sources_new"])


def test_diff_of_a_file_that_is_not_a_brief_is_one_line(tmp_path, runner):
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    result = runner.invoke(app, ["diff", str(bad), str(bad)])
    assert result.exit_code == 1 and "not a briefer JSON brief" in result.stderr
