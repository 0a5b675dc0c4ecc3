"""Round seven readers' checks: causes of wrong speakers found by reading briefs made on BBC
topics nobody developed on, each rule tested on text written here."""

import pytest
from offline_runs import run_story, speaker_of


@pytest.mark.parametrize("aside", ["owned by Tom Reyes", "majority-owned by Japan's Harbourline"])
def test_an_owner_inside_an_aside_is_not_the_body_that_speaks(aside):
    """'The company, majority-owned by Japan's Suzuki, said ...' was shown as Suzuki's (a
    reader's 'steel' brief): the company is Maruti."""
    text = (
        "Harbour row\n\n"
        f"The company, {aside}, said an increase in harbour fees was partly offset by cuts.\n"
    )
    assert speaker_of(run_story(text, "harbour"), "harbour fees") is None


def test_a_firms_name_keeps_its_and():
    """ "China's Baoshan Iron and Steel Co. said" was shown as 'Steel Co' (a reader's brief)."""
    text = (
        "Harbour row\n\n"
        "China's Harbin Iron and Steel Co. said it was delaying a harbour share sale.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "delaying a harbour") == "Harbin Iron and Steel Co"
