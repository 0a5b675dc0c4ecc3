"""Recall rules of issue 13's fifth round (tech, entertainment and sport stories), each on
text written for this test (no seed or corpus sentence): why a run of one person's quotes
breaks, and speakers whose names or cues have unusual shapes."""

from __future__ import annotations

import pytest
from offline_runs import run_story, speaker_of

from briefer.engines.speech import attribute_sentence

_BAXTER = (
    'Rovers coach Tom Baxter said his side had been unlucky. "We deserved a point at '
    'least," Baxter said after the derby.\n\n'
)


def test_an_untitled_person_the_story_calls_by_surname_can_be_who_he_is():
    statements = run_story(
        _BAXTER + "Luca Ferri had a header ruled out for offside in the last minute. Ferri "
        'could not believe it. He said: "I watched the replay three times and I was level '
        'with the last defender."\n',
        "derby",
    )
    assert speaker_of(statements, "I watched the replay three times") == "Luca Ferri"


@pytest.mark.parametrize(
    "opener",
    [
        "Port Vale won again on Saturday.",  # never shortened to 'Vale'
        "Old Trafford fell silent.",
        "The Grand Slam is out of reach. Slam hopes are fading.",  # 'the' before the name
        "Rovers lost to the Manchester United reserves. United were better.",
    ],
)
def test_a_place_or_a_club_opening_the_sentence_is_not_who_he_is(opener):
    statements = run_story(
        _BAXTER + opener + ' He said: "I watched the replay three times and we were robbed."\n',
        "derby",
    )
    assert speaker_of(statements, "I watched the replay three times") in (None, "Tom Baxter")


def test_she_said_after_a_body_s_spokeswoman_is_the_spokeswoman():
    statements = run_story(
        "Clara Wynn, who runs the ferry cafe, said trade had halved since the timetable "
        'changed. "We cannot go on like this for another winter," she said.\n\n'
        "A Harbour Board spokeswoman confirmed the ferry would run until May. "
        '"No date was ever set for closing the ferry route," she said.\n',
        "ferry",
    )
    speaker = speaker_of(statements, "No date was ever set")
    assert speaker is not None and speaker.endswith("spokeswoman")
    assert statements[-1].actor == statements[-2].actor  # the side of her first words


def test_a_name_written_after_the_is_a_thing_and_does_not_break_the_chain():
    statements = run_story(
        'Rovers coach Tom Baxter said his side could still win. "We have nothing to fear," '
        "Baxter said.\n\n"
        "Rovers are third in the Summer Shield table after two defeats. But he insisted: "
        '"We can beat anyone in this league at home."\n',
        "derby",
    )
    assert speaker_of(statements, "We can beat anyone") == "Tom Baxter"


def test_an_untitled_name_never_written_after_the_still_breaks_the_chain():
    statements = run_story(
        'Rovers coach Tom Baxter said his side could still win. "We have nothing to fear," '
        "Baxter said.\n\n"
        "Rovers are third after two defeats by Luca Ferri's side. But he insisted: "
        '"We can beat anyone in this league at home."\n',
        "derby",
    )
    assert speaker_of(statements, "We can beat anyone") is None


def test_a_thing_owned_by_a_club_is_no_person_in_the_way_of_he_said():
    statements = run_story(
        'Rovers coach Tom Baxter said his side could still win. "We have nothing to fear," '
        "Baxter said.\n\n"
        "Baxter spoke two days before Harbridge's Shield fixture with Rovers. "
        '"When it comes to the last few games, anything can happen," he said.\n',
        "derby",
    )
    assert speaker_of(statements, "anything can happen") == "Tom Baxter"


def test_a_person_named_with_a_party_s_possessive_still_breaks_the_chain():
    statements = run_story(
        'Rovers coach Tom Baxter said his side could still win. "We have nothing to fear," '
        "Baxter said.\n\n"
        "The club was visited by Labour's Morgan. "
        '"When it comes to the last few games, anything can happen," he said.\n',
        "derby",
    )
    assert speaker_of(statements, "anything can happen") is None


_ORTIZ = (
    'Sam Ortiz, an analyst at Hart Research, said the adverts were no accident. "Brands '
    'know exactly where their money goes," he said.\n\n'
)


