"""Round eight on PolNeAR (US political news): causes of wrong speakers found there, each rule
tested on text written here. Sentence cases are three tables (who speaks, nobody speaks, not
Reyes), each row under the rule it tests; story cases follow."""

import pytest
from offline_runs import run_story, speaker_of

from briefer.engines.speech import attribute_sentence

SPEAKS = [
    # A name closing an inverted cue still speaks.
    ("“The pier is late,” said Dana Mills, the harbour master.", "Dana Mills"),
    ("The pier is late, said Tom Reyes in a statement.", "Tom Reyes"),
    ("The pier is late, said Tom Reyes on Monday.", "Tom Reyes"),
    # A speech verb after a clause of its own still names the speaker.
    (
        "Tom Reyes, who did not quite say that the mayor was lying, said on Monday that she "
        "had not read the plan.",
        "Tom Reyes",
    ),
    (
        "The harbour board argues that the pier is on track, and Tom Reyes, its chairman, "
        "said the work would end in May.",
        "Tom Reyes",
    ),
    (
        "In addition to stating that the pier costs too much, Tom Reyes has vowed to stop "
        "the levy.",
        "Tom Reyes",
    ),
    ("It was reported that Tom Reyes said no to the levy.", "Tom Reyes"),
    # Calling someone something still speaks.
    ("Tom Reyes called Mayor Dana Mills a liar.", "Tom Reyes"),
    ("Ms. Mills called Mr. Reyes a ''harbour baron.''", "Ms. Mills"),
    ("Tom Reyes called Dana Mills, the mayor of Northport, a ''disgrace.''", "Tom Reyes"),
    ("Tom Reyes called for a new vote on the pier.", "Tom Reyes"),
    ("Tom Reyes called the plan a disaster.", "Tom Reyes"),
    ("Northport Marine called the sale illegal and went to court.", "Northport Marine"),
    # 'According to' still names a source, or leaves the sentence its own verbs.
    (
        "What Reyes has said in private about the pier is another matter, according to "
        "former Sen. Dana Mills, R-Maine.",
        "former Sen Dana Mills",
    ),
    (
        "After the storm, Tom Reyes blamed the pier's builders while - according to letters "
        "seen by the Gazette - knowing the pier was unsafe.",
        "Tom Reyes",
    ),
    (
        "According to a video released by the Northport Gazette, Tom Reyes suggested that "
        "the pier was unsafe.",
        "Tom Reyes",
    ),
    (
        "She said the rivalry between harbours, of which there are now 30 according to "
        "recent figures, could bring lower fees.",
        "she",
    ),
    (
        "(According to the Northport Harbour Board, it does not keep figures on late ferries.)",
        "the Northport Harbour Board",
    ),
    (
        "She told the board the plan should have been filed first, according to the harbour rules.",
        "she",
    ),
    (
        "According to its latest accounts, the Northport Harbour Board said it spent $3 "
        "million on the pier.",
        "the Northport Harbour Board",
    ),
    # A closing cue with a time after it owns the sentence.
    (
        "During the inquiry, Reyes acknowledged that the fees could be called ''favours,'' "
        "the Northport Gazette reported in 1991.",
        "the Northport Gazette",
    ),
    (
        "Hill told the auditors she was advised by Tom Reyes to use her own account, the "
        "Gazette reported late Thursday.",
        "the Gazette",
    ),
    ("Reyes denied the report, the Gazette said on Monday.", "the Gazette"),
    # ... but one with an object after its verb is no closing cue.
    ("Dana Mills said the pier was late, and Reyes told the board.", "Dana Mills"),
    # 'first' between a subject and its verb is an adverb.
    (
        "(As the Gazette first reported, Tom Reyes voiced support for the pier in 2002.)",
        "the Gazette",
    ),
    # A verb used as a noun is no closing cue ('the final say').
    (
        "But Reyes, speaking to the Gazette, also admits Mills, who has been linked with the "
        "job, will have the final say on the pier.",
        "Reyes",
    ),
    # A clause of its own opens after 'although'.
    (
        "The board stressed that the split was friendly, although Reyes admitted he was sad.",
        "Reyes",
    ),
    # Claiming a clause still says something.
    ("Tom Reyes claimed the victory was stolen by the harbour board.", "Tom Reyes"),
    ("Tom Reyes claimed the board would cut the harbour fund.", "Tom Reyes"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SPEAKS)
def test_the_sentence_names_its_speaker(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.speaker == speaker


NOBODY = [
    # A telephone call or a name given is no statement.
    "A harbour lobby called Save Our Pier is stepping up its campaign.",
    "Last week, Tom Reyes called.",
    "Mayor Dana Mills called both candidates on Friday and was due to meet them.",
    "Why had Tom Reyes called into the morning show on the harbour radio?",
    "Northport Marine and Southport Boats called off a $5 million merger.",
    # 'According to' a source no rule names gives the sentence to nobody.
    "According to a summary of the audit, Dana Mills sent the harbour master a letter, and "
    "Mills and Reyes told auditors they knew nothing.",
    "About 3,000 votes were still to be counted on Friday, according to the harbour board's "
    "website.",
    "The harbour board kept the pier open for a week, according to someone who was there.",
    "According to Reyes's lawyer, Dana Mills refused the offer of a seat on the board.",
    # A passive with an adverb before its participle names no speaker.
    "Thiel's support for Reyes was first noted when he was on a list of delegates.",
    # Claiming a win is no statement.
    "Dana Mills won the Northport vote, claiming her third victory in a row.",
    "Meanwhile, Tom Reyes claimed the prize for the best harbour.",
    "Reyes had also claimed a victory in the Southport race last month.",
]


@pytest.mark.parametrize("sentence", NOBODY)
def test_the_sentence_names_no_speaker(sentence):
    assert attribute_sentence(sentence) is None


NOT_REYES = [
    # A name after 'said' that opens a clause is what was said about.
    "Dana Mills, the head of the Northport harbour board in Maine, for example, said Reyes "
    "continued to hurt the pier plan.",
    "One harbour worker, speaking on condition of anonymity, said Reyes described the fund "
    "as a way to hide money.",
    # A speech verb inside what another verb reports does not name the speaker.
    "Local radio reported that during the mayor's visit to the port last week, harbour "
    "master Tom Reyes repeated his demand for a new pier.",
    "Several auditors, including the state's own, have pointed out that Reyes said only that "
    "the fund was short.",
    "Mills turned the story back on the Gazette, pointing out that the paper's Tom Reyes had "
    "reported in May that her campaign was falling apart.",
]


@pytest.mark.parametrize("sentence", NOT_REYES)
def test_a_name_inside_the_reported_words_is_not_the_speaker(sentence):
    found = attribute_sentence(sentence)
    assert found is None or "Reyes" not in found.speaker


def _story(*paragraphs: str) -> list:
    return run_story("\n\n".join(["Harbour row", *paragraphs]) + "\n", "harbour")


def test_the_name_after_said_in_a_story_is_what_was_said_about():
    statements = _story(
        "Dana Mills, the head of the Northport harbour board in Maine, for example, said "
        "Reyes continued to hurt the pier plan. “I don’t think it helps him,” she said."
    )
    assert speaker_of(statements, "helps him") != "Reyes"
    assert all("Reyes" not in s.speaker for s in statements)


def test_a_pronoun_after_a_reported_name_is_not_that_name():
    statements = _story(
        "Dana Mills turned the story back on the Gazette, pointing out that the paper's Tom "
        "Reyes had reported in May that her campaign was falling apart. She hoped, she said, "
        "that the paper would not do it again."
    )
    assert all("Reyes" not in s.speaker for s in statements)


@pytest.mark.parametrize(
    ("paragraphs", "words", "speakers"),
    [
        (  # the name after an opening clause is whom 'she' means
            [
                "“The pier must be finished,” Dana Mills said on Monday. Port director Jane Hill "
                "disagreed.",
                "As for the idea that voters want Ms. Hill because she would be the first woman "
                "to run the port, Mills offered her own answer.",
                "“Look, how about a harbour that works? How about a pier that opens?” she said.",
            ],
            "harbour that works",
            ("Dana Mills",),
        ),
        (  # a name after an opening clause still blocks the last speaker
            [
                "“The pier must be finished,” Dana Mills said on Monday.",
                "When the vote came, Tom Reyes was abroad.",
                "“We will look at it again,” he said.",
            ],
            "look at it again",
            (None, "Tom Reyes"),
        ),
    ],
)
def test_an_opening_clause_and_the_pronoun_after_it(paragraphs, words, speakers):
    assert speaker_of(_story(*paragraphs), words) in speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On Friday, Reyes won his first backing from a board colleague, from Dana Mills, "
            "who declared at the harbour office, “I am sending the signal that it is time to "
            "unite.”",
            "Dana Mills",
        ),
        (
            "Later in the show, Reyes praised the pilot Dana Mills, who has publicly vowed not "
            "to use the pier because of the board's “contempt for the fishermen and their "
            "families.”",
            "Dana Mills",
        ),
        (
            "Harbour master Tom Reyes - who once said he would “sink the whole pier if he "
            "could” - said on Friday that the board should resign.",
            "Tom Reyes",
        ),
        (
            "“The pier is a disgrace in the making,” said Mills, who said there were “too many "
            "questions for me to ignore about the pier.”",
            "Dana Mills",
        ),
        # A 'who' inside reported words, or after no name, names nobody new.
        (
            "Reyes said he had visited Mills, who had told him that the board could “stand for "
            "any body that curbs the freedom of the harbour”.",
            "Tom Reyes",
        ),
        (
            "Reyes met the daughter of ex-Mayor Tom Hill of Northport, who said the pier was "
            "“a harbour for the rich and nobody else”.",
            None,
        ),
        (
            "Reyes sat through a lecture from the harbour's chairman, who said that the pier "
            "was good for “the town as well as the fishermen” and would stay.",
            None,
        ),
    ],
)
def test_a_quote_after_who_and_a_verb_is_the_one_the_clause_follows(text, speaker):
    statements = _story("Dana Mills and Tom Reyes run the port.", text)
    quoted = text.split("“")[-1][:20]
    assert speaker_of(statements, quoted) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Republican councillors and their allies speak with one voice, arguing that the pier "
        "has been a failure.",
        "The pier needs far more votes in the north to pass, according to Democratic and "
        "independent analysts.",
        "“It was not a convincing argument,” said one Democrat who was at the meeting.",
    ],
)
def test_a_party_word_alone_is_no_speaker(text):
    assert [s.speaker for s in _story(text)] == []


def test_a_described_party_member_and_a_surname_still_speak():
    statements = _story(
        "“The pier will not be finished this year,” said a Northport Republican.",
        "Mike German, who leads the harbour board, said the pier was late. “We are doing our "
        "best,” Mr German said.",
    )
    assert speaker_of(statements, "not be finished") == "Northport Republican"
    assert speaker_of(statements, "doing our best") == "Mike German"
