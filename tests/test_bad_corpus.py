"""At least 100 bad or odd inputs beside the seeds, in one `briefer sources` and one
`briefer make`: each bad one is named on one line, nothing crashes, the seeds still make
the brief."""

from __future__ import annotations

import pytest
from bad_corpus import build

from briefer.cli import app
from briefer.models import Brief

from conftest import SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-corpus")
    return root, build(root, SEEDS)


def _named(stderr: str, root) -> dict[str, list[str]]:
    """Relative path -> the stderr lines that name it."""
    named: dict[str, list[str]] = {}
    for line in stderr.splitlines():
        for prefix in ("briefer: skipped ", "briefer: note: "):
            if line.startswith(prefix):
                path = line.removeprefix(prefix).split(": ", 1)[0]
                named.setdefault(path.removeprefix(f"{root}/"), []).append(line)
    return named


@pytest.mark.parametrize("command", ["sources", "make"])
def test_every_bad_input_is_named_once_and_the_seeds_survive(runner, corpus, command):
    root, expected = corpus
    assert len(expected) >= 100
    args = [command, str(root), "--topic", "ceasefire"]
    result = runner.invoke(app, [*args, "--format", "json"] if command == "make" else args)
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr
    named = _named(result.stderr, root)
    bad = sorted(name for name, kind in expected.items() if kind == "bad")
    assert [name for name in bad if name not in named] == []
    for name in bad:
        skipped = [line for line in named[name] if "skipped" in line]
        assert len(skipped) <= 3, skipped  # a file gets a line, not a flood
    assert all("\n" not in line and len(line) < 400 for lines in named.values() for line in lines)
    seed_names = {p.name for p in SEEDS.iterdir()}
    assert not seed_names & set(named)  # good input is never lost
    if command == "make":
        brief = Brief.model_validate_json(result.stdout)
        actors = {p.actor for p in brief.positions}
        assert {"Russia", "Ukraine"} <= actors
        assert brief.stats.skipped_inputs >= len(bad)
