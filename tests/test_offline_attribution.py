"""Who said it, on text written for these tests (patterns from issue 13, no seed text):
proxies, sides from what the article binds to a name, non-names, narration, commentators."""

from __future__ import annotations

import pytest

from briefer.actors import load_actors
from briefer.engines.offline import OfflineEngine
from briefer.models import Chunk, Source
from briefer.roles import COMMENTATORS, article_actor, bound_role, person_actor, read_story
from briefer.select import build_query


def _run(text: str, topic: str = "school meals"):
    source = Source(id="s1", title="t", path="p", text=text)
    chunk = Chunk(id="s1:1", source_id="s1", start=0, end=len(text), text=text)
    engine = OfflineEngine(load_actors(), build_query(topic))
    return engine.extract([chunk], {"s1": source}).statements


def _by_words(statements, words: str):
    found = [s for s in statements if words in s.evidence[0].quote]
    assert found, f"no statement holds {words!r}: {[s.claim for s in statements]}"
    return found[0]


def test_a_spokesman_for_a_leader_is_the_leaders_spokesman_and_side():
    statements = _run(
        "Tory leader Daniel Marsh set out the school meals plan on Monday.\n"
        "A spokesman for Daniel Marsh said the new school meals levy was unfair.\n"
        "Mr Marsh's spokeswoman said later that school meals must stay free.\n"
    )
    levy = _by_words(statements, "levy was unfair")
    assert levy.speaker == "Daniel Marsh's spokesman" and levy.actor == "Conservatives"
    free = _by_words(statements, "must stay free")
    assert free.speaker == "Daniel Marsh's spokeswoman" and free.actor == "Conservatives"
    assert not any(s.speaker == "Daniel Marsh" for s in statements)


def test_the_title_bound_to_a_name_decides_the_side_never_a_surname_like_a_country():
    statements = _run(
        "Welsh Lib Dem leader Mike German said school meals would cost councils more.\n"
        '"Families cannot carry this school meals bill alone," Mr German said.\n'
        "Anna French, the Labour education spokeswoman, said school meals were funded.\n"
    )
    assert {s.speaker for s in statements} == {"Mike German", "Anna French"}
    assert {s.actor for s in statements if s.speaker == "Mike German"} == {"Liberal Democrats"}
    assert {s.actor for s in statements if s.speaker == "Anna French"} == {"Labour"}
    alone = _run("Mike German said school meals would cost councils more.")
    assert [s.actor for s in alone] == ["Mike German"]  # not Germany


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Office said the school meals scheme abroad was under review.",
        "India's education minister said school meals reached millions of pupils.",
        "The US economy added jobs as school meals suppliers hired more staff.",
        "Critics of Mr Hale say the school meals plan is too costly.",
        "He hit back at Labour claims that school meals were being cut.",
        "The European said school meals were fine.",
        "Office said school meals were fine.",
    ],
)
def test_words_that_are_not_people_or_bodies_never_become_speakers(text):
    speakers = {s.speaker for s in _run(text)}
    assert not speakers & {
        "Office",
        "India's",
        "The US economy",
        "US economy",
        "Mr Hale",
        "Hale",
        "Labour",
        "the European",
        "The European",
    }, speakers


def test_the_reporters_narration_is_not_a_persons_words():
    text = (
        "Mr Hale spoke to parents about school meals on Friday.\n"
        "What this is really about, believes Mr Hale, is winning back the suburbs with "
        "cheaper school meals.\n"
    )
    assert not [s for s in _run(text) if "really about" in s.claim]


def test_he_after_another_person_is_named_is_not_the_last_speaker():
    statements = _run(
        "Minister Carol Dean said the school meals budget was safe.\n"
        "The shadow education secretary, Peter Lowe, welcomed the school meals review.\n"
        "But he said there were still questions about school meals funding.\n"
    )
    questions = _by_words(statements, "still questions")
    assert questions.speaker == "Peter Lowe"  # the clause-opening person named since


