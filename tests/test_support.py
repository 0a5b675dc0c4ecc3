"""The support check: prose is shown only when the evidence it cites says what it says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.actors import load_actors
from briefer.chunk import sentence_spans
from briefer.claims import SupportAudit, SupportChecker, statement_sentence, vet_sentences
from briefer.ingest import ingest
from briefer.models import Evidence, Sentence, Source, Statement
from briefer.support import SUPPORT_THRESHOLD, check_support

from conftest import SEEDS

ACTORS = load_actors()
PUTIN = (
    "Putin Russia 'Is it intended for troop mobilization or the delivery of weapons?' "
    "he asked about the proposed 30-day ceasefire. Moscow has proposed a one-month pause."
)
ZELENSKY = (
    "Volodymyr Zelensky Ukraine Zelensky hailed the Washington talks as a truly "
    "significant step toward ending the war."
)


def verdict(text: str, evidence: str = PUTIN, actor: str = "Russia"):
    return check_support(text, [evidence], ACTORS, {actor})


@pytest.mark.parametrize(
    "text",
    [
        "Putin asks whether the pause would be used to mobilize troops or deliver weapons.",
        "Russia questions a 30-day ceasefire, asking about troop mobilization.",  # actor name free
        "The Kremlin asks whether the ceasefire is intended for mobilization.",  # names Russia
        "Moscow proposed a one-month pause.",
        "Zelensky called the Washington talks a significant step toward ending the war.",
    ],
)
def test_fair_paraphrases_are_supported(text):
    evidence = ZELENSKY if "Zelensky" in text else PUTIN
    result = verdict(text, evidence, "Ukraine" if "Zelensky" in text else "Russia")
    assert result.supported, result.reason


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "Putin asks whether a 60-day ceasefire would be used for troop mobilization.",
            "number “60”",
        ),
        ("Moscow proposed a two-month pause.", "number “two”"),
        ("Lavrov asks whether the ceasefire is intended for troop mobilization.", "name “Lavrov”"),
        (
            "Putin asks whether the ceasefire in Geneva is intended for troop mobilization.",
            "name “Geneva”",
        ),
        ("Putin will not accept a ceasefire intended for troop mobilization.", "a negation"),
        ("Putin walked out of the negotiations and recalled the ambassador.", "of its words"),
    ],
)
def test_a_wrong_number_name_negation_or_event_is_not_supported(text, missing):
    result = verdict(text)
    assert not result.supported
    assert missing in result.reason


def test_curly_and_straight_quote_marks_compare_equal():
    assert verdict(
        "Ukraine’s delegation asked about the delivery of weapons.",
        "Ukraine's delegation asked about the delivery of weapons.",
        "Ukraine",
    ).supported


def test_the_threshold_is_what_the_docs_say():
    # three content words of four found passes; two of four does not (threshold 60%)
    evidence = "alpha bravo charlie delta"
    assert SUPPORT_THRESHOLD == 0.6
    assert verdict("alpha bravo charlie zulu", evidence).supported
    assert not verdict("alpha bravo yankee zulu", evidence).supported


def _statement(sid: str, quote: str, source: Source, speaker: str = "Vladimir Putin") -> Statement:
    start = source.text.index(quote)
    return Statement(
        id=sid,
        actor="Russia",
        speaker=speaker,
        stance="conditional",
        claim=quote,
        evidence=[Evidence(source_id=source.id, start=start, end=start + len(quote), quote=quote)],
    )


def test_vetting_replaces_by_the_strongest_uncited_quote_or_drops():
    text = (
        "Putin spoke. “We will withdraw if a ceasefire is agreed,” he said. "
        "“Weapons deliveries must stop first,” he added."
    )
    source = Source(id="s1", title="t", outlet="Outlet", path="a.txt", text=text)
    withdraw = _statement("st1", "We will withdraw if a ceasefire is agreed", source)
    weapons = _statement("st2", "Weapons deliveries must stop first", source)
    checker = SupportChecker.for_sources(ACTORS, {"s1": source})
    audit = SupportAudit()
    written = [
        Sentence(
            text="Putin says Russia will withdraw once a ceasefire is agreed.",
            statement_ids=["st1"],
        ),
        Sentence(text="Putin demands that 40 weapons deliveries stop.", statement_ids=["st2"]),
        Sentence(text="Putin threatened Warsaw over weapons.", statement_ids=["st1"]),
    ]
    vetted = vet_sentences(written, [withdraw, weapons], checker, audit)
    assert [s.text for s in vetted] == [written[0].text, statement_sentence(weapons)]
    assert (audit.checked, audit.supported, audit.replaced, audit.dropped) == (3, 1, 1, 1)
    assert audit.notice() == (
        "2 of 3 written sentences said more than the quotes they cite: "
        "1 shown as the quotes they cite instead, 1 left out."
    )


SEED_SENTENCES = [
    source.text[start:end]
    for source in ingest([str(SEEDS)]).sources
    for start, end in sentence_spans(source.text)
    if end - start > 20
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SEED_SENTENCES), st.data())
def test_an_attributed_verbatim_quote_is_always_supported(sentence, data):
    """The offline writer's sentences (and every replacement) pass the check by construction."""
    words = sentence.split()
    start = data.draw(st.integers(0, max(0, len(words) - 3)))
    quote = " ".join(words[start : start + data.draw(st.integers(3, 30))])
    source = Source(id="s1", title="t", path="a.txt", text=" ".join(words))
    statement = _statement("st1", quote, source, speaker="A spokesman")
    checker = SupportChecker.for_sources(ACTORS, {"s1": source})
    result = checker.verdict(statement_sentence(statement), [statement])
    assert result.supported, (statement_sentence(statement), result.reason)
