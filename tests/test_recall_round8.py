"""Recall round eight: labelled statements the offline engine missed on the development
sets, grouped by cause; each rule tested on text written here (a positive case and the
cases the rule must leave alone)."""

import pytest
from offline_runs import run_story, speaker_of

from briefer.actors import load_actors
from briefer.chunk import chunk_source
from briefer.engines.offline import OfflineEngine
from briefer.models import Source
from briefer.select import build_query


def _speaker(body: str, words: str) -> str | None:
    """Who the offline engine shows as saying `words` in an orchard story of `body`."""
    return speaker_of(run_story("Orchard row\n\n" + body, "orchard"), words)


def _after_farrow(sentence: str, words: str, between: str = " ") -> str | None:
    """`_speaker` of `words` when `sentence` follows one naming the grower Tom Farrow."""
    return _speaker(f"Tom Farrow grows pears in Kent.{between}{sentence}\n", words)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr Farrow reckons that the new pear tax will close half the orchards.", "Tom Farrow"),
        ("Mr Farrow reckons the new pear tax will close half the orchards.", "Tom Farrow"),
        ("Mr Farrow feels that the new pear tax will close half the orchards.", "Tom Farrow"),
        ("Mr Farrow felt that the new pear tax would close half the orchards.", "Tom Farrow"),
        ("Mr Farrow felt the new pear tax would close half the orchards.", None),  # no 'that'
        ("Mr Farrow feels sure the new pear tax will close half the orchards.", None),
        ("Mr Farrow felt a sharp pain as the new pear tax would close half the orchards.", None),
    ],
)
def test_reckons_and_feels_report_a_view(sentence, expected):
    """'Mr X reckons that ...', 'Mr X feels that ...' report what the person holds, as
    'believes' and 'thinks' do; 'feels' and 'felt' bind words only before a clause
    ('felt a sharp pain' is no view, so 'felt the tax would' is left too)."""
    assert _after_farrow(sentence, "close half the orchards") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It calls for a lower pear tax and cheaper loans for growers.", "Fruitwatch"),
        ("Ms Ruiz calls for a lower pear tax and cheaper loans for growers.", "Ana Ruiz"),
        ("Ms Ruiz despises what she calls a lower pear tax and cheaper loans for growers.", None),
        (
            "Ms Ruiz scorns what Fruitwatch calls a lower pear tax and cheaper loans for growers.",
            None,
        ),
    ],
)
def test_calls_binds_words_but_what_someone_calls_a_thing_does_not(sentence, expected):
    """'It calls for better pensions' (the body that spoke) reports a demand as 'called for'
    does; 'what he calls X' only names a thing the sentence is about."""
    body = (
        "The charity Fruitwatch said on Monday that orchards were closing. "
        "Ana Ruiz, who grows apples, agreed.\n\n"
        f"{sentence}\n"
    )
    if expected == "Fruitwatch":
        body = "The charity Fruitwatch said on Monday that orchards were closing.\n\n" + sentence
    assert _speaker(body, "cheaper loans for growers") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Half the orchards will close by 2030, predicts a report by orchard charity "
            "Fruitwatch.",
            "Fruitwatch",
        ),
        ("A report by Fruitwatch says half the orchards will close by 2030.", "Fruitwatch"),
        (
            "Recent research by Fruitwatch suggested half the orchards will close by 2030.",
            "Fruitwatch",
        ),
        (
            "A 40-page study from Fruitwatch warns half the orchards will close by 2030.",
            "Fruitwatch",
        ),
        ("The FWA report says half the orchards will close by 2030.", "FWA"),
        ("A study by Dr Ana Ruiz says half the orchards will close by 2030.", None),  # a writer
        ("A report on Fruitwatch says half the orchards will close by 2030.", None),  # its topic
        ("Growers who read a report by Fruitwatch say half the orchards will close by 2030.", None),
        # found/finds/shows bind words only to such a document ('Police found a body')
        (
            "A survey by the Orchard Research Society found that half the orchards will close "
            "by 2030.",
            "Orchard Research Society",
        ),
        (
            "New research from the Kent Academy of Fruit (KAF) has found half the orchards will "
            "close by 2030.",
            "Kent Academy of Fruit",
        ),
        ("A study by Fruitwatch shows half the orchards will close by 2030.", "Fruitwatch"),
        ("A study by Ana Ruiz found that half the orchards will close by 2030.", None),
        ("Inspectors found that half the orchards will close by 2030.", None),
        ("Ana Ruiz found that half the orchards will close by 2030.", None),
    ],
)
def test_a_report_speaks_for_the_body_it_names_as_author(sentence, expected):
    """'..., predicts the report by telecoms giant BT', 'Recent research by Jupiter
    suggested ...', 'The IPPR report says ...': a report, study, survey or submission
    whose author the phrase names (after 'by'/'from', or in capitals before the noun)
    speaks for that body; a person's name after 'by', or a report only about a body, does
    not, nor a report inside someone else's clause. What such a document found or shows
    ('New research from the Royal Academy of Dance (RAD) has found ...') is its author's
    finding; 'found' binds nothing to anyone else."""
    assert _speaker(sentence + "\n", "will close by 2030") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fruitwatch recommends cheaper loans for growers who replant.", "Fruitwatch"),
        ("Ms Ruiz recommended cheaper loans for growers who replant.", "Ana Ruiz"),
        ("Ms Ruiz was recommended cheaper loans for growers who replant.", None),  # passive
    ],
)
def test_recommends_reports_a_proposal(sentence, expected):
    """'The report recommends gathering more details ...', 'The charity recommends a weekly
    payment ...': what a body or person recommends is their proposal, reported."""
    body = "The charity Fruitwatch said orchards were closing. Ana Ruiz grows apples.\n\n"
    assert _speaker(body + sentence + "\n", "cheaper loans for growers") == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "The charity Fruitwatch said in its submission to MPs that orchards were closing. ",
            "Fruitwatch",
        ),
        (
            "Orchards are closing, the charity Fruitwatch said in a submission to MPs. ",
            "Fruitwatch",
        ),
        ("Orchards are closing across Kent. ", None),  # no body has spoken: whose submission?
    ],
)
def test_the_submission_is_the_body_that_made_it(opening, expected):
    """'The TUC said in its submission ... The 36-page submission also urges ...': 'the
    submission' refers back to the body that spoke, as 'the report' does; a number-page
    modifier ('36-page') may stand before the noun."""
    body = (
        opening + "The 12-page submission also urges ministers to offer cheaper loans to growers.\n"
    )
    assert _speaker(body, "cheaper loans to growers") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The prize went to Farrow, 52, who told Radio Kent he had not thought orchards win.",
            "Tom Farrow",
        ),
        (
            "Tom Farrow, who said he had not expected orchards to win, was given the prize.",
            "Tom Farrow",
        ),
        (
            "The prize went to Tom Farrow, who has also warned that orchards cannot win.",
            "Tom Farrow",
        ),
        ("The prize went to the wife of Tom Farrow, who said orchards cannot win.", None),  # whose?
        (
            "The prize went to Tom Farrow, who also expressed an interest in orchards that win.",
            None,
        ),
    ],
)
def test_a_relative_clause_of_speech_speaks_for_the_name_before_it(sentence, expected):
    """'Jay-Z, who said he would make no more music ...', 'a debut nomination for Staunton,
    49, who told BBC News 24 she had not thought ...': a relative clause opening with a
    verb of speech that reports a clause is the words of the name right before the comma;
    not after 'of' (either noun may be meant), nor when the verb reports nothing."""
    assert _after_farrow(sentence, "orchards", "\n\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Farrow was quoted in a local paper as saying orchards would close.", "Tom Farrow"),
        ("Farrow was quoted on the radio as saying orchards would close.", "Tom Farrow"),
        ("The Kent Gazette quoted Farrow as saying orchards would close.", "Tom Farrow"),
    ],
)
def test_where_someone_was_quoted_is_not_who(sentence, expected):
    """'Anelka was quoted in a French newspaper as saying ...': a place ('in a paper', 'on
    the radio') between 'quoted' and 'as saying' is where the words appeared; the subject
    of the passive still speaks."""
    assert _after_farrow(sentence, "orchards would close", "\n\n") == expected


