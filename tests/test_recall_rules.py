"""Recall rules of issue 13's fourth round, each on text written for this test (no seed or
corpus sentence): more reporting verbs, and bodies named by their kind ('the company said')."""

from __future__ import annotations

import pytest
from offline_runs import run_story, speaker_of

from briefer.actors import load_actors
from briefer.engines.offline import OfflineEngine
from briefer.engines.speech import attribute_quote, attribute_sentence, find_quotes
from briefer.models import Chunk, Source
from briefer.select import build_query


def _run(text: str, topic: str = "bus fares"):
    return run_story(text, topic)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ms Okafor believed the bus fares rise had been leaked early.", "Ms Okafor"),
        ("Tom Reyes criticised the council for raising bus fares twice.", "Tom Reyes"),
        ("Mr Lund also lamented a year in which bus fares doubled.", "Mr Lund"),
        ("Dana Hill reiterated her wish to freeze bus fares until May.", "Dana Hill"),
        ("The operator's chief Ana Ruiz blamed fuel costs for the higher bus fares.", "Ana Ruiz"),
    ],
)
def test_common_reporting_verbs_bind_a_sentence_to_its_subject(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.kind == "name" and found.speaker.endswith(speaker)


def test_adds_introduces_a_quote_as_added_does():
    text = 'But he adds: "Fares cannot rise again this year."'
    quote = find_quotes(text)[0]
    found = attribute_quote(text, quote, 0, len(text))
    assert found is not None and (found.speaker, found.kind) == ("he", "pronoun")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The company also said it would freeze bus fares.", "The company"),
        ("However, the Leeds-based transport think tank said fares would rise.", None),
        ("Fares rose by 4% last year, the operator said.", "the operator"),
        ("Bus fares will rise in spring, said the watchdog.", "the watchdog"),
    ],
)
def test_a_body_named_by_its_kind_is_a_title_that_refers_back(sentence, phrase):
    found = attribute_sentence(sentence)
    assert found is not None and found.kind == "title"
    if phrase:
        assert found.speaker == phrase
    else:
        assert found.speaker.endswith("think tank")


@pytest.mark.parametrize(
    "sentence",
    [
        "He told the company that bus fares would rise.",  # an object, not the subject
        "The BBC report said bus fares would rise.",  # a named body's report: no kind alone
        "Passengers at the firm's depots said fares were too high.",
    ],
)
def test_a_kind_noun_that_is_not_the_subject_is_no_body_title(sentence):
    found = attribute_sentence(sentence)
    assert found is None or found.kind != "title"


def test_the_company_is_the_body_that_spoke_last_and_never_a_person_or_party():
    statements = _run(
        "Rapidlink said bus fares would rise by 5% in April, the second rise by Rapidlink.\n"
        '"Nobody wants higher bus fares," said Jo Amis, an analyst at Carter Bank.\n'
        "The company said the bus fares rise would pay for new vehicles.\n"
        "Labour said bus fares were already too high.\n"
        "The alliance said bus fares hurt the poorest most.\n"
    )
    assert speaker_of(statements, "pay for new vehicles") == "Rapidlink"
    assert speaker_of(statements, "hurt the poorest") is None  # a party is no alliance


