"""Round seven: statements attributed by a title ('the Ealing North MP said', 'the party
says') are found when the story itself binds that title to one named speaker before the
cue, and left out when two could fit. Every test is on text written for it."""

from offline_runs import run_story, speaker_of

_FERRY = (
    "Ferry row\n\n"
    "Labour MP Dana Hill has told of her anger at the closure of the island ferry.\n\n"
    'Ms Hill said: "The island has been cut off for a week and nobody has told us why." '
    '"It is a scandal that a ferry route can close overnight," said the Westport South MP. '
    '"The families who live there deserve better."\n'
)


def test_a_post_nominal_closing_the_sentence_is_no_part_of_the_speaker():
    """'said the Westport South MP.' is a title that refers back to the MP the story named
    ('Labour MP Dana Hill'), never a speaker called 'the Westport South MP.'."""
    statements = run_story(_FERRY, "ferry")
    assert speaker_of(statements, "a ferry route can close overnight") == "Dana Hill"
    assert not any(s.speaker.endswith(".") for s in statements)


def test_a_titled_mp_is_not_someone_else_when_another_mp_spoke_since():
    text = _FERRY.replace(
        '"It is a scandal',
        'Tory MP Tom Reyes said the operator had no choice. "It is a scandal',
    )
    speaker = speaker_of(run_story(text, "ferry"), "a ferry route can close overnight")
    assert speaker is None


_CAMPAIGN = (
    "Greens target the rural vote\n\n"
    "Rural voters can decide the fate of MPs in many seats, Liberal Democrat leader Dana "
    "Hill has claimed.\n\n"
    "The party says the votes of farmers can win it a dozen new seats at the election.\n"
)


def test_the_party_is_the_one_party_the_story_names():
    statements = run_story(_CAMPAIGN, "rural vote")
    found = [s for s in statements if "votes of farmers" in s.evidence[0].quote]
    assert found and found[0].actor == "Liberal Democrats"


def test_the_party_is_nobody_when_the_story_names_two():
    text = _CAMPAIGN.replace("has claimed.", "has claimed, and Labour disagrees.")
    assert speaker_of(run_story(text, "rural vote"), "votes of farmers") is None


def test_a_party_named_inside_someones_words_does_not_count():
    text = _CAMPAIGN.replace(
        "has claimed.", 'has claimed. "Labour has forgotten the countryside," she said.'
    )
    statements = run_story(text, "rural vote")
    found = [s for s in statements if "votes of farmers" in s.evidence[0].quote]
    assert found and found[0].actor == "Liberal Democrats"


_LEVY = (
    "Levy stays\n\n"
    "The harbour levy will not be cut this year, Tom Reyes said.\n\n"
    "The harbour minister told councillors the levy was fair. Mr Reyes said the fees "
    'would rise by 2%. "Nobody likes paying more," he added. The harbour minister said he '
    "hoped the talks next week could settle the matter.\n"
)


def test_a_title_that_was_the_speakers_own_cue_still_refers_back_to_them():
    """'The harbour minister told councillors' is Mr Reyes's own cue: it does not make him
    someone who spoke *of* the harbour minister, so a later 'The harbour minister said' is his."""
    speaker = speaker_of(run_story(_LEVY, "harbour levy"), "hoped the talks next week")
    assert speaker == "Tom Reyes"


def test_a_title_someone_spoke_of_in_their_words_is_still_not_them():
    text = _LEVY.replace(
        "The harbour minister told councillors the levy was fair.",
        "He said the harbour minister had failed the town.",
    )
    speaker = speaker_of(run_story(text, "harbour levy"), "hoped the talks next week")
    assert speaker is None


_STRIKE = (
    "Strike talks\n\n"
    "Both sides want to avoid a walkout before the election, said BBC transport "
    "correspondent Dana Hill. Tom Reyes, the union's leader, met the minister on Monday.\n\n"
    "Mr Reyes said the ballot would go ahead. Our correspondent said that she understood "
    "no offer had been made at that meeting.\n"
)