def test_a_named_affiliation_does_not_take_the_persons_place():
    statements = _run(
        "But Mr Hirsch from Kettle Research said school meals suppliers were few.\n"
        "Lisa Park, head of policy at charity the Meals Trust said school meals mattered.\n"
    )
    assert {s.speaker for s in statements} == {"Hirsch", "Lisa Park"}


def test_commentators_share_one_heading_unless_a_body_is_named():
    statements = _run(
        "Rob Fahey, an analyst at a consultancy, said school meals prices would rise.\n"
        "Economist Jane Roe said school meals were a small cost.\n"
        "Kettle Research analyst Brian Moss said school meals contracts were shrinking.\n"
    )
    sides = {s.speaker: s.actor for s in statements}
    assert sides["Rob Fahey"] == COMMENTATORS and sides["Jane Roe"] == COMMENTATORS
    assert sides["Brian Moss"] == "Brian Moss"  # his firm is named: not a pundit heading


def test_article_roles_are_reusable_for_any_engine():
    """What the LLM engine can call with a speaker's name and the article's text."""
    actors = load_actors()
    story = read_story(
        "Clinton campaign chairman John Podesta said the emails were stolen. "
        "Tory leader Michael Howard spoke. Home Secretary Charles Clarke replied. "
        "Mike German, the Welsh Liberal Democrat leader, agreed. The director of public "
        "prosecutions, Ken Marr, says few were charged. In Paris, Anne Lee spoke.",
        actors,
    )
    assert story.role("Ken Marr").title == "director of public prosecutions"
    assert story.role("Anne Lee") is None
    assert story.role("John Podesta").principal == "Clinton"
    assert story.role("Michael Howard").actor == "Conservatives"
    assert story.role("Charles Clarke").actor == "UK government"
    assert story.role("Mike German").actor == "Liberal Democrats"
    assert story.full_name("Podesta") == "John Podesta"
    assert bound_role("Republican presidential nominee", actors).title.endswith("nominee")
    assert person_actor("Mike German", actors) is None
    assert article_actor("Mike German", [story], actors) == "Liberal Democrats"
    assert article_actor("Vladimir Putin", [story], actors) == "Russia"  # the data file
    assert person_actor("Vladimir Putin", actors) == "Russia"


POLNEAR = __import__("conftest").SHARED / "corpora" / "polnear-train" / "text"


@pytest.mark.parametrize(
    "name, surname, expect",
    [
        (
            "usa-today_2016-07-18_convention-is-trump-s-chance-to-.txt",
            "John Podesta",
            {"principal": "Clinton"},
        ),
        (
            "usa-today_2015-11-27_trump-s-isil-tone-belies-dovish-.txt",
            "Hope Hicks",
            {"principal": "Trump"},
        ),
    ],
)
def test_article_roles_on_polnear_articles(name, surname, expect):
    """Real 2016 US election coverage: staff titles name their principal."""
    path = POLNEAR / name
    if not path.is_file():
        pytest.skip(f"PolNeAR is not beside the project ({path})")
    story = read_story(path.read_text(encoding="utf-8"), load_actors())
    role = story.role(surname)
    assert role is not None and role.principal == expect["principal"], role


def test_campaign_staff_stand_under_their_principal():
    statements = _run(
        "Senator Hillary Rodham spoke in Ohio on school meals.\n"
        "Rodham campaign chairman John Pell said school meals would be free under her plan.\n"
    )
    pell = _by_words(statements, "would be free")
    assert pell.speaker == "John Pell" and pell.actor == "Hillary Rodham"