def test_the_company_a_spokesman_spoke_for():
    statements = _run(
        'Rapidlink spokesman Ed Moss said: "We regret the bus fares rise."\n'
        "Drivers at Rapidlink depots were not consulted.\n"
        "The operator said bus fares would fall again in the autumn.\n"
    )
    assert speaker_of(statements, "fall again in the autumn") == "Rapidlink"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an aside between the subject and the verb: dashes, relative and 'including' clauses
        (
            "Nia Lloyd, head of Buslink - a firm which runs night buses in Cardiff - believes "
            "fares will rise.",
            "Nia Lloyd",
        ),
        (
            "The Fair Fares Coalition, which includes Age Cymru, Shelter and the Cyclists "
            "Trust, said fares were too high.",
            "The Fair Fares Coalition",
        ),
        (
            "A spokeswoman for the Society of Bus and Coach Operators (Sobco) which represents "
            "private firms said fares would rise.",
            "the Society of Bus and Coach Operators",
        ),
        # a person's name before an affiliation with no closing comma
        ("Ravi Shah, managing director of Kent Coaches said fares would rise.", "Ravi Shah"),
        (
            "Lena Ortiz, from the Transport Salaried Staffs union said fares would rise.",
            "Lena Ortiz",
        ),
        ("Omar Bell, senior partner of Bell Hart said fares would rise.", "Omar Bell"),
    ],
)
def test_the_subject_before_an_aside_or_affiliation_speaks(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb is the relative clause's own: its subject is not the name before 'who'
        "Ms Dean said she had met Mr Cole, who had told her that fares would rise.",
        # 'and' joining clauses, not a name: 'at Old Market and Mr Vance said'
        "Rovers won 2-0 at Old Market and Vance said the fares row was over.",
    ],
)
def test_names_inside_a_clause_of_their_own_are_not_the_subject(sentence):
    found = attribute_sentence(sentence)
    assert found is None or found.speaker not in ("Mr Cole", "Old Market and Vance")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Julia May, the transport spokeswoman, said fares were too high.", "Julia May"),
        ("Mrs May said bus fares would be frozen.", "Mrs May"),
        ("Green councillor Dev June said fares were too high.", "Dev June"),
        ("In May Labour said bus fares would be frozen.", "Labour"),  # a month there
        ("On Friday May 6 Mr Hale said fares would rise.", "Mr Hale"),
    ],
)
def test_a_month_after_a_given_name_is_a_surname(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.speaker == speaker


def test_she_after_a_surname_that_is_a_month_is_that_person():
    statements = _run(
        "Julia May, the Tory transport spokeswoman, said bus fares were too high.\n"
        'She added: "Bus fares have doubled in five years."\n'
    )
    assert speaker_of(statements, "doubled in five years") == "Julia May"


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        # a belief inside someone else's report is theirs, not the believer's
        ("But aides said Mr Hale simply believed in cheaper bus fares.", "Mr Hale"),
        # 'cited in', 'demanded' at a clause's end: a participle or an object's verb
        ("The Fares Bureau cited in the leaflet does not exist at all.", "The Fares Bureau"),
        ("It cut the fares that Mr Hale demanded.", "Mr Hale"),
        # a clause opening with 'After' is subordinate: its subject is not the speaker
        ("After former Mayor Ken Dale criticised the fares, Ms Hill said they were fair.", "Dale"),
        # an adjective, not a verb: 'for added comfort'
        ("Padding is laid in the Green Reception Room for added comfort.", "Room"),
    ],
)
def test_verbs_that_are_not_this_subjects_speech(sentence, not_speaker):
    found = attribute_sentence(sentence)
    assert found is None or not_speaker not in found.speaker


def test_an_appositive_before_a_relative_clause_is_not_the_subject():
    found = attribute_sentence(
        "Jo Pike, a nominal Republican who voted for Reagan and Clinton, said fares were high."
    )
    assert found is not None and found.speaker == "Jo Pike"


def test_a_quote_ending_in_a_question_mark_is_the_next_sentences_subjects():
    text = "“Who knows what fares will be?” Mr Hale told the radio station on Monday."
    quote = find_quotes(text)[0]
    end = text.index("?") + 2  # the splitter ends the quote's sentence there
    found = attribute_quote(text, quote, 0, end)
    assert found is not None and found.speaker == "Mr Hale"
    other = "“Who knows what fares will be?”\nMr Hale told the radio station on Monday."
    assert attribute_quote(other, find_quotes(other)[0], 0, other.index("\n")) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('"Fares are a scandal," said the 61-year-old comedian.', "the 61-year-old comedian"),
        ("Speaking on radio, the Blue Lions star said fares were too high.", "the Blue Lions star"),
        (
            "But the former transport secretary said fares were fair.",
            "the former transport secretary",
        ),
        ("The Rovers boss admitted the fares row had hurt the club.", "The Rovers boss"),
    ],
)
def test_a_person_described_by_what_they_are_is_a_title(text, phrase):
    quotes = find_quotes(text)
    found = attribute_quote(text, quotes[0], 0, len(text)) if quotes else attribute_sentence(text)
    assert found is not None and (found.speaker, found.kind) == (phrase, "title")


def test_a_described_person_is_the_one_just_named_and_no_name_of_a_club():
    statements = _run(
        "Rovers striker Alan Pike said fans were angry about bus fares to away games.\n"
        '"Bus fares for our fans are a scandal," said the 31-year-old Rovers striker.\n'
    )
    assert speaker_of(statements, "are a scandal") == "Alan Pike"
    assert not any(s.speaker in ("the Rovers", "Rovers") for s in statements)


def test_ministers_and_officials_speak_for_their_body():
    statements = _run(
        "Ministers insist the bus fares rise will pay for new routes.\n"
        "Officials now say bus fares will rise again in May.\n"
        "Critics say bus fares are too high.\n"
    )
    assert speaker_of(statements, "pay for new routes") == "Ministers"
    assert speaker_of(statements, "rise again in May") == "Officials"
    assert speaker_of(statements, "too high") is None  # unnamed critics are no body


def test_a_quote_left_open_at_the_end_of_a_passage_runs_to_its_end():
    text = 'But she said: "Fares must fall. Families cannot pay this much for a bus ride.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "Fares must fall. Families cannot pay this much for a bus ride."
    ]
    lost = 'He added: "Fares will rise. All operators said they would follow the council.'
    assert find_quotes(lost) == ()  # a closing mark was lost: the reporter goes on
    assert find_quotes('She said: "Fares will rise\nThe council met.') == ()


