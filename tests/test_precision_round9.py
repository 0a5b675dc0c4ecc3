"""Round nine: one entity, one name. A speaker the story names two ways (a short form it
defines, a title before a surname, a spokesman it first names in full) was shown as two
speakers, one of them by a name a reader cannot place; each rule tested on text written
here."""

import pytest
from offline_runs import run_story, speaker_of

from briefer.attribution import check_attributions
from briefer.engines.shown_names import as_written
from briefer.models import Source


def test_a_short_form_defined_in_brackets_is_shown_by_the_full_name():
    """'said the US Environmental Protection Agency (EPA)' then 'according to the EPA': the
    brackets define the short form even when its letters are not the name's capitals."""
    text = (
        "Coast survey\n\n"
        "Erosion is speeding up along the east coast, said the UK Office for Coastal Survey "
        "(OCS) on Monday. The cliffs lost more ground this winter than in any year since "
        "1990, according to the OCS. "
        '"We need new defences within ten years," the OCS said in its report.\n'
    )
    statements = run_story(text, "coast erosion")
    names = {speaker_of(statements, "Erosion is"), speaker_of(statements, "new defences")}
    assert names == {"the UK Office for Coastal Survey"}


def test_a_sentences_first_word_is_not_part_of_the_defined_name():
    """'Past Congressional Budget Office (CBO) figures ...': 'Past' opens the sentence; the
    bracketed letters are the capitals of the words after it."""
    text = (
        "Budget gap\n\n"
        "The deficit may grow again next year. Recent Harbour Pilots Board (HPB) figures show "
        "a fall in traffic. The HPB said it expected the fall to last well into next year.\n"
    )
    statements = run_story(text, "traffic fall")
    assert speaker_of(statements, "expected the fall") == "Harbour Pilots Board"


def test_a_title_and_surname_are_the_person_the_story_names_in_full():
    """'Archbishop Desmond Tutu has called ...' then 'Archbishop Tutu said': one person, shown
    by the full name both times (it was 'Desmond Tutu' and 'Archbishop Tutu', two speakers)."""
    text = (
        "Prison call\n\n"
        'Bishop Ann Hale has called for the camp to close, saying: "It must close now." '
        "Other church leaders agreed. "
        'Bishop Hale added: "Detention without trial shames any country that allows it."\n'
    )
    statements = run_story(text, "camp detention")
    assert speaker_of(statements, "It must close") == "Ann Hale"
    assert speaker_of(statements, "Detention without trial") == "Ann Hale"


def test_a_described_spokesman_is_the_one_the_story_named():
    """'said an REM spokesman' then 'The band's spokesman said': the voice the story named,
    not 'the band's spokesman' under a heading of its own."""
    text = (
        "Tour cut short\n\n"
        "Pop group Vesper Ridge have cut short their tour. "
        'The singer could "barely speak, let alone sing", said a Vesper Ridge spokeswoman on '
        "Monday. The group's spokeswoman said that the remaining dates would be reviewed "
        "day by day.\n"
    )
    statements = run_story(text, "tour dates")
    assert speaker_of(statements, "remaining dates") == "Vesper Ridge spokeswoman"


def test_an_unnamed_spokesman_speaks_for_the_body_as_the_story_names_it():
    """'But the Home Office defended the measures. A spokesman said: "…"' was shown as the UK
    government's spokesman: the side is right, but a reader looks for the body the article
    names ('the State Department' here), not a side's name it never writes."""
    text = (
        "Visa rules\n\n"
        "Travel firms have criticised the new visa rules. But the State Department defended "
        'the rules on Monday. A spokesman said: "The checks keep every traveller safe and '
        'will stay in place."\n'
    )
    statements = run_story(text, "visa rules")
    statement = next(s for s in statements if "checks keep" in s.claim)
    assert (statement.speaker, statement.actor) == (
        "the State Department's spokesman",
        "United States",
    )


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("accountancy firm Dunmore & Hale said", "Dunmore & Hale"),
        ("analysts Ketterly/MDR said", "Ketterly/MDR"),
        ("the Society for Coastal Walkers said", "the Society for Coastal Walkers"),
        ('promoter Antonio "AJ" Reyes said', 'Antonio "AJ" Reyes'),
    ],
)
def test_a_speaker_is_shown_by_the_name_as_the_story_writes_it(cue, speaker):
    """'Ernst & Young said' was shown as 'Ernst Young', 'In-Stat/MDR' as 'In-Stat MDR': a
    name no reader can find."""
    text = f"Path row\n\nThe coast path will close for a year, {cue} on Monday.\n"
    statements = run_story(text, "coast path")
    assert speaker_of(statements, "coast path will close") == speaker