@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        ("Labour's Alan Milburn said school meals were safe.", "Alan Milburn", "Labour"),
        (
            "Tony Blair's official spokesman said school meals were safe.",
            "Tony Blair's spokesman",
            "Tony Blair",
        ),
        (
            "Shadow home secretary David Davis told MPs school meals were at risk.",
            "David Davis",
            "Conservatives",
        ),
        (
            "School meals should be free, according to the National Union of Teachers.",
            "the National Union of Teachers",
            "the National Union of Teachers",
        ),
        (
            "The Foreign Office said school meals abroad were safe.",
            "the Foreign Office",
            "the Foreign Office",
        ),
        (
            '"School meals must improve," said Jamie Oliver, the TV chef.',
            "Jamie Oliver",
            "Jamie Oliver",
        ),
        (
            '"School meals are a mess," says Professor John Curtice of Strathclyde University.',
            "John Curtice",
            "John Curtice",
        ),
        (
            'Education Secretary Ruth Kelly said: "School meals are improving."',
            "Ruth Kelly",
            "Ruth Kelly",
        ),
        (
            "A spokesman for the Department of Health said school meals were improving.",
            "the Department of Health's spokesman",
            "the Department of Health",
        ),
    ],
)
def test_speakers_and_sides_in_common_news_constructions(text, speaker, actor):
    assert [(s.speaker, s.actor) for s in _run(text)] == [(speaker, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Jones was told by officials that school meals would be cut.",
        '"School meals must improve," he said, adding that pupils deserved better.',
    ],
)
def test_no_speaker_is_guessed(text):
    assert _run(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The lawyer who represented Mr Dunn had said school meals were unsafe, said Mr Hale.",
            "Hale",
        ),
        (
            "A Unison spokesperson said Mr Dunn, from Leeds, was arrested over school meals.",
            "Unison spokesperson",
        ),
        ("Newly elected MP Sara Holt said school meals were her priority.", "Sara Holt"),
    ],
)
def test_the_speaker_not_the_person_spoken_about(text, speaker):
    assert [s.speaker for s in _run(text)] == [speaker]


def test_a_name_before_the_quote_beats_a_pronoun_after_it():
    statements = _run(
        "Plaid leader Rhodri Evans called the school meals plan a sham.\n"
        'Kirsten Hale, for the Lib Dems, added: "Changing the minister will not fix school '
        'meals," she said.\n'
    )
    assert _by_words(statements, "will not fix").speaker == "Kirsten Hale"


def test_it_and_they_refer_to_bodies_not_people():
    statements = _run(
        "Tory leader Daniel Marsh said school meals were too costly.\n"
        "They say school meals should be cheaper.\n"
    )
    assert [s.speaker for s in statements] == ["Daniel Marsh"]


def test_commentators_never_outrank_a_side():
    from briefer.models import Evidence, Statement
    from briefer.rank import rank_actors

    def statement(actor: str, number: int) -> Statement:
        evidence = Evidence(source_id="s1", start=0, end=24, quote="words about school meals")
        return Statement(
            id=f"st{number}",
            actor=actor,
            speaker=actor,
            stance="neutral",
            claim="words about school meals",
            evidence=[evidence],
        )

    statements = [statement(COMMENTATORS, n) for n in range(5)] + [statement("Jane Roe", 9)]
    ranked = rank_actors(statements, {}, {}, set(), build_query("school meals"))
    assert [actor for actor, _ in ranked] == ["Jane Roe", COMMENTATORS]


def test_a_person_introduced_without_a_title_still_interrupts_a_pronoun_chain():
    statements = _run(
        "Tory leader Daniel Marsh said school meals were too costly.\n"
        "Roger Knapp, a parent, was at the school meals meeting.\n"
        "He said the school meals were cold.\n"
    )
    assert _by_words(statements, "were cold").speaker == "Roger Knapp"


def test_a_bare_surname_is_the_person_of_that_name_named_last_before_it():
    """Two people share a surname (father and son, a police chief and a prime minister):
    'Mr Kerr' and 'he' after 'Omar Kerr' are Omar Kerr, not Sam Kerr who spoke before."""
    statements = _run(
        "Sam Kerr said the school meals inquiry had cleared him.\n"
        'Omar Kerr, father of Sam, thanked his lawyers. He added: "School meals were never '
        'the problem in this case."\n'
        "Later Mr Kerr said school meals staff had been loyal to the family.\n"
    )
    assert _by_words(statements, "cleared him").speaker == "Sam Kerr"
    assert _by_words(statements, "never the problem").speaker == "Omar Kerr"
    assert _by_words(statements, "had been loyal").speaker == "Omar Kerr"


