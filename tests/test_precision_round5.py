"""Precision of who is shown (issue 13, fifth round), on text written for these tests:
a place or title word next to a name is not part of it; a short form the story gives for a
body is shown as the body's full name; a spokesman is never shown as the one they speak
for; a country describing a firm is not the speaker's side."""

from __future__ import annotations

from offline_runs import actor_of, run_story, speaker_of

from briefer.actors import load_actors
from briefer.annotations import same_speaker
from briefer.attribution import statement_holds
from briefer.models import Statement
from briefer.roles import bound_role, demonym_organisation


def _run(text: str, topic: str = "harbour tolls") -> list[Statement]:
    return run_story(text, topic)


def test_a_place_before_an_honorific_is_not_a_given_name():
    statements = _run(
        "Jane Porter, the Green leader, opened her party's campaign on the harbour tolls.\n\n"
        "Speaking in Bristol Ms Porter promised a vote on them.\n\n"
        'Ms Porter said: "Every family on the quay pays these tolls."\n\n'
        "The tolls would be scrapped within a year, she said.\n"
    )
    assert speaker_of(statements, "Every family on the quay") == "Jane Porter"
    assert speaker_of(statements, "scrapped within a year") == "Jane Porter"


def test_a_side_opening_a_voice_or_a_longer_name_stays_in_it():
    quote = '"We are processing every toll permit as fast as we can."'
    statements = _run(f"A US Embassy spokesman said: {quote}\n")
    assert speaker_of(statements, "every toll permit") == "US Embassy spokesman"
    assert actor_of(statements, "every toll permit") == "United States"
    statements = _run(f"A Plaid Cymru health spokeswoman said: {quote}\n")
    assert speaker_of(statements, "every toll permit") == "Plaid Cymru health spokeswoman"
    assert actor_of(statements, "every toll permit") == "Plaid Cymru"
    statements = _run(f"Conservative Alan Reid said: {quote}\n")  # a side before a person
    assert speaker_of(statements, "every toll permit") == "Alan Reid"


def test_a_title_after_a_name_and_a_comma_describes_that_name():
    quote = '"The tolls fall hardest on the valleys."'
    statements = _run(f"Dafydd Rees, Plaid Cymru health spokesman said: {quote}\n")
    assert speaker_of(statements, "fall hardest") == "Dafydd Rees"
    assert actor_of(statements, "fall hardest") == "Plaid Cymru"
    statements = _run(f"Replying to Dafydd Rees, Plaid Cymru health spokesman said: {quote}\n")
    assert speaker_of(statements, "fall hardest") != "Dafydd Rees"


def test_a_post_in_a_place_names_nobody():
    text = (
        "Former minister Alan Reid said the harbour tolls were "
        '"largely unnecessary".\n\n'
        "But the Tory MP for Wells and North Cheddar admitted the tolls "
        '"cannot be frozen for ever".\n'
    )
    statements = _run(text)
    assert speaker_of(statements, "largely unnecessary") == "Alan Reid"
    assert speaker_of(statements, "frozen for ever") in (None, "Alan Reid")  # never the place
    statements = _run('The MP for Wells said the harbour tolls "cannot be frozen for ever".\n')
    assert speaker_of(statements, "frozen for ever") is None
    statements = _run(
        "The US Secretary of Energy Spencer Abraham confirmed the harbour tolls would "
        "be cut by half next year.\n"
    )
    assert speaker_of(statements, "cut by half") in (
        "Spencer Abraham",
        "the US Secretary of Energy Spencer Abraham",
    )


def _holds(statements: list[Statement], text: str, words: str) -> bool:
    found = [s for s in statements if words in s.evidence[0].quote]
    return bool(found) and statement_holds(found[0], {"s1": text})


