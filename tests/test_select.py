"""Topic selection: expansions find synonyms, unrelated stories stay out, users can extend."""

from __future__ import annotations

from briefer.chunk import chunk_all
from briefer.models import Source
from briefer.select import build_query, load_topics, select, tokens


def _sources(*texts: str) -> list[Source]:
    return [Source(id=f"s{i}", title="t", path="p", text=t) for i, t in enumerate(texts, 1)]


def test_expansion_finds_truce_and_peace_talks():
    sources = _sources(
        "Both sides agreed a truce on Monday after long peace talks.",
        "The bomb damaged a school; the peace process is fragile, police said.",
        "Shares rose on Monday as the central bank held rates.",
    )
    selection = select(chunk_all(sources), build_query("ceasefire"))
    assert [c.source_id for c in selection.chunks] == ["s1"]
    # s2 mentions 'peace process' (a related phrase) but never the topic itself: off topic
    assert selection.scores["s2:1"] > 0


def test_related_phrases_count_inside_an_on_topic_story():
    text = "The ceasefire was signed in May.\n\n" + "x " * 40 + "\n\nNegotiations resume in Geneva."
    selection = select(chunk_all(_sources(text), max_chars=100), build_query("ceasefire"))
    assert [c.text.split()[0] for c in selection.chunks] == ["The", "Negotiations"]


def test_tokens_fold_case_plurals_and_hyphens():
    expected = ["cease", "fire", "talk", "identity", "card"]
    assert tokens("Cease-fire TALKS, identity cards") == expected


def test_unknown_topic_is_its_own_phrase():
    query = build_query("tariffs on steel")
    assert query.terms[0] == ("tariff", "on", "steel")
    assert ("tariff",) in query.related and ("steel",) in query.related


def test_user_topics_file_extends_the_builtin_ones(tmp_path):
    extra = tmp_path / "topics.toml"
    extra.write_text('[grain-deal]\naliases = ["grain"]\nterms = ["grain corridor"]\n')
    topics = load_topics([extra])
    assert "ceasefire" in topics
    query = build_query("grain", topics)
    assert ("grain", "corridor") in query.terms
    sources = _sources("Ships used the grain corridor again.", "Ceasefire talks stalled.")
    assert [c.source_id for c in select(chunk_all(sources), query).chunks] == ["s1"]


def test_bad_topics_file_is_one_line(tmp_path, runner, seeds):
    from briefer.cli import app

    bad = tmp_path / "topics.toml"
    bad.write_text("[broken\n")
    result = runner.invoke(app, ["sources", "--topic", "x", "--topics", str(bad), str(seeds)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"briefer: error: {bad}: not valid TOML")
    assert "Traceback" not in result.stderr


def test_a_topic_no_story_writes_as_a_phrase_keeps_the_stories_with_each_of_its_words():
    sources = _sources(
        "Ministers defended plans to end the arms embargo on China.",
        "The ban on arms sales to China stays, officials in Beijing were told.",
        "China's exports of steel rose sharply in March.",  # no 'arms', no 'embargo'
        "The embargo on Cuba was tightened, and arms dealers were fined.",  # no 'China'
    )
    selection = select(chunk_all(sources), build_query("China arms embargo"))
    assert [c.source_id for c in selection.chunks] == ["s1"]
    assert selection.by_words
    assert selection.query.terms == (("china",), ("arm",), ("embargo",))


def test_a_topic_some_story_writes_as_a_phrase_keeps_only_those_stories():
    sources = _sources(
        "Talks on the China arms embargo resumed in Brussels.",
        "Ministers defended plans to end the arms embargo on China.",
    )
    selection = select(chunk_all(sources), build_query("China arms embargo"))
    assert [c.source_id for c in selection.chunks] == ["s1"]
    assert not selection.by_words


def test_glue_words_are_not_required_of_a_story():
    sources = _sources("Steel tariffs rose again, the ministry said.")
    selection = select(chunk_all(sources), build_query("tariffs on steel"))
    assert [c.source_id for c in selection.chunks] == ["s1"] and selection.by_words


def test_the_brief_says_when_it_kept_stories_by_the_topics_words(tmp_path):
    from briefer.pipeline import RunOptions, make_brief

    (tmp_path / "a.txt").write_text(
        "Embargo row deepens\n\n"
        "Ministers met in Brussels on Monday to discuss the future of the arms embargo "
        "imposed on China after 1989, amid pressure from several member states.\n\n"
        '"Lifting the arms embargo on China now would be wrong," said Tom Reyes, a minister. '
        "The talks will resume next month, officials said.\n"
    )
    brief, _ = make_brief([str(tmp_path)], "China arms embargo", RunOptions())
    assert brief.stats.statements == 1
    assert any("No story has the words “China arms embargo” together" in n for n in brief.notices)


def test_a_story_whose_headline_names_the_topic_is_on_topic():
    sources = _sources(
        "Connors said British players needed more tennis on clay courts.",
        "The tennis season opens on clay next week, officials said.",
    )
    chunks = chunk_all(sources)
    titles = {"s1": "Connors boost for British tennis", "s2": "Clay court season opens"}
    kept = select(chunks, build_query("British tennis"), titles)
    assert [c.source_id for c in kept.chunks] == ["s1"] and not kept.by_words
    without = select(chunks, build_query("British tennis"))  # the body has each word only
    assert [c.source_id for c in without.chunks] == ["s1"] and without.by_words