def test_a_knight_called_by_his_given_name_is_the_knight_not_his_namesake():
    statements = _run(
        "Sir Alan Pike said school meals budgets had been cut again.\n"
        "The comments come after Anna Pike defended her school meals reforms.\n"
        "Sir Alan told the council it would be wrong to cut school meals further.\n"
        'But Ms Pike insisted: "School meals are safe with this government."\n'
    )
    assert _by_words(statements, "cut again").speaker == "Alan Pike"
    assert _by_words(statements, "wrong to cut").speaker == "Alan Pike"
    assert _by_words(statements, "safe with this").speaker == "Anna Pike"
    assert not any(s.speaker == "Alan" for s in statements)


def test_unnamed_voices_of_bodies_and_titles_are_shown_as_the_article_names_them():
    statements = _run(
        "A Number 10 spokeswoman would only say the school meals review was under way.\n"
        "The prime minister's official spokesman said school meals were a priority.\n"
        'But he added: "Nobody should think school meals will be cut."\n'
        "And a spokesman for European Food and Health Commissioner Ana Lopez said the school "
        "meals rules broke EU law.\n"
    )
    assert _by_words(statements, "review was under way").speaker == "Number 10 spokeswoman"
    assert _by_words(statements, "review was under way").actor == "UK government"
    spokesman = "the prime minister's official spokesman"
    assert _by_words(statements, "were a priority").speaker == spokesman
    assert _by_words(statements, "will be cut").speaker == spokesman  # 'he' is the spokesman
    assert _by_words(statements, "broke EU law").speaker == "Ana Lopez's spokesman"


def test_a_title_proxy_names_the_one_person_the_story_gives_that_title():
    statements = _run(
        "Prime Minister Helen Ward visited a school on Monday.\n"
        "The prime minister's official spokesman said school meals would stay free.\n"
    )
    free = _by_words(statements, "would stay free")
    assert free.speaker == "Helen Ward's official spokesman"


@pytest.mark.parametrize(
    "text",
    [
        "A Green Party councillor suggested school meals had been cut.",
        "An MP said school meals had been cut.",
    ],
)
def test_someone_the_sentence_does_not_name_is_no_speaker(text):
    assert _run(text) == []


def test_a_name_after_a_relative_clauses_verb_is_its_object_not_the_speaker():
    statements = _run(
        "Ms Dale, who presents The Late Lunch tells viewers that school meals are too small.\n"
        "Tom Reed, who runs Meals First, said school meals were getting better.\n"
    )
    assert _by_words(statements, "too small").speaker == "Dale"
    assert _by_words(statements, "getting better").speaker == "Tom Reed"
    assert not any("Lunch" in s.speaker or s.speaker == "Meals First" for s in statements)


def test_it_refers_to_a_body_never_to_the_spokesperson_who_spoke_for_one():
    statements = _run(
        "A Treasury spokesperson dismissed the school meals report.\n"
        "Other than its warning, the institute's school meals report was upbeat.\n"
        "It said school meals spending would grow strongly.\n"
    )
    assert not any("grow strongly" in s.evidence[0].quote for s in statements)


def test_reporting_verbs_beyond_said_and_an_age_between_commas():
    statements = _run(
        "Dana Holt, 58, MP for Westbury, said school meals were underfunded.\n"
        "Tory leader Ray Finch predicted school meals prices would rise.\n"
        "Lib Dem leader Ann Cole repeated her call for free school meals.\n"
        "The shadow education secretary, Ian Moss, welcomed the school meals review.\n"
    )
    assert _by_words(statements, "were underfunded").speaker == "Dana Holt"
    assert _by_words(statements, "prices would rise").actor == "Conservatives"
    assert _by_words(statements, "repeated her call").speaker == "Ann Cole"
    assert _by_words(statements, "welcomed the school meals").speaker == "Ian Moss"


