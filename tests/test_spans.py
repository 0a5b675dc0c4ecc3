"""One helper maps offsets to sentences (briefer/spans.py): the guard, the speech finder and
the excerpt builder all use it."""

from __future__ import annotations

import random

from briefer.chunk import sentence_spans
from briefer.spans import previous_sentence, sentence_bounds, sentences_of

TEXT = (
    "Ministers met on Monday. The talks, said Mr. Smith, went well.\n"
    "  A second paragraph begins here. It ends here!\n"
    "One more."
)


def _by_scan(text: str, at: int, until: int) -> tuple[int, int]:
    spans = sentence_spans(text)
    return (
        max((s for s, _ in spans if s <= at), default=0),
        min((e for _, e in spans if e >= until), default=len(text)),
    )


def test_bounds_match_a_plain_scan_on_bbc_text(bbc):
    text = (bbc / "politics" / "001.txt").read_text(encoding="utf-8", errors="replace")
    pick = random.Random(7)
    for _ in range(300):
        a, b = sorted(pick.randrange(len(text) + 1) for _ in range(2))
        assert sentence_bounds(text, a, b) == _by_scan(text, a, b)


def test_a_span_widens_to_its_sentences_and_the_fallback_is_chosen():
    inside = TEXT.index("went")
    begin, end = sentence_bounds(TEXT, inside, inside + 4)
    assert TEXT[begin:end] == "The talks, said Mr. Smith, went well."
    start = TEXT.index("Ministers")
    assert sentence_bounds(TEXT, start, len(TEXT) + 5) == (0, len(TEXT))
    assert sentence_bounds(TEXT, start, len(TEXT) + 5, outside=(3, 99)) == (0, 99)
    assert sentences_of(TEXT) == tuple(sentence_spans(TEXT))


def test_the_previous_sentence_may_end_the_paragraph_before():
    found = previous_sentence(TEXT, TEXT.index("One more"))
    assert found is not None and TEXT[slice(*found)] == "It ends here!"
    assert previous_sentence(TEXT, 0) is None
    assert previous_sentence(TEXT, TEXT.index("\n") + 1) is None  # between sentences
