"""What makes a statement belong in a brief, and what stance a reader would sign: rules
checked on BBC sentences and on sentences written for these tests (never on the seeds)."""

from __future__ import annotations

import pytest

from briefer.relevance import outside_references, speech_act, topic_level
from briefer.select import build_query
from briefer.stance import position_stance, reason_for, stance_of

ID_CARDS = build_query("identity cards")
NHS = build_query("NHS")
OIL = build_query("oil prices")


def test_a_quote_naming_the_topic_beats_its_sentence_beats_nothing():
    sentence = (
        'Mr Clarke said: "ID cards are a means to creating a more secure society," on Monday.'
    )
    assert (
        topic_level("ID cards are a means to creating a more secure society", sentence, ID_CARDS)
        == 3
    )
    assert topic_level("the biometric data will be held securely", "", ID_CARDS) == 2
    assert (
        topic_level(
            "This is the right thing for the country to do",
            "Mr Clarke defended "
            "the identity cards bill: 'This is the right thing for the country to "
            "do,' he said.",
            ID_CARDS,
        )
        == 1
    )
    # Vince Cable on the dollar, in a story that mentions ID cards elsewhere
    assert (
        topic_level(
            "The falling dollar is a real worry for exporters",
            "'The falling dollar is a real worry for exporters,' he said.",
            ID_CARDS,
        )
        == 0
    )


def test_the_sentence_before_carries_the_topic_into_a_quote_that_continues_it():
    before = "The minister questioned the purpose of the proposed identity cards bill."
    assert (
        topic_level(
            "Is it meant to catch terrorists or to raise money?",
            "'Is it meant to catch terrorists or to raise money?' he asked.",
            ID_CARDS,
            previous=before,
        )
        == 1
    )
    assert (
        topic_level(
            "Is it meant to catch terrorists or to raise money?",
            "'Is it meant to catch terrorists or to raise money?' he asked.",
            ID_CARDS,
        )
        == 0
    )


def test_a_topic_nobody_described_is_named_by_its_phrase_not_its_single_words():
    rates = build_query("interest rates")
    assert topic_level("interest rates are likely to stay on hold", "", rates) == 3
    growth = "That 1.5% annual growth rate is the lowest since 2000"
    assert topic_level(growth, growth, rates) == 1  # its sentence may still place it
    assert (
        topic_level(
            "the tax rate will not change",
            "The Bank kept interest rates on hold; 'the tax rate will not change,' he said.",
            rates,
        )
        == 1
    )


def test_a_fragment_must_name_the_topic_itself():
    assert (
        topic_level(
            "at the very beginning.",
            "He said the ID card scheme should have been debated 'at the very beginning.'",
            ID_CARDS,
        )
        == 0
    )
    assert topic_level("ID cards, yes", "", ID_CARDS) == 3


def test_topic_expansions_for_nhs_and_oil_prices():
    assert topic_level("waiting lists in our hospitals are far too long", "", NHS) == 2
    assert topic_level("the national health service is safe with us", "", NHS) == 3
    assert (
        topic_level("Opec will not cut output while the price of oil stays this high", "", OIL) == 3
    )
    assert topic_level("crude inventories rose by 2m barrels last week", "", OIL) == 2


@pytest.mark.parametrize(
    "text, act",
    [
        ("We will only back ID cards if the cost is made clear", "condition"),
        ("Unless the register is protected, we cannot support it", "condition"),
        ("If the strikes stop, then we could sign an agreement", "condition"),
        ("The government must publish the full cost of the scheme", "demand"),
        ("Labour MPs called for a pause on the bill", "demand"),
        # options are not demands (BBC): 'can either' was a seed-lifted cue
        ("Fans can either buy tickets online or queue at the ground", "reaction"),
        ("We will not support compulsory cards", "refusal"),
        ("The Liberal Democrats oppose the plans", "refusal"),
        ("We are not ready to sign anything yet", "refusal"),
        ("We are ready to talk to anyone, at any time", "offer"),
        ("The government proposed a cheaper card for pensioners", "offer"),
        ("Who will check the data once it is on the register?", "challenge"),
        ("This has all the signs of Michael Howard overruling colleagues' concerns", "reaction"),
        ("He asked if the scheme would be ready by 2008", "reaction"),
    ],
)
def test_what_a_statement_does(text, act):
    assert speech_act(text) == act


def test_a_proposed_thing_is_not_an_offer_by_the_speaker():
    assert speech_act("The minister questioned the true purpose of a proposed cut") == "reaction"