def test_he_after_a_sentence_opening_with_another_name_is_that_person():
    """'... warmly welcomed by Labour MPs. Mr Hale, who ...': the capitalised run spans the
    full stop, yet Mr Hale still opens his sentence, so a following 'he wrote' is his."""
    statements = _run(
        "Jo Hale, an MP, said school meals had failed.\n"
        "Prime Minister Tom Weir declared himself pleased, saying he liked Labour MPs. "
        "Mr Hale, who has clashed with his leaders, served as a minister. In a letter he "
        'wrote: "School meals must be free for every child in the country."\n'
    )
    assert _by_words(statements, "must be free").speaker == "Jo Hale"


def test_a_quote_with_a_cue_no_rule_can_name_does_not_carry_on_the_last_speaker():
    statements = _run(
        "Tory leader Ray Finch said school meals would be reviewed.\n"
        '"School meals will take a decade to improve," a spokesman said.\n'
    )
    assert not any("take a decade" in s.evidence[0].quote for s in statements)


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("British Casino Association chairman", "British Casino Association"),
        ("British Chambers of Commerce director general", "British Chambers of Commerce"),
        ("British Airways chief executive", "British Airways"),
        ("Russian Foreign Ministry spokeswoman", "Russia"),
        ("German Chancellor", "Germany"),
        ("French Foreign Minister", "France"),
        ("Belarusian leader", "Belarus"),
    ],
)
def test_a_demonym_opening_an_organisations_name_names_the_organisation(title, actor):
    assert bound_role(title, load_actors()).actor == actor


def test_an_organisations_chair_is_filed_under_the_organisation_not_a_country():
    statements = _run(
        "But British Casino Association Chairman Penny Cobb said her members were outraged "
        "by the school meals levy on casinos.\n"
        "The British Retail Consortium said school meals suppliers faced higher costs.\n"
    )
    assert _by_words(statements, "were outraged").actor == "British Casino Association"
    assert _by_words(statements, "higher costs").actor == "British Retail Consortium"
    assert not any(s.actor == "UK government" for s in statements)


def test_members_of_a_body_speak_for_it_and_analysts_for_nobody():
    statements = _run(
        "Opec members said on Tuesday that school meals budgets in member states were safe.\n"
        "The International Energy Agency (IEA) warned school meals costs would rise.\n"
        "Analysts, however, say school meals prices will fall.\n"
    )
    assert _by_words(statements, "were safe").actor == "Opec"
    assert _by_words(statements, "would rise").speaker == "the International Energy Agency"
    assert _by_words(statements, "will fall").actor == COMMENTATORS


def test_a_cue_alone_is_no_statement_but_still_names_who_speaks_next():
    statements = _run(
        "Governor Ann Cole spoke in the evening. Cole stated:\n"
        '"School meals will be free from next year in every county of the state."\n'
        "Mr Dale said.\n"
    )
    assert _by_words(statements, "free from next year").speaker == "Ann Cole"
    assert not any(
        s.evidence[0].quote.strip() in ("Cole stated:", "Mr Dale said.") for s in statements
    )


def test_a_verb_that_takes_an_object_binds_no_words_without_a_clause():
    statements = _run(
        "Ann Cole maintains a commanding lead over Ray Finch on school meals.\n"
        "Ray Finch maintained that school meals were safe in his state.\n"
    )
    assert not any("commanding lead" in s.evidence[0].quote for s in statements)
    assert _by_words(statements, "were safe").speaker == "Ray Finch"


def test_a_definite_title_names_nobody_unless_the_story_gives_it_to_one_person():
    statements = _run(
        "Senator Ray Finch and Ann Cole met voters about school meals.\n"
        '"School meals are a difficult issue for every state," the Florida senator said.\n'
    )
    assert not any(s.speaker.lower().startswith("the florida") for s in statements)


