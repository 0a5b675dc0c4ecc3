"""Precision of who is shown (issue 13, sixth round, causes found on PolNeAR), on text
written for these tests: a campaign title between a side and a name ('Democratic
strategist Hank Mills') is part of the speaker's phrase, so the side alone is never shown
as the speaker."""

from __future__ import annotations

from offline_runs import run_story, speaker_of

from briefer.models import Statement


def _run(text: str, topic: str = "ferry fares") -> list[Statement]:
    return run_story(text, topic)


def _words(statements: list[Statement], kind: str) -> list[str]:
    """The quoted words of every statement of this kind ('direct' or 'reported')."""
    return [s.evidence[0].quote for s in statements if s.evidence[0].kind == kind]


def test_a_campaign_title_after_a_party_leads_to_the_name():
    statements = _run(
        "The county will vote on the ferry fares next month.\n\n"
        '"The ferry fares will sink this mayor," said Democratic strategist Hank Mills. '
        '"Nobody on the island wants them."\n\n'
        '"The ferry fares pay for the new pier," Republican pollster Jane Ortiz said.\n\n'
        '"Ferry fares are a tax by another name," said Republican political consultant '
        "Ray Dunne.\n"
    )
    assert speaker_of(statements, "sink this mayor") == "Hank Mills"
    assert speaker_of(statements, "Nobody on the island") == "Hank Mills"
    assert speaker_of(statements, "new pier") == "Jane Ortiz"
    assert speaker_of(statements, "tax by another name") == "Ray Dunne"


def test_an_unnamed_strategist_is_nobody_not_the_party():
    statements = _run(
        "The county will vote on the ferry fares next month.\n\n"
        '"The ferry fares are a gift to the other side," said a Democratic strategist who '
        "asked not to be named.\n\n"
        "Democratic strategists say the ferry fares could cost the party the county.\n"
    )
    speakers = {s.speaker for s in statements}
    assert not speakers & {"Democratic", "Democrats", "Democratic Party"}
    assert speaker_of(statements, "gift to the other side") is None
    assert speaker_of(statements, "cost the party the county") is None


def test_a_title_in_marks_with_its_comma_inside_is_nobodys_words():
    statements = _run(
        "The ferry fares were the talk of the week.\n\n"
        'Mayor Ellen Voss told "Harbour Talk Tonight," that the ferry fares would stay.\n\n'
        "In her memoir, ''A Life on the Water,'' Ms Voss wrote that the ferry had saved "
        "the island.\n"
    )
    quoted = _words(statements, "direct")
    assert not any("Harbour Talk Tonight" in q for q in quoted)
    assert not any("A Life on the Water" in q for q in quoted)
    assert speaker_of(statements, "ferry fares would stay") == "Ellen Voss"


def test_words_in_marks_with_a_full_stop_inside_are_not_a_title():
    statements = _run(
        "The ferry fares were the talk of the week.\n\n"
        'Mayor Ellen Voss named the two harbours that would lose their boats. "Portree First. '
        'Then Kyle Next," she said.\n'
    )
    assert speaker_of(statements, "Portree First") == "Ellen Voss"


def test_a_cue_sentence_after_a_closed_quote_is_not_a_statement():
    statements = _run(
        "Mayor Ellen Voss spent the week defending the ferry fares.\n\n"
        '"Who else will pay for the new pier?" Ms Voss asked reporters during a visit '
        "to the harbour.\n\n"
        '"The ferry fares stay." Voss told the island council on Monday.\n\n'
        '"It was a long meeting." Voss said the ferry fares would rise in June.\n'
    )
    reported = _words(statements, "reported")
    assert not any("during a visit" in q for q in reported)
    assert not any("island council on Monday" in q for q in reported)
    assert speaker_of(statements, "Who else will pay") == "Ellen Voss"
    assert speaker_of(statements, "would rise in June") == "Ellen Voss"


def test_adding_to_a_tally_is_not_speech():
    statements = _run(
        "Ellen Voss has won the harbour ward, adding to her wins in the two island wards.\n\n"
        "She is adding to her lead over the ferry fares campaign after a week of rallies.\n\n"
        'Ms Voss said the ferry fares would be cut, adding: "This is only the start."\n'
    )
    reported = _words(statements, "reported")
    assert not any("harbour ward" in q for q in reported)
    assert not any("adding to her lead" in q for q in reported)
    assert speaker_of(statements, "only the start") == "Ellen Voss"


def test_a_closed_class_word_opening_a_sentence_is_not_part_of_a_name():
    statements = _run(
        "Ellen Voss, the mayor, spent the week on the ferry fares.\n\n"
        'There was talk about Voss at the meeting, saying "the ferry fares must go".\n\n'
        'Does Voss mean it? "The ferry fares will be gone by June," Voss said.\n\n'
        'Of the council, Voss said, "They have never crossed on the ferry."\n'
    )
    speakers = {s.speaker for s in statements}
    assert not any(name.split()[0] in ("There", "Does", "Of") for name in speakers)
    assert speaker_of(statements, "gone by June") == "Ellen Voss"
    assert speaker_of(statements, "never crossed on the ferry") == "Ellen Voss"


def test_a_closing_she_after_another_woman_opens_a_clause_is_not_the_last_speaker():
    text = (
        "Ellen Voss runs the ferry club.\n\n"
        '"The ferry fares are too high," Ms. Voss said.\n\n'
        "Though Ms. Hale has spent her whole life on the island, the fares have halved the "
        "crossings, she said.\n\n"
        '"Nobody can afford the ferry now," she said.\n'
    )
    statements = _run("Mary Hale joined the club last year.\n\n" + text)
    assert speaker_of(statements, "halved the crossings") is None
    assert speaker_of(statements, "Nobody can afford") == "Mary Hale"


def test_a_possessive_in_the_words_leaves_the_closing_she_to_the_last_speaker():
    statements = _run(
        "Mary Hale joined the club last year.\n\n"
        "Ellen Voss runs the ferry club.\n\n"
        '"The ferry fares are too high," Ms. Voss said.\n\n'
        "Ms. Hale's plan for the ferry fares would halve the crossings, she said.\n"
    )
    assert speaker_of(statements, "halve the crossings") == "Ellen Voss"


def test_a_quote_followed_by_another_subject_and_any_verb_is_not_carried_on():
    statements = _run(
        "Ellen Voss and Tom Reyes met at the quay.\n\n"
        '"The ferry fares have to come down," Ms Voss said.\n\n'
        '"They will come down when the pier is paid for," Reyes shot back with a grin.\n'
    )
    assert speaker_of(statements, "ferry fares have to come down") == "Ellen Voss"
    assert speaker_of(statements, "when the pier is paid for") != "Ellen Voss"


def test_the_last_speakers_own_name_after_a_quote_still_carries_it_on():
    statements = _run(
        "Ellen Voss spoke at the quay.\n\n"
        '"The ferry fares have to come down," Ms Voss said.\n\n'
        '"Every family pays them," Voss\'s letter read.\n'
    )
    assert speaker_of(statements, "Every family pays them") == "Ellen Voss"


def test_presidential_between_a_side_and_a_title_is_part_of_the_phrase():
    statements = _run(
        "The ferry fares came up at the debate.\n\n"
        "Democratic presidential candidate Ellen Voss is releasing a new advert that urges "
        'voters in the county to "sink the ferry fares" in the spring.\n'
    )
    assert "Democratic" not in {s.speaker for s in statements}
    assert speaker_of(statements, "sink the ferry fares") == "Ellen Voss"
