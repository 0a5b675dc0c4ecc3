"""The offline engine on the seeds and on small texts: who said what, and what it leans."""

from __future__ import annotations

import pytest

from briefer.actors import load_actors
from briefer.engines.offline import OfflineEngine
from briefer.engines.speech import attribute_sentence, find_quotes
from briefer.models import Chunk, Source
from briefer.pipeline import RunOptions, prepare
from briefer.select import build_query


@pytest.fixture(scope="module")
def seed_statements():
    from conftest import SEEDS

    prepared = prepare([str(SEEDS)], "ceasefire", RunOptions())
    sources = {s.id: s for s in prepared.corpus.sources}
    engine = OfflineEngine(load_actors(), prepared.selection.query)
    return engine.extract(prepared.selection.chunks, sources).statements, sources


def _find(statements, words: str):
    matches = [s for s in statements if words in " ".join(s.claim.split())]  # NBSPs in seeds
    assert matches, f"no statement contains {words!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("words", "actor", "speaker"),
    [
        (
            "Let them tell their client [Vladimir] Zelensky to stop strikes against Russia. "
            "Then we could agree",
            "Belarus",
            "Alexander Lukashenko",
        ),
        (
            "Is it intended for troop mobilization or the delivery of weapons?",
            "Russia",
            "Vladimir Putin",
        ),
        (
            "fiction and an element of Russia’s current propaganda campaign",
            "Ukraine",
            "Mikhail Podolyak",
        ),
        ("I am ready to meet with anyone, including Zelensky", "Russia", "Vladimir Putin"),
        ("[Zelensky] is insanely afraid of being forgotten", "Russia", "Maria Zakharova"),
        ("We don't expect a real ceasefire", "Ukraine", "Georgiy Tikhiy"),
        ("at no point did I make comments", "United States", "Keith Kellogg"),
        ("must be prepared very thoroughly", "Russia", "Sergei Lavrov"),
        ("keep them up to date on what was decided", "France", "Emmanuel Macron"),
    ],
)
def test_seed_attributions(seed_statements, words, actor, speaker):
    statement = _find(seed_statements[0], words)
    assert (statement.actor, statement.speaker) == (actor, speaker)
    assert statement.evidence[0].kind == "direct"


def test_pronouns_and_titles_refer_back(seed_statements):
    statements, _ = seed_statements
    # "'Is it ...?' he asked" follows Putin; "The Belarusian leader said ..." follows Lukashenko
    assert (
        _find(statements, "The Belarusian leader said he shared").speaker == "Alexander Lukashenko"
    )
    assert (
        _find(statements, "But I don't believe they want to end this war").speaker
        == "Alexander Lukashenko"
    )  # a quote that carries on after "he added"
    assert _find(statements, "The Ukrainian diplomat explained").speaker == "Georgiy Tikhiy"


def test_every_offset_is_exact_and_the_engine_is_deterministic(seed_statements):
    statements, sources = seed_statements
    for statement in statements:
        for evidence in statement.evidence:
            assert sources[evidence.source_id].text[evidence.start : evidence.end] == evidence.quote
    from conftest import SEEDS

    prepared = prepare([str(SEEDS)], "ceasefire", RunOptions())
    again = (
        OfflineEngine(load_actors(), prepared.selection.query)
        .extract(prepared.selection.chunks, sources)
        .statements
    )
    assert again == statements


def test_media_are_not_actors(seed_statements):
    assert not [s for s in seed_statements[0] if s.actor in ("Reuters", "The Financial Times")]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not sign this,” the minister said.",
        "‘We will not sign this,’ the minister said.",
        '"We will not sign this," the minister said.',
        "'We will not sign this,' the minister said.",
        "«We will not sign this», the minister said.",
    ],
)
def test_every_quote_style(text):
    [quote] = find_quotes(text)
    assert text[quote.start : quote.end].rstrip(",") == "We will not sign this"


def test_apostrophes_and_nested_quotes():
    text = (
        "'That's the position I asked him, 'Is there something wrong with it?' He said, "
        "'We are working.' You do that,' he added. Kiev's allies' plans"
    )
    [quote] = find_quotes(text)
    assert text[quote.start : quote.end].startswith("That's the position")
    assert text[quote.start : quote.end].endswith("You do that,")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The talks will go on, Foreign Minister Jane Doe said on Monday.",
            "Foreign Minister Jane Doe",
        ),
        ("According to Lukashenko, Putin wants an end to the strikes.", "Lukashenko"),
        ("Zelensky has rejected both proposals.", "Zelensky"),
        ("I hope for peace, said Vyacheslav, 23, who works for the government.", "Vyacheslav"),
        (
            "Mikhail Podolyak, an adviser to the head of office, warned of a trap.",
            "Mikhail Podolyak",
        ),
        ("The weather was fine on Monday in Geneva.", None),
    ],
)
def test_reported_speech(sentence, speaker):
    found = attribute_sentence(sentence)
    assert (found.speaker if found else None) == speaker


def _run(text: str, topic: str = "ceasefire"):
    source = Source(id="s1", title="t", path="p", text=text)
    chunk = Chunk(id="s1:1", source_id="s1", start=0, end=len(text), text=text)
    engine = OfflineEngine(load_actors(), build_query(topic))
    return engine.extract([chunk], {"s1": source}).statements


def test_unattributed_quotes_are_left_out_not_guessed():
    statements = _run(
        "The ceasefire held. 'Nobody knows who will sign it,' a crowd shouted "
        "somewhere. 'It is quiet now for the first time in weeks.'"
    )
    assert statements == []


def test_she_does_not_refer_back_to_an_institution():
    statements = _run(
        "The Kremlin said the ceasefire was possible. 'We shall see what happens next,' she said."
    )
    assert [s.speaker for s in statements] == ["the Kremlin"]


def test_stance_cues():
    statements = _run(
        "Foreign Minister Jane Doe said the ceasefire was welcome. "
        "'Only if the strikes stop will we agree to a ceasefire,' Doe added. "
        "President John Roe rejected the ceasefire as propaganda. "
        "General Max Poe said the ceasefire was signed on Monday."
    )
    assert [(s.speaker, s.stance) for s in statements] == [
        ("Jane Doe", "supports"),
        ("Jane Doe", "conditional"),
        ("John Roe", "opposes"),
        ("Max Poe", "neutral"),
    ]


def test_at_no_point_is_not_opposition():
    from briefer.stance import stance_of

    assert stance_of("at no point did I make comments outside of a total ceasefire") != "opposes"
    assert stance_of("There is no point in a ceasefire now") == "opposes"
