"""Recall round seven: labelled statements the offline engine missed on the development
sets, grouped by cause; each rule tested on text written here."""

import pytest
from offline_runs import run_story, speaker_of


@pytest.mark.parametrize(
    "intro",
    [
        "Ferry operator Lakeline has raised its harbour fares.",
        "Lakeline, a small Danish carrier, has raised its harbour fares.",
        "Lakeline's chief executive, Tom Reyes, has raised the harbour fares.",
        "Lakeline chief executive Tom Reyes has raised the harbour fares.",
        "Ana Ruiz, managing director of Lakeline, has raised the harbour fares.",
    ],
)
def test_it_carries_on_a_body_the_story_shows_to_be_one(intro):
    """'Lakeline said ... It added ...': a one-word name reads as a person, but the story
    shows it is a firm, so 'it' is that firm."""
    text = (
        "Harbour fares\n\n"
        f"{intro} On Monday, Lakeline said the harbour fares had been frozen for six years.\n\n"
        "It added that the harbour fares would be cut again in the winter.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "would be cut again") == "Lakeline"


@pytest.mark.parametrize(
    "intro",
    [
        "Tom Reyes has raised his harbour fares.",  # a person: 'it' is not him
        "Mr Lakeline has raised the harbour fares.",
        "Lakeline, a spokesman for the ferry company, has raised the harbour fares.",
    ],
)
def test_it_does_not_carry_on_a_person(intro):
    name = intro.split(" has ")[0].split(",")[0]
    text = (
        "Harbour fares\n\n"
        f"{intro} On Monday, {name} said the harbour fares had been frozen for six years.\n\n"
        "It added that the harbour fares would be cut again in the winter.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "would be cut again") is None


@pytest.mark.parametrize(
    "thing",
    ["more Golden Anchor awards", "his Golden Anchor medals", "two more Golden Anchor titles"],
)
def test_a_capitalised_thing_between_speaker_and_he_names_nobody(thing):
    """'Safin is hopeful winning will give him more Grand Slam titles. "...," he said':
    a capitalised run after a determiner, with no verb of its own, is a thing's name, not
    someone else 'he' could mean."""
    text = (
        "Harbour row\n\n"
        '"We have paid enough," Tom Reyes said of the harbour levy. '
        f"However, Reyes hopes the harbour vote will bring {thing}. "
        '"It would be a relief for the whole harbour," he said.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "relief for the whole") == "Tom Reyes"


def test_a_person_after_a_determiner_who_acts_still_makes_he_unsure():
    text = (
        "Harbour row\n\n"
        '"We have paid enough," Tom Reyes said of the harbour levy. '
        "However, his rival Sam Cole Moreno was angry about the harbour vote. "
        '"It would be a relief for the whole harbour," he said.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "relief for the whole") is None
