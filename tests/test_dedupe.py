"""Syndicated copies: edited copies of BBC stories are found and merged; different stories,
even on the same event, and the seeds are never merged; a copy never corroborates."""

from __future__ import annotations

import json

from briefer.dedupe import collapse_copies, copy_groups
from briefer.ingest import ingest
from briefer.pipeline import RunOptions, make_brief

SAMPLE = [
    "business/010.txt",
    "business/120.txt",
    "entertainment/030.txt",
    "politics/040.txt",
    "politics/100.txt",
    "sport/050.txt",
    "sport/200.txt",
    "tech/015.txt",
    "tech/150.txt",
    "politics/020.txt",
]


def edited(text: str, keep: float = 0.75) -> str:
    """A second outlet's version: new headline, paragraphs 1 and 2 swapped, the tail cut,
    a few words changed."""
    title, _, body = text.partition("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    paragraphs[0], paragraphs[1] = paragraphs[1], paragraphs[0]
    kept = paragraphs[: max(2, round(len(paragraphs) * keep))]
    out = "\n\n".join(kept).replace(" said ", " told reporters ", 1).replace(" the ", " a ", 2)
    return "Exclusive: " + title.upper() + "\n\n" + out


def test_edited_copies_of_bbc_stories_are_merged_and_originals_kept_apart(bbc):
    originals = [(bbc / name).read_text(encoding="utf-8") for name in SAMPLE]
    copies = [edited(text, keep=0.75 if n % 2 else 0.6) for n, text in enumerate(originals)]
    groups = copy_groups(originals + copies)
    assert sorted(sorted(g) for g in groups) == [[n, n + len(SAMPLE)] for n in range(len(SAMPLE))]


def test_two_reports_of_one_event_are_not_copies(bbc):
    # both on the detainees ruling, written separately: shared quotes, not shared prose
    texts = [(bbc / f"politics/{n}.txt").read_text(encoding="utf-8") for n in ("040", "070")]
    assert copy_groups(texts) == []


def test_no_seed_is_merged_with_another(seeds):
    corpus = ingest([str(seeds)])
    collapsed = collapse_copies(corpus.sources)
    assert collapsed.copies == 0 and collapsed.sources == corpus.sources


def test_copies_of_one_story_are_one_source_and_not_corroboration(bbc, tmp_path):
    text = (bbc / "politics/040.txt").read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    copy = edited(text, keep=0.9)
    records = [
        {"title": title, "text": body, "outlet": "Daily Planet", "published": "2026-11-21"},
        {
            "title": copy.partition("\n")[0],
            "text": copy.partition("\n")[2],
            "outlet": "Evening Star",
            "published": "2026-11-22",
        },
    ]
    (tmp_path / "two.json").write_text(json.dumps(records))
    brief, prepared = make_brief([str(tmp_path / "two.json")], "detainees", RunOptions())
    assert prepared.copies == 1 and brief.stats.syndicated_copies == 1
    [entry] = brief.sources
    assert [entry.outlet, *(c.outlet for c in entry.copies)] == ["Daily Planet", "Evening Star"]
    labels = {s.corroboration for p in brief.positions for s in p.sentences}
    assert "corroborated" not in labels and "single-source" in labels


def test_sources_shows_each_group_with_its_outlets(bbc, tmp_path, runner):
    from briefer.cli import app

    text = (bbc / "politics/040.txt").read_text(encoding="utf-8")
    (tmp_path / "planet.txt").write_text(text)
    (tmp_path / "star.txt").write_text(edited(text))
    (tmp_path / "other.txt").write_text((bbc / "politics/070.txt").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["sources", "--topic", "detainees", str(tmp_path)])
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.stdout.splitlines() if "Lords wrong on detainees" in line]
    assert "same story also run by" in result.stdout and "(s3)" in row  # star.txt is s3
    assert "1 syndicated copy merged into the story they copy." in result.stdout
    assert "EXCLUSIVE" not in result.stdout  # the copy is not listed as a story of its own


def test_a_copy_with_no_outlet_is_named_by_its_file_never_unknown(bbc, tmp_path):
    from briefer.render import render

    text = (bbc / "politics/040.txt").read_text(encoding="utf-8")
    (tmp_path / "planet.txt").write_text(text)
    (tmp_path / "star.txt").write_text(edited(text))
    brief, prepared = make_brief([str(tmp_path)], "detainees", RunOptions())
    assert prepared.copies == 1
    for form in ("md", "html"):
        page = render(brief, form)
        assert "Same story also run by: star.txt" in page or "also run by: planet.txt" in page
        assert "unknown" not in page
