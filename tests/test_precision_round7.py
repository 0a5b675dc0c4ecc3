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


@pytest.mark.parametrize("when", ["on Monday", "last week", "earlier this week", "yesterday"])
def test_a_time_between_subject_and_verb_keeps_the_subject_the_speaker(when):
    """'The Times on Monday said adviser X told ...' was shown as X's words: the time hid
    the subject, and the verb of the reported clause found its own."""
    text = (
        "Harbour row\n\n"
        f"The harbour board {when} said harbour adviser Jo Park told the council to cut the "
        "harbour levy.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "cut the harbour levy") != "Jo Park"
    plain = f"Tom Reyes {when} said the harbour levy would be cut.\n"
    assert speaker_of(run_story("Harbour row\n\n" + plain, "harbour"), "levy would") == (
        "Tom Reyes"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "Tom Reyes called for lower fees and said the harbour levy would hurt trade.",
            "levy would hurt",
            "Tom Reyes",
        ),
        (
            "However, the think tank said it believed the harbour levy could still be cut.",
            "levy could still",
            "the Harbour Trust",
        ),
    ],
)
def test_two_verbs_of_one_subject_still_speak_for_it(sentence, words, speaker):
    opening = "Harbour row\n\nThe Harbour Trust, a think tank in Leeds, warned of fees.\n\n"
    statements = run_story(opening + sentence + "\n", "harbour")
    assert speaker_of(statements, words) == speaker


def test_two_speakers_in_one_sentence_each_keep_their_own_clause():
    """'Mr Blair has insisted ... while Mr Brown says ...' was shown whole as Blair's (sixth
    set): each clause with its own subject and verb is its own speaker's."""
    text = (
        "Harbour row\n\n"
        "Mr Tom Reyes has insisted the harbour levy is fair while Ms Dana Hill says she will "
        "not let gossip distract her from the harbour plan.\n\n"
        "The Green Party say the harbour levy is a tax on trade and the Harbour Party claims the "
        "harbour fund is empty.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "levy is fair") == "Tom Reyes"
    assert "distract" not in " ".join(s.claim for s in statements if s.speaker == "Tom Reyes")
    assert speaker_of(statements, "not let gossip") == "Dana Hill"
    assert "fund is empty" not in speaker_of_claim(statements, "tax on trade")


def test_one_speakers_two_verbs_stay_one_statement():
    text = (
        "Harbour row\n\nTom Reyes said the harbour levy was fair, and added that it would be "
        "cut next year.\n"
    )
    statements = run_story(text, "harbour")
    assert [s.speaker for s in statements] == ["Tom Reyes"]
    assert "cut next year" in statements[0].claim


def speaker_of_claim(statements, words):
    return next(s.claim for s in statements if words in s.claim)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Mr Reyes also left Harbourline saying Ms Hill would "deliver better" fees.', "Tom Reyes"),
        (
            "Harbourline kicked off the battle with adverts, using a letter from company "
            "president Dana Hill saying it was time for lower fees.",
            "Dana Hill",
        ),
        (
            "The Gazette quoted Mr Reyes telling harbour staff that he wanted lower fees.",
            "Tom Reyes",
        ),
    ],
)
def test_the_name_before_a_participle_speaks_only_if_it_is_not_an_object(sentence, speaker):
    """'Mr Hockney also left UKIP saying ...' was shown as UKIP's words (sixth set): a name
    right after a verb is its object; a titled name ('company president X saying') is not."""
    text = "Harbour row\n\nTom Reyes, the harbour master, met the council.\n\n" + sentence + "\n"
    assert speaker_of(run_story(text, "harbour"), "fees") == speaker


