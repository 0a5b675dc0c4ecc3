"""Recall rules of issue 13's fifth round for politics and business copy, each on text
written for this test (no seed or corpus sentence)."""

from __future__ import annotations

from offline_runs import run_story, speaker_of


def test_the_spokesman_refers_back_to_the_unnamed_spokesman_of_a_titled_principal():
    # The principal's title ('Transport Secretary') is not the spokesman's: 'the spokesman'
    # and 'he said' still refer back to the one who spoke for her.
    text = (
        "Rail fares to rise again\n\n"
        "Transport Secretary Jane Doyle has approved the rail fares rise.\n\n"
        "A spokesman for Ms Doyle said the rail fares rise was the smallest in years. "
        '"Passengers will see the money spent on new trains and stations," said the spokesman.'
        "\n\nThe spokesman stressed that rail fares would be frozen in 2027. "
        "Season tickets would rise by less than inflation, he said.\n"
    )
    found = run_story(text, "rail fares")
    for words in ("new trains", "frozen in 2027", "less than inflation"):
        assert speaker_of(found, words) == "Jane Doyle's spokesman", words
