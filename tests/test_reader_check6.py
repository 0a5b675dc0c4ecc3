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


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("China Harbour Freight", "China Harbour Freight"),  # a firm of that place
        ("the China Coastal Shipping", "China Coastal Shipping"),
        ("SNP Holyrood leader", "SNP"),  # a place alias with a title: still no firm
    ],
)
def test_two_names_after_a_country_make_a_firm_not_the_state(phrase, side):
    """'CAO announced' where the story calls it 'China Aviation Oil (CAO)' was shown under
    China: a country opening a firm's name is no more its side than a demonym is."""
    from briefer.actors import load_actors
    from briefer.roles import resolve_body

    assert resolve_body(phrase, load_actors()) == side


def test_quoted_as_saying_is_not_the_words_of_who_quotes():
    """'"…," Italian news agency Apcom quoted several lawmakers as saying' was shown as the
    words of 'Italian' (a reader's Parmalat brief): the quoted speak, not the clause's
    subject."""
    text = (
        "Dairy row\n\n"
        '"The dairy boss supplied us with elements of positive results on the debt," Italian '
        "news agency Apcom quoted several lawmakers as saying in a statement.\n"
    )
    assert speaker_of(run_story(text, "dairy"), "supplied us with elements") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"I apologise to all who lost money in the dairy," Mr Reyes\'s statement said.',
            "Mr Reyes",
        ),
        ('"This applies to every player at the club," Portlink\'s letter added.', "Portlink"),
        ('"The board will meet within days on the dairy," Wednesday\'s statement said.', None),
    ],
)
def test_a_named_owners_statement_speaks_for_the_owner(sentence, speaker):
    """'"…," Mr Tanzi's statement said' was dropped from a reader's Parmalat brief (a
    possessive names no speaker); a statement or letter speaks for whoever it belongs to."""
    from briefer.engines.speech import attribute_quote, find_quotes

    found = attribute_quote(sentence, find_quotes(sentence)[0], 0, len(sentence))
    assert (found.speaker if found else None) == speaker
