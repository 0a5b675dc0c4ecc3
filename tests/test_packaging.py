"""A non-editable install carries templates, prompts and data files; README and CI agree."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    [path] = out.glob("briefer-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_ships_resources(wheel):
    names = set(wheel.namelist())
    expected = {f"briefer/templates/{p.name}" for p in (ROOT / "templates").iterdir()}
    expected |= {f"briefer/prompts/{p.name}" for p in (ROOT / "prompts").iterdir()}
    expected |= {f"briefer/data/{p.name}" for p in (ROOT / "briefer" / "data").iterdir()}
    assert expected <= names, sorted(expected - names)
    assert any(name.endswith("entry_points.txt") for name in names)


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```(?:bash|sh)\n(.*?)\n```", text, re.S)[:2]


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    make, test = _readme_commands()
    assert "briefer make --topic ceasefire" in make or "briefer sources --topic ceasefire" in make
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text()
    test_runner = test.split("&&")[-1].strip()
    assert test_runner in ci, f"CI must run the README's test command: {test_runner}"
