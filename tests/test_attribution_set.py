"""Who said it, measured on the hand-labelled BBC set (tests/data/attribution/, 32 articles,
424 items): the offline extractor followed by the attribution rule, as `briefer make` runs
them. The goals hold on ALL items (rules were developed on all 32 articles since issue 13's
second round). `bbc_fresh.jsonl` is developed on since the third round and holds a floor of
its own; `bbc_heldout.jsonl` was the unseen set until the fourth round (95.8% / 65.0% then)
and is developed on since, with a floor of its own. `bbc_fourth*.jsonl` was the unseen set of
the fourth round (93.7% / 65.5% then) and is developed on since the fifth; `bbc_fifth*.jsonl`
was the unseen set of the fifth round (94.3% / 70.0% then) and is developed on since the
sixth; `bbc_sixth*.jsonl` was the unseen set of the sixth round (92.0% / 62.6% then) and is
developed on since the seventh; `bbc_seventh*.jsonl` was measured unseen at the end of the
seventh round (94.2% / 71.5%) and is developed on since; `bbc_eighth*.jsonl` was measured once,
figures only, at the end of the seventh round (92.1% / 67.3%) and is developed on since the
eighth; `bbc_ninth*.jsonl` was measured once at the end of the eighth round (92.6% / 70.8%)
and is developed on since the ninth; `bbc_tenth*.jsonl` was measured at the start and the
end of the ninth round (94.3% / 72.7%) and is developed on since the tenth."""

from __future__ import annotations

import pytest
from attribution_set import LABELS, _state_of, load_items, score, speaker_right

from briefer.actors import load_actors
from briefer.attribution import speaker_key, speaker_within_reach
from briefer.ingest import ingest

from conftest import BBC

ITEMS = load_items()
FRESH = LABELS.with_name("bbc_fresh.jsonl")
HELDOUT = LABELS.with_name("bbc_heldout.jsonl")
FOURTH = (LABELS.with_name("bbc_fourth_a.jsonl"), LABELS.with_name("bbc_fourth_b.jsonl"))
FIFTH = (LABELS.with_name("bbc_fifth_a.jsonl"), LABELS.with_name("bbc_fifth_b.jsonl"))
SIXTH = tuple(LABELS.with_name(f"bbc_sixth_{part}.jsonl") for part in "abc")
SEVENTH = tuple(LABELS.with_name(f"bbc_seventh_{part}.jsonl") for part in "abc")
EIGHTH = tuple(LABELS.with_name(f"bbc_eighth_{part}.jsonl") for part in "abc")
NINTH = tuple(LABELS.with_name(f"bbc_ninth_{part}.jsonl") for part in "abc")
TENTH = tuple(LABELS.with_name(f"bbc_tenth_{part}.jsonl") for part in "abc")


@pytest.fixture(scope="module")
def scores():
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    return {
        "all": score(ITEMS, BBC),
        "fresh": score(load_items(FRESH), BBC),
        "heldout": score(load_items(HELDOUT), BBC),
        "fourth": score([item for path in FOURTH for item in load_items(path)], BBC),
        "fifth": score([item for path in FIFTH for item in load_items(path)], BBC),
        "sixth": score([item for path in SIXTH for item in load_items(path)], BBC),
        "seventh": score([item for path in SEVENTH for item in load_items(path)], BBC),
        "eighth": score([item for path in EIGHTH for item in load_items(path)], BBC),
        "ninth": score([item for path in NINTH for item in load_items(path)], BBC),
        "tenth": score([item for path in TENTH for item in load_items(path)], BBC),
    }


def _rate(pair: tuple[int, int]) -> float:
    right, total = pair
    return right / total


def test_all_labelled_articles_meet_the_goals(scores):
    """Issue 13: precision >= 97% (shown attributions that are right), recall >= 70%
    (labelled quotes found and attributed), on every item of bbc.jsonl."""
    every = scores["all"]
    assert _rate(every.precision()) >= 0.97, every.precision()
    assert _rate(every.recall()) >= 0.70, every.recall()


def test_the_second_labelled_set_holds_its_floor(scores):
    """bbc_fresh.jsonl (26 articles, studied since issue 13's third round): 98.0% precision
    and 70.3% recall when this floor was first set; the fourth round's precision and recall
    rules together reached 99.2% / 75.9%, the fifth's 99.5% / 83.0% (recall counted by the
    scorer that credits every labelled sentence a shown quote holds), and the floor is about
    a point below each."""
    fresh = scores["fresh"]
    assert _rate(fresh.precision()) >= 0.985, fresh.precision()
    assert _rate(fresh.recall()) >= 0.82, fresh.recall()


def test_the_third_labelled_set_holds_its_floor(scores):
    """bbc_heldout.jsonl (studied since issue 13's fourth round; 95.8% / 65.0% unseen):
    99.1% precision and 65.8% recall after the precision rules (pronoun gender, unnamed
    speakers in between, bare titles), 99.7% / 69.2% with the recall rules too (more cues,
    bodies by their kind, subjects before an aside); 100% / 78.1% after the fifth round (the
    scorer as above), and the floor is about a point below each."""
    heldout = scores["heldout"]
    assert _rate(heldout.precision()) >= 0.99, heldout.precision()
    assert _rate(heldout.recall()) >= 0.77, heldout.recall()