def test_our_correspondent_is_the_journalist_the_story_titles_so():
    speaker = speaker_of(run_story(_STRIKE, "strike"), "no offer had been made")
    assert speaker == "Dana Hill"


def test_our_correspondent_is_never_the_last_speaker_by_default():
    text = _STRIKE.replace("said BBC transport correspondent Dana Hill", "said Dana Hill")
    assert speaker_of(run_story(text, "strike"), "no offer had been made") is None


def test_our_correspondent_is_nobody_when_the_story_titles_two():
    text = _STRIKE.replace(
        "met the minister on Monday.",
        "met the minister on Monday, BBC business correspondent Sam Lee reported.",
    )
    assert speaker_of(run_story(text, "strike"), "no offer had been made") is None


def test_a_titled_cue_reporting_he_is_no_woman_the_story_named():
    """'His wife Dana' is a woman; 'The veteran singer said he ...' right after her words
    is not hers, though she spoke last."""
    text = (
        "Burglar tackled\n\n"
        "Rock singer Tom Lee has been praised by police for chasing a burglar from his home.\n\n"
        '"I acted on impulse," Lee said. His wife Dana, who called the police, said her '
        "rings were taken from the bedside table as she slept.\n\n"
        "The veteran singer said he could have been badly hurt in the struggle.\n"
    )
    speaker = speaker_of(run_story(text, "burglar"), "could have been badly hurt")
    assert speaker in (None, "Tom Lee")


def test_kinship_before_a_name_says_whether_they_are_a_man_or_a_woman():
    from briefer.actors import load_actors
    from briefer.gender import story_genders
    from briefer.roles import read_story

    text = "His wife Dana Lee said so. Her son Sam said more. His wife Ann Lee agreed."
    genders = story_genders(text, read_story(text, load_actors()))
    assert genders.get("Dana Lee") == "f"
    assert genders.get("Lee") is None  # the surname is shared: it says nothing


_BANK = (
    "Bank apologises\n\n"
    "Two lenders that later became part of Northgate Capital took slaves as collateral.\n\n"
    '"We apologise to all who suffered," Northgate Capital chief executive Tom Reyes said '
    "in a letter to staff. Northgate Capital said that it was setting up a scholarship "
    'fund. The bank said that it is a "very different company from the lenders of the past".\n'
)


def test_a_name_that_opens_someones_title_is_a_body_the_bank_can_be():
    statements = run_story(_BANK, "apology")
    assert speaker_of(statements, "very different company") == "Northgate Capital"


def test_a_principal_of_a_staff_title_is_still_a_person():
    text = _BANK.replace("Northgate Capital chief executive", "Northgate Capital campaign aide")
    text = text.replace("The bank said", "The campaign said")
    speaker = speaker_of(run_story(text, "apology"), "very different company")
    assert speaker != "Northgate Capital"


def test_a_description_owning_a_spokesman_is_resolved_or_nobody():
    """ "The singer's spokesman said" names no principal by itself: shown as 'the singer's
    spokesman' it is an unresolved description; it is the singer the story named, or left out."""
    text = (
        "Singer sued\n\n"
        "A make-up artist has filed a lawsuit against a singer after a recording in March.\n\n"
        "The woman said she was hurt after the show. The singer's spokesman said the claims "
        "were an attempt to extract money from a famous man.\n"
    )
    statements = run_story(text, "lawsuit")
    assert speaker_of(statements, "an attempt to extract money") is None
    assert not any(s.speaker.startswith("the singer") for s in statements)


def test_an_office_owning_a_spokesman_keeps_its_own_words():
    """'the prime minister's official spokesman' is how the story names that proxy."""
    text = (
        "Terror threat\n\n"
        "The threat of an attack is real, the prime minister's official spokesman said on "
        "Monday, declining to comment on intelligence.\n"
    )
    speaker = speaker_of(run_story(text, "terror"), "The threat of an attack is real")
    assert speaker == "the prime minister's official spokesman"
