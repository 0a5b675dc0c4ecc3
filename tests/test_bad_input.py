"""Bad inputs get one line naming the file; good inputs in the same run still count."""

from __future__ import annotations

import os

import pytest

from briefer.cli import app
from briefer.ingest import ingest

GOOD = (
    "Ceasefire talks resume\n\nThe ceasefire talks resumed on Monday in Geneva, officials "
    "said. 'We hope for progress,' said Foreign Minister Jane Doe. The talks continue "
    "tomorrow with both delegations present and a mediator from Switzerland.\n"
)


@pytest.fixture
def messy(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "spaces.txt").write_text("   \n\n  \t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes(GOOD.replace("Geneva", "Genève").encode("cp1252"))
    (tmp_path / "broken.html").write_text("<html><body><div><p>unclosed <b>tags <<<>>> </i>")
    (tmp_path / "only-script.html").write_text("<html><script>var x = 1;</script></html>")
    (tmp_path / "big.txt").write_bytes(b"word " * 10_000_000)  # 50 MB
    (tmp_path / "empty-folder").mkdir()
    os.symlink(tmp_path / "loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b.txt")
    return tmp_path


def _reasons(corpus) -> dict[str, str]:
    return {os.path.basename(s.path): s.reason for s in corpus.skipped}


def test_each_bad_file_is_named_once_and_good_ones_survive(messy):
    corpus = ingest([str(messy), str(messy / "missing.txt"), str(messy / "empty-folder")])
    reasons = _reasons(corpus)
    assert reasons["empty.txt"] == "empty file"
    assert reasons["spaces.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["big.txt"].startswith("too large (50.0 MB")
    assert reasons["empty-folder"].startswith("folder has no articles")
    assert reasons["missing.txt"] == "no such file or folder"
    assert reasons["loop-a.txt"] == "symbolic link loop"
    assert reasons["only-script.html"] == "no readable text in this HTML"
    assert all("\n" not in reason for reason in reasons.values())
    titles = sorted(s.title for s in corpus.sources)
    assert titles.count("Ceasefire talks resume") == 2  # good.txt and latin1.txt
    assert any("Genève" in s.text for s in corpus.sources)
    assert corpus.notes == [f"{messy / 'latin1.txt'}: not UTF-8; decoded as cp1252"]


def test_broken_html_still_yields_its_text(messy):
    corpus = ingest([str(messy / "broken.html")])
    assert corpus.skipped or corpus.sources  # either one line or text, never an exception
    assert all("\n" not in s.reason for s in corpus.skipped)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    assert "permission denied" in _reasons(ingest([str(path)]))["secret.txt"]


def test_cli_lists_good_files_and_one_line_per_bad_one(messy, runner):
    result = runner.invoke(
        app, ["sources", "--topic", "ceasefire", str(messy), str(messy / "empty-folder")]
    )
    assert result.exit_code == 0, result.output
    assert "Ceasefire talks resume" in result.stdout
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "binary.txt", "big.txt", "loop-a.txt", "empty-folder"):
        lines = [line for line in result.stderr.splitlines() if name in line]
        assert len(lines) == 1, (name, result.stderr)
        assert lines[0].startswith("briefer: skipped ")


def test_nothing_usable_exits_2_with_one_line(tmp_path, runner):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["sources", "--topic", "x", str(tmp_path), str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("briefer: error: no usable articles")


def test_missing_default_seeds_folder_is_explained(tmp_path, runner, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["sources", "--topic", "x"])
    assert result.exit_code == 2
    assert "./seeds does not exist" in result.stderr


def test_bad_as_of_is_a_usage_error(runner, seeds):
    result = runner.invoke(app, ["sources", "--topic", "x", "--as-of", "yesterday", str(seeds)])
    assert result.exit_code == 2
    assert "not a date" in result.stderr


def test_cyrillic_legacy_encoding_is_not_mistaken_for_western(tmp_path):
    text = "Перемирие\n\n" + "Министр заявил, что перемирие будет соблюдаться. " * 20
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    [source] = ingest([str(tmp_path / "ru.txt")]).sources
    assert "перемирие будет соблюдаться" in source.text


def test_a_stray_pound_sign_is_read_as_cp1252(tmp_path):
    # The BBC corpus has such a file: one 0xA3 byte in otherwise ASCII text.
    text = "Transfer\n\n" + "The club paid a fee for the player in the summer window. " * 40
    (tmp_path / "fee.txt").write_bytes(text.replace("a fee", "a \xa315.8m fee", 1).encode("cp1252"))
    corpus = ingest([str(tmp_path / "fee.txt")])
    assert "£15.8m" in corpus.sources[0].text
    assert corpus.notes[0].endswith("decoded as cp1252")
