"""Outlet names and labels: one display name per outlet, labels shown beside it, a claim
resting only on state-controlled outlets says so, and users can add their own outlets."""

from __future__ import annotations

import json

from briefer.cli import app
from briefer.outlets import load_outlets
from briefer.pipeline import RunOptions, make_brief
from briefer.render import render

QUOTE = (
    "'The ceasefire must hold along the whole line before any talks begin,' Foreign "
    "Minister Jane Doe said on Monday. The truce began at dawn and observers reported no "
    "shelling in the first hours, officials in the capital confirmed to reporters."
)
OTHER = (
    "Officials in the capital spent the day in meetings. 'The ceasefire must hold along "
    "the whole line before any talks begin,' Foreign Minister Jane Doe told a news "
    "conference later that afternoon, adding that monitors would arrive within a week."
)


def test_aliases_and_domains_give_one_display_name_with_labels():
    outlets = load_outlets()
    assert outlets.display("RT") == outlets.display("rt.com") == "Russia Today"
    assert outlets.labels("RT News") == ["state-controlled"]
    assert outlets.labels("Xinhua News Agency") == ["state-controlled", "wire"]
    assert outlets.labels("Associated Press") == ["wire"]
    assert outlets.for_url("https://www.tass.com/politics/1") == "TASS"
    assert outlets.for_url("https://news.example.org/a") is None
    assert outlets.for_url("http://ap/story") is None  # a name is not a domain
    assert outlets.display("Daily Planet") == "Daily Planet" and outlets.labels("x") == []


def test_a_user_file_adds_and_replaces_outlets(tmp_path):
    extra = tmp_path / "outlets.toml"
    extra.write_text(
        '[outlets."Daily Planet"]\naliases = ["planet.example"]\nlabels = ["tabloid"]'
        "\n[outlets.Reuters]\nlabels = []\n"
    )
    outlets = load_outlets([extra])
    assert outlets.display("PLANET.example") == "Daily Planet"
    assert outlets.labels("Daily Planet") == ["tabloid"] and outlets.labels("Reuters") == []
    assert outlets.for_url("https://planet.example/story") == "Daily Planet"


def test_a_bad_outlets_file_is_one_line(tmp_path, runner, seeds):
    bad = tmp_path / "bad.toml"
    bad.write_text('[outlets.X]\nlabels = "wire"\n')
    result = runner.invoke(
        app,
        ["make", "--topic", "ceasefire", str(seeds), "--engine", "offline", "--outlets", str(bad)],
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("briefer: error: ") and "bad.toml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _brief(tmp_path, outlets: list[str]):
    records = [
        {"title": f"Truce report {n}", "text": text, "outlet": outlet}
        for n, (outlet, text) in enumerate(zip(outlets, [QUOTE, OTHER], strict=False))
    ]
    (tmp_path / "in.json").write_text(json.dumps(records))
    brief, _ = make_brief([str(tmp_path / "in.json")], "ceasefire", RunOptions())
    return brief


def test_a_claim_resting_only_on_state_controlled_outlets_says_so(tmp_path):
    brief = _brief(tmp_path, ["RT", "TASS Russian News Agency"])
    sentences = [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    assert sentences and all(s.only_from == "state-controlled" for s in sentences)
    assert {e.outlet: e.labels for e in brief.sources}["Russia Today"] == ["state-controlled"]
    markdown = render(brief, "md")
    assert "(state-controlled outlets only)" in markdown
    assert "Russia Today (state-controlled) — “Truce report 0”" in markdown
    assert "(state-controlled outlets only)" in render(brief, "html")


def test_one_independent_outlet_lifts_the_caution(tmp_path):
    brief = _brief(tmp_path, ["RT", "Reuters"])
    sentences = [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    assert any(s.corroboration == "corroborated" for s in sentences)
    assert all(s.only_from is None for s in sentences if s.corroboration == "corroborated")
    assert "Reuters (wire)" in render(brief, "md")
