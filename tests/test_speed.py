"""What keeps runs fast on a big pile, and the progress they show: no timing here (the
benchmarks in bench/ print those), only the properties speed rests on."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from briefer.chunk import chunk_all
from briefer.cli import app
from briefer.cost import Estimate as CostEstimate
from briefer.cost import Meter, Price, StageEstimate
from briefer.ingest import IngestOptions, ingest
from briefer.ingest.parallel import MIN_FILES_PER_WORKER, worker_count
from briefer.progress import RunState, run_progress
from briefer.select import build_query, contains_phrase, select, tokens
from briefer.timing import StageTimes

from conftest import SEEDS


def _folder(tmp_path: Path, count: int) -> Path:
    """`count` small articles, some of them bad, in nested folders."""
    for number in range(count):
        folder = tmp_path / "pile" / f"part{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        if number % 50 == 7:
            (folder / f"{number:04d}.txt").write_bytes(b"\x00\x01binary" * 10)
        elif number % 50 == 8:
            (folder / f"{number:04d}.csv").write_text("a,b\n")
        else:
            (folder / f"{number:04d}.txt").write_text(
                f"Story {number} headline\n\nThe council said on Monday that story {number} "
                "was about tax, and the minister said the plan would cost more than the "
                "opposition had claimed in its own £5m budget papers last week.\n",
                encoding="utf-8" if number % 50 else "cp1252",
            )
    return tmp_path / "pile"


def test_a_pool_of_workers_reads_a_folder_exactly_as_one_reader(tmp_path):
    pile = _folder(tmp_path, 2 * MIN_FILES_PER_WORKER + 10)
    alone = ingest([str(pile)], IngestOptions(workers=1))
    pooled = ingest([str(pile)], IngestOptions(workers=2))
    assert pooled.sources == alone.sources and len(alone.sources) > MIN_FILES_PER_WORKER
    assert pooled.skipped == alone.skipped and alone.skipped
    assert pooled.notes == alone.notes and alone.notes  # the cp1252 ones


def test_only_a_big_folder_gets_workers():
    assert worker_count(10) == 1
    assert worker_count(10, requested=3) == 3
    assert worker_count(100 * MIN_FILES_PER_WORKER) >= 1


def test_files_read_are_counted_as_they_are_read(tmp_path):
    pile = _folder(tmp_path, 20)
    seen: list[int] = []
    ingest([str(pile)], IngestOptions(on_file=seen.append))
    assert sum(seen) == 19  # the .csv (number 8) is skipped before it is read


def test_an_offline_run_does_not_import_the_openai_sdk():
    """Half a second of every offline run went to importing it."""
    code = (
        "import sys, briefer.cli, briefer.pipeline; "
        "sys.exit('openai' in sys.modules or 'httpx2' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_phrases_are_found_wherever_they_start():
    doc = tokens("The card, the identity scheme and identity cards for all")
    assert contains_phrase(doc, ("identity", "card"))
    assert contains_phrase(doc, ("all",))
    assert not contains_phrase(doc, ("card", "identity"))
    assert not contains_phrase(doc, ())
    assert tokens("Talks TALKS talks") == ["talk"] * 3


def test_selection_is_the_same_whichever_order_words_are_first_seen(bbc):
    """Stems are remembered across calls; what is selected must not depend on it."""
    corpus = ingest([str(bbc / "politics")])
    chunks = chunk_all(corpus.sources)
    query = build_query("tuition fees")
    first = select(chunks, query)
    again = select(list(reversed(chunks)), query)
    assert {c.id for c in first.chunks} == {c.id for c in again.chunks} and first.chunks


def test_every_stage_is_timed_and_logged_with_v(runner, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = runner.invoke(app, ["make", "--topic", "ceasefire", "-v"])
    assert result.exit_code == 0, result.stderr
    for stage in ("ingest", "chunk", "select", "extract", "ground", "compose"):
        assert f"stage {stage}: " in result.stderr
    times = StageTimes()
    with times.stage("x"):
        pass
    assert list(times.seconds) == ["x"] and times.peak_mb["x"] > 0


def test_progress_on_a_terminal_is_live_and_ends_in_one_summary_line():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=200)
    with run_progress(console) as state:
        state.file_read(3)
        state.stage_started("select")
        meter = Meter(price=Price(1.0, 2.0))
        estimate = CostEstimate(
            "m", 5, [StageEstimate("extract", requests=4), StageEstimate("synthesize", requests=1)]
        )
        state.expect(estimate, meter)
        meter.requests, meter.input_tokens, meter.output_tokens = 2, 1_000_000, 0
        assert "2 of 5 requests" in state.line() and "$1.0000 spent" in state.line()
        assert state.line().split(" · ")[-2] == "select"
    text = out.getvalue()
    assert text.rstrip().endswith(
        "briefer: 3 files read · 2 requests, 1,000,000 tokens in, 0 out · $1.0000 spent"
    )


def test_progress_off_a_terminal_is_one_summary_line():
    out = io.StringIO()
    with run_progress(Console(file=out, width=200)) as state:
        state.file_read(2)
    assert out.getvalue() == "briefer: 2 files read\n"
    assert RunState().line(done=True) == "0 files read"


def _reference_scores(chunks, query):
    """BM25 over every stem of every chunk, as selection first did it."""
    import bm25s

    from briefer.select import _scores, _with_phrases

    docs = [_with_phrases(tokens(chunk.text), query) for chunk in chunks]
    retriever = bm25s.BM25()
    retriever.index(docs, show_progress=False)
    return _scores(retriever, query.terms, len(docs)), _scores(retriever, query.related, len(docs))


def test_selection_indexes_only_query_words_yet_scores_exactly_as_every_stem(bbc):
    from briefer.models import Chunk
    from briefer.select import _QueryWords, _scores

    odd = [
        "Policies, policy and POLICY-makers; the policys of 2005.",
        "",
        "...",
        "Café talks: cease-fire talk, ceasefires and truces in Zürich (talks_held).",
        "tuition\u00a0fees and tuition-fee rises; top-up fees",
        "ID cards, ID-card, identity",
    ]
    chunks = chunk_all(ingest([str(bbc / "politics")]).sources)[:600]
    chunks += [
        Chunk(id=f"x:{i}", source_id="x", start=0, end=len(t), text=t) for i, t in enumerate(odd)
    ]
    for topic in ("identity cards", "tuition fees", "ceasefire", "policy", "general election"):
        query = build_query(topic)
        plan = _QueryWords(query)
        import bm25s

        retriever = bm25s.BM25()
        retriever.index([plan.reduced(chunk.text) for chunk in chunks], show_progress=False)
        fast = (
            _scores(retriever, query.terms, len(chunks)),
            _scores(retriever, query.related, len(chunks)),
        )
        for ours, reference in zip(fast, _reference_scores(chunks, query), strict=True):
            assert (ours == reference).all(), topic


def test_a_feed_in_a_big_folder_is_read_by_the_parent_as_without_workers(tmp_path):
    """A feed may fetch its entries: workers hand it back to the parent, in its place."""
    pile = _folder(tmp_path, 2 * MIN_FILES_PER_WORKER + 10)
    body = (
        "The minister said on Tuesday that the feed story about council tax was true, "
        "and the opposition said the council tax plan would cost far more than claimed "
        "by the government in its budget papers this week."
    )
    (pile / "part1" / "0100.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><item>'
        f"<title>Feed story</title><description>{body}</description>"
        "<pubDate>Tue, 02 Nov 2004 09:00:00 GMT</pubDate></item></channel></rss>"
    )
    alone = ingest([str(pile)], IngestOptions(workers=1))
    pooled = ingest([str(pile)], IngestOptions(workers=2))
    assert pooled.sources == alone.sources and pooled.skipped == alone.skipped
    assert any(source.title == "Feed story" for source in pooled.sources)


def test_dedupe_finds_every_copy_when_each_story_has_many():
    """Ten rotated copies of every story: 45 pairs for each shingle, counted in numpy."""
    import random

    from briefer.dedupe import copy_groups

    rng = random.Random(14)
    vocabulary = [f"w{n}" for n in range(3000)]
    stories = [
        ["\n".join(" ".join(rng.choices(vocabulary, k=30)) + "." for _ in range(4))]
        for _ in range(60)
    ]
    texts, owner = [], []
    for number, (story,) in enumerate(stories):
        paragraphs = story.split("\n")
        for copy in range(10):
            shift = copy % len(paragraphs)
            texts.append("\n".join(paragraphs[shift:] + paragraphs[:shift]))
            owner.append(number)
    groups = copy_groups(texts)
    assert sorted(sorted({owner[i] for i in group}) for group in groups) == [[n] for n in range(60)]
    assert all(len(group) == 10 for group in groups)