def test_the_last_speaker_named_again_as_subject_is_who_he_is_after_others():
    statements = run_story(
        _ORTIZ + "A spokesman for the operator told reporters the adverts had been removed. "
        "However Mr Ortiz was not convinced by the reply. "
        '"Nobody in the business believes that story about the adverts," he said.\n',
        "adverts",
    )
    assert speaker_of(statements, "Nobody in the business believes") == "Sam Ortiz"


def test_someone_named_after_the_last_speaker_s_new_mention_still_breaks_the_chain():
    statements = run_story(
        _ORTIZ + "However Mr Ortiz was not convinced by the reply. A spokesman for the "
        "operator told reporters the adverts had been removed. "
        '"Nobody in the business believes that story about the adverts," he said.\n',
        "adverts",
    )
    assert speaker_of(statements, "Nobody in the business believes") is None


def test_an_acronym_is_a_body_and_never_who_he_is():
    statements = run_story(
        _ORTIZ + "RTL blames its media buying agency for the adverts, a spokesman told "
        'reporters. Mr Ortiz was not convinced. "Nobody in the business believes that story '
        'about the adverts," he said.\n',
        "adverts",
    )
    assert speaker_of(statements, "Nobody in the business believes") == "Sam Ortiz"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('But an Albion spokesman told reporters: "We will not take any action."', "spokesman"),
        ('An Albion fan told reporters: "We will not take any action."', None),
    ],
)
def test_an_before_a_body_s_spokesman_is_read_as_a_is(sentence, speaker):
    found = speaker_of(run_story(sentence + "\n", "action"), "We will not take any action")
    assert (found is not None and found.endswith(speaker)) if speaker else found is None


def test_people_the_renamed_speaker_s_sentence_names_as_objects_do_not_break_the_chain():
    statements = run_story(
        _BAXTER + "Baxter, though, is confident his young forwards, Dan Okoro and Levi Marsh, "
        'are ready for the derby. "We have a real chance of winning the derby this year," he '
        "declared.\n",
        "derby",
    )
    assert speaker_of(statements, "We have a real chance") == "Tom Baxter"


def test_a_person_who_opens_a_later_clause_still_breaks_the_chain():
    statements = run_story(
        _BAXTER + "Baxter was cautious, but Dan Okoro was sure the forwards were ready. "
        '"We have a real chance of winning the derby this year," he declared.\n',
        "derby",
    )
    assert speaker_of(statements, "We have a real chance") != "Tom Baxter"


def test_a_name_the_story_never_shortens_does_not_hide_the_one_person_named_since():
    statements = run_story(
        _BAXTER + "Other fans are angry too. Nia Lloyd is a season-ticket holder who writes "
        "for the new Harbour Fan Blog. She says the club has ignored its supporters for "
        'years. "We pay their wages and nobody ever asks us," she says.\n\n'
        "Ms Lloyd also says she will not renew her ticket next season.\n",
        "derby",
    )
    assert speaker_of(statements, "We pay their wages") == "Nia Lloyd"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("But Ms Okafor refuted suggestions that the fares rise had been rushed.", "Ms Okafor"),
        ("Tom Reyes countered criticism of the timing of the fares rise.", "Tom Reyes"),
        (
            "Mr Lund intimated that the council had known about the fares rise for months.",
            "Mr Lund",
        ),
        ("Dana Hill lambasted the operator for raising fares twice in one year.", "Dana Hill"),
        ("Ana Ruiz slated the council for its handling of the fares rise.", "Ana Ruiz"),
        ("Mr Cole likened the fares rise to a tax on the poorest passengers.", "Mr Cole"),
        ("Ms Ward defended her record on fares in a speech to the council.", "Ms Ward"),
    ],
)
def test_more_verbs_of_reported_criticism_bind_a_sentence_to_its_subject(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.kind == "name" and found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "But the festival's founder, US poet Tom Reed, says the fares rise is about greed.",
        '"The fares rise is about greed," the festival\'s organiser in Leeds, Tom Reed, told '
        "the BBC.",
    ],
)
def test_a_definite_description_then_a_name_between_commas_is_that_person(text):
    assert speaker_of(run_story(text + "\n", "fares"), "greed") == "Tom Reed"