def test_a_programme_name_in_quotation_marks_is_not_speech():
    statements = _run(
        'Ann Cole told "Good Morning America" that school meals would be free.\n'
        'Ray Finch appeared on "Meet the Press." on Sunday to talk about school meals.\n'
    )
    assert all(
        s.evidence[0].quote not in ("Good Morning America", "Meet the Press.") for s in statements
    )
    assert _by_words(statements, "would be free").speaker == "Ann Cole"


def test_a_closing_cue_attributes_the_whole_sentence_to_its_own_subject():
    statements = _run(
        "The governor denied the school meals report on Tuesday, the paper said.\n"
        "Senator Ray Finch rejected the school meals cuts, Ann Cole said.\n"
    )
    assert not any("denied the school meals" in s.evidence[0].quote for s in statements)
    assert _by_words(statements, "rejected the school meals").speaker == "Ann Cole"


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ann Cole was confirmed 92 to 0 after the school meals hearing.",
        "Besides Ray Finch, Ann Cole and Dana Holt have claims on the school meals budget.",
        "Ann Cole reported from Los Angeles on school meals.",
        "Attempts to shield Ray Finch only added to the school meals row.",
        "Ann Cole responded by blocking the school meals database for a day.",
        "Why do school meals cost more, asked nobody in the room.",
    ],
)
def test_verb_forms_that_are_nouns_passives_or_actions_bind_no_words(text):
    assert _run(text) == []


def test_a_participle_after_a_comma_speaks_for_the_sentences_subject():
    statements = _run(
        "Ann Cole was upfront about her dislike of Ray Finch, the front-runner, saying school "
        "meals needed a new champion.\n"
        "Dana Holt hit back again, saying Ray Finch was too focused on school meals to care.\n"
        "Sen. Tom Weir, also a hopeful, called the school meals plan abhorrent in a tweet.\n"
    )
    assert _by_words(statements, "new champion").speaker == "Ann Cole"
    assert _by_words(statements, "too focused").speaker == "Dana Holt"
    assert not any(s.speaker.startswith("the school") for s in statements)


def test_reported_words_read_as_reported_by_the_outlet_never_as_said():
    text = "Ann Cole said school meals would be free next year.\n"
    source = Source(id="s1", title="t", path="p", text=text, outlet="Daily Example")
    chunk = Chunk(id="s1:1", source_id="s1", start=0, end=len(text), text=text)
    engine = OfflineEngine(load_actors(), build_query("school meals"))
    statements = engine.extract([chunk], {"s1": source}).statements
    written = engine.synthesize([("Ann Cole", statements)]).written["Ann Cole"]
    assert [s.text for s in written] == [
        "Ann Cole (as reported by Daily Example): “Ann Cole said school meals would be free "
        "next year.”"
    ]
    assert " said:" not in written[0].text


def test_a_closing_he_is_not_a_person_named_inside_the_words_he_reports():
    statements = _run(
        "Labour campaign spokesman Tom Reed said the school meals poster was fair.\n"
        "The poster simply portrayed Mr Hale as a dinner lady, he argued.\n"
    )
    assert _by_words(statements, "dinner lady").speaker == "Tom Reed"


def test_a_nationality_is_not_a_side_but_an_official_title_is():
    actors = load_actors()
    assert bound_role("British director", actors).actor is None
    assert bound_role("French actress", actors).actor is None
    assert bound_role("Russian foreign policy adviser", actors).actor == "Russia"
    assert bound_role("Belarusian President", actors).actor == "Belarus"
    assert bound_role("BBC labour affairs correspondent", actors).actor is None
    assert bound_role("BBC labour affairs correspondent", actors).commentator


def test_a_long_title_after_said_gives_the_name_that_closes_it():
    statements = _run(
        '"School meals are safe here," said Oscars communications director John Pavlik.\n'
        "Meals will get dearer, according to some LA film critics.\n"
        "School meals will improve, said BBC labour affairs correspondent Stephen Cole.\n"
    )
    assert _by_words(statements, "are safe here").speaker == "John Pavlik"
    assert not any("get dearer" in s.evidence[0].quote for s in statements)
    assert _by_words(statements, "will improve").actor == COMMENTATORS


