"""Site chrome is found by general rules (briefer/data/chrome.toml), on pages written here
and never on the seeds' strings; real article text (BBC, PolNeAR) is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.formats import parse_html
from briefer.ingest.pages import clean_text, is_chrome, split_page, strip_inline_chrome

from conftest import SHARED

PROSE = (
    "The council approved the new bus lanes on Tuesday after a long debate. "
    "“We have waited ten years for this,” said councillor Jane Okafor, who chairs the "
    "transport committee. Opponents said the lanes would slow deliveries to the high street."
)

CHROME_LINES = [
    "SIGN UP NOW",  # short capitals
    "BREAKING NEWS",
    "GBP 1.27",  # tickers
    "FTSE 7,512 +0.4%",
    "Try our new podcast app",  # calls to action
    "Get the Daily Planet app",
    "Explore what Planet Plus can do for you:",
    "Subscribe to our newsletter",
    "Follow us on Mastodon",
    "views: 1,204",
    "12 comments",
    "No comments yet...",
    "09:45",
    "Español",
    "App Store",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_general_chrome_lines_are_dropped(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Try as they might, ministers could not agree on the budget.",  # a verb, but prose
        "Get ready for a cold winter",  # a headline: no reader or app addressed
        "NATO",  # one capitalised acronym: an outlet or a label, kept
        "“DIVISIVE, STUPID AND WRONG”",  # a quote in capitals
        "Councillor Jane Okafor said the plan would go ahead.",
    ],
)
def test_article_lines_are_kept(line):
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "The vote was close. STORY CONTINUES BELOW ADVERTISEMENT Councillors met again.",
            "The vote was close. Councillors met again.",
        ),
        ("He left. SIGN UP FOR OUR NEWSLETTER — Planet", "He left. — Planet"),
        ("Rudy wore MAKE MEXICO GREAT AGAIN hats.", "Rudy wore MAKE MEXICO GREAT AGAIN hats."),
    ],
)
def test_inline_markers_are_cut_and_capitals_in_prose_kept(line, kept):
    assert strip_inline_chrome(line) == kept


def test_a_written_page_keeps_its_story_and_sheds_its_chrome():
    page = "\n".join(["logo", "SIGN UP NOW", "Bus lanes approved", "GBP 1.27", PROSE, "Comments"])
    stories, stripped = split_page(page)
    assert [s.title for s in stories] == ["Bus lanes approved"]
    assert stories[0].text == PROSE
    assert stripped == ["logo", "SIGN UP NOW", "GBP 1.27", "Comments"]


def test_an_html_page_keeps_its_story_and_sheds_its_chrome():
    html = f"""<!doctype html><html><head><title>Bus lanes approved</title></head><body>
    <header><p>SIGN UP NOW</p><p>Try our new podcast app</p></header>
    <article><h1>Bus lanes approved</h1>
    <p>{PROSE}</p>
    <p>STORY CONTINUES BELOW ADVERTISEMENT</p>
    <p>The lanes open in May.</p>
    <p>Shops on the high street will be consulted on delivery times before then.</p>
    </article><footer><p>Follow us on Mastodon</p><p>App Store</p></footer></body></html>"""
    (story,) = parse_html(html).stories
    assert PROSE in story.text and "The lanes open in May." in story.text
    for chrome in ("SIGN UP", "podcast app", "ADVERTISEMENT", "Mastodon"):
        assert chrome not in story.text


def _corpus_lines() -> list[str]:
    roots = [SHARED / "corpora" / "bbc", SHARED / "corpora" / "polnear-train" / "text"]
    if not all(root.is_dir() for root in roots):
        pytest.skip("the BBC and PolNeAR corpora are not beside the project")
    files = sorted(Path(roots[0]).glob("*/*.txt")) + sorted(Path(roots[1]).glob("*.txt"))
    return [
        line.strip()
        for path in files
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n")
        if line.strip()
    ]


def test_real_news_prose_is_never_chrome():
    """No sentence of the BBC or PolNeAR articles (a line ending like one) is dropped, and
    under one line in a thousand is (subheads in capitals, clock times)."""
    lines = _corpus_lines()
    dropped = [line for line in lines if is_chrome(line)]
    assert not [line for line in dropped if line.endswith((".", "?", "!", "”", '"'))]
    assert len(dropped) < len(lines) / 1000


def test_real_news_text_loses_only_sign_up_prompts_inline():
    lines = _corpus_lines()
    cut = [line for line in lines if strip_inline_chrome(line) != line]
    assert cut and all("SIGN UP" in line for line in cut)
    assert clean_text("\n".join(lines[:50])).count("\n\n") >= 10


def test_short_fragments_after_the_last_sentence_are_not_the_story():
    page = "\n".join(["Bus lanes approved", PROSE, "Smoke over the harbour", "Photo: K. Lee"])
    stories, stripped = split_page(page)
    assert stories[0].text == PROSE
    assert stripped == ["Smoke over the harbour", "Photo: K. Lee"]
    ending = PROSE + "\n" + "Shops will be consulted."  # a short sentence stays
    assert split_page("Bus lanes approved\n" + ending)[0][0].text.endswith("consulted.")
