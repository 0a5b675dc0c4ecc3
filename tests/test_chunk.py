"""Chunks are exact spans of their source, bounded, ordered, and cut at sentence lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.chunk import chunk_source, sentence_spans
from briefer.models import Source

WORDS = st.sampled_from(
    [
        "Mr",
        "Gen.",
        "U.S.",
        "said",
        "the",
        "ceasefire",
        "talks",
        "'quote'",
        "“Yes,”",
        "Putin.",
        "end.",
        "why?",
        "No!",
        "S.",
        "Jaishankar",
        "1.5",
        "…",
        "a" * 300,
        "\n",
        "\n\n",
        " ",
        "  ",
    ]
)
TEXTS = st.lists(WORDS, max_size=400).map(" ".join)


def _source(text: str) -> Source:
    return Source(id="s1", title="t", path="p", text=text)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, max_chars=st.integers(min_value=20, max_value=2000))
def test_offsets_are_exact_bounded_ordered_and_complete(text, max_chars):
    chunks = chunk_source(_source(text), max_chars)
    previous_end = 0
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip() and chunk.text
        assert chunk.end - chunk.start <= max_chars
        assert chunk.start >= previous_end
        assert text[previous_end : chunk.start].strip() == ""  # nothing but space is left out
        previous_end = chunk.end
    assert text[previous_end:].strip() == ""


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_sentences_are_exact_spans(text):
    for start, end in sentence_spans(text):
        assert text[start:end].strip() == text[start:end] != ""


def test_news_abbreviations_do_not_split_sentences():
    text = (
        "The U.S. envoy met Gen. Valery Gerasimov and Mr. Lavrov. S. Jaishankar said "
        "'No.' Then Dr. Smith left!"
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The U.S. envoy met Gen. Valery Gerasimov and Mr. Lavrov.",
        "S. Jaishankar said 'No.'",
        "Then Dr. Smith left!",
    ]


def test_an_acronym_ends_a_sentence_though_its_letters_spell_an_abbreviation():
    """'... tell the FT. But Rover said' is two sentences ('ft.' is feet, and 'FT' is a
    newspaper); 'The wall is 6 ft. High' is not, nor is a dateline's 'ST. LOUIS'."""
    text = (
        "ST. LOUIS — Plans were shelved, sources tell the FT. But Rover said no. The wall is "
        "6 ft. High winds hit it."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "ST. LOUIS — Plans were shelved, sources tell the FT.",
        "But Rover said no.",
        "The wall is 6 ft. High winds hit it.",
    ]


def test_paragraphs_stay_whole_when_they_fit():
    text = "First para one. Still first.\n\nSecond para.\n\nThird para is here."
    chunks = chunk_source(_source(text), max_chars=35)
    assert [c.text for c in chunks] == [
        "First para one. Still first.",
        "Second para.\n\nThird para is here.",
    ]
    assert [c.id for c in chunks] == ["s1:1", "s1:2"]


def test_a_long_paragraph_breaks_at_sentences():
    sentence = "Putin said the ceasefire was possible. "
    text = sentence * 10
    chunks = chunk_source(_source(text), max_chars=100)
    assert all(c.text.endswith("possible.") for c in chunks)
    assert len(chunks) == 5
