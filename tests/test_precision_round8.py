"""Round eight: causes of wrong speakers found on the eighth labelled set (a development set
since it was measured once), each rule tested on text written here."""

import pytest
from offline_runs import run_story, speaker_of


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Harbour Fund Management investment chief Peter Dalgleish said", "Peter Dalgleish"),
        ("Ketterly Securities energy analyst Maria Olsen told Reuters", "Maria Olsen"),
        ("Dunmore & Hale senior partner Ruth Gale said", "Ruth Gale"),
    ],
)
def test_a_body_before_a_persons_title_is_not_the_speaker(cue, speaker):
    """'"…," Renaissance Capital energy analyst X told Reuters' was shown as the firm's words:
    the body only says where the titled person works."""
    text = (
        "Shares rise\n\n"
        "Shares in Northwind rose on Monday after the merger was confirmed. "
        f'"This is welcome news for anyone who holds the stock," {cue}. '
        '"Most holders will be pleased with it," he added.\n'
    )
    statements = run_story(text, "shares")
    assert speaker_of(statements, "welcome news") == speaker
    assert speaker_of(statements, "Most holders") == speaker


def test_a_party_before_a_title_still_gives_the_side():
    text = (
        "Seat row\n\n"
        '"We will win the seat back," Labour leader Tom Reyes said on Monday about the seat.\n'
    )
    (statement,) = run_story(text, "seat")
    assert (statement.speaker, statement.actor) == ("Tom Reyes", "Labour")


@pytest.mark.parametrize(
    "sentence",
    [
        "But the 25-year-old Dubliner underlined his intention to stay at the club.",
        '"The club is where I want to be," the 27-year-old Corkonian said.',
        '"The club is where I want to be," says the Galway man.',
    ],
)
def test_a_described_person_is_never_shown_by_the_description(sentence):
    """'But the 25-year-old Dubliner underlined ...' showed 'Dubliner' as a speaker's name: a
    capitalised word after an age, or 'man' after a word describing him, describes someone
    the story names elsewhere (shown as them or not at all)."""
    text = (
        "Club row\n\n"
        "Leeds defender Tom Reyes has been linked with a move away from the club. "
        f"{sentence}\n"
    )
    speakers = {s.speaker for s in run_story(text, "club")}
    assert not speakers - {"Tom Reyes"}, speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"The battery lasts twice as long," said Riccardo de Rinaldini, the firm\'s '
            "marketing manager.",
            "Riccardo de Rinaldini",
        ),
        (
            "Dirk van der Berg, the rival firm's chief, said the player would not sell.",
            "Dirk van der Berg",
        ),
        ('"It is a very good player for the money," Ana da Costa said.', "Ana da Costa"),
    ],
)
def test_a_particle_inside_a_name_is_part_of_it(sentence, speaker):
    """'said Riccardo de Rinaldini' was shown as 'Riccardo': the name stopped at 'de'."""
    (statement,) = run_story("Player launch\n\n" + sentence + "\n", "player")
    assert statement.speaker == speaker


@pytest.mark.parametrize("introducer", ["He continued:", "He went on:"])
def test_a_quote_a_colon_introduces_is_not_the_next_sentences_subjects(introducer):
    """'He continued: "How can ...?" Mr Blair said he would not respond' showed the question
    as Mr Blair's: a question closing its sentence was bound to the next sentence's subject
    although a colon had introduced it."""
    text = (
        "Leader taunts rival\n\n"
        "Tory leader Tom Hale has claimed the harbour is badly run. "
        'He declared: "He is the deals on meals harbour master." '
        f'{introducer} "How can there be order in the harbour when there is no order in the '
        'council?" Mr Reyes said he would not respond to "gossip about the harbour".\n'
    )
    assert speaker_of(run_story(text, "harbour"), "How can there be order") in (None, "Tom Hale")


