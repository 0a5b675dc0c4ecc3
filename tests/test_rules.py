"""Rules as data (briefer/rules.py): shipped word lists, and a user rules.toml merged over them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer import rules
from briefer.errors import DataFileError


def test_every_shipped_table_loads_as_lists_of_strings():
    for name in rules.SECTIONS:
        table = rules.load_section(name, None)
        assert table and all(isinstance(v, list) and v for v in table.values()), name


def test_a_key_replaces_add_adds_and_remove_removes(tmp_path: Path):
    shipped = {"verbs": ["said", "says"], "thought_verbs": ["believes"]}
    where = tmp_path / "rules.toml"
    merged = rules.merge(
        shipped, {"verbs_add": ["intoned", "said"], "thought_verbs": ["reckons"]}, where
    )
    assert merged == {"verbs": ["said", "says", "intoned"], "thought_verbs": ["reckons"]}
    assert rules.merge(shipped, {"verbs_remove": ["says"]}, where)["verbs"] == ["said"]
    assert shipped["verbs"] == ["said", "says"]  # the shipped table is left alone


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[speech]\nverbz = ['x']\n", "unknown rule list 'verbz'"),
        ("[speeches]\nverbs = ['x']\n", "unknown table [speeches]"),
        ("[speech]\nverbs = 3\n", "verbs must be a list of strings"),
        ("speech = 3\n", "[speech] must be a table"),
        ("[speech\n", "not valid TOML"),
    ],
)
def test_a_bad_user_file_is_one_line_naming_it(tmp_path: Path, text: str, message: str):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        rules.load_section("speech", path)
    assert str(path) in str(caught.value) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_user_file_comes_from_the_env_var_or_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(rules.ENV_VAR, "")
    assert rules.user_rules_path() is None
    monkeypatch.setenv(rules.ENV_VAR, str(tmp_path / "mine.toml"))
    assert rules.user_rules_path() == tmp_path / "mine.toml"
    monkeypatch.delenv(rules.ENV_VAR)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert rules.user_rules_path() is None  # no file there: no user rules
    (tmp_path / "config" / "briefer").mkdir(parents=True)
    (tmp_path / "config" / "briefer" / "rules.toml").write_text("", encoding="utf-8")
    if sys.platform.startswith("linux"):
        assert rules.user_rules_path() == tmp_path / "config" / "briefer" / "rules.toml"


@pytest.mark.parametrize(
    ("rules_text", "code", "shipped", "overridden"),
    [
        (  # a verb the shipped list lacks
            '[speech]\nverbs_add = ["intoned"]\n',
            "from briefer.engines.speech import attribute_sentence\n"
            "found = attribute_sentence('Mr Smith intoned that the plan would fail.')\n"
            "print(found.speaker if found else None)",
            "None",
            "Mr Smith",
        ),
        (  # a site's own furniture
            "[chrome]\nlines_add = ['watch live']\n",
            "from briefer.ingest.pages import is_chrome\nprint(is_chrome('Watch live'))",
            "False",
            "True",
        ),
        (  # a stance cue taken out
            "[stance]\nsupport_remove = ['welcome']\n",
            "from briefer.stance import stance_of\nprint(stance_of('We welcome the bill'))",
            "supports",
            "unclear",
        ),
    ],
)
def test_a_user_rules_file_changes_what_briefer_does(
    tmp_path: Path, rules_text: str, code: str, shipped: str, overridden: str
):
    """End to end, in a fresh process (rules are read once): shipped lists, then the user's."""
    path = tmp_path / "rules.toml"
    path.write_text(rules_text, encoding="utf-8")
    for env_file, expected in (("", shipped), (str(path), overridden)):
        env = {**os.environ, rules.ENV_VAR: env_file}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == expected


def test_a_bad_user_regex_is_one_line_naming_the_file(tmp_path: Path, monkeypatch):
    path = tmp_path / "rules.toml"
    path.write_text("[stance]\nact_offer_add = ['ready (to']\n", encoding="utf-8")
    monkeypatch.setenv(rules.ENV_VAR, str(path))
    rules.section.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"rules.toml: \[stance\] act_offer: 'ready \(to'"):
            rules.regexes("stance", "act_offer")
    finally:
        monkeypatch.setenv(rules.ENV_VAR, "")
        rules.section.cache_clear()


def test_a_bad_rules_file_stops_the_command_with_one_line(tmp_path: Path):
    path = tmp_path / "rules.toml"
    path.write_text("[speech]\nverbz = ['quipped']\n", encoding="utf-8")
    env = {**os.environ, rules.ENV_VAR: str(path)}
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "sources", "--topic", "x", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"briefer: error: {path}: unknown rule list 'verbz' (known:")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