def test_two_titled_people_speaking_together_are_shown_together_or_not_at_all():
    """'"…," JP Morgan chief executive William Harrison and chief operating officer James
    Dimon said in the letter' was shown as Harrison's alone (sixth set)."""
    text = (
        "Harbour row\n\n"
        '"We all know the harbour was old, but it is quite different to see it," Harbourline '
        "chief executive Tom Reyes and chief operating officer Dana Hill said in the letter. "
        '"The harbour levy was unfair," they added.\n\n'
        "Labour leader Sam Cole and Labour deputy leader Jo Park said the harbour levy must go.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "quite different") is None  # sides not known to be one
    assert speaker_of(statements, "levy was unfair") is None
    together = [s for s in statements if "must go" in s.claim]
    assert [(s.speaker, s.actor) for s in together] == [("Sam Cole and Jo Park", "Labour")]


@pytest.mark.parametrize("title", ["organiser", "campaigner", "analyst", "curator"])
def test_a_title_that_names_what_someone_does_leads_to_their_name(title):
    """'"…," said Cebit organiser Gabriele Dorries' was shown as Cebit's (sixth set)."""
    text = (
        "Harbour row\n\n"
        f'"The harbour will be the theme of the show," said Harbourline {title} Dana Hill.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "theme of the show") == "Dana Hill"


def test_a_place_written_after_the_is_nobody_between_a_speaker_and_he():
    """'Mourinho is relishing the first leg ... He said:' was lost (sixth set) because 'the
    Nou Camp, where they play' later in the story made 'Camp' a person."""
    text = (
        "Harbour row\n\n"
        "Harbour master Tom Reyes expects a fight over the levy.\n\n"
        "Reyes is relishing the first vote at the Old Quay. He said: \"I wouldn't be "
        'surprised if nothing had been decided by the last minute of the harbour vote."\n\n'
        "The council meets at the Old Quay, where the harbour levy was first set.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "last minute") == "Tom Reyes"


def test_a_title_after_a_spokesman_is_not_the_spokesman():
    """'the prime minister conceded ...' after the prime minister's official spokesman spoke
    was shown as the spokesman's words (a change of this round exposed it)."""
    text = (
        "Harbour row\n\n"
        "Harbour Minister Tom Reyes faces questions.\n\n"
        "The harbour minister's official spokesman said: \"We believe the harbour levy is "
        'fair." Earlier, writing in the Gazette, the minister conceded that the harbour '
        'levy was "a difficult issue for any council".\n'
    )
    assert speaker_of(run_story(text, "harbour"), "difficult issue") in (None, "Tom Reyes")


def test_the_answer_to_the_reporters_question_is_not_whom_the_question_names():
    """'So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once
    declared? "No. ..."' was shown as Kilroy-Silk's answer (sixth set)."""
    text = (
        "Harbour row\n\n"
        "Harbour adviser Tom Reyes came to town last week.\n\n"
        "So is the levy's job to close the harbour, as former mayor Dana Hill once declared? "
        '"No. The aim of the harbour levy is to pay for the dredging and nothing else."\n'
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "pay for the dredging") != "Dana Hill"
    quoted = (
        "Harbour row\n\n"
        'Dana Hill said: "How much harbour levy do people want to pay for the dredging?" '
        '"Who can be trusted to get a grip on the harbour and its levy?"\n'
    )
    assert speaker_of(run_story(quoted, "harbour"), "get a grip") == "Dana Hill"


def test_an_ampersand_inside_a_name_keeps_it_one_name():
    """'"…," an M&S spokesman said' was shown as 'M S' (seventh set, studied after it was
    measured)."""
    text = (
        "Harbour row\n\n"
        '"We are bringing in harbour fees at new price points," said a P&O spokesman.\n'
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "new price points") == "P&O spokesman"


def test_a_model_number_is_nobodys_surname():
    """'Archos said ...' was shown as 'Archos AV400' after 'the Archos AV400 series'."""
    text = (
        "Harbour row\n\n"
        "Players such as the Harbix HX400 series sold well.\n\n"
        "Harbix said the focus for the device is the harbour market.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "harbour market") == "Harbix"


def test_a_name_after_a_title_and_a_comma_is_the_titles_holder():
    """'"…," said Opera spokeswoman, Berit Hanson.' was shown as 'Opera spokeswoman'."""
    text = (
        "Harbour row\n\n"
        '"Our mission was always to provide the best harbour for everyone," said Harbourline '
        "spokeswoman, Dana Hill.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "best harbour") == "Dana Hill"
