"""Actors for a model's speakers come from what the article says about them (issue 16 item 3),
on an article written here; the data file decides only where the article says nothing."""

from __future__ import annotations

import pytest

from briefer.actors import load_actors
from briefer.engines.model_actors import model_actor
from briefer.roles import read_story

ARTICLE = (
    "Candidates trade blows over the trade deal.\n\n"
    "Republican presidential nominee Donald Trump attacked the deal on Monday. Democratic "
    "presidential nominee Hillary Clinton defended parts of it.\n\n"
    '"She has been wrong on trade for thirty years," Trump said.\n\n'
    'Clinton campaign chairman John Podesta said the attack was "a distraction from his own '
    'record." Trump spokeswoman Hope Hicks said the campaign stood by every word.\n\n'
    '"We will renegotiate it," the Republican presidential nominee said later.\n\n'
    "Clinton campaign communications director Jennifer Palmieri called it noise.\n\n"
    "Democratic presidential candidate Bernie Sanders stayed out of it; Sanders’ campaign "
    "manager Jeff Weaver said only that the deal was bad.\n\n"
    '"It plays well in Ohio," said Geoff Garin, a strategist for Mrs. Clinton.\n\n'
    "Kremlin spokesman Dmitry Peskov declined to comment.\n"
)


@pytest.fixture(scope="module")
def story():
    actors = load_actors()
    return read_story(ARTICLE, actors), actors


@pytest.mark.parametrize(
    ("speaker", "model_said", "shown", "actor"),
    [
        # a candidacy title in the article beats the data file's later office
        ("Donald Trump", "United States", "Donald Trump", "Donald Trump"),
        ("Trump", "", "Donald Trump", "Donald Trump"),
        # staff stand under their principal, whatever the model says
        ("John Podesta", "Clinton campaign", "John Podesta", "Hillary Clinton"),
        ("Podesta", "Democrats", "John Podesta", "Hillary Clinton"),
        ("Hope Hicks", "Hope Hicks", "Hope Hicks", "Donald Trump"),
        ("Hillary Clinton", "Democratic Party", "Hillary Clinton", "Hillary Clinton"),
        ("Palmieri", "Jennifer Palmieri", "Jennifer Palmieri", "Hillary Clinton"),
        ("Jeff Weaver", "Sanders campaign", "Jeff Weaver", "Bernie Sanders"),
        ("Geoff Garin", "Geoff Garin", "Geoff Garin", "Hillary Clinton"),
        # a bare title is the person the article gives it
        (
            "the Republican presidential nominee",
            "",
            "the Republican presidential nominee",
            "Donald Trump",
        ),
        # where the article says nothing better, the data file
        ("Dmitry Peskov", "Kremlin", "Dmitry Peskov", "Russia"),
    ],
)
def test_the_article_decides_the_actor(story, speaker, model_said, shown, actor):
    names, actors = story
    assert model_actor(speaker, model_said, names, actors, ARTICLE) == (shown, actor)