def test_an_agent_after_by_is_not_whom_a_later_he_means():
    """'The idea was proposed by Stephen X, professor of ... But he adds, ...' was shown as
    X's words: a person named as a passive's agent is no clause's subject, so 'he' is not
    sure to be them (the last speaker, or nobody)."""
    text = (
        "Harbour commons\n\n"
        '"What we are proposing is a harbour commons," Tom Reyes, a fellow at the Harbour '
        "Institute, told the BBC.\n\n"
        "The idea of a harbour commons was first proposed by Dan Hale, professor of planning "
        "at Kent University. The report points to small examples that already exist.\n\n"
        "But he adds, the council could play a bigger role in setting up the harbour commons.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "bigger role") in (None, "Tom Reyes")


def test_an_abbreviated_title_binds_like_a_written_one():
    """'DJ Norman Cook ... The DJ admitted' showed 'the DJ' as a speaker's name and 'DJ
    Norman Cook' with the title in it: 'DJ' and 'CEO' are titles as 'MP' is."""
    text = (
        "Dance music row\n\n"
        "DJ Tom Reyes has said that dance music is not dead, but admitted it is going through "
        'a "quiet patch for the clubs". The DJ admitted, however, that his success had a '
        "downside for the clubs.\n\n"
        '"The clubs will come back, they always do," the DJ said.\n'
    )
    assert {s.speaker for s in run_story(text, "clubs")} == {"Tom Reyes"}


def test_a_name_after_the_pronoun_opening_its_sentence_is_its_object():
    """'She thanked the woman she played, Katharine Hepburn, for ... "…," she said' showed
    the actress she played as the speaker: the name is the object of a sentence whose
    subject is the pronoun."""
    text = (
        "Harbour awards\n\n"
        "The harbour prize went to Jane Reyes. Reyes, who won the prize in 1999, said: "
        '"Winning it means an enormous amount to me." She thanked the woman she trained with, '
        "Mary Hale, for showing the way for women in sailing. \"Thank you very much, I'm sure "
        "you're pleased, although you're not here to see this,\" she said.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "Thank you very much") in (None, "Jane Reyes")


@pytest.mark.parametrize(
    "unnamed", ["One leading harbour broker said", "A senior analyst at the bank said"]
)
def test_a_he_does_not_reach_back_past_someone_unnamed(unnamed):
    """'One leading Karachi broker said ... "…," he says' showed the broker's words as the
    last named speaker's: a person the story does not name spoke in between."""
    text = (
        "Market soars\n\n"
        '"The market has risen on solid economic growth," said harbour broker Tom Reyes. '
        "Mr Reyes feels the rally will last.\n\n"
        f"{unnamed} the real reasons for the rise may be political. "
        '"A lot of money has already gone to the harbour market," he says.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "A lot of money") is None


def test_a_man_described_is_nobody_a_guess_can_name():
    """'Coach X says ... X praised Owen ... The 22-cap Dragons man says that ...' was shown as
    the coach's words: 'the <description> man' may be any man the story named."""
    text = (
        "Captain named\n\n"
        "Northwind number eight Tom Owen says being captain will be easy.\n\n"
        "Coach Dan Hale says the 24-year-old should take the armband for the captain match. "
        "Hale praised Owen's work as vice-captain in the captain's absence. The 22-cap "
        "Northwind man says that the old captain will be badly missed, though.\n"
    )
    assert speaker_of(run_story(text, "captain"), "badly missed") in (None, "Tom Owen")


def test_a_title_opening_a_sentence_is_not_part_of_the_name():
    """'Coach Mike Ruddock says ...' was shown as 'Coach Mike Ruddock' (the title's capital is
    the sentence's); 'Gary Player' keeps his surname."""
    text = (
        "Captain\n\n"
        "Coach Dan Hale says the 24-year-old should take the captain armband. "
        "Gary Player said the captain golf was fine.\n"
    )
    assert [s.speaker for s in run_story(text, "captain")] == ["Dan Hale", "Gary Player"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The harbour plan remains sound, Tom Reyes, Labour's election strategist told "
            "the BBC on Saturday.",
            "Tom Reyes",
        ),
        (
            "Some councillors are also siding with the Harbour Council, the town's Gazette "
            "newspaper reports.",
            None,
        ),
    ],
)
def test_a_name_before_an_owned_title_whose_comma_is_left_out_speaks(sentence, speaker):
    """'..., Alan Milburn, Labour's election strategist told Radio 4' was lost: the comma
    closing the title is left out, as in 'X, Plaid Cymru health spokesman said'. A
    newspaper after a body is no title of the body's."""
    statements = run_story("Harbour plan\n\n" + sentence + "\n", "harbour")
    assert [s.speaker for s in statements] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lib Dems raised worries about Labour and Conservative calls in February about "
        "the harbour.",
        'This will include what Harbourline, in a typical act of obscurity, calls the "Next '
        'Generation Harbour Base".',
    ],
)
def test_calls_is_speech_only_as_calls_for_or_on(sentence):
    """'Conservative calls in February' (a noun) and 'what Microsoft, in an aside, calls
    the X' (a naming) were shown as statements once 'calls' became a cue (read in the whole
    developers' copy); 'It calls for better pensions' still speaks."""
    assert run_story("Harbour calls\n\n" + sentence + "\n", "harbour") == []
    spoken = run_story(
        "Harbour calls\n\nThe Harbour Union said pay was too low. It calls for better harbour "
        "pensions and decent wages.\n",
        "harbour",
    )
    assert speaker_of(spoken, "better harbour pensions") is not None