def test_quotes_leaning_on_words_outside_them_are_counted():
    assert outside_references("If they haven't got one they are going to be detained") == 2
    assert outside_references("ID cards are a means to a more secure society") == 0


@pytest.mark.parametrize(
    "text, stance",
    [
        # an expectation or a doubt is not opposition
        ("We don't expect a real agreement on ID cards this year", "neutral"),
        ("I doubt the identity card scheme will be ready in time", "neutral"),
        # scorn answers a claim, not the topic
        ("That report is fiction and propaganda", "unclear"),
        # rejecting somebody's terms is not rejecting the topic ...
        ("The government rejected calls to pause the bill", "unclear"),
        ("Ministers have rejected the two claims", "unclear"),
        # ... and the offer or demand turned down is not the speaker's own offer or demand
        ("Ministers have rejected both offers", "unclear"),
        ("The union rejected the employers' latest offer", "unclear"),
        ("Ministers have rejected both demands", "unclear"),
        ("Ministers rejected the offer and welcomed the identity cards bill", "supports"),
        ("Ministers rejected the offer. We welcome the identity cards bill", "supports"),
        # ... unless the topic is named right after
        ("Ministers rejected proposals for identity cards", "opposes"),
        ("We will not support compulsory ID cards", "opposes"),
        ("The Liberal Democrats oppose the plans", "opposes"),
        ("We welcome the identity cards bill", "supports"),
        # 'if' is a term only where somebody commits: otherwise it says what may follow
        ("If the identity cards bill passes, it could lead to a huge database", "neutral"),
        ("Ministers will back the identity cards bill if the costs fall", "conditional"),
        ("It would be a disaster if the identity cards bill failed", "neutral"),
        # gratitude for others' help is no stance ('thank them all for their support')
        ("I would like to thank every one of them for their unwavering support", "unclear"),
        ("Thanks for your support, and good luck with the identity cards bill", "neutral"),
        ("We support the identity cards bill and thank the unions", "supports"),
        ("We will back ID cards only if the costs are published", "conditional"),
        ("We would accept identity cards in return for a cut in the fee", "conditional"),
        ("They will back ID cards in exchange for a cap on the cost", "conditional"),
        # 'then we could' alone is often just what comes next (BBC: 'Then I could walk
        # already after three days'): no longer a condition cue
        ("Then I could walk already after three days", "unclear"),
        ("Any identity scheme must protect civil liberties", "conditional"),
        # a refusal reported in the passive is somebody's act, not the speaker's stance ...
        ("The first offer has already been rejected, and we will bid again", "unclear"),
        ("The identity cards plan was scrapped by the council", "neutral"),
        # ... unless the speaker wants it done, or says they are opposed
        ("The identity cards scheme should be scrapped", "opposes"),
        ("We are opposed to identity cards", "opposes"),
        # 'if' in a manner of speaking sets no condition ...
        ("This is further evidence, if it were needed, that ID cards work", "neutral"),
        ("It looks as if the identity cards bill will pass", "neutral"),
        ("Even if the bill is delayed, we welcome identity cards", "supports"),
        # ... but a term does
        ("We will back the identity cards bill if it is amended", "conditional"),
        # a contrast or a firm 'insists' is no condition
        ("He insisted the club had done nothing wrong", "unclear"),
        ("We welcome the identity cards bill, but we have questions", "supports"),
        ("However, the minister has never backed ID cards", "opposes"),
        ("We will back ID cards, but only if the costs are published", "conditional"),
        ("All three teams can either go through or go out", "unclear"),
        # a demand on somebody else's courage is not a condition on the topic
        ("The Tories should have the courage to try and change public opinion", "unclear"),
    ],
)
def test_stance_cues(text, stance):
    assert stance_of(text, ID_CARDS) == stance


def test_an_actors_stance_comes_from_all_its_shown_statements():
    assert position_stance(["supports", "opposes"]) == "mixed"
    assert position_stance(["supports", "neutral"]) == "supports"
    assert position_stance(["conditional", "supports"]) == "conditional"
    assert position_stance(["conditional", "opposes", "opposes"]) == "mixed"
    assert position_stance(["unclear", "unclear"]) == "unclear"
    assert position_stance(["neutral", "unclear"]) == "neutral"


