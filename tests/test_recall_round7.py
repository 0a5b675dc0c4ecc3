"""Recall round seven: labelled statements the offline engine missed on the development
sets, grouped by cause; each rule tested on text written here."""

import pytest
from offline_runs import run_story, speaker_of


@pytest.mark.parametrize(
    "intro",
    [
        "Ferry operator Lakeline has raised its harbour fares.",
        "Lakeline, a small Danish carrier, has raised its harbour fares.",
        "Lakeline's chief executive, Tom Reyes, has raised the harbour fares.",
        "Lakeline chief executive Tom Reyes has raised the harbour fares.",
        "Ana Ruiz, managing director of Lakeline, has raised the harbour fares.",
    ],
)
def test_it_carries_on_a_body_the_story_shows_to_be_one(intro):
    """'Lakeline said ... It added ...': a one-word name reads as a person, but the story
    shows it is a firm, so 'it' is that firm."""
    text = (
        "Harbour fares\n\n"
        f"{intro} On Monday, Lakeline said the harbour fares had been frozen for six years.\n\n"
        "It added that the harbour fares would be cut again in the winter.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "would be cut again") == "Lakeline"


@pytest.mark.parametrize(
    "intro",
    [
        "Tom Reyes has raised his harbour fares.",  # a person: 'it' is not him
        "Mr Lakeline has raised the harbour fares.",
        "Lakeline, a spokesman for the ferry company, has raised the harbour fares.",
    ],
)
def test_it_does_not_carry_on_a_person(intro):
    name = intro.split(" has ")[0].split(",")[0]
    text = (
        "Harbour fares\n\n"
        f"{intro} On Monday, {name} said the harbour fares had been frozen for six years.\n\n"
        "It added that the harbour fares would be cut again in the winter.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "would be cut again") is None


@pytest.mark.parametrize(
    "thing",
    ["more Golden Anchor awards", "his Golden Anchor medals", "two more Golden Anchor titles"],
)
def test_a_capitalised_thing_between_speaker_and_he_names_nobody(thing):
    """'Safin is hopeful winning will give him more Grand Slam titles. "...," he said':
    a capitalised run after a determiner, with no verb of its own, is a thing's name, not
    someone else 'he' could mean."""
    text = (
        "Harbour row\n\n"
        '"We have paid enough," Tom Reyes said of the harbour levy. '
        f"However, Reyes hopes the harbour vote will bring {thing}. "
        '"It would be a relief for the whole harbour," he said.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "relief for the whole") == "Tom Reyes"


def test_a_person_after_a_determiner_who_acts_still_makes_he_unsure():
    text = (
        "Harbour row\n\n"
        '"We have paid enough," Tom Reyes said of the harbour levy. '
        "However, his rival Sam Cole Moreno was angry about the harbour vote. "
        '"It would be a relief for the whole harbour," he said.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "relief for the whole") is None


@pytest.mark.parametrize(
    "cue",
    [
        "harbour master Tom Reyes said",
        "ferry organiser Tom Reyes said",
        "club spokesman Tom Reyes said",
        "the ferry boss Tom Reyes said",
    ],
)
def test_a_described_name_before_the_verb_after_a_quote_speaks(cue):
    """'"...," festival organiser Michael Eavis said.': lower-case words saying what the
    person is, then their full name, are the cue's subject."""
    text = f'Harbour row\n\n"The harbour levy will ruin the small ferry firms," {cue}.\n'
    assert speaker_of(run_story(text, "harbour"), "ruin the small ferry") == "Tom Reyes"


@pytest.mark.parametrize(
    "cue",
    ["the report about harbour master Tom Reyes said", "a letter to harbour master Tom Reyes said"],
)
def test_a_name_that_is_not_the_subject_after_a_quote_does_not_speak(cue):
    text = f'Harbour row\n\n"The harbour levy will ruin the small ferry firms," {cue}.\n'
    assert speaker_of(run_story(text, "harbour"), "ruin the small ferry") != "Tom Reyes"


@pytest.mark.parametrize(
    "opening",
    [
        "Asked if Sam Cole could return to the board, he replied:",
        "Praising Sam Cole and Ana Ruiz for their work, he said:",
        "Asked about the plans of Sam Cole, he replied:",
    ],
)
def test_names_in_an_opening_participle_do_not_make_he_unsure(opening):
    """'Asked if Mr Blunkett could return ..., he replied:': the participle's subject is
    'he'; the names inside it are objects, so 'he' is still the last speaker."""
    text = (
        "Harbour row\n\n"
        "Tom Reyes said the harbour levy would be cut in the spring.\n\n"
        f'{opening} "I have made my view of the harbour levy very clear."\n'
    )
    assert speaker_of(run_story(text, "harbour"), "my view of the harbour") == "Tom Reyes"


def test_a_name_opening_the_sentence_still_makes_he_unsure():
    text = (
        "Harbour row\n\n"
        "Tom Reyes said the harbour levy would be cut in the spring.\n\n"
        'Sam Cole asked about the levy, and he replied: "I have made my view of the harbour '
        'levy very clear."\n'
    )
    assert speaker_of(run_story(text, "harbour"), "my view of the harbour") != "Tom Reyes"


@pytest.mark.parametrize(
    "sentence",
    [
        "HLX backed the harbour levy but said the ferry fares were still too high.",
        "Lakeline, a small Danish carrier, said the ferry fares were still too high.",
    ],
)
def test_a_body_that_only_opens_sentences_still_speaks(sentence):
    """'AOL backed the price cuts but said ...', 'Allianz, a leading German insurer, said
    ...': a word that only opens sentences may be nobody ('Critics say'), but an acronym
    alone or a name the story shows to be a body names one."""
    text = "Harbour fares\n\nTom Reyes opened the harbour on Monday.\n\n" + sentence + "\n"
    assert speaker_of(run_story(text, "harbour"), "ferry fares were still") in (
        "HLX",
        "Lakeline",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics say the ferry fares were still too high.",
        "The PM said the ferry fares were still too high.",
    ],
)
def test_a_word_opening_a_sentence_names_no_body_without_evidence(sentence):
    text = "Harbour fares\n\nTom Reyes opened the harbour on Monday.\n\n" + sentence + "\n"
    assert speaker_of(run_story(text, "harbour"), "ferry fares were still") is None


@pytest.mark.parametrize(
    "cue",
    ['"The fares are fair," a spokesman said.', '"The fares are fair," said a spokeswoman.'],
)
def test_an_unnamed_spokesman_speaks_for_the_body_that_just_spoke(cue):
    """'AOL backed the price cuts but said ... "...," a spokesman said.': the spokesman is
    the voice of the body whose words come right before."""
    text = (
        "Harbour fares\n\n"
        "HLX backed the harbour levy but said the ferry fares were still too high. "
        f"{cue}\n"
    )
    assert speaker_of(run_story(text, "harbour"), "fares are fair") in (
        "HLX's spokesman",
        "HLX's spokeswoman",
    )


@pytest.mark.parametrize(
    "before",
    [
        "Tom Reyes said the ferry fares were still too high.",  # a person has no spokesman
        "HLX backed the harbour levy. The ferry fares rose again in the summer.",  # not next
    ],
)
def test_an_unnamed_spokesman_after_anyone_else_is_nobody(before):
    text = f'Harbour fares\n\n{before} "The fares are fair," a spokesman said.\n'
    assert speaker_of(run_story(text, "harbour"), "fares are fair") is None


@pytest.mark.parametrize("when", ["in 2003", "in March", "in March 2004"])
def test_a_year_or_month_between_subject_and_verb_keeps_the_subject(when):
    """'The Downing Street Strategy Unit in 2003 said people ...': the time hid the
    subject."""
    text = (
        "Harbour row\n\n"
        f"The Harbour Trust {when} said the harbour levy would hurt the small ferry firms.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "levy would hurt") == "the Harbour Trust"


def test_they_carries_on_officials():
    """'Officials claim ... They also allege ...': 'they' is the officials who just spoke."""
    text = (
        "Harbour row\n\n"
        "Officials claim that the ferry firm has no licence for the harbour. "
        "They also allege that the ferry firm ignored the harbour rules for years.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "ignored the harbour rules") == "Officials"


def test_it_does_not_carry_on_officials():
    text = (
        "Harbour row\n\n"
        "Officials claim that the ferry firm has no licence for the harbour. "
        "It also alleges that the ferry firm ignored the harbour rules for years.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "ignored the harbour rules") is None


@pytest.mark.parametrize(
    "between",
    [
        "Mr Reyes has since taken the idea to two other ports.",
        "He has since taken the idea to two other ports.",
    ],
)
def test_a_quote_after_a_sentence_about_the_last_speaker_is_theirs(between):
    """'... Mr Negroponte has adapted the idea to his own work in Cambodia ... "We put in
    25 laptops ..."': one reporter's sentence whose subject is the last speaker does not
    end their turn."""
    text = (
        "Harbour row\n\n"
        '"The harbour levy is a good idea," said Mr Tom Reyes, the harbour master. '
        f'{between} "We put in two ferry lanes and only one has been closed."\n'
    )
    assert speaker_of(run_story(text, "harbour"), "two ferry lanes") == "Tom Reyes"


@pytest.mark.parametrize(
    "between",
    [
        "Mr Reyes has since met Sam Cole, the ferry boss.",  # someone else is named
        "The harbour has since taken the idea to two other ports.",  # not about him
        "Mr Reyes has since left. He took the idea to two other ports.",  # two sentences
    ],
)
def test_a_quote_after_other_narration_is_nobodys(between):
    text = (
        "Harbour row\n\n"
        '"The harbour levy is a good idea," said Mr Tom Reyes, the harbour master. '
        f'{between} "We put in two ferry lanes and only one has been closed."\n'
    )
    assert speaker_of(run_story(text, "harbour"), "two ferry lanes") is None
