"""Round six, rules written against causes of wrong speakers on the fifth labelled set (a
development set since it was measured unseen), each tested on written text."""

from offline_runs import run_story, speaker_of

_OPENING = (
    "Harbour row\n\n"
    "Mayor Tony Reyes has had the chance to fix the harbour and has failed, Tom Hill has said.\n\n"
    '"The harbour is in the wrong state", the harbour master said in his message. He went on '
    "to set out the choices he says are facing the town.\n\n"
    "Mr Reyes has failed to fix the harbour, he claimed, saying he had the wrong plan.\n"
)


def test_a_name_inside_the_words_a_pronoun_reports_is_not_that_pronoun():
    speaker = speaker_of(run_story(_OPENING, "harbour"), "failed to fix the harbour, he")
    assert speaker in (None, "Tom Hill")


def test_nor_is_it_whom_a_later_pronoun_refers_back_to():
    text = _OPENING + (
        "\nThe council, he said, could cut the harbour levy without cutting the dredging budget.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "could cut the harbour levy") in (
        None,
        "Tom Hill",
    )


def test_a_pronoun_inside_the_words_still_refers_to_the_sentences_subject():
    text = (
        "Harbour row\n\nThe levy is unfair, Dana Hill has said.\n\n"
        "Dana Hill has no doubt it is the council who, she claims, is rushing the levy "
        "through without a proper debate.\n"
    )
    assert speaker_of(run_story(text, "levy"), "rushing the levy") == "Dana Hill"


_HARBOUR = (
    "Harbour levy\n\n"
    "Dana Hill said the harbour levy was one of several measures being considered. She "
    "praised the ferry firms for their work. However, the minister said cutting the harbour "
    "levy is not a key objective. Last week Ms Hill and Harbour Minister Tom Reyes met the "
    "firms.\n\n"
)


def test_a_title_refers_back_never_to_someone_first_named_after_it():
    speaker = speaker_of(run_story(_HARBOUR, "harbour levy"), "cutting the harbour levy")
    assert speaker != "Tom Reyes"


def test_names_in_an_opening_participle_are_not_the_pronoun_after_it():
    text = (
        "Harbour levy\n\nDana Hill said the harbour levy was one of several measures being "
        "considered. She praised Portlink and Seaways for their work.\n\n"
        'Ms Hill praised the police and said: "The police will crack down on those who dodge '
        'the harbour levy," she said. Praising Portlink and Seaways for their efforts, she '
        'said: "We have seen some positive moves from the firms on the harbour levy."\n'
    )
    speaker = speaker_of(run_story(text, "harbour levy"), "positive moves from the firms")
    assert speaker in (None, "Dana Hill")


def test_a_former_office_holder_no_longer_speaks_for_the_state():
    """'former US president Bill Clinton', 'former British Commander Colonel Bob Stewart':
    the state's side belongs to who holds the office now; a party stays with its member."""
    from briefer.actors import load_actors
    from briefer.roles import read_story

    actors = load_actors()
    text = (
        "Former US president Tom Reyes and former Tory leader Dana Hill spoke. "
        "US president Sam Lee did not."
    )
    roles = read_story(text, actors).roles
    assert roles["Tom Reyes"].actor is None
    assert roles["Dana Hill"].actor == "Conservatives"
    assert roles["Sam Lee"].actor == "United States"


def test_a_former_office_holder_named_in_the_cue_is_not_the_states_voice():

    text = (
        "Harbour verdict\n\n"
        'But former British Commander Colonel Tom Reyes said: "Anyone at the harbour will be '
        'saddened by the verdict."\n'
    )
    statements = run_story(text, "verdict")
    assert [s.speaker for s in statements] == ["Tom Reyes"]
    assert statements[0].actor != "UK government"


def test_a_body_of_a_place_is_one_body_not_a_person_of_an_organisation():
    from briefer.engines.speech import attribute_sentence

    found = attribute_sentence("The Harbour Council of Wales said the levy was unfair.")
    assert found is not None and found.speaker == "The Harbour Council of Wales"
    found = attribute_sentence("Laura Brown of Save the Children said the levy was unfair.")
    assert found is not None and found.speaker == "Laura Brown"


def test_it_after_another_body_became_the_subject_is_not_the_last_voice():
    opening = (
        "Ranch row\n\n"
        'The Harbourline Group said the ranch land was "fully productive" and it would appeal.\n\n'
    )
    later = (
        "Under the new mayor, the island council has steadily expanded its role in farming. "
        "It recently said all ranch contracts would be examined.\n"
    )
    statements = run_story(opening + later, "ranch")
    assert (speaker_of(statements, "all ranch contracts") or "").lower() != "the harbourline group"
    same = run_story(opening + "It recently said all ranch contracts would be examined.\n", "ranch")
    assert (speaker_of(same, "all ranch contracts") or "").lower() == "the harbourline group"


def test_he_does_not_reach_back_past_someone_speaking_by_a_title_that_is_not_theirs():
    opening = (
        "Harbour law\n\n"
        "Harbour Police Commissioner Sir Tom Reyes last month backed a call to change the "
        "harbour law, saying it was too weak. "
    )
    pronoun = 'He told MPs: "If we get the right response, we will change the harbour law."\n'
    between = "The pressure prompted the prime minister to say the police would be consulted. "
    assert (
        speaker_of(run_story(opening + between + pronoun, "harbour law"), "right response") is None
    )
    found = run_story(opening + pronoun, "harbour law")
    assert speaker_of(found, "right response") == "Tom Reyes"
