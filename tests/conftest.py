"""Shared fixtures: paths to the seeds and the BBC corpus, a CLI runner, an API key, a local
web site, a browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

# No user rules.toml (briefer/rules.py) in tests: the shipped word lists only. Set before any
# briefer module reads its rules.
os.environ["BRIEFER_RULES"] = ""

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def bbc() -> Path:
    if not BBC.is_dir():
        pytest.skip(f"the BBC corpus is not beside the project ({BBC})")
    return BBC


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module (tests/browser.py finds it, or the test is skipped)."""
    from browser import CHROMIUM_FLAGS, chromium_or_skip
    from playwright.sync_api import sync_playwright

    path = chromium_or_skip()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS[1:])
        yield launched
        launched.close()


@pytest.fixture
def site():
    """A local site that records requests and answers conditional ones (see site_server)."""
    from site_server import serve

    with serve() as running:
        yield running


RECORDINGS = ROOT / "tests" / "recordings" / "ceasefire"
FIXTURE_MODEL = "hand-written-fixture"


@pytest.fixture
def api_key(monkeypatch) -> str:
    """A made-up API key in the environment, as a user of a local server sets one."""
    key = "sk-test-local-0123456789"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    return key


@pytest.fixture(autouse=True)
def private_cache_and_no_keys(tmp_path, monkeypatch):
    """No test touches the user's cache or config, or uses a real key from the environment."""
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", *os.environ):
        if name.startswith(("OPENAI_", "BRIEFER_")) and name != "BRIEFER_RULES":
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def every_brief_keeps_its_promise(monkeypatch):
    """Wrap make_brief for every test: each brief produced anywhere in the suite is checked
    (citations on every sentence, every quoted span verbatim in a cited source)."""
    from brief_checks import check_brief

    import briefer.app
    import briefer.pipeline

    produced = []
    original = briefer.pipeline.make_brief

    def recording_make_brief(*args, **kwargs):
        brief, prepared = original(*args, **kwargs)
        produced.append((brief, {s.id: s for s in prepared.corpus.sources}))
        return brief, prepared

    monkeypatch.setattr(briefer.pipeline, "make_brief", recording_make_brief)
    monkeypatch.setattr(briefer.app, "make_brief", recording_make_brief)
    yield produced
    for brief, sources in produced:
        check_brief(brief, sources)


@pytest.fixture(autouse=True)
def no_log_handler_outlives_its_test():
    """`-v` and `--debug` add a handler on the stderr of the moment (a CliRunner's); a later
    test's log line must not go to that closed stream."""
    import logging

    from briefer.logs import _Redacting

    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if any(isinstance(f, _Redacting) for f in handler.filters):
            root.removeHandler(handler)
    logging.getLogger("briefer").setLevel(logging.NOTSET)