def test_the_fourth_labelled_set_holds_its_floor(scores):
    """The fourth set (studied since issue 13's fifth round): 93.7% precision and 65.5% recall
    while it was unseen (92.4% / 62.7% at the start of the fourth round); 99.8% / 83.8% after
    the fifth round (recall counted by the scorer that credits every labelled sentence a shown
    quote holds), and the floor is about a point below each."""
    fourth = scores["fourth"]
    assert _rate(fourth.precision()) >= 0.985, fourth.precision()
    assert _rate(fourth.recall()) >= 0.825, fourth.recall()


def test_the_fifth_labelled_set_holds_its_floor(scores):
    """The fifth set (studied since issue 13's sixth round): 94.3% precision and 70.0% recall
    when it was measured unseen at the end of the fifth round (94.7% / 68.8% before it);
    97.9% / 71.3% after the sixth round's rules on its causes, and the floor is about a point
    below each."""
    fifth = scores["fifth"]
    assert _rate(fifth.precision()) >= 0.97, fifth.precision()
    assert _rate(fifth.recall()) >= 0.70, fifth.recall()


def test_the_sixth_labelled_set_holds_its_floor(scores):
    """The sixth set (studied since issue 13's seventh round): 92.0% precision and 62.6%
    recall when it was measured unseen; 97.0% / 71.3% after the seventh round's rules, and
    the floor is about a point below each."""
    sixth = scores["sixth"]
    assert _rate(sixth.precision()) >= 0.96, sixth.precision()
    assert _rate(sixth.recall()) >= 0.70, sixth.recall()


def test_the_seventh_labelled_set_holds_its_floor(scores):
    """The seventh set: 94.2% precision and 71.5% recall when it was measured unseen at the
    end of the seventh round (94.1% / 70.2% with the code the round started from); 95.7% /
    72.4% after three rules on its causes. Below the precision goal: its remaining errors are
    listed by `bench/bench_attribution.py --details seventh`."""
    seventh = scores["seventh"]
    assert _rate(seventh.precision()) >= 0.945, seventh.precision()
    assert _rate(seventh.recall()) >= 0.71, seventh.recall()


def test_the_eighth_labelled_set_holds_its_floor(scores):
    """The eighth set: 92.1% precision and 67.3% recall when it was measured once, figures
    only, at the end of the seventh round; 96.8% / 72.6% after the eighth round's rules, and
    the floor is about a point below each. Its remaining errors are listed by
    `bench/bench_attribution.py --details eighth`."""
    eighth = scores["eighth"]
    assert _rate(eighth.precision()) >= 0.955, eighth.precision()
    assert _rate(eighth.recall()) >= 0.71, eighth.recall()


def test_the_ninth_labelled_set_holds_its_floor(scores):
    """The ninth set: 92.6% precision and 70.8% recall when it was measured once, figures
    only, at the end of the eighth round; 98.6% / 75.6% after the ninth round's rules (most
    of them on how a speaker is named: one entity, one name, as the story writes it), and
    the floor is about a point below each. Its remaining errors are listed by
    `bench/bench_attribution.py --details ninth`."""
    ninth = scores["ninth"]
    assert _rate(ninth.precision()) >= 0.975, ninth.precision()
    assert _rate(ninth.recall()) >= 0.745, ninth.recall()


def test_the_tenth_labelled_set_holds_its_floor(scores):
    """The tenth set: 94.3% precision and 72.7% recall when it was measured, figures only, at
    the start and the end of the ninth round; 98.8% / 75.3% after the tenth round's rules
    (a party in the possessive owns the title after it, a title with an 'of' phrase then its
    holder's name, an office the story later gives a holder), and the floor is about a
    point below each. Its remaining errors are listed by
    `bench/bench_attribution.py --details tenth`."""
    tenth = scores["tenth"]
    assert _rate(tenth.precision()) >= 0.975, tenth.precision()
    assert _rate(tenth.recall()) >= 0.74, tenth.recall()


def _item(speaker: str, how: str = "same-sentence", proxy_for: str | None = None) -> dict:
    return {"kind": "direct", "speaker": speaker, "how": how, "proxy_for": proxy_for, "actors": []}


def test_the_scorer_takes_the_articles_own_acronym_and_proxy_words_and_nothing_looser():
    institute = _item("National Institute of Economic and Social Research")
    assert speaker_right("NIESR", institute)
    assert not speaker_right("NIER", institute) and not speaker_right("NIESR", _item("Ofcom"))
    spokesman = _item("prime minister's official spokesman", "proxy", "Tony Blair")
    assert speaker_right("the prime minister's official spokesman", spokesman)
    assert speaker_right("Tony Blair's official spokesman", spokesman)
    assert not speaker_right("Tony Blair", spokesman)
    assert not speaker_right("the prime minister", spokesman)