def test_the_reason_is_the_statement_that_shows_the_stance():
    assert reason_for("conditional", ["supports", "neutral", "conditional"]) == 2
    assert reason_for("mixed", ["neutral", "opposes", "supports"]) == 1
    assert reason_for("unclear", ["unclear", "neutral"]) == 0
    # of two that show it, the one naming the topic itself
    assert reason_for("opposes", ["opposes", "supports", "opposes"], [2, 3, 3]) == 2


def _ranked_actors(quotes: dict[str, str], topic: str) -> list[str]:
    from briefer.models import Evidence, Statement
    from briefer.rank import rank_actors

    statements, contexts = [], {}
    for number, (actor, quote) in enumerate(quotes.items()):
        sentence = f"At the Harbour Prize dinner, {actor} said: “{quote}”"
        evidence = Evidence(source_id="s1", start=0, end=len(quote), quote=quote)
        statement = Statement(
            id=f"st{number}", actor=actor, speaker=actor, stance="neutral", claim=quote,
            evidence=[evidence],
        )  # fmt: skip
        statements.append(statement)
        contexts[statement.id] = sentence
    return [actor for actor, _ in rank_actors(statements, contexts, {}, set(), build_query(topic))]


def test_speakers_beside_the_topic_fill_a_page_no_one_names_it_on():
    """Quotes at an awards night rarely name the award; with fewer than two speakers naming
    the topic, those quoted in sentences that name it follow, instead of an empty page."""
    quotes = {
        "Ann Lee": "It is a wonderful night for everyone who builds boats here.",
        "Tom Reed": "The judges made a brave and surprising choice this year.",
    }
    assert sorted(_ranked_actors(quotes, "Harbour Prize")) == ["Ann Lee", "Tom Reed"]
    quotes["Kay Orr"] = "The Harbour Prize rewards the dull boats every single year."
    assert _ranked_actors(quotes, "Harbour Prize")[0] == "Kay Orr"  # naming it still leads
    quotes["Sam Ode"] = "I think the Harbour Prize has lost its way completely now."
    assert sorted(_ranked_actors(quotes, "Harbour Prize")) == ["Kay Orr", "Sam Ode"]


def _said(actor: str, number: int, quote: str = "the harbour is closed"):
    """A statement by `actor` whose speaker is `actor` too (the headings' tests)."""
    from briefer.models import Evidence, Statement

    evidence = Evidence(source_id="s1", start=0, end=20, quote=quote)
    return Statement(
        id=f"st{number}", actor=actor, speaker=actor, stance="neutral", claim=quote,
        evidence=[evidence],
    )  # fmt: skip


def test_one_heading_for_a_name_the_stories_write_several_ways():
    from briefer.rank import merge_name_variants

    names = [
        "Harbour Trust", "Trust Harbour", "Harbour Trust",  # same words, another order
        "the Harbour Trust", "Judge Kell", "Judge Nora Kell",  # "the" counts for nothing
        "Norway",  # a side the data knows: never merged
        "Harbour FA", "Egypt Harbour FA", "Scotland", "Scotland Yard",  # qualified bodies
    ]  # fmt: skip
    merged = merge_name_variants([_said(n, i) for i, n in enumerate(names)], {"Norway"})
    actors = [s.actor for s in merged]
    assert actors[:4] == ["Harbour Trust"] * 4
    assert actors[4:6] == ["Judge Kell", "Judge Nora Kell"]
    assert actors[6] == "Norway"
    assert actors[7:] == ["Harbour FA", "Egypt Harbour FA", "Scotland", "Scotland Yard"]
    assert [s.speaker for s in merged] == names  # who said it is unchanged


def test_an_abbreviation_the_story_defines_joins_the_name_it_stands_for():
    from briefer.abbreviations import defined_abbreviations
    from briefer.rank import merge_name_variants

    text = (
        "Ferry maker Nordic Marine Works (NMW) says demand is rising. Analysts (Reuters) "
        "agree. The Port of Tyne Authority (PTA) was not asked."
    )
    found = defined_abbreviations([text])
    assert found == {"NMW": "Nordic Marine Works", "PTA": "Port of Tyne Authority"}

    def said(actor: str, number: int):
        return _said(actor, number, "demand is rising fast")

    names = ["NMW", "Nordic Marine Works", "PTA", "Reuters"]
    merged = merge_name_variants([said(n, i) for i, n in enumerate(names)], set(), found)
    # 'PTA' has no full-name heading to join; '(Reuters)' defines nothing
    assert [s.actor for s in merged] == [
        "Nordic Marine Works",
        "Nordic Marine Works",
        "PTA",
        "Reuters",
    ]
    assert [s.speaker for s in merged] == names