def test_a_short_form_is_shown_as_the_full_name_the_story_gives():
    text = (
        "The Harbour Users Federation (HUF) said the tolls were unfair on small boats.\n\n"
        "Harbour master Sam Lee rejected that.\n\n"
        "The rise was agreed in March.\n\n"
        "The HUF said its members would refuse to pay the new harbour tolls.\n"
    )
    statements = _run(text)
    assert speaker_of(statements, "refuse to pay") == "the Harbour Users Federation"
    assert _holds(statements, text, "refuse to pay")  # the full name is far back: recorded
    text = (
        "Coastal Ferry Lines has won approval for a new terminal, it said on Monday.\n\n"
        "In July, Cfl announced it would raise harbour tolls for lorries by a fifth.\n\n"
        'The Cfl spokeswoman said: "Nothing has changed since our announcement."\n'
    )
    statements = _run(text)
    assert speaker_of(statements, "raise harbour tolls") == "Coastal Ferry Lines"
    assert speaker_of(statements, "Nothing has changed") == "Coastal Ferry Lines's spokeswoman"
    assert actor_of(statements, "Nothing has changed") == "Coastal Ferry Lines"
    statements = _run(
        "Harbour master Sam Lee met the HUF on Monday.\n\n"
        "The HUF said its members would refuse to pay the new harbour tolls.\n"
    )
    assert speaker_of(statements, "refuse to pay") == "the HUF"  # no full name: as written


def test_a_country_is_a_side_only_when_it_qualifies_a_state_office():
    statements = _run(
        "Karl Brandt, the head of Harbour Records Germany until last year, said the tolls "
        'were "a disaster for touring bands".\n\n'
        "Lena Holt, chief executive of US firm Quay Open Source Systems, said the tolls "
        '"will drive trade away".\n\n'
        "Jean Morel, an economist at Banque Lyon in Paris, said the tolls "
        '"would hardly dent the figures".\n\n'
        'US Treasury Secretary Tom Abbott said the tolls "are fair to every carrier".\n'
    )
    assert actor_of(statements, "touring bands") == "Karl Brandt"
    assert actor_of(statements, "drive trade away") == "Lena Holt"
    assert actor_of(statements, "hardly dent") != "France"
    assert actor_of(statements, "fair to every carrier") == "United States"


def test_a_relative_clause_speaks_for_the_name_it_follows_not_the_sentences_first():
    statements = _run(
        "The Ferry Union stance is backed by the Harbour Users Federation (HUF), who say "
        'small boats face "an uphill struggle" to pay the tolls.\n\n'
        'Ann Cole, who argues the tolls are a "tax on the islands", has called for a vote.\n'
    )
    assert speaker_of(statements, "uphill struggle") != "the Ferry Union"
    assert speaker_of(statements, "tax on the islands") == "Ann Cole"


def test_who_speaks_of_the_minister_is_not_the_minister():
    statements = _run(
        "For the Greens, Ann Cole said the minister had failed to act on the harbour tolls.\n\n"
        "Ms Cole said the tolls would rise again next year. The minister meanwhile insisted "
        'his toll plans were "affordable for every family".\n'
    )
    assert speaker_of(statements, "rise again") == "Ann Cole"
    assert speaker_of(statements, "affordable for every family") != "Ann Cole"


def test_a_comparison_with_what_someone_said_is_the_reporters():
    statements = _run(
        "Harbour chief Alan Dunmore said toll income rose last year.\n\n"
        "Income is tipped to reach £3m by 2006 - but that is still £1m less than Mr Dunmore "
        "predicted in his spring plan.\n"
    )
    assert speaker_of(statements, "toll income rose") == "Alan Dunmore"
    assert speaker_of(statements, "tipped to reach") is None


def test_a_body_with_a_title_word_in_its_name_is_no_person_between():
    statements = _run(
        "Harbour chief Alan Dunmore said toll income rose last year. The figures were "
        "confirmed by the National Audit Office. He also pledged to cut the harbour tolls "
        "for islanders.\n"
    )
    assert speaker_of(statements, "pledged to cut") == "Alan Dunmore"
    statements = _run(
        "Harbour chief Alan Dunmore said toll income rose last year. The figures came from "
        "the Office for Harbour Statistics. He also pledged to cut the harbour tolls for "
        "islanders.\n"
    )
    assert speaker_of(statements, "pledged to cut") == "Alan Dunmore"


def test_with_a_name_and_a_verb_in_ing_that_name_speaks():
    statements = _run(
        "The Harbour Users Federation is angry about the tolls, with Ann Cole claiming they "
        'are "a tax on every islander".\n'
    )
    assert speaker_of(statements, "a tax on every islander") == "Ann Cole"


