"""Recall round seven: labelled statements the offline engine missed on the development
sets, grouped by cause; each rule tested on text written here (a positive case and the
cases the rule must leave alone)."""

import pytest
from offline_runs import run_story, speaker_of


def _speaker(body: str, words: str) -> str | None:
    """Who the offline engine shows as saying `words` in a harbour story of `body`."""
    return speaker_of(run_story("Harbour row\n\n" + body, "harbour"), words)


@pytest.mark.parametrize(
    ("intro", "name", "expected"),
    [
        ("Ferry operator Lakeline has raised its fares.", "Lakeline", "Lakeline"),
        ("Lakeline, a small Danish carrier, has raised its fares.", "Lakeline", "Lakeline"),
        ("Lakeline's chief executive, Tom Reyes, has raised fares.", "Lakeline", "Lakeline"),
        ("Lakeline chief executive Tom Reyes has raised fares.", "Lakeline", "Lakeline"),
        ("Ana Ruiz, managing director of Lakeline, has raised fares.", "Lakeline", "Lakeline"),
        ("Tom Reyes has raised his fares.", "Tom Reyes", None),  # a person: not 'it'
        ("Mr Lakeline has raised the fares.", "Mr Lakeline", None),
        ("Lakeline, a spokesman for the ferry company, has raised fares.", "Lakeline", None),
    ],
)
def test_it_carries_on_a_body_the_story_shows_to_be_one(intro, name, expected):
    """'Search engine firm Google ... Google said ... It added ...': a one-word name reads
    as a person, but the story shows it is a firm, so 'it' is that firm."""
    body = (
        f"{intro} On Monday, {name} said the harbour fares had been frozen for six years.\n\n"
        "It added that the harbour fares would be cut again in the winter.\n"
    )
    assert _speaker(body, "would be cut again") == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Reyes hopes the vote will bring more Golden Anchor awards", "Tom Reyes"),
        ("Reyes hopes the vote will bring his Golden Anchor medals", "Tom Reyes"),
        ("Reyes hopes the vote will bring two more Golden Anchor titles", "Tom Reyes"),
        ("his rival Sam Cole Moreno was angry about the vote", None),  # a person acts
    ],
)
def test_a_capitalised_thing_between_speaker_and_he_names_nobody(between, expected):
    """'Safin is hopeful winning will give him more Grand Slam titles. "...," he said':
    a capitalised run after a determiner, with no verb of its own, is a thing's name, not
    someone else 'he' could mean."""
    body = (
        '"We have paid enough," Tom Reyes said of the harbour levy. '
        f"However, {between}. "
        '"It would be a relief for the whole harbour," he said.\n'
    )
    assert _speaker(body, "relief for the whole") == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("harbour master Tom Reyes said", "Tom Reyes"),
        ("ferry organiser Tom Reyes said", "Tom Reyes"),
        ("club spokesman Tom Reyes said", "Tom Reyes"),
        ("the ferry boss Tom Reyes said", "Tom Reyes"),
        ("the report about harbour master Tom Reyes said", None),
        ("a letter to harbour master Tom Reyes said", None),
    ],
)
def test_a_described_name_before_the_verb_after_a_quote_speaks(cue, expected):
    """'"...," festival organiser Michael Eavis said.': lower-case words saying what the
    person is, then their full name, are the cue's subject; a name after a preposition
    is not."""
    body = f'"The harbour levy will ruin the small ferry firms," {cue}.\n'
    assert _speaker(body, "ruin the small ferry") == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Asked if Sam Cole could return to the board, he replied:", "Tom Reyes"),
        ("Praising Sam Cole and Ana Ruiz for their work, he said:", "Tom Reyes"),
        ("Asked about the plans of Sam Cole, he replied:", "Tom Reyes"),
        ("Sam Cole asked about the levy, and he replied:", None),  # a name opens it
    ],
)
def test_names_in_an_opening_participle_do_not_make_he_unsure(opening, expected):
    """'Asked if Mr Blunkett could return ..., he replied:': the participle's subject is
    'he'; the names inside it are objects, so 'he' is still the last speaker."""
    body = (
        "Tom Reyes said the harbour levy would be cut in the spring.\n\n"
        f'{opening} "I have made my view of the harbour levy very clear."\n'
    )
    assert _speaker(body, "my view of the harbour") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("HLX backed the levy but said the ferry fares were still too high.", "HLX"),
        ("Lakeline, a small Danish carrier, said the ferry fares were still too high.", "Lakeline"),
        ("Critics say the ferry fares were still too high.", None),
        ("The PM said the ferry fares were still too high.", None),  # a title
    ],
)
def test_a_body_that_only_opens_sentences_still_speaks(sentence, expected):
    """'AOL backed the price cuts but said ...', 'Allianz, a leading German insurer, said
    ...': a word that only opens sentences may be nobody ('Critics say'), but an acronym
    alone or a name the story shows to be a body names one."""
    body = f"Tom Reyes opened the harbour on Monday.\n\n{sentence}\n"
    assert _speaker(body, "ferry fares were still") == expected


