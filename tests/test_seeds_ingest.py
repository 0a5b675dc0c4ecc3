"""The seed pages become separate, clean stories, and the right ones are on topic."""

from __future__ import annotations

import pytest

from briefer.pipeline import RunOptions, prepare

# What general rules (briefer/data/chrome.toml, and a story ending at its last sentence)
# strip from the seed pages: none of them names a seed site's strings.
CHROME = [
    "DOWNLOAD THE APP",
    "USD 89.43",
    "Try Our AI Features",
    "views: 77",
    "Orange background",
    "No comments yet",
    "app-storeplay-store",
    "Related Articles",
    "Print\n",
    "logo\n",
    "STORY CONTINUES BELOW THIS AD",
    "Get Started Now",
]


@pytest.fixture(scope="module")
def prepared():
    from conftest import SEEDS

    return prepare([str(SEEDS)], "ceasefire", RunOptions())


def _source(prepared, title_start: str):
    matches = [s for s in prepared.corpus.sources if s.title.startswith(title_start)]
    assert len(matches) == 1, f"expected one story titled {title_start!r}, got {len(matches)}"
    return matches[0]


def _on_topic(prepared, source) -> bool:
    return prepared.selection.on_topic_count(source.id) > 0


@pytest.mark.parametrize(
    "title",
    [
        "Russian ally names ‘first step'",  # 000 main: Lukashenko's "first step"
        "Kiev not negotiating in good faith",  # 000 related story
        "Russian President Vladimir Putin has voiced",  # 001 (no headline on the page)
        "Russia Says Peace Talks Must Ensure",  # 002 main
        "Reuters: Putin's suggestion of Ukraine ceasefire",  # 003 main
    ],
)
def test_war_and_talks_stories_are_on_topic(prepared, title):
    assert _on_topic(prepared, _source(prepared, title))


@pytest.mark.parametrize(
    "title",
    [
        "Russian general arrested on corruption charges",
        "National currencies free BRICS",
        "Why Chinese Media Say India",
        "S Jaishankar meets President Putin",
        "5 killed, 36 injured in bomb attack",
    ],
)
def test_unrelated_stories_are_separate_and_off_topic(prepared, title):
    assert not _on_topic(prepared, _source(prepared, title))


def test_no_chrome_survives_in_any_source(prepared):
    for source in prepared.corpus.sources:
        for chrome in CHROME:
            assert chrome not in source.text + "\n", f"{chrome!r} left in {source.id}"


def test_headline_lists_are_not_stories(prepared):
    titles = [s.title for s in prepared.corpus.sources]
    assert not any("textbooks" in t or "Kloop" in t for t in titles)
    assert len(prepared.corpus.sources) == 10


def test_metadata_is_kept(prepared):
    first = _source(prepared, "Russian ally names")
    assert (first.outlet, first.age, first.published) == ("Russia Today", "6 days ago", None)
    related = _source(prepared, "Kiev not negotiating")
    assert (related.outlet, related.age) == ("Russia Today", "an hour ago")
    kg = _source(prepared, "Reuters: Putin's")
    assert kg.outlet == "24.kg"
    assert kg.url == "https://24.kg/english/286723/"
    assert kg.published.isoformat() == "2024-02-14"
    ndtv = _source(prepared, "Russia Says Peace Talks")
    assert ndtv.outlet == "NDTV"
    assert _source(prepared, "5 killed").outlet == "First Post"


def test_relative_age_resolves_against_as_of():
    from datetime import date

    from conftest import SEEDS

    prepared = prepare([str(SEEDS)], "ceasefire", RunOptions(as_of=date(2025, 8, 22)))
    first = _source(prepared, "Russian ally names")
    assert first.published == date(2025, 8, 16)
    assert first.when == "2025-08-16"
    assert _source(prepared, "Kiev not negotiating").published == date(2025, 8, 22)


def test_story_bodies_start_and_end_where_the_article_does(prepared):
    related = _source(prepared, "Kiev not negotiating")
    assert related.text.startswith("Ukraine does not take ceasefire negotiations")
    assert related.text.endswith("Who will sign the documents?'")
    main = _source(prepared, "Russian ally names")
    assert main.text.startswith("The US could pressure Ukraine")
    assert main.text.endswith("long-standing external pressure.")