def test_the_second_sentence_of_a_quote_left_open_is_the_speakers_in_its_own_passage():
    text = (
        'Ms Amis said: "Bus fares must fall. Families cannot pay this much for a ride.\n'
        '"We will keep campaigning on bus fares."\n'
    )
    cut = text.index("\n") + 1  # each paragraph its own passage, as long stories are read
    source = Source(id="s1", title="t", path="p", text=text)
    chunks = [
        Chunk(id="s1:1", source_id="s1", start=0, end=cut - 1, text=text[: cut - 1]),
        Chunk(id="s1:2", source_id="s1", start=cut, end=len(text), text=text[cut:]),
    ]
    engine = OfflineEngine(load_actors(), build_query("bus fares"))
    statements = engine.extract(chunks, {"s1": source}).statements
    assert speaker_of(statements, "Families cannot pay") == "Amis"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Rapidlink backed the fare cuts but said more buses were needed.", "Rapidlink", "name"),
        ("Mr Amis met the drivers and said the strike was over.", "Mr Amis", "name"),
        (
            "The mayor's official spokesman also rejected the claims about fares.",
            "the mayor",
            "proxy",
        ),
    ],
)
def test_a_subject_reaches_its_second_verb_and_past_an_adverb(sentence, speaker, kind):
    found = attribute_sentence(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "10 drivers backed the fare cuts and said more buses were needed.",  # a count
        "Officials at the depot were mocked and criticised for the fares rise.",  # passive
    ],
)
def test_no_subject_from_a_count_or_a_passive_pair(sentence):
    found = attribute_sentence(sentence)
    assert found is None or found.speaker not in ("10 drivers", "Officials")


def test_a_quote_with_its_own_according_to_source_does_not_carry_on_the_last_speaker():
    statements = _run(
        "Ms Amis said bus fares would rise again in the spring.\n"
        '"The rise cannot be justified by the operator\'s costs," according to a council '
        "report.\n"
    )
    assert speaker_of(statements, "cannot be justified") is None


def test_the_government_is_the_side_its_ministers_took_or_nobody():
    statements = _run(
        "Home Secretary Dan Hale said bus fares would be frozen for a year.\n"
        "The government says bus fares will still rise in rural areas.\n"
    )
    rural = [s for s in statements if "rural areas" in s.evidence[0].quote]
    assert [(s.speaker, s.actor) for s in rural] == [("The government", "UK government")]
    alone = _run("The government says bus fares will still rise in rural areas.\n")
    assert speaker_of(alone, "rural areas") is None  # which government: nobody said


@pytest.mark.parametrize("word", ["For", "Against", "With", "Amid", "Unlike"])
def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_name(word):
    statements = _run(
        f"{word} Dan Hale, the bus fares row was a test of nerve.\n"
        "Hale said bus fares were too high for families.\n"
    )
    assert speaker_of(statements, "too high for families") == "Dan Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bus Services Bill proposes new powers for councils to cap fares.",
        "The Transport Act says councils may cap bus fares.",
    ],
)
def test_what_a_law_says_is_no_one_s_words(sentence):
    assert attribute_sentence(sentence) is None


def test_a_clerical_title_before_an_appositive_name_gives_the_name():
    found = attribute_sentence(
        "The Anglican Bishop of Leeds, the Right Reverend Tom Bell, said bus fares were unfair."
    )
    assert found is not None and found.speaker.endswith("Reverend Tom Bell")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Last month Britain's rail watchdog said bus fares should be capped.",
            "Britain's rail watchdog",
        ),
        (
            "Mr Hale's administration has accused the operators of price fixing.",
            "Mr Hale's administration",
        ),
        ("On Tuesday the operator said fares would rise.", "the operator"),
    ],
)
def test_a_body_named_by_whose_it_is_or_after_a_time_phrase(sentence, speaker):
    found = attribute_sentence(sentence)
    assert found is not None and found.speaker == speaker


def test_a_person_named_by_whose_they_are_is_still_nobody():
    assert attribute_sentence("Scotland's first minister said bus fares were too high.") is None


def test_according_to_a_body_named_by_its_kind_refers_back():
    found = attribute_sentence("According to the report, bus fares rose by a third in a year.")
    assert found is not None and (found.speaker, found.kind) == ("the report", "title")
    statements = _run(
        "The Fares Institute said bus fares were rising faster than wages.\n"
        "According to the institute, bus fares rose by a third in a year.\n"
    )
    assert speaker_of(statements, "by a third") == "the Fares Institute"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "The striker is fit again, but the Scot admitted he might not start.",
            "the Scot",
            "title",
        ),
        ("Mr Hale went on to say that bus fares would rise in May.", "Mr Hale", "name"),
    ],
)
def test_a_clause_after_a_comma_and_but_and_went_on_to_say(sentence, speaker, kind):
    found = attribute_sentence(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("sentence", "found_speaker"),
    [
        ("Ms Amis has indicated she wants the fares rise to end.", "Ms Amis"),
        ("Ms Amis has indicated a wish to end the fares rise.", None),  # an object
    ],
)
def test_an_object_taking_verb_binds_a_clause_opening_with_its_subject(sentence, found_speaker):
    found = attribute_sentence(sentence)
    assert (found.speaker if found else None) == found_speaker
