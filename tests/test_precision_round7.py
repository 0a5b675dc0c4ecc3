"""Round seven: causes of wrong or missing speakers found on the sixth labelled set (a
development set since it was measured unseen), each rule tested on text written here."""

import pytest
from offline_runs import run_story, speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        '"The harbour must grow," the newspaper quoted Harbourline chief executive Sam Cole '
        "as saying.",
        "Chief executive Sam Cole was quoted by The Gazette newspaper as saying the firm could "
        'no longer afford to stay "all-local".',
    ],
)
def test_whoever_is_quoted_as_saying_said_it(sentence):
    text = "Harbour row\n\nTom Reyes opened the harbour on Monday.\n\n" + sentence + "\n"
    statements = run_story(text, "harbour")
    assert [s.speaker for s in statements] == ["Sam Cole"]


def test_a_quote_whose_cue_quotes_unnamed_people_does_not_carry_on_the_last_speaker():
    text = (
        "Harbour row\n\n"
        '"The levy is fair," said Tom Reyes, the harbour master.\n\n'
        '"We are going abroad," the Gazette quoted several board members as saying.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "going abroad") is None