def test_an_initials_dot_stays_with_the_name():
    """''…,'' said Benjamin J. Rhodes' (a newspaper's own quotation marks) was read as
    'Benjamin J Rhodes', a name the story does not write: shown as written, not dropped."""
    text = (
        "Course closures\n\n"
        "Golf courses are closing across the state. ''Some owners will fight it, others are "
        "just not,'' said Paul R. Hale, a lawyer in Dover who represents owners. ''It will "
        "be litigated,'' Gov. Kasich replied.\n"
    )
    statements = run_story(text, "golf courses")
    assert speaker_of(statements, "Some owners") == "Paul R. Hale"
    assert speaker_of(statements, "litigated") == "Gov. Kasich"


def test_a_name_the_story_never_writes_is_never_a_speaker():
    """'Harrogate Kennedy' was read across a comma ('In Harrogate, Kennedy said'): the
    story writes no such name, so it shows no such speaker."""
    text = "Conference, in Harrogate, Kennedy said the party would win more seats."
    assert as_written(text, "Harrogate Kennedy") is None
    assert as_written(text, "Kennedy") == "Kennedy"
    assert as_written(text, "'s spokesman") == "'s spokesman"  # no name-word: no error


def test_a_small_word_inside_a_bodys_name_is_put_back():
    """'A spokesman for Nurses Without Frontiers, which ..., said' was read as the voice of
    'Nurses Frontiers', a name the story does not write, and dropped."""
    text = (
        "Path row\n\nA spokesman for Nurses Without Frontiers, which runs clinics, said the "
        "coast path would close for a year.\n"
    )
    statement = next(s for s in run_story(text, "coast path") if "coast path" in s.claim)
    assert statement.speaker == "Nurses Without Frontiers's spokesman"


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        ("insurance broker Harbour & Ferris", "Harbour said", "Harbour & Ferris"),
        ("the Bank of Wessex", "the Bank said", "the Bank of Wessex"),
        ("the maker of the Kestrel Blue Wing", "Kestrel said", "Kestrel"),
    ],
)
def test_a_body_named_in_full_first_is_shown_by_its_full_name(first, later, speaker):
    """'Marsh & McLennan' then 'Marsh said' showed 'Marsh', 'the Bank of England' then 'The
    Bank said' 'the Bank': the story's full name is the one a reader finds; a product's
    name ('Kestrel Blue Wing') is not its maker's."""
    text = (
        "Rates warning\n\n"
        f"Profits fell last year at {first}, figures showed on Monday. "
        f"Separately, {later} that rates would rise again before the summer.\n"
    )
    statements = run_story(text, "rates")
    assert speaker_of(statements, "rates would rise") == speaker


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("Mr Whitcome", "Alan Whitcombe"),  # a letter dropped
        ("Mr Kowlaski", "Piotr Kowalski"),  # two swapped
        ("Mr Hartnel", "Alan Whitcombe"),  # no one of that name: the last speaker is not him
    ],
)
def test_a_surname_spelt_otherwise_is_the_person_named_in_full(later, speaker):
    """'Labour MP Diane Abbot' then 'Ms Abbott said': the article's own slip; shown as the
    one person it names in full, and the statement holds up under the attribution rule."""
    text = (
        "Port plan\n\n"
        "Harbour master Alan Whitcombe and union official Piotr Kowalski met on Monday. "
        "The talks ran late into the night.\n\n"
        f'"The plan will cost jobs on the quay," {later} said after the meeting.\n'
    )
    statements = run_story(text, "port plan")
    shown = speaker_of(statements, "cost jobs")
    if later == "Mr Hartnel":
        assert shown != speaker
        return
    assert shown == speaker
    source = Source(id="s1", title="t", path="p", text=text)
    assert check_attributions(statements, {"s1": source}).statements == statements


def test_a_plural_is_no_slip_of_a_name():
    """'Catholics have urged ...' after 'Roman Catholic' and 'Unison' after 'Commercial
    Services Union' were read as one-letter slips: only people's names are."""
    text = (
        "Film row\n\n"
        "Roman Catholic groups in the city met on Monday. "
        "Catholics have urged the director to withdraw the film from cinemas.\n"
    )
    assert speaker_of(run_story(text, "film"), "withdraw the film") != "Roman Catholic"