def _chunked_speaker(text: str, words: str, max_chars: int) -> str | None:
    """The speaker of `words` when the story is cut into chunks of at most `max_chars`."""
    source = Source(id="s1", title="t", path="p", text=text)
    chunks = chunk_source(source, max_chars)
    engine = OfflineEngine(load_actors(), build_query("orchard"))
    return speaker_of(engine.extract(chunks, {"s1": source}).statements, words)


@pytest.mark.parametrize("max_chars", [80, 120, 2000])
def test_a_quote_cut_by_the_chunker_is_read_whole(max_chars):
    """'Bruce said: "I'm still in shock. | We've given good accounts ...': a long paragraph
    is chunked at sentence lines, and a cut inside a quotation left its second half with no
    opening mark and no cue. Chunks whose line falls inside a quote are read as one."""
    text = (
        "Orchard row\n\n"
        "Tom Farrow grows pears in Kent. "
        'Farrow said: "The new pear tax is a disgrace. '
        "We have paid it for ten long years and half the orchards are closing. "
        'Nobody in London listens to growers any more." '
        "The tax was brought in by the last government.\n"
    )
    assert _chunked_speaker(text, "paid it for ten long years", max_chars) == "Tom Farrow"
    assert _chunked_speaker(text, "Nobody in London listens", max_chars) == "Tom Farrow"


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Farrow has farmed near Ashford for thirty years.", "Tom Farrow"),
        ("The farm is small. It lies near Ashford. Farrow has worked it for years.", "Tom Farrow"),
        ("\n\nFarrow has farmed near Ashford for thirty years.", "Tom Farrow"),
        ("\n\nThe farm lies near Ashford. Mr Farrow has worked it for thirty years.", "Tom Farrow"),
        ("Ana Ruiz, his neighbour, agrees. Farrow has worked it for years.", None),  # another
        ("It is small. It is old. It lies near Ashford. Farrow has worked it.", None),  # four
        ("\n\nThe farm is small.\n\nFarrow has farmed near Ashford for years.", None),  # two breaks
        ("The farm lies near Ashford. It has been in the family for years.", None),  # not him
    ],
)
def test_a_quote_after_a_few_sentences_about_the_last_speaker_is_theirs(between, expected):
    """'Kerr applauded the decisive move which earned the victory. "It was a brilliant
    goal, ..."', and a new paragraph after a speech's words that opens on the speaker: up
    to three of the reporter's sentences (one paragraph break at most) between the last
    speaker's words and a quote with no cue, the last of them about the speaker (named
    again or 'he'/'she') and nobody else named, leave the quote theirs."""
    body = (
        '"The pear tax is a disgrace," said Tom Farrow, a grower. '
        f"{between} "
        '"Half the orchards here will close by the spring."\n'
    )
    assert _speaker(body, "will close by the spring") == expected


