"""Reading annotations in PolNeAR's format (briefer/annotations.py), on text written here."""

from __future__ import annotations

import pytest

from briefer.annotations import (
    AnnotationError,
    load_annotated,
    same_speaker,
    speaker_name,
)

ARTICLE = (
    "Senator backs the bill.\n\n"
    'Senator Jane Doe said on Monday that the bill was overdue. "We have waited long enough '
    'for this," she said, "and the votes are there."\n\n'
    '"It is a gimmick," said Tom Roe, a spokesman for the governor.\n'
)


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = ARTICLE.index(phrase, after)
    return start, start + len(phrase)


def _write(folder, ann: str, text: str = ARTICLE) -> None:
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(parents=True, exist_ok=True)
    (folder / "text" / "paper_2016-01-01_bill.txt").write_text(text, encoding="utf-8")
    (folder / "attributions" / "paper_2016-01-01_bill.ann").write_text(ann, encoding="utf-8")


def _annotations() -> str:
    doe = _span(ARTICLE, "Senator Jane Doe")
    said1 = _span(ARTICLE, "said", doe[1])
    claim = _span(ARTICLE, "the bill was overdue")
    she = _span(ARTICLE, "she")
    part1 = _span(ARTICLE, '"We have waited long enough for this,"')
    part2 = _span(ARTICLE, '"and the votes are there."')
    roe = _span(ARTICLE, "Tom Roe, a spokesman for the governor")
    gimmick = _span(ARTICLE, '"It is a gimmick,"')
    said3 = _span(ARTICLE, "said", gimmick[1])
    lines = [
        f"T1\tSource {doe[0]} {doe[1]}\tSenator Jane Doe",
        f"T2\tCue {said1[0]} {said1[1]}\tsaid",
        f"T3\tContent {claim[0]} {claim[1]}\tthe bill was overdue",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tSource {she[0]} {she[1]}\tshe",
        f"T5\tContent {part1[0]} {part1[1]};{part2[0]} {part2[1]}\t…",
        "E2\tAttribution:T4 Content:T5 Source:T4",
        f"T6\tSource {roe[0]} {roe[1]}\tTom Roe, a spokesman for the governor",
        f'T7\tContent {gimmick[0]} {gimmick[1]}\t"It is a gimmick,"',
        f"T8\tCue {said3[0]} {said3[1]}\tsaid",
        "E3\tAttribution:T8 Content:T7 Cue:T8 Source:T6",
        "#1\tAnnotatorNotes T7\ta note, ignored",
    ]
    return "\n".join(lines) + "\n"


def test_quotes_pronouns_and_split_contents(tmp_path):
    _write(tmp_path, _annotations())
    [article] = load_annotated(tmp_path)
    assert article.publisher == "paper" and article.title == "Senator backs the bill."
    said = {(q.text, q.speaker) for q in article.quotes}
    assert said == {
        ("We have waited long enough for this", "Senator Jane Doe"),
        ("and the votes are there.", "Senator Jane Doe"),
        ("It is a gimmick", "Tom Roe, a spokesman for the governor"),
    }
    she = next(a for a in article.attributions if a.source.text == "she")
    assert she.resolved and she.speaker == "Senator Jane Doe"


def test_names_as_a_reader_gives_them():
    assert speaker_name("Tom Roe, a spokesman for the governor") == "Tom Roe"
    assert speaker_name("Clinton campaign chairman John Podesta") == "John Podesta"
    assert speaker_name("Secretary of State John F. Kerry") == "John F. Kerry"
    assert speaker_name("Hundreds of demonstrators") == "Hundreds of demonstrators"
    assert speaker_name("Cruz himself") == "Cruz"
    assert speaker_name("For Hillary Clinton") == "Hillary Clinton"
    assert same_speaker("Jane Doe", "Senator Jane Doe")
    assert not same_speaker("Tom Roe", "Senator Jane Doe")


def test_bad_offsets_and_wrong_folders_are_one_line(tmp_path):
    _write(tmp_path, "T1\tSource 5 99999\tfar away\n")
    with pytest.raises(AnnotationError, match=r"bill.ann:1: offsets '5 99999' are outside"):
        load_annotated(tmp_path)
    with pytest.raises(AnnotationError, match=r"expected text/NAME\.txt"):
        load_annotated(tmp_path / "nowhere")


def test_a_source_and_cue_marked_the_wrong_way_round_are_read_as_meant(tmp_path):
    gimmick = _span(ARTICLE, "It is a gimmick")
    said = _span(ARTICLE, "said", gimmick[1])
    roe = _span(ARTICLE, "Tom Roe")
    ann = (
        f"T1\tContent {gimmick[0]} {gimmick[1]}\tIt is a gimmick\n"
        f"T2\tSource {said[0]} {said[1]}\tsaid\n"
        f"T3\tCue {roe[0]} {roe[1]}\tTom Roe\n"
        "E1\tAttribution:T2 Content:T1 Source:T2 Cue:T3\n"
    )
    _write(tmp_path, ann)
    (article,) = load_annotated(tmp_path)
    (attribution,) = article.attributions
    assert attribution.speaker == "Tom Roe"
    assert not attribution.resolved
