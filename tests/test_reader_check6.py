"""Rules from round six's reader checks of BBC topics nobody developed on, each tested on
written text."""

import pytest

from briefer.engines.speech import attribute_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbourline has agreed a share buy-back, to calm its investors.",
        "The board of shipping firm Harbourline has agreed a share buy-back.",
        "The two unions agreed a new pay deal on Friday.",
    ],
)
def test_agreeing_to_a_deal_is_an_act_not_words(sentence):
    """'has agreed a share buy-back' reports a decision: shown as the firm's words it read
    'Harbourline (as reported): "... has agreed a share buy-back"'."""
    assert attribute_sentence(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbourline agreed that the fees were too high.",
        "Harbourline agreed to cut its fees by a fifth.",
    ],
)
def test_agreeing_with_a_clause_still_reports_a_view(sentence):
    found = attribute_sentence(sentence)
    assert found is not None and found.speaker == "Harbourline"
