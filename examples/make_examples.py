"""Regenerate every file in examples/ from the seeds.

Run from the project root:  python examples/make_examples.py
tests/test_examples.py fails if a file here differs from what the code now produces.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The brief's date: fixed so the examples only change when the code does (2025-08-22 UTC).
SOURCE_DATE_EPOCH = "1755820800"

FORMATS = ("md", "html", "json")
SCREENSHOT = "ceasefire.offline.png"  # not compared by the tests: fonts differ per machine
# The LLM example answers from tests/recordings/ceasefire: hand-written answers in the
# OpenAI wire format (no model wrote them; see tests/recordings/make_ceasefire.py).
LLM = [
    "--engine",
    "llm",
    "--model",
    "hand-written-fixture",
    "--no-cache",
    "--replay",
    "tests/recordings/ceasefire",
]
EXAMPLES: dict[str, list[str]] = {
    **{
        f"ceasefire.offline.{fmt}": [
            "make",
            "--topic",
            "ceasefire",
            "--engine",
            "offline",
            "--format",
            fmt,
            "seeds",
        ]
        for fmt in FORMATS
    },
    **{
        f"ceasefire.llm.{fmt}": ["make", "--topic", "ceasefire", *LLM, "--format", fmt, "seeds"]
        for fmt in FORMATS
    },
}


def main() -> None:
    from typer.testing import CliRunner

    from briefer.cli import app

    os.chdir(ROOT)
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    for name in list(os.environ):  # the examples are made from the defaults alone
        if name.startswith(("OPENAI_", "BRIEFER_")) and name != "BRIEFER_RULES":
            os.environ.pop(name, None)
    os.environ["BRIEFER_CONFIG"] = ""  # set but empty: no config file
    runner = CliRunner()
    for name, args in EXAMPLES.items():
        result = runner.invoke(app, args)
        if result.exit_code != 0:
            sys.exit(f"{name}: briefer {' '.join(args)} failed:\n{result.stderr}")
        (ROOT / "examples" / name).write_text(portable(result.stdout))
        print(f"wrote examples/{name}")
    _screenshot(ROOT / "examples" / "ceasefire.offline.html", ROOT / "examples" / SCREENSHOT)


def portable(text: str) -> str:
    """The brief with the checkout's folder recorded as '.', so examples match anywhere."""
    return text.replace(f'"made_in": "{ROOT}"', '"made_in": "."')


def _screenshot(html: Path, png: Path) -> None:
    """The HTML brief as a reader sees it in a 600 px email column (needs Chromium)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import shutil

    if not shutil.which("chromium"):
        print(f"skipped examples/{png.name}: chromium is not installed (apt-get install chromium)")
        return
    from browser import screenshot

    screenshot(html.read_text(), png)
    print(f"wrote examples/{png.name}")


if __name__ == "__main__":
    main()
