"""Precision of pronoun and title resolution (issue 13, fourth round), on text written for
these tests: 'she said' never reaches a man the story calls Mr; a cue whose speaker no rule
can name stops a later pronoun from reaching past it; a bare title or group ('The MPs') is no
speaker's name; where a cue stands decides who a definite title can be; typewriter quotes
('' ... '') and 'Mr.' do not hide a quote's own speaker."""

from __future__ import annotations

from offline_runs import run_story, speaker_of

from briefer.actors import load_actors
from briefer.gender import phrase_gender, story_genders, word_gender
from briefer.roles import read_story


def _run(text: str, topic: str = "ferry fares"):
    return run_story(text, topic)


def test_gender_comes_only_from_words_in_the_text():
    assert phrase_gender("Mrs Okafor") == "f" and phrase_gender("Mr. Dunmore") == "m"
    assert phrase_gender("the harbour spokeswoman") == "f"
    assert phrase_gender("UKIP chairman Ann Reid") is None  # papers call women chairman
    assert phrase_gender("a human rights lawyer") is None
    assert phrase_gender("Jan Kowal") is None  # a first name says nothing
    assert word_gender("German") is None and word_gender("chairwoman") == "f"
    text = "Ferry boss Alan Dunmore spoke. Mr Dunmore left. Mrs Dunmore and Mr Dunmore met."
    genders = story_genders(text, read_story(text, load_actors()))
    assert genders.get("Alan Dunmore") == "?"  # two people share the surname: unknown


def test_she_said_never_reaches_back_to_a_man_named_mr():
    statements = _run(
        "Harbour campaigner Tom Reyes said the ferry fares rise was unfair. "
        "Mr Reyes said islanders would pay most. The review was published on Monday.\n\n"
        'She said the council would "fight the ferry fares rise in court".\n'
    )
    assert speaker_of(statements, "fight the ferry fares rise in court") != "Tom Reyes"
    assert speaker_of(statements, "islanders would pay most") == "Tom Reyes"


def test_he_said_keeps_reaching_a_man_named_mr():
    statements = _run(
        "Harbour campaigner Tom Reyes said the ferry fares rise was unfair.\n\n"
        '"Islanders will pay most of the ferry fares rise," he said.\n'
    )
    assert speaker_of(statements, "Islanders will pay most") == "Tom Reyes"


def test_a_speaker_no_rule_can_name_stops_a_pronoun_reaching_past_them():
    statements = _run(
        "Island leader Mark Dunmore said the ferry fares plan was "
        '"beyond belief".\n\n'
        "The ministry spokeswoman said the ferry fares were set by the board. "
        'She said: "Ministers were told, but the ferry fares are ours to set."\n'
    )
    assert speaker_of(statements, "beyond belief") == "Mark Dunmore"
    assert speaker_of(statements, "ours to set") != "Mark Dunmore"


def test_a_speaker_named_again_after_an_unnamed_cue_can_be_he_again():
    statements = _run(
        "Island leader Mark Dunmore said the ferry fares were too high.\n\n"
        '"I do not see why ministers care about ferry fares," the harbour editor said. '
        "Mr Dunmore, member for the islands, said he suspected ministers wanted votes.\n\n"
        '"The ferry fares should fall and I think they will fall soon," he said.\n'
    )
    assert speaker_of(statements, "should fall and I think") == "Mark Dunmore"


def test_a_bare_title_or_group_is_no_speakers_name():
    statements = _run(
        "A committee of MPs has warned about ferry fares.\n"
        'The MPs said they were "concerned" about the ferry fares review.\n'
        "MPs urged the government to cap ferry fares next year.\n"
        "The Chancellor said the ferry fares subsidy would be kept.\n"
    )
    speakers = {s.speaker for s in statements}
    assert not speakers & {"The MPs", "MPs", "The Chancellor"}, speakers


