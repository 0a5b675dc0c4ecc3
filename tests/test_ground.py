"""Grounding: quotes found exactly or tolerantly and re-anchored verbatim, or dropped, counted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefer.ground import ground_statements, locate_quote
from briefer.models import Evidence, Source, Statement

TEXT = (
    "Putin said: ‘Is it intended for troop mobilization — or  the delivery of weapons?’ he asked."
)


def _statement(quote: str, start: int = 0) -> Statement:
    evidence = Evidence(source_id="s1", start=start, end=start + len(quote), quote=quote)
    return Statement(
        id="st1",
        actor="Russia",
        speaker="Putin",
        stance="unclear",
        claim=quote,
        evidence=[evidence],
    )


def test_exact_match():
    assert locate_quote(TEXT, "troop mobilization") == (
        TEXT.index("troop"),
        TEXT.index("troop") + 18,
    )


def test_tolerant_match_returns_the_sources_own_text():
    sources = {"s1": Source(id="s1", title="t", path="p", text=TEXT)}
    quote = "'Is it intended for troop mobilization - or the delivery of weapons?'"
    grounded = ground_statements([_statement(quote, start=3)], sources)
    [evidence] = grounded.statements[0].evidence
    assert evidence.quote == TEXT[evidence.start : evidence.end]
    assert evidence.quote.startswith("‘Is it") and "—" in evidence.quote
    assert grounded.quotes_dropped == 0


def test_invented_quote_is_dropped_and_counted():
    sources = {"s1": Source(id="s1", title="t", path="p", text=TEXT)}
    grounded = ground_statements([_statement("We will never agree to a ceasefire")], sources)
    assert grounded.statements == []
    assert grounded.quotes_dropped == 1
    assert grounded.dropped == [("st1", "We will never agree to a ceasefire")]


def test_unknown_source_id_is_dropped():
    evidence = Evidence(source_id="s9", start=0, end=5, quote="Putin")
    statement = _statement("Putin").model_copy(update={"evidence": [evidence]})
    grounded = ground_statements(
        [statement], {"s1": Source(id="s1", title="t", path="p", text=TEXT)}
    )
    assert grounded.quotes_dropped == 1


def test_nearest_occurrence_wins():
    text = "peace now. war. peace now."
    assert locate_quote(text, "peace now", near=15) == (16, 25)


@given(st.text(min_size=1, max_size=300), st.data())
def test_any_substring_is_found_at_an_exact_span(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    span = locate_quote(text, quote)
    if quote.strip():
        assert span is not None
        assert text[span[0] : span[1]] == quote.strip()
