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