def test_a_place_or_demonym_inside_a_bodys_name_names_the_body():
    actors = load_actors()
    assert bound_role("the London Stock Exchange", actors).actor == "London Stock Exchange"
    role = bound_role("secretary general of the Association of European Airlines", actors)
    assert role.actor == "Association of European Airlines"
    assert bound_role("Kremlin aide", actors).actor == "Russia"
    assert bound_role("UKIP MEP", actors).actor == "UKIP"


def test_a_title_runs_through_executive_to_the_name_and_a_title_alone_names_nobody():
    statements = _run(
        '"School meals are a preposterous tax," Ryanair deputy chief executive Mike Dunn told '
        "a radio programme.\n"
        "An airline deputy chief said school meals on planes would be scrapped.\n"
    )
    assert _by_words(statements, "preposterous tax").speaker == "Mike Dunn"
    assert not any("would be scrapped" in s.evidence[0].quote for s in statements)


def test_a_dateline_is_where_a_story_was_filed_never_a_speaker():
    statements = _run(
        "Springfield (AFP) – Governor Ann Cole has attacked Ray Finch, saying school meals "
        "were his failure.\n"
        "It said the school meals budget had been cut twice.\n"
    )
    assert _by_words(statements, "his failure").speaker == "Ann Cole"
    assert not any(s.speaker == "Springfield" for s in statements)


def test_a_countrys_name_opening_a_company_name_stays_in_it():
    statements = _run(
        "Scandal-hit supplier China Aviation Oil has offered to repay school meals creditors.\n"
        "Conservative Graham Brady said school meals were underfunded.\n"
    )
    assert _by_words(statements, "repay school meals").speaker == "China Aviation Oil"
    assert _by_words(statements, "repay school meals").actor != "China"
    assert _by_words(statements, "underfunded").speaker == "Graham Brady"


def test_a_given_name_alone_is_the_one_full_name_it_opens_never_a_body():
    statements = _run(
        "The school meals kitchen was opened by Nora Quill on Monday.\n"
        "Nora said the school meals menu would change every week from now on.\n"
        "The Westport Evening Gazette said the school meals kitchen had cost a great deal.\n"
        "Westport said the school meals kitchen would stay open all summer long.\n"
    )
    assert _by_words(statements, "change every week").speaker == "Nora Quill"
    assert not any(s.speaker.startswith("Westport Evening") for s in statements)
    two = _run(
        "The school meals kitchen is run by Nora Quill and Nora Vale.\n"
        "Nora said the school meals menu would change every week from now on.\n"
    )
    assert not any(s.speaker in ("Nora Quill", "Nora Vale") for s in two)


def test_a_speech_verb_in_an_opening_subordinate_clause_is_not_the_sentences_speaker():
    statements = _run(
        "The school meals row rumbled on at the Westport club this week.\n"
        "But even before Westport said the cook would stay, Ada Pell insisted the school "
        "meals menu was hers to keep.\n"
        '"I would cook every school meal here for nothing," she said.\n'
    )
    assert _by_words(statements, "menu was hers").speaker == "Ada Pell"
    assert _by_words(statements, "for nothing").speaker == "Ada Pell"
    assert not any(s.speaker == "Westport" for s in statements)
    later = _run(
        "The row came after Ada Pell told members the school meals plan was "
        '"a costly mistake" for every family.\n'
    )
    assert [s.speaker for s in later] == ["Ada Pell"]  # mid-sentence 'after X told' is X's