def test_a_definite_title_after_another_name_is_not_the_last_speaker():
    statements = _run(
        "Ferry minister Ruth Obi does not believe ferry fares should be an election issue, "
        "arguing it is for councils.\n\n"
        "Her aide spoke after the bishop backed Daniel Marsh's stance on ferry fares. "
        "The Tory leader supports a cap and has said current ferry fares are "
        '"a scandal for every family on the islands".\n'
    )
    assert speaker_of(statements, "a scandal for every") != "Ruth Obi"


def test_typewriter_quotes_and_mr_dot_keep_a_quotes_own_speaker():
    statements = _run(
        "Ferry operator Karl Benn said fares would rise. ''The ferry fares will rise in May,'' "
        "he said.\n\n"
        "''Islanders cannot pay these ferry fares,'' Mr. Hedge said. ''They will leave.''\n"
        "“Nobody asked the islands about ferry fares,” Gov. Hale replied.\n"
    )
    assert speaker_of(statements, "Islanders cannot pay") not in (None, "Karl Benn")
    assert speaker_of(statements, "Nobody asked the islands") not in ("Karl Benn", "Hedge")


def test_the_and_one_capitalised_word_speaks_only_as_a_body():
    statements = _run(
        "Harbour boss Alan Dunmore was asked about the ferry fares rise on Monday.\n"
        "Ferry fares rose again, but the Scot admitted he was unsure whether they would fall.\n"
        "Officials at the Treasury were asked too. "
        "The Treasury said the ferry fares subsidy would be kept for a year.\n"
    )
    speakers = {s.speaker for s in statements}
    assert "the Scot" not in speakers and "The Scot" not in speakers, speakers
    assert "the Treasury" in speakers, speakers
    bank = _run(
        "Rates were left alone by the BoE again. "
        "The BoE said the ferry fares would not move inflation this year.\n"
    )
    assert {s.speaker for s in bank} == {"the BoE"}


def test_a_one_word_name_before_of_is_a_bodys_name_and_a_post_in_a_body_no_one():
    statements = _run(
        'Lloyds of London said its losses were limited to "ferry fares and marine risks".\n'
        "Responding to the plans, the chairman of the Harbour Federation of Skye, which "
        "represents crews, said ferry fares must be set locally.\n"
    )
    assert speaker_of(statements, "ferry fares and marine risks") == "Lloyds of London"
    assert speaker_of(statements, "must be set locally") is None


def test_a_possessive_name_is_whose_not_who_speaks():
    statements = _run(
        "Harbour leader Ian Reid sent Mr Holt his congratulations on the ferry fares deal. "
        "Island leader Carl Obi welcomed the quick end to the ferry fares talks.\n\n"
        'Mr Holt\'s first task was to "rebuild trust in the ferry fares board", he said.\n'
    )
    assert speaker_of(statements, "rebuild trust") != "Holt"
    assert not any(s.speaker.endswith("Holt") for s in statements)


def test_a_namesake_of_the_other_sex_named_since_makes_he_unsure():
    statements = _run(
        'Mrs. Hale said the ferry fares plan was "a fair deal for the islands".\n\n'
        "Mr. Hale still shows flashes of his old form on ferry fares. "
        "On Wednesday night, he said the ferry fares debate was the best in years.\n"
    )
    assert speaker_of(statements, "a fair deal for the islands") == "Mrs. Hale" or any(
        s.speaker.endswith("Hale") for s in statements
    )
    assert speaker_of(statements, "best in years") is None


def test_a_name_followed_by_who_is_a_person_a_pronoun_cannot_reach_past():
    statements = _run(
        "Island poet Nora Quill said the ferry fares were too high. "
        '"Ferry fares keep our children away," she said.\n'
        "Meanwhile Marisol, who was honoured by the ferry board, spoke about ferry fares. "
        '"The minute the ferry fares fall, the island will fill again," she said.\n'
    )
    assert speaker_of(statements, "Ferry fares keep our children away") == "Nora Quill"
    assert speaker_of(statements, "the island will fill again") != "Nora Quill"
    team = _run(
        "Ferry captain Tom Reyes said the ferry fares were a scandal. "
        "Skye, who have lost three ferry routes, face higher fares.\n\n"
        '"The ferry fares will drive families away," he said.\n'
    )
    assert speaker_of(team, "drive families away") == "Tom Reyes"  # a team is no 'he'


