"""Round seven: statements attributed by a title ('the Ealing North MP said', 'the party
says') are found when the story itself binds that title to one named speaker before the
cue, and left out when two could fit. Every test is on text written for it."""

from offline_runs import run_story, speaker_of

_FERRY = (
    "Ferry row\n\n"
    "Labour MP Dana Hill has told of her anger at the closure of the island ferry.\n\n"
    'Ms Hill said: "The island has been cut off for a week and nobody has told us why." '
    '"It is a scandal that a ferry route can close overnight," said the Westport South MP. '
    '"The families who live there deserve better."\n'
)


def test_a_post_nominal_closing_the_sentence_is_no_part_of_the_speaker():
    """'said the Westport South MP.' is a title that refers back to the MP the story named
    ('Labour MP Dana Hill'), never a speaker called 'the Westport South MP.'."""
    statements = run_story(_FERRY, "ferry")
    assert speaker_of(statements, "a ferry route can close overnight") == "Dana Hill"
    assert not any(s.speaker.endswith(".") for s in statements)


def test_a_titled_mp_is_not_someone_else_when_another_mp_spoke_since():
    text = _FERRY.replace(
        '"It is a scandal',
        'Tory MP Tom Reyes said the operator had no choice. "It is a scandal',
    )
    speaker = speaker_of(run_story(text, "ferry"), "a ferry route can close overnight")
    assert speaker is None
