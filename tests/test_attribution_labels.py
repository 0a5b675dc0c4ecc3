"""The hand-labelled attribution sets under tests/data/attribution/ stay valid: every quote
verbatim and once in its article, fields as the README says, and no article in two sets (each
later set is held out from everything the earlier ones were used for; `bbc_heldout.jsonl` is
for measuring only). Data checks only; no extractor runs here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import BBC

HERE = Path(__file__).resolve().parent / "data" / "attribution"


def _validate():
    spec = importlib.util.spec_from_file_location("attribution_validate", HERE / "validate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def validate(monkeypatch):
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    monkeypatch.setenv("BBC_CORPUS", str(BBC))
    return _validate()


def test_every_labelled_set_is_valid_and_the_sets_are_disjoint(validate, capsys):
    assert validate.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "sets disjoint" in out
    assert out.count("\nOK") == len(validate.SETS)


def _line(path: Path, n: int = 0) -> dict:
    return json.loads(path.read_text(encoding="utf-8").splitlines()[n])


def test_an_article_in_both_sets_or_a_copy_of_one_fails(validate, tmp_path, capsys):
    first = _line(HERE / "bbc.jsonl")
    copy = dict(first, id="copy-01")
    # politics/141.txt is a byte-identical copy of politics/300.txt, which the first set uses.
    other = next(
        json.loads(line)
        for line in (HERE / "bbc.jsonl").read_text(encoding="utf-8").splitlines()
        if '"politics/300.txt"' in line
    )
    twin = dict(other, id="twin-01", file="politics/141.txt")
    for extra, name in ((copy, first["file"]), (twin, "politics/141.txt")):
        path = tmp_path / f"set-{extra['id']}.jsonl"
        path.write_text(json.dumps(extra) + "\n", encoding="utf-8")
        assert validate.main([str(HERE / "bbc.jsonl"), str(path)]) == 1
        assert f"{name} is also in bbc.jsonl" in capsys.readouterr().out


def test_a_quote_that_is_not_verbatim_or_too_short_fails(validate, tmp_path, capsys):
    item = _line(HERE / "bbc.jsonl")
    bad = [
        dict(item, id="x-1", quote=item["quote"] + " and words the article never had"),
        dict(item, id="x-2", quote="said it"),
        dict(item, id="x-3", kind="narration"),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(b) + "\n" for b in bad), encoding="utf-8")
    assert validate.check(path) == 1
    out = capsys.readouterr().out
    assert "x-1): quote occurs 0 times" in out
    assert "x-2): quote must be one line of 6+ words" in out
    assert "x-3): narration kind and how disagree" in out


def test_the_held_out_set_is_checked_and_keeps_its_size(validate, capsys):
    assert "bbc_heldout.jsonl" in validate.SETS
    assert validate.check(HERE / "bbc_heldout.jsonl") == 0, capsys.readouterr().out
    items = [
        json.loads(line)
        for line in (HERE / "bbc_heldout.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    files = {it["file"] for it in items}
    assert len(items) >= 450 and len(files) >= 24
    assert {name.split("/")[0] for name in files} == ALL_SECTIONS


@pytest.mark.parametrize("earlier", ["bbc.jsonl", "bbc_fresh.jsonl"])
def test_the_held_out_set_shares_no_article_with_an_earlier_set(validate, earlier, capsys):
    assert validate.main([str(HERE / earlier), str(HERE / "bbc_heldout.jsonl")]) == 0
    assert "sets disjoint" in capsys.readouterr().out


def test_a_corpus_copy_of_a_held_out_article_in_another_set_fails(validate, tmp_path, capsys):
    # tech/299.txt is a byte-identical copy of tech/270.txt, which the held-out set uses.
    item = next(
        json.loads(line)
        for line in (HERE / "bbc_heldout.jsonl").read_text(encoding="utf-8").splitlines()
        if '"tech/270.txt"' in line
    )
    path = tmp_path / "later.jsonl"
    path.write_text(json.dumps(dict(item, id="twin-01", file="tech/299.txt")) + "\n", "utf-8")
    assert validate.main([str(HERE / "bbc_heldout.jsonl"), str(path)]) == 1
    assert "tech/299.txt is also in bbc_heldout.jsonl (tech/270.txt)" in capsys.readouterr().out


FOURTH = ("bbc_fourth_a.jsonl", "bbc_fourth_b.jsonl")
FIFTH = ("bbc_fifth_a.jsonl", "bbc_fifth_b.jsonl")


def _items(names: tuple[str, ...], validate, capsys) -> list[dict]:
    items = []
    for name in names:
        assert name in validate.SETS
        assert validate.check(HERE / name) == 0, capsys.readouterr().out
        items += [
            json.loads(line)
            for line in (HERE / name).read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return items


SIXTH = ("bbc_sixth_a.jsonl", "bbc_sixth_b.jsonl", "bbc_sixth_c.jsonl")
SEVENTH = ("bbc_seventh_a.jsonl", "bbc_seventh_b.jsonl", "bbc_seventh_c.jsonl")
EIGHTH = ("bbc_eighth_a.jsonl", "bbc_eighth_b.jsonl", "bbc_eighth_c.jsonl")
NINTH = ("bbc_ninth_a.jsonl", "bbc_ninth_b.jsonl", "bbc_ninth_c.jsonl")
TENTH = ("bbc_tenth_a.jsonl", "bbc_tenth_b.jsonl", "bbc_tenth_c.jsonl")
ELEVENTH = ("bbc_eleventh_a.jsonl", "bbc_eleventh_b.jsonl", "bbc_eleventh_c.jsonl")
TWELFTH = (  # its unseen parts and the articles a developer saw statements of
    "bbc_twelfth_a.jsonl",
    "bbc_twelfth_b.jsonl",
    "bbc_twelfth_c.jsonl",
    "bbc_twelfth_seen.jsonl",
)
ALL_SECTIONS = frozenset({"politics", "business", "tech", "entertainment", "sport"})
THIRTEENTH = ("bbc_thirteenth_a.jsonl", "bbc_thirteenth_b.jsonl", "bbc_thirteenth_c.jsonl")
FOURTEENTH = tuple(f"bbc_fourteenth_{part}.jsonl" for part in "abcd")
FIFTEENTH = tuple(f"bbc_fifteenth_{part}.jsonl" for part in "abcd")


@pytest.mark.parametrize(
    ("parts", "least_items", "least_articles", "sections"),
    [
        (FOURTH, 550, 30, ALL_SECTIONS),
        (FIFTH, 600, 35, ALL_SECTIONS),
        (SIXTH, 500, 35, ALL_SECTIONS),
        (SEVENTH, 500, 40, ALL_SECTIONS),
        (EIGHTH, 450, 35, ALL_SECTIONS),
        (NINTH, 420, 33, ALL_SECTIONS),
        (TENTH, 370, 30, ALL_SECTIONS),
        (ELEVENTH, 450, 37, ALL_SECTIONS),
        (TWELFTH, 370, 30, ALL_SECTIONS),
        # its nine sport draws were tennis or one-speaker reports, skipped by the rules
        (THIRTEENTH, 180, 16, ALL_SECTIONS - {"sport"}),
        (FOURTEENTH, 350, 30, ALL_SECTIONS),
        # its twelve entertainment draws were skipped by the rules (no quotes, one speaker,
        # copies)
        (FIFTEENTH, 250, 21, ALL_SECTIONS - {"entertainment"}),
    ],
    ids=[
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
    ],
)
def test_each_later_set_is_checked_and_keeps_its_size(
    parts, least_items, least_articles, sections, validate, capsys
):
    """The sets that were unseen in issue 13's fourth to eleventh measurements (and the
    sealed twelfth and fifteenth), each labelled
    in parts by several readers, cover every section of the corpus."""
    items = _items(parts, validate, capsys)
    files = {it["file"] for it in items}
    assert len(items) >= least_items and len(files) >= least_articles
    assert {name.split("/")[0] for name in files} == sections


def test_the_labelled_sets_share_no_article(validate, capsys):
    every = [
        "bbc.jsonl",
        "bbc_fresh.jsonl",
        "bbc_heldout.jsonl",
        *FOURTH,
        *FIFTH,
        *SIXTH,
        *SEVENTH,
        *EIGHTH,
        *NINTH,
        *TENTH,
        *ELEVENTH,
        *TWELFTH,
        *THIRTEENTH,
        *FOURTEENTH,
        *FIFTEENTH,
    ]
    assert validate.main([str(HERE / name) for name in every]) == 0
    assert "sets disjoint" in capsys.readouterr().out
