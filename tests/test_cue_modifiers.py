"""What a reader found in briefs on topics nobody developed on (stop 12): words that describe
a speaker are not the speaker's name, and 'added' with an object is an action, not speech.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from offline_runs import run_story, speaker_of

from briefer.actors import load_actors
from briefer.engines.speech import attribute_sentence, is_hyphenated_modifier
from briefer.roles import read_story


def _speakers(text: str, topic: str = "takeover bid") -> list[str]:
    return [s.speaker for s in run_story(text, topic)]


@pytest.mark.parametrize(
    "word, modifier",
    [
        ("London-based", True),
        ("US-born", True),
        ("Labour-run", True),
        ("Kilroy-Silk", False),
        ("Jean-Pierre", False),
        ("Smith", False),
    ],
)
def test_a_capital_before_a_lower_case_hyphenated_part_is_a_modifier(word, modifier):
    assert is_hyphenated_modifier(word) is modifier


def test_a_place_based_modifier_is_not_part_of_a_name():
    assert attribute_sentence("Oslo-based Nordvik said it would weigh a counter-offer.") == (
        attribute_sentence("Nordvik said it would weigh a counter-offer.")
    )
    names = read_story("Oslo-based Nordvik said it would weigh a takeover bid.", load_actors())
    assert "Oslo-based Nordvik" not in names.full_names.values()


def test_an_unnamed_person_described_by_a_place_is_nobody_named():
    text = 'Shares fell 2%. "The takeover bid is far too low," said one Leeds-based trader.'
    assert _speakers(text) == []


def test_a_name_inside_an_indefinite_noun_phrase_is_not_the_speaker():
    """'An Acme statement said' is no one called 'An Acme'."""
    text = 'An Acme statement said: "The takeover bid undervalues the group badly."'
    assert all(not name.startswith(("An ", "A ")) for name in _speakers(text))


def test_a_named_speaker_opening_the_sentence_is_still_read():
    text = 'Greta Holm, the chief executive, said: "The takeover bid undervalues the group."'
    assert _speakers(text) == ["Greta Holm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mark Tully added a second goal with a 20-yard shot before half-time.",
        "Mark Tully added another 2% to the takeover bid on Friday.",
        "Mark Tully added 40 jobs after the takeover bid.",
    ],
)
def test_added_with_an_object_is_an_action_not_speech(sentence):
    assert attribute_sentence(sentence) is None


def test_added_with_a_clause_is_still_speech():
    found = attribute_sentence("Mark Tully added that the takeover bid was too low.")
    assert found is not None and found.speaker == "Mark Tully"


def test_a_baroness_is_the_woman_the_story_names_in_full():
    """'Baroness Hale' and 'Brenda Hale' are one speaker under one heading ('Baroness' is an
    honorific, like 'Lady'), and a later 'she' is hers."""
    text = (
        "Brenda Hale has said the court needs its own budget.\n\n"
        'Baroness Hale said: "The court budget should be set by parliament."\n\n'
        '"It is a matter of independence," she added.'
    )
    assert set(_speakers(text, "court budget")) == {"Brenda Hale"}


@pytest.mark.parametrize("cue", ["Mr Okoro pressed.", "pressed Mr Okoro."])
def test_a_question_with_a_cue_of_its_own_is_that_speakers_not_the_last_ones(cue):
    """In a cross-examination the lawyer's question is not the witness's, even where the
    verb after it ('pressed') is not one the engine reads as speech."""
    text = (
        'Under questioning, Mary Lund said the ferry contract was sound. "Not that I know of," '
        f'Ms Lund replied. "Did you ever see the ferry contract before it was signed?" {cue} '
        '"No," she said.'
    )
    statements = run_story(text, "ferry contract")
    assert speaker_of(statements, "Did you ever see") == "Okoro"
    assert speaker_of(statements, "Not that I know of") == "Mary Lund"


def test_a_quote_that_opens_its_sentence_still_carries_on_the_last_speaker():
    text = (
        'Mary Lund said the ferry contract was sound. "We checked every clause," Ms Lund said. '
        '"The ferry contract was signed in good faith."'
    )
    assert speaker_of(run_story(text, "ferry contract"), "signed in good faith") == "Mary Lund"