def test_a_relative_clause_of_speech_shows_only_its_own_words():
    """'Jay-Z, who said he would make no more music ..., will become the company's
    president': the clause is his words, the rest of the sentence the reporter's; when the
    sentence's own verb is speech too ('Barkley, who said ..., said ...'), all of it is."""
    statements = run_story(
        "Orchard row\n\nTom Farrow, who said he had not expected orchards to win, will chair "
        "the growers' board from May.\n\nAna Ruiz, who said she grows apples, said orchards "
        "would close.\n",
        "orchard",
    )
    quotes = {s.evidence[0].quote: s.speaker for s in statements}
    assert quotes.get("who said he had not expected orchards to win") == "Tom Farrow"
    assert not any("growers' board" in quote for quote in quotes)
    assert any("orchards would close" in q and "grows apples" in q for q in quotes)


def test_a_relative_clause_after_an_aside_names_no_one_sure():
    """'Armin Laschet, the leader of the opposition in North Rhine-Westphalia, who suggested
    ...': the place in the aside or the man before it; a reader may take either."""
    body = (
        "Tom Farrow grows pears.\n\nThe plan was mocked by Tom Farrow, the head of the growers "
        "in Kent, who said that orchards would close.\n"
    )
    assert _speaker(body, "orchards would close") is None


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        (
            "Farrow dropped a tight first race against harbour champion Cole, but was content.",
            "Tom Farrow",
        ),
        ("Farrow lost the first race to Cole in the cold.", "Tom Farrow"),
        ("Farrow's coach saw him lose the first race to harbour champion Cole.", None),
        ("In the cold, Farrow lost the first race to harbour champion Cole.", None),
    ],
)
def test_he_after_a_subject_whose_sentence_names_others_as_objects(middle, expected):
    """'Federer dropped a tight first set against 2004 French Open champion Gaudio, but was
    content with his game. "It was about getting used to the surface," he said.': the one
    person opening a sentence as its subject since the last speaker spoke is whom 'he'
    means when the others named there are objects; not a possessive ("Farrow's coach"),
    nor a name that does not open its sentence."""
    body = (
        "The harbour race was won by Tom Farrow, who beat Sam Cole.\n\n"
        '"The levy is fair to every ferry firm," Jo Park said. '
        f'{middle} "It was about getting used to the cold water," he said.\n'
    )
    assert _speaker(body, "the cold water") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr Farrow pointed out that half the orchards will close.", "Tom Farrow"),
        ("Mr Farrow also points out half the orchards will close.", "Tom Farrow"),
        ("Mr Farrow pointed to the orchards, half of which will close.", None),  # a gesture
        ("Mr Farrow pointed a finger at orchards, half of which will close.", None),
    ],
)
def test_pointed_out_reports_words(sentence, expected):
    """'Mr Renner pointed out that ...', 'Richards also points out conditions in New York
    will be ...': 'points out'/'pointed out' report words; 'pointed to' or 'pointed a
    finger' are gestures or evidence, no words of the speaker's."""
    assert _after_farrow(sentence, "will close") == expected