@pytest.mark.parametrize(
    ("cue", "speaker", "actor"),
    [
        ("Fellow Lib Dem Tom Reyes said", "Tom Reyes", "Liberal Democrats"),
        ("Liberal Democrat Ann Hale said", "Ann Hale", "Liberal Democrats"),
        (
            "Dr Tom Reyes, the Conservative spokesman for the Cabinet Office, said",
            "Tom Reyes",
            "Conservatives",
        ),
        ("Ann Hale, Labour's spokeswoman on the Treasury, said", "Ann Hale", "Labour"),
    ],
)
def test_a_partys_name_before_a_person_or_a_portfolio_gives_the_side(cue, speaker, actor):
    """'Fellow Lib Dem Norman Baker said' was shown as 'Lib Dem Norman Baker' under the
    commentators, and 'Dr Julian Lewis, the Conservative spokesman for the Cabinet Office'
    under the government: the office is his party's brief, not his employer."""
    text = f"Files row\n\n{cue} the shredding of official files was a scandal.\n"
    statements = run_story(text, "shredding files")
    statement = next(s for s in statements if "shredding" in s.claim)
    assert (statement.speaker, statement.actor) == (speaker, actor)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Reyes explained what went wrong when he missed the penalty.", False),
        ("Mr Reyes explained his reasons to his constituents on Friday.", False),
        ("Reyes explained that the penalty spot was badly worn.", True),
        ("Reyes explained his miss, saying the penalty spot was badly worn.", True),
    ],
)
def test_a_sentence_that_only_says_what_someone_talked_about_is_no_statement(sentence, shown):
    """'Man-of-the-match Duff explained what went wrong when he fluffed a chance': the
    reporter says what he talked about, not what he said (a narration item of the labels)."""
    text = f"Cup exit\n\nTom Reyes missed a penalty in the cup tie on Saturday. {sentence}\n"
    statements = run_story(text, "penalty miss")
    assert (speaker_of(statements, sentence[:25]) == "Tom Reyes") is shown


@pytest.mark.parametrize(
    "sentence",
    [
        "A close associate of former oil boss Tom Reyes has told a court that the charges "
        "against him are false.",
        "The brother of singer Tom Reyes said the charges against him were false.",
    ],
)
def test_whom_an_unnamed_speaker_is_related_to_is_not_the_speaker(sentence):
    """'A close associate of former Yukos boss Mikhail Khodorkovsky has told a court ...'
    was shown as Khodorkovsky's words."""
    text = f"Fraud trial\n\n{sentence}\n"
    assert speaker_of(run_story(text, "fraud charges"), sentence[:20]) is None


def test_a_capitalised_title_inside_a_name_is_not_part_of_it():
    """'Texas Judge Letitia Clark said' showed 'Texas Judge Letitia Clark', another name
    for the 'Letitia Clark' of the same brief."""
    text = "Ruling\n\nTexas Judge Mary Cole said the case would go on in March.\n"
    assert speaker_of(run_story(text, "case ruling"), "case would go on") == "Mary Cole"


def test_a_product_in_capitals_is_not_its_makers_full_name():
    """'Sony said ...' after 'the Sony PSP' was shown as 'Sony PSP' (read as a given name
    and a surname, 'Sharon' for 'Sharon Osbourne'): no surname is written in capitals."""
    text = (
        "Handheld launch\n\n"
        "The Kestrel PXP handheld goes on sale in Europe in March. "
        "Kestrel said it would ship three million of the consoles by the summer.\n"
    )
    assert speaker_of(run_story(text, "handheld launch"), "three million") == "Kestrel"


@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        (  # a body's word is no surname
            "Search firm Kestrel launched Kestrel News in March. Kestrel said it was "
            "looking into the problems users had reported.",
            "Kestrel",
        ),
        (  # nor is a word in capitals
            "The Kestrel PXP goes on sale in June. Kestrel said it was looking into the "
            "problems users had reported.",
            "Kestrel",
        ),
        (  # a titled person is called by a given name the story then uses alone
            "TV presenter Sharon Hale has left the show. Sharon said she was looking into the "
            "problems users had reported.",
            "Sharon Hale",
        ),
    ],
)
def test_a_first_word_alone_is_a_full_name_only_for_a_person(story, speaker):
    """'Google told the BBC' after 'Google News' was shown as 'Google News', 'Sony said' as
    'Sony PSP': a word the story then uses alone ('Sharon' for 'Sharon Osbourne') stands
    for a full name only when that is a person's."""
    statements = run_story(f"Problems\n\n{story}\n", "problems users reported")
    assert speaker_of(statements, "looking into") == speaker