def test_the_scorer_takes_a_body_by_another_form_of_the_name_its_label_gives_as_side():
    """A label may name a body by one form of its name and give another as its side: either
    form shown, as speaker and side, is that body ('Nortel Networks' for 'Nortel', 'Blackburn'
    for 'Blackburn Rovers', 'GE' for 'General Electric'); another body's name is not."""
    firm = {**_item("Nortel"), "actors": ["Nortel Networks"]}
    assert speaker_right("Nortel Networks", firm, "Nortel Networks")
    assert not speaker_right("Nortel Networks", firm, "Canada")  # shown under another side
    assert not speaker_right("Nordic Networks", firm, "Nordic Networks")
    assert not speaker_right("Nortel Networks", _item("Nortel"), "Nortel Networks")
    club = {**_item("Blackburn Rovers"), "actors": ["Blackburn Rovers"]}
    assert speaker_right("Blackburn", club, "Blackburn")  # the shorter form, as the side
    assert not speaker_right("Blackburn", club, "Rangers")
    firm = {**_item("General Electric"), "actors": ["General Electric"]}
    assert speaker_right("GE", firm, "GE") and not speaker_right(
        "GE", _item("General Electric"), "GE"
    )


def test_the_scorer_takes_the_body_a_group_of_its_members_speaks_for():
    """'MPs said', labelled 'MPs' with the committee as side: the committee shown as speaker
    and side is right; another body, or a named person's label, is not."""
    members = {**_item("MPs"), "actors": ["Home Affairs Committee"]}
    assert speaker_right("the Home Affairs Committee", members, "the Home Affairs Committee")
    assert not speaker_right("the Treasury", members, "the Treasury")
    person = {**_item("Tom Reyes"), "actors": ["Home Affairs Committee"]}
    assert not speaker_right("the Home Affairs Committee", person, "the Home Affairs Committee")


def test_the_scorer_reads_an_acronym_either_way_and_a_state_by_the_datas_name():
    assert speaker_right("the World Trade Organisation", _item("WTO"))
    assert not speaker_right("the World Tourism Agency", _item("WTO"))
    actors = load_actors()
    assert _state_of("US government", actors) == "United States"
    assert _state_of("French government", actors) == "France"
    assert _state_of("UK government", actors) == "UK government"  # an actor of its own
    assert _state_of("European Commission", actors) == "EU"  # an alias of the data's EU
    assert _state_of("Open Source Development Labs", actors) is None


def test_no_narration_is_shown_as_someones_words(scores):
    """On bbc.jsonl and bbc_fresh.jsonl. bbc_heldout.jsonl still shows one (politics/239:
    'The Serious Organised Crime and Police Bill proposes ...' read as 'Police Bill')."""
    shown = [j for name in ("all", "fresh") for j in scores[name].shown]
    assert not [j.item["id"] for j in shown if j.item["kind"] == "narration"]


def test_the_rule_accepts_labelled_speakers_and_no_one_the_article_does_not_name(bbc):
    """The attribution rule alone: the labelled speaker (or a proxy's principal) is named
    within reach of nearly every labelled quote; a name from another article never is."""
    texts: dict[str, str] = {}
    accepted = rejected = total = 0
    outsiders = sorted({i["speaker"] for i in ITEMS if i["speaker"] and " " in i["speaker"]})
    for number, item in enumerate(i for i in ITEMS if i["kind"] != "narration"):
        if item["file"] not in texts:
            texts[item["file"]] = ingest([str(bbc / item["file"])]).sources[0].text
        text = texts[item["file"]]
        start = text.find(item["quote"])
        end = start + len(item["quote"])
        speaker = (
            item["proxy_for"] if item["how"] == "proxy" and item["proxy_for"] else item["speaker"]
        )
        total += 1
        accepted += speaker_within_reach(text, start, end, speaker)
        strangers = [n for n in outsiders if speaker_key(n) and speaker_key(n) not in text]
        rejected += not speaker_within_reach(text, start, end, strangers[number % len(strangers)])
    assert accepted / total >= 0.90, (accepted, total)
    assert rejected == total


def test_the_article_interval_widens_when_one_article_holds_the_errors():
    """The bench's 95% interval resamples whole articles: errors packed in one article's
    run of quotes give a wider interval than the same errors spread one per article."""
    from attribution_set import Judged, article_interval

    def judged(file: str, right: bool) -> Judged:
        return Judged({"file": file}, None, right, "right" if right else "wrong")

    spread = [judged(f"a{i}", i >= 5) for i in range(50)]  # 5 wrong, one each in 5 articles
    packed = [judged(f"a{i // 5}", i >= 5) for i in range(50)]  # the same 5 in one article
    assert article_interval([judged("a", True)] * 10) == (100.0, 100.0)
    low_spread, high_spread = article_interval(spread)
    low_packed, high_packed = article_interval(packed)
    assert low_spread <= 90.0 <= high_spread and low_packed <= 90.0 <= high_packed
    assert high_packed - low_packed > high_spread - low_spread
