"""Published dates: from a dateline when nothing else gives one; --since keeps what is new,
keeps and counts the undated; sources are listed newest first with their dates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from briefer.cli import app
from briefer.dates import dateline_date, parse_since
from briefer.ingest import IngestOptions, ingest

BODY = (
    "The ceasefire must hold along the whole line before any talks begin, the foreign "
    "minister said on Monday, and observers reported no shelling in the first hours of the "
    "truce, officials in the capital confirmed to reporters late in the evening."
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("LONDON, 20 November 2026 (Wire) - ", date(2026, 11, 20)),
        ("Nov. 3, 2025 — KYIV — ", date(2025, 11, 3)),
        ("Published 2026-01-31 09:15. ", date(2026, 1, 31)),
        ("Monday 1st December 2025: ", date(2025, 12, 1)),
        ("GENEVA, Nov 20 (Wire) - ", None),  # no year: too ambiguous to guess
        ("31 February 2026: ", None),
    ],
)
def test_a_dateline_gives_the_date(opening, expected):
    assert dateline_date(opening + BODY) == expected


def test_a_date_deep_in_the_story_is_not_its_dateline():
    assert dateline_date(BODY + " The accord of 12 March 2014 was cited.") is None


def test_since_accepts_days_weeks_and_dates():
    today = date(2026, 11, 26)
    assert parse_since("2d", today) == date(2026, 11, 24)
    assert parse_since("1w", today) == parse_since("7 days", today) == date(2026, 11, 19)
    assert parse_since("2026-11-20", today) == date(2026, 11, 20)
    with pytest.raises(ValueError, match="not like 2d"):
        parse_since("yesterday", today)


STORIES = {  # outlet -> a story of its own, each quoting someone on the truce
    "A": "'The ceasefire is a trap and we will not honour it,' rebel commander Ivo Rask said in "
    "a radio address, while his fighters dug in along the river for a long winter.",
    "B": "'We back the ceasefire and will send monitors within days,' Foreign Minister Jane Doe "
    "said at a news conference, adding that the first convoy was already loading.",
    "C": "'This ceasefire gives the talks a real chance,' envoy Omar Haddad said after meeting "
    "both delegations, and he promised a new round of meetings before the month is out.",
    "D": "'No ceasefire can last without a withdrawal of heavy guns,' General Lena Park said on "
    "a visit to the front, where officers described the first quiet night in weeks.",
}


def _records(tmp_path):
    records = [
        {
            "title": "Old truce story",
            "text": STORIES["A"],
            "outlet": "A",
            "published": "2026-11-01",
        },
        {"title": "Undated truce story", "text": STORIES["B"], "outlet": "B"},
        {
            "title": "Newest truce story",
            "text": STORIES["C"],
            "outlet": "C",
            "published": "2026-11-25T08:00:00Z",
        },
        {
            "title": "Dateline truce story",
            "outlet": "D",
            "text": "KYIV, 24 November 2026 - " + STORIES["D"],
        },
    ]
    path = tmp_path / "stories.json"
    path.write_text(json.dumps(records))
    return path


def test_since_leaves_out_the_old_and_keeps_and_counts_the_undated(tmp_path):
    corpus = ingest([str(_records(tmp_path))], IngestOptions(since=date(2026, 11, 20)))
    assert [s.title for s in corpus.sources] == [
        "Undated truce story",
        "Newest truce story",
        "Dateline truce story",
    ]
    assert (corpus.too_old, corpus.undated) == (1, 1)
    assert corpus.sources[2].published == date(2026, 11, 24)


def test_the_brief_lists_sources_newest_first_with_dates(tmp_path, runner):
    path = _records(tmp_path)
    args = ["make", "--topic", "ceasefire", str(path), "--engine", "offline"]
    args += ["--as-of", "2026-11-26", "--since", "2d"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["stats"]["since"] == "2026-11-24"
    assert (brief["stats"]["sources_too_old"], brief["stats"]["sources_undated"]) == (1, 1)
    assert any("were left out (1); 1 with no date found were kept" in n for n in brief["notices"])
    markdown = runner.invoke(app, args).stdout
    listed = [line for line in markdown.split("## Sources")[1].splitlines() if line.startswith("[")]
    assert [line.split(" — ")[0].split("] ")[1] for line in listed] == ["C", "D", "B"]
    assert "2026-11-25" in listed[0] and "2026-11-24" in listed[1]
    table = runner.invoke(
        app, ["sources", "--topic", "ceasefire", str(path), "--since", "2026-11-24"]
    ).stdout
    assert table.index("Newest truce") < table.index("Dateline truce") < table.index("Undated")
    assert "Since 2026-11-24: 1 older source left out; 1 with no date kept." in table


def test_a_bad_since_is_one_line(runner, seeds):
    result = runner.invoke(app, ["make", "--topic", "ceasefire", str(seeds), "--since", "soon"])
    assert result.exit_code == 2 and "'soon' is not like 2d, 1w or 2026-11-20" in result.stderr


def test_a_page_gives_its_date_in_its_metadata(tmp_path):
    paragraphs = "".join(f"<p>{text}</p>" for text in STORIES.values())
    (tmp_path / "page.html").write_text(
        "<!doctype html><html><head><title>Truce holds</title><meta property="
        '"article:published_time" content="2026-11-21T10:00:00Z"></head><body><article>'
        f"<h1>Truce holds</h1>{paragraphs}</article></body></html>"
    )
    [source] = ingest([str(tmp_path / "page.html")]).sources
    assert source.published == date(2026, 11, 21)
