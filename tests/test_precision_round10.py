"""Round ten: who an office, a party or an unclosed quotation belongs to. Each rule is
tested on text written here, not on an article of a labelled set."""

from offline_runs import run_story, speaker_of


def test_an_office_whose_holder_the_story_names_later_is_not_the_last_speaker():
    """'Tom Ruddle said ... The transport secretary said ... Transport Secretary Paul Dunmore
    told': the story names who holds the office, and it is not the commuter who spoke last."""
    text = (
        "Rail fares\n\n"
        "Tom Ruddle, a commuter from Leeds, said in the Herald that his season ticket had doubled in price. "
        "Mr Ruddle, 41, said he could no longer afford to travel to work. "
        "The transport secretary said he would not be reviewing the fares and that the "
        'reports were "misleading". Mr Ruddle now works from home.\n\n'
        'Transport Secretary Paul Dunmore told the BBC: "Fares are set by the operators."\n'
    )
    statements = run_story(text, "rail fares")
    assert speaker_of(statements, "afford to travel") == "Tom Ruddle"
    assert speaker_of(statements, "reviewing the fares") != "Tom Ruddle"
    assert speaker_of(statements, "set by the operators") == "Paul Dunmore"


def test_an_office_refers_back_to_the_last_speaker_when_nobody_is_given_it():
    """'Paul Dunmore said ... The transport secretary said': with no holder named, the title
    refers back to the last speaker as news writing does (the rule above is not a ban)."""
    text = (
        "Rail fares\n\n"
        "Paul Dunmore said on Monday that fares would rise by 3% in January. "
        "The transport secretary said the rise was the lowest for ten years.\n"
    )
    statements = run_story(text, "rail fares")
    assert speaker_of(statements, "lowest for ten years") == "Paul Dunmore"
