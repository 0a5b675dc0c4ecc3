"""No phrase or distinctive name of the seed articles sits in briefer's code or data
(tools/seed_phrases.py), and the check finds one when there is."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import seed_phrases


def test_briefer_holds_no_seed_phrase_or_name(capsys):
    status = seed_phrases.main([str(ROOT)])
    out = capsys.readouterr().out
    assert status == 0, out


def _tree(root: Path, code: str) -> None:
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "000.txt").write_text(
        "Harbour master Zorvic Tallen said the ferry talks would resume after the storm.\n"
        "The ferry talks were halted on Monday. It was not the first time.",
        encoding="utf-8",
    )
    (root / "briefer" / "data").mkdir(parents=True)
    (root / "briefer" / "rule.py").write_text(code, encoding="utf-8")
    corpora = root / "corpora" / "bbc" / "politics"
    corpora.mkdir(parents=True)
    (corpora / "001.txt").write_text(
        "Talks were halted on Monday. The minister said the talks would resume.", encoding="utf-8"
    )


def test_a_seed_phrase_and_a_seed_name_are_found(tmp_path):
    _tree(
        tmp_path,
        "# cue lifted from a seed: 'the ferry talks would resume after'\n"
        "NAMES = ['Tallen']\n"
        "# ordinary English stays: 'were halted on Monday', 'the talks would resume'\n",
    )
    hits, notes = seed_phrases.find(tmp_path, corpora=tmp_path / "corpora")
    found = {(hit.kind, hit.text, hit.line) for hit in hits}
    assert found == {("phrase", "the ferry talks would resume after", 1), ("name", "Tallen", 2)}
    assert notes == []


def test_without_the_corpora_only_common_words_pass(tmp_path):
    _tree(tmp_path, "# it was not the first time\n# resume after the storm\n")
    hits, notes = seed_phrases.find(tmp_path, corpora=tmp_path / "missing")
    assert [(hit.text, hit.line) for hit in hits] == [("resume after the storm", 2)]
    assert len(notes) == 2  # no corpora: phrases by common words only, names unchecked