def test_a_body_in_the_possessive_before_a_person_is_their_side():
    """'"…," Shareholders United's Sean Bones told the BBC' (after 'Supporters' group
    Shareholders United'): his side is the group's, as "Labour's Alan Milburn" is Labour's."""
    text = (
        "Takeover fight\n\n"
        "Supporters' group Fans Together said it would fight any bid. "
        '"The club is a debt-free company and must stay one," Fans Together\'s Tom Reyes '
        "told the BBC.\n"
    )
    statement = next(s for s in run_story(text, "takeover bid") if "debt-free" in s.claim)
    assert (statement.speaker, statement.actor) == ("Tom Reyes", "Fans Together")


# A second reader's cases: each put a right speaker under a wrong name, or lost one, in a
# first version of this round's rules.


@pytest.mark.parametrize(
    ("story", "words", "speaker"),
    [
        (  # two people one letter apart: Browne is not the Chancellor, Mr Brown
            "Defence Secretary Des Browne visited troops in Basra on Monday.\n\n"
            "The Chancellor, Mr Brown, is to set out the cost in his budget.\n\n"
            'Mr Brown said: "We will find the money our armed forces need, whatever it takes."',
            "find the money",
            "Brown",
        ),
        (  # a company's letters are not a person's or a place's initials
            "Ben Thompson, 34, lost his broadband connection for a month last year.\n\n"
            '"It was a disaster for my business," Ben Thompson told the BBC.\n\n'
            'BT said: "We are sorry for the problems and the line is now fixed for good."',
            "sorry for the problems",
            "BT",
        ),
        (  # a bracketed country after a person defines no short form
            "European Trade Commissioner Peter Mandelson (UK) met ministers in Geneva.\n\n"
            'The UK said: "We want a fair deal for all our farmers and for our partners."',
            "fair deal",
            "the UK",
        ),
        (  # 'Judge Clark' is the judge, not the general who brought the case
            "Judge Letitia Clark opened the hearing in Houston on Monday.\n\n"
            "The case was brought by Wesley Clark, a retired army general who runs a security "
            'firm.\n\n"This case should never have come before this court at all," Judge Clark '
            "said.",
            "never have come",
            "Letitia Clark",
        ),
        (  # a sentence-initial relation is no speaker either
            "Friends of murdered student Anthony Walker said he was a kind young man who "
            "loved his family.",
            "kind young man",
            None,
        ),
        (  # a relation inside the sentence does not stop its subject
            "President George Bush visited the town on Friday. After meeting relatives of the "
            "victims the president said the attack on the school was a cowardly act.",
            "cowardly act",
            "George Bush",
        ),
        (  # a possessive followed by a clause is reported speech
            "Chancellor Gordon Brown explained his plan would cut taxes for millions of working "
            "families next year.",
            "cut taxes",
            "Gordon Brown",
        ),
        (  # a product is no given name
            "Sony Blu-ray players go on sale next month in Japan, the firm said.\n\n"
            '"We think the players will sell very well in the shops this Christmas," Sony said.',
            "sell very well",
            "Sony",
        ),
    ],
)
def test_the_second_readers_cases(story, words, speaker):
    statements = run_story(f"Story\n\n{story}\n", "plans")
    if speaker is None:
        assert speaker_of(statements, words) is None
    else:
        assert speaker_of(statements, words) == speaker


def test_a_described_spokesman_is_not_a_voice_named_before_another_body():
    """'said a Wembley Arena spokeswoman ... The promoter Live Nation will refund fans. The
    promoter's spokeswoman said': not the arena's voice."""
    text = (
        "Tour cut short\n\nThe tour is off, said a Wembley Arena spokeswoman on Monday. The "
        "promoter Live Nation will refund fans. The promoter's spokeswoman said that the "
        "remaining dates would be reviewed day by day.\n"
    )
    shown = speaker_of(run_story(text, "tour dates"), "remaining dates")
    assert shown != "Wembley Arena spokeswoman"


def test_a_misspelt_surnames_full_name_is_recorded_where_the_story_writes_it():
    """The statement records the full name's own words, so it holds up under the
    attribution rule when the full name is out of the quote's reach."""
    filler = "".join(f"Paragraph {n} is about the school budget.\n\n" for n in range(4))
    text = (
        "School plans\n\nLabour MP Diane Hale has criticised the school plans.\n\n"
        f"{filler}"
        'Ms Haleh said: "These plans will hurt the poorest children in my constituency most."\n'
    )
    statements = run_story(text, "school plans")
    statement = next(s for s in statements if "poorest children" in s.claim)
    assert statement.speaker == "Diane Hale"
    source = Source(id="s1", title="t", path="p", text=text)
    assert check_attributions(statements, {"s1": source}).statements == statements