def test_a_one_word_title_opening_a_sentence_is_read_without_error():
    statements = _run(
        "Ferry boss Alan Dunmore said the ferry fares were fair.\n"
        "Chancellor said the ferry fares subsidy would stay. Spokesman said so too.\n"
    )
    assert speaker_of(statements, "ferry fares were fair") == "Alan Dunmore"


def test_a_woman_named_in_between_leaves_he_to_the_last_man_who_spoke():
    statements = _run(
        "Mr Reyes said the ferry fares rise was unfair. "
        "Mrs Okafor, the island's oldest resident, listened from the front row.\n\n"
        '"Islanders will pay most of the ferry fares rise," he said.\n'
    )
    assert speaker_of(statements, "Islanders will pay most") == "Reyes"
    alone = _run(
        "Mr Reyes said the ferry fares rise was unfair. "
        "Mr Okafor, the island's oldest resident, listened from the front row.\n\n"
        '"Islanders will pay most of the ferry fares rise," he said.\n'
    )
    assert speaker_of(alone, "Islanders will pay most") is None  # two men: unsure


def test_one_person_is_one_name_whatever_title_the_cue_gives_them():
    statements = _run(
        "Island MP Graham Kerr opened the ferry fares debate on Monday.\n"
        "Shadow islands minister Mr Kerr said the ferry fares rise was a scandal.\n"
        "Lib Dem Sir Archy Dunmore said the ferry fares should be frozen.\n"
        'Sen. Lindsey Hale said: "The ferry fares will be capped next year."\n'
    )
    assert speaker_of(statements, "was a scandal") == "Graham Kerr"
    assert speaker_of(statements, "should be frozen") == "Archy Dunmore"
    assert speaker_of(statements, "capped next year") == "Lindsey Hale"


def test_a_capitalised_title_is_its_one_holder_or_no_one_never_the_last_speaker():
    statements = _run(
        "Tory leader Daniel Marsh said the ferry fares plan was too costly.\n"
        'Shadow leader of the Commons Ann Reid said: "This will be part of our aim to cut '
        'ferry fares."\n'
        "Officials at the Office of the Deputy Prime Minister said ferry fares would be "
        "reviewed.\n"
    )
    assert speaker_of(statements, "part of our aim") != "Daniel Marsh"
    assert speaker_of(statements, "would be reviewed") != "Daniel Marsh"


def test_mr_x_of_a_place_is_x():
    statements = _run(
        'Mr Skeens of Brownsville said: "The ferry fares are too high for families."\n'
    )
    assert speaker_of(statements, "too high for families") == "Skeens"


def test_a_possessive_in_an_earlier_sentence_can_still_be_who_she_is():
    statements = _run(
        "Island leader Tom Reyes said the ferry fares were too high, a view shared by "
        "harbour chief Ada Okafor.\n\n"
        "Mrs Okafor's remarks were made at a harbour meeting. "
        "She said the ferry fares rise was a victory for nobody on the islands.\n"
    )
    assert speaker_of(statements, "a victory for nobody") == "Ada Okafor"


def test_an_honorific_of_someone_else_in_the_cue_gives_the_speaker_no_gender():
    statements = _run(
        "Mrs Okafor's aide Tim Bell said the ferry fares were too high. "
        "The review was published on Monday.\n\n"
        '"Islanders will pay most of the ferry fares rise," he said.\n'
    )
    assert speaker_of(statements, "Islanders will pay most") == "Tim Bell"