@pytest.mark.parametrize(
    ("before", "cue", "expected"),
    [
        ("HLX backed the levy.", "a spokesman said", "HLX's spokesman"),
        ("HLX backed the levy.", "said a spokeswoman", "HLX's spokeswoman"),
        ("Tom Reyes backed the levy.", "a spokesman said", None),  # a person
        ("HLX backed the levy. The fares rose in June.", "a spokesman said", None),  # not next
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body_that_just_spoke(before, cue, expected):
    """'AOL backed the price cuts but said ... "...," a spokesman said.': the spokesman is
    the voice of the body whose words come right before."""
    body = f"{before.replace('levy.', 'levy but said the fares were too high.')} "
    body += f'"The fares are fair," {cue}.\n'
    assert _speaker(body, "fares are fair") == expected


@pytest.mark.parametrize("when", ["in 2003", "in March", "in March 2004"])
def test_a_year_or_month_between_subject_and_verb_keeps_the_subject(when):
    """'The Downing Street Strategy Unit in 2003 said people ...': the time hid the
    subject."""
    body = f"The Harbour Trust {when} said the harbour levy would hurt the small ferry firms.\n"
    assert _speaker(body, "levy would hurt") == "the Harbour Trust"


@pytest.mark.parametrize(("pronoun", "expected"), [("They", "Officials"), ("It", None)])
def test_they_carries_on_officials(pronoun, expected):
    """'Officials claim ... They also allege ...': 'they' is the officials who just spoke;
    'it' never is."""
    body = (
        "Officials claim that the ferry firm has no licence for the harbour. "
        f"{pronoun} also allege that the ferry firm ignored the harbour rules for years.\n"
    )
    assert _speaker(body, "ignored the harbour rules") == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Mr Reyes has since taken the idea to two other ports.", "Tom Reyes"),
        ("He has since taken the idea to two other ports.", "Tom Reyes"),
        ("Mr Reyes has since met Sam Cole, the ferry boss.", None),  # someone else
        ("The harbour has since taken the idea to two other ports.", None),  # not him
        # two sentences about him: his still (round eight allows up to three)
        ("Mr Reyes has since left. He took the idea to two other ports.", "Tom Reyes"),
        ("Mr Reyes has since left. The idea went to two other ports.", None),  # not him last
    ],
)
def test_a_quote_after_a_sentence_about_the_last_speaker_is_theirs(between, expected):
    """'... Mr Negroponte has adapted the idea to his own work in Cambodia ... "We put in
    25 laptops ..."': one reporter's sentence whose subject is the last speaker does not
    end their turn."""
    body = (
        '"The harbour levy is a good idea," said Mr Tom Reyes, the harbour master. '
        f'{between} "We put in two ferry lanes and only one has been closed."\n'
    )
    assert _speaker(body, "two ferry lanes") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One dissenting voice came from Sam Cole, the ferry union leader. He said:", "Sam Cole"),
        ("At a meeting with Sam Cole, the ferry union leader, he said:", None),  # same one
    ],
)
def test_he_is_the_person_just_introduced_with_a_description(sentence, expected):
    """'One dissenting opinion came from Brian Gammage, vice-president of research at
    analysts Gartner. He said: "..."': the person the story has just introduced is 'he',
    not the last speaker; one introduced in the cue's own sentence is not sure to be."""
    body = (
        '"The harbour levy is a good idea," said Tom Reyes, the harbour master.\n\n'
        f'{sentence} "The harbour levy will ruin the small ferry firms."\n'
    )
    assert _speaker(body, "ruin the small ferry") == expected