def test_a_person_named_in_full_without_a_title_stops_a_pronoun_reaching_back_past_them():
    statements = _run(
        'Mr Hoyle said the school meals plan was "a disgrace for every family in town".\n'
        "Nora Quill has run the school meals kitchen for twenty years.\n"
        "Those claims were put to Quill after lunch. At first she said only: "
        '"I will never answer any more questions about that school meals plan."\n'
    )
    assert _by_words(statements, "a disgrace").speaker == "Hoyle"
    assert not any("never answer" in s.evidence[0].quote for s in statements)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I see no reason for the school meals levy," The Westport Gazette editor told radio.',
        "Mr Pell, MP for Upper Westport, Kent, said the school meals levy was a costly mistake.",
    ],
)
def test_a_title_with_no_name_in_it_is_no_speaker(sentence):
    statements = _run("Ada Pell and Tom Hale argued over school meals on Monday.\n" + sentence)
    shown = {s.speaker for s in statements}
    assert not {"The Westport Gazette editor", "MP for Upper Westport"} & shown, shown


def test_a_city_office_is_no_country_and_a_title_does_not_reach_someone_with_another_post():
    statements = _run(
        'London mayor Mr Pell says he stands by the school meals levy, calling it "fair '
        'to every family in the city".\n'
        "But the prime minister says it is time for the school meals levy to go.\n"
        'Later the prime minister said: "The school meals levy hurts families and must go."\n'
    )
    fair = _by_words(statements, "fair to every family")
    assert fair.speaker == "Mr Pell" and fair.actor != "UK government"
    assert not any(
        "time for the school meals" in s.claim or "must go" in s.claim for s in statements
    ), [(s.speaker, s.claim) for s in statements]
    assert bound_role("London mayor", load_actors()).actor is None
    assert bound_role("British Prime Minister", load_actors()).actor is not None


def test_a_place_after_a_title_and_for_is_not_the_speaker():
    statements = _run(
        "Town 'must change school meals'\n\n"
        "The new schools minister for Westport says school meals must change this year.\n"
        "Westport Radio reported the school meals row on Monday.\n"
    )
    minister = [s for s in statements if "must change this year" in s.claim]
    assert not any(s.speaker in ("Westport", "Westport Radio") for s in minister), minister
    chairman = _run(
        "Council for School Meals chairman Ada Pell said school meals costs were down 40%."
    )
    assert [s.speaker for s in chairman] == ["Ada Pell"]


def test_the_prime_minister_is_not_the_deputy_prime_minister():
    statements = _run(
        "At a dinner hosted by Deputy Prime Minister Ada Pell the school meals deal was "
        "struck.\n"
        'But the prime minister said the school meals claims were "a load of nonsense".\n'
    )
    assert not any(s.speaker == "Ada Pell" for s in statements), [
        (s.speaker, s.claim) for s in statements
    ]


def test_a_named_bodys_spokesman_speaks_for_that_body_not_the_last_speaker():
    statements = _run(
        'A spokeswoman for Royal Mail said: "We are looking into the school meals '
        'deliveries today."\n\n'
        'The Westport Council spokesman added: "Initially we had complaints about school '
        'meals from a couple of residents."\n'
    )
    complaints = _by_words(statements, "Initially we had complaints")
    assert complaints.speaker == "Westport Council's spokesman"
    assert complaints.actor == "Westport Council"


def test_offered_with_a_plain_object_is_an_action_not_speech():
    from briefer.engines.speech import attribute_sentence

    assert (
        attribute_sentence("At the time, Westport offered the council a choice of plans.") is None
    )
    offered = attribute_sentence("Westport offered to pay for the school meals itself.")
    assert offered is not None and offered.speaker == "Westport"


def test_a_quote_reopened_after_a_nested_quote_ends_the_earlier_one():
    from briefer.engines.speech import find_quotes

    text = (
        '"He ran at me saying \'what do you want?\' "It is a disgrace for school meals."\n\n'
        "Those claims were put to Ada Pell later. At first she said only: "
        '"I have always been clear. "School meals matter to every family." Later she '
        'spoke to reporters. "I have no more to say," she said.'
    )
    quotes = [text[q.start : q.end] for q in find_quotes(text)]
    assert not any("Those claims" in q for q in quotes), quotes
    assert any(q.startswith("It is a disgrace") for q in quotes), quotes