def test_an_adverb_opening_the_sentence_is_not_a_given_name():
    statements = _run(
        "Ferry boss Tony Marsh has backed the harbour tolls.\n\n"
        'Now Marsh believes the tolls will "pay for a new quay within five years".\n\n'
        'Again Marsh said the tolls were "the only way to keep the ferries running".\n'
    )
    assert speaker_of(statements, "pay for a new quay") == "Tony Marsh"
    assert speaker_of(statements, "keep the ferries running") == "Tony Marsh"
    statements = _run('Yesterday Jane Smith said the tolls were "a tax on the north".\n')
    assert speaker_of(statements, "a tax on the north") == "Jane Smith"


def test_a_body_named_before_of_and_a_place_keeps_its_whole_name():
    actors = load_actors()
    assert (
        demonym_organisation("the Harbour Regulatory Authority of India", actors)
        == "Harbour Regulatory Authority of India"
    )
    assert demonym_organisation("the Confederation of British Industry", actors) == (
        "Confederation of British Industry"
    )


def test_a_body_is_shown_by_its_name_not_by_an_article_or_a_description():
    statements = _run('The harbour tolls were "a tax on islanders", said a Harbour Board report.\n')
    assert speaker_of(statements, "a tax on islanders") == "Harbour Board"
    statements = _run(
        'Sam Lee praised the plan.\n\nThe operator, Quayline, said the tolls were "a fair price".\n'
    )
    assert speaker_of(statements, "a fair price") == "Quayline"


def test_an_unnamed_voice_stands_for_its_body():
    statements = _run(
        'The tolls are "a fair price for the quay", said a Harbour Board spokesman.\n'
    )
    assert speaker_of(statements, "a fair price") == "Harbour Board spokesman"
    assert actor_of(statements, "a fair price") == "Harbour Board"
    statements = _run(
        'A Department of Harbour Affairs spokeswoman said: "The tolls will stay as they are."\n'
    )
    assert actor_of(statements, "will stay as they are") == "Department of Harbour Affairs"


def test_a_given_name_is_no_short_form():
    statements = _run(
        "Harbour master Sam Lee met the Severn Area Marine board on Monday.\n\n"
        'Sam said the tolls were "a fair price for the quay".\n'
    )
    assert speaker_of(statements, "a fair price") in (None, "Sam Lee")


def test_a_bodys_officer_or_voice_is_never_the_body_itself():
    said = 'said: "Nothing has changed since our announcement."\n'
    opening = "Fares will rise by a fifth, Quayline said on Monday.\n\n"
    statements = _run(opening + "The Quayline spokesman " + said)
    assert speaker_of(statements, "Nothing has changed") == "Quayline's spokesman"
    statements = _run(opening + "The Quayline chairman " + said)
    assert speaker_of(statements, "Nothing has changed") is None
    statements = _run(
        "Fares will rise by a fifth, said Jane Cole, of the ferry firm Quayline.\n\n"
        "The Quayline spokesman " + said
    )  # the voice is Quayline's, and perhaps Jane Cole's: shown as neither Cole nor the firm
    assert speaker_of(statements, "Nothing has changed") in (None, "Quayline's spokesman")


def test_the_eval_judge_reads_a_short_form_as_the_full_name():
    assert same_speaker("the Harbour Users Federation", "the HUF")
    assert same_speaker("HUF records", "Harbour Users Federation")
    assert not same_speaker("Harbour Users Federation", "the HUB")
    assert not same_speaker("Jane Smith", "JS")  # two letters: no short form


def test_owners_offices_and_openers_found_on_other_news():
    actors = load_actors()
    assert bound_role("Quayline's Bristol chairman", actors).principal == "Quayline"
    assert bound_role("U.S. District Judge", actors).actor != "United States"
    assert bound_role("U.S. Treasury Secretary", actors).actor == "United States"
    statements = _run(
        "Harbour boss Ann Cole arrived late for the meeting on the harbour tolls.\n\n"
        "Instead, Cole opened by talking about the ferries.\n\n"
        '"We will cut the tolls for every islander," she told her audience.\n'
    )
    assert speaker_of(statements, "cut the tolls for every islander") == "Ann Cole"
    statements = _run('"The tolls stay," one Quayline spokesman said.\n')
    assert actor_of(statements, "The tolls stay") == "Quayline"
    statements = _run('"The tolls stay," said a Mexican official.\n')
    assert actor_of(statements, "The tolls stay") != "Mexican"
