"""Rules from round six's reader checks of BBC topics nobody developed on, each tested on
written text."""

import pytest
from offline_runs import run_story, speaker_of

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


@pytest.mark.parametrize(
    "sentence",
    [
        "The broadcaster has also reportedly agreed to the regulator's demands that the show "
        "must be pulled.",
        "Harbourline agreed to Portlink's terms on Friday.",
    ],
)
def test_agreeing_to_somebodys_demands_is_an_act_not_words(sentence):
    assert attribute_sentence(sentence) is None


def test_an_organisation_and_a_job_before_a_name_describe_the_person_who_spoke():
    """'said EFF lawyer Kurt Opsahl' is the lawyer's: the job word ('lawyer', like 'chief')
    ties the organisation to the person after it."""
    statements = run_story(
        "Fines row\n\nThe Harbour Board fined the ferry firm on Monday.\n\n"
        '"Anyone who runs a ferry should be concerned about these fines," said FUA lawyer '
        "Sam Lee.\n",
        "fines",
    )
    assert speaker_of(statements, "Anyone who runs a ferry") == "Sam Lee"