def test_a_time_phrase_then_a_name_between_commas_is_no_description():
    statements = run_story(
        "After the match at the ground, Tom Reed, who was angry, said fares were about greed.\n",
        "fares",
    )
    assert speaker_of(statements, "greed") in (None, "Tom Reed")


_FINED = (
    "Rovers coach Tom Baxter is furious after being fined by the league for his remarks "
    "about Luca Ferri.\n\n"
)


def test_a_description_nobody_who_spoke_fits_is_the_sentence_subject_named_before_it():
    statements = run_story(
        _FINED + "The 52-year-old criticised the size of the fine. "
        '"I am not guilty of anything the league says," he said. Baxter has ten days to '
        "appeal.\n",
        "fine",
    )
    assert speaker_of(statements, "criticised the size") == "Tom Baxter"
    assert speaker_of(statements, "I am not guilty") == "Tom Baxter"


def test_a_description_after_someone_else_acts_is_nobody():
    statements = run_story(
        _FINED + "Luca Ferri scored twice on Saturday. The 52-year-old criticised the size of "
        'the fine. "I am not guilty of anything the league says," he said. Baxter has ten '
        "days to appeal.\n",
        "fine",
    )
    assert speaker_of(statements, "criticised the size") is None


def test_an_inverted_cue_inside_the_sentence_before_a_quote_names_its_speaker():
    statements = run_story(
        "The dispute will end up in the courts which, said Mr Tom Hale, "
        '"is where the ferry company always wanted it."\n',
        "ferry",
    )
    assert speaker_of(statements, "is where the ferry company") == "Tom Hale"


def test_a_definite_body_s_plain_belief_is_its_view():
    statements = run_story(
        "Police said the burglar used a ladder to reach the bedroom window. They believe he "
        "hurt his leg when he jumped down. Police think two men were waiting in a van.\n",
        "burglary",
    )
    assert speaker_of(statements, "hurt his leg") == "Police"
    assert speaker_of(statements, "two men were waiting") == "Police"


@pytest.mark.parametrize(
    "sentence",
    [
        "Privately, some club officials think the burglary was an inside job.",
        "Americans believe the burglary was an inside job.",
    ],
)
def test_an_unnamed_group_s_plain_belief_is_nobody_s(sentence):
    assert attribute_sentence(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mr Adams did not believe anyone at the club had leaked the figures.", "Mr Adams"),
        ("He didn't think the figures had been leaked by the club.", "he"),
        ("Some fans do not believe the club leaked the figures.", None),
    ],
)
def test_a_negated_plain_belief_is_its_subject_s_view(sentence, speaker):
    found = attribute_sentence(sentence)
    assert (found.speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferri's claim was strongly denied by Baxter, who called it a lie.", "Baxter"),
        ("The coach has been criticised by the Supporters' Trust for the fares rise.", "the"),
        ("The fares rise was announced by Tom Baxter on Monday.", None),  # an act
        ("The fares rise was welcomed by the Harbour Board report.", None),  # a document's name
    ],
)
def test_the_agent_of_a_passive_verb_of_judging_speaks(sentence, speaker):
    found = attribute_sentence(sentence)
    if speaker is None:
        assert found is None
    else:
        assert found is not None and found.speaker.startswith(speaker)


def test_it_said_after_a_person_spoke_is_the_body_a_sentence_since_opened_with():
    statements = run_story(
        _ORTIZ + "The adverts appear to break the rules of the FRA, the music industry's "
        "body. The FRA is equally quick to condemn brands that buy such adverts. "
        '"No reputable brand should fund piracy through its adverts," it said in a '
        "statement.\n",
        "adverts",
    )
    assert speaker_of(statements, "No reputable brand") == "FRA"


def test_it_said_after_a_person_named_since_is_nobody():
    statements = run_story(
        _ORTIZ + "The FRA is equally quick to condemn brands that buy such adverts, and Mr "
        'Tom Lee agrees. "No reputable brand should fund piracy through its adverts," it said '
        "in a statement.\n",
        "adverts",
    )
    assert speaker_of(statements, "No reputable brand") is None
