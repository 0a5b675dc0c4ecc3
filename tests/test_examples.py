"""examples/ is what the code produces now: regenerate with `python examples/make_examples.py`."""

from __future__ import annotations

import importlib.util

import pytest

from briefer.cli import app

from conftest import ROOT

_spec = importlib.util.spec_from_file_location(
    "make_examples", ROOT / "examples" / "make_examples.py"
)
make_examples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_examples)


@pytest.mark.parametrize("name", sorted(make_examples.EXAMPLES))
def test_example_matches_the_code(name, runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", make_examples.SOURCE_DATE_EPOCH)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = runner.invoke(app, make_examples.EXAMPLES[name])
    assert result.exit_code == 0, result.stderr
    expected = (ROOT / "examples" / name).read_text()
    assert make_examples.portable(result.stdout) == expected, (
        f"examples/{name} is stale: run `python examples/make_examples.py` and review the diff"
    )
