"""`briefer eval` on both engines: the offline one on hand-written annotations, the LLM one
through the perfect-model server on the first PolNeAR articles."""

from __future__ import annotations

import re

import pytest
from openai_server import serve
from polnear import POLNEAR, PerfectModel
from test_annotations import _annotations, _write

from briefer.annotations import load_annotated
from briefer.cli import app


def _figure(output: str, name: str) -> float:
    return float(re.search(rf"{name}\s+([\d.]+)%", output).group(1))


def test_offline_eval_prints_every_figure(runner, tmp_path):
    _write(tmp_path, _annotations())
    result = runner.invoke(app, ["eval", str(tmp_path), "--engine", "offline"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "engine: offline   articles: 1" in out
    assert _figure(out, "attribution precision") == 100.0
    assert _figure(out, "attribution recall") > 0
    assert "per publisher:" in out and "paper" in out


def test_llm_eval_through_the_perfect_model(runner, tmp_path):
    if not POLNEAR.is_dir():
        pytest.skip("PolNeAR is not beside the project")
    model = PerfectModel(load_annotated(POLNEAR, limit=4))
    with serve(answer=model) as server:
        result = runner.invoke(
            app,
            [
                "eval",
                str(POLNEAR),
                "--engine",
                "llm",
                "--limit",
                "4",
                "--base-url",
                server.base_url,
                "--model",
                "perfect",
                "--no-cache",
            ],
        )
    assert result.exit_code == 0, result.stderr
    assert "engine: llm   articles: 4" in result.stdout
    assert _figure(result.stdout, "attribution precision") >= 98
    assert "dropped by each check" in result.stdout and model.requests["extract"] >= 1


def test_a_folder_without_annotations_is_one_line(runner, tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "expected text/NAME.txt and attributions/NAME.ann" in result.stderr
    assert "Traceback" not in result.stderr
