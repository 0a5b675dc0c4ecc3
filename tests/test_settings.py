"""Settings: defaults < config file < environment < typed flags, `briefer config`, and a bad
config file as one line. The config dir is the test's own (conftest points XDG_CONFIG_HOME
at tmp_path), never the real home."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest

from briefer.cli import app
from briefer.engines.registry import choose_engine
from briefer.llm.settings import DEFAULT_MODEL
from briefer.logs import redact
from briefer.settings import ConfigError, config_location, load_settings

from conftest import ROOT, SEEDS

KEY = "sk-test-settings-0123456789"


@pytest.fixture
def user_config(tmp_path, monkeypatch) -> Path:
    """briefer.toml in the user config dir, which the test owns."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    path = tmp_path / "xdg-config" / "briefer" / "briefer.toml"
    path.parent.mkdir(parents=True)
    return path


def test_the_config_file_is_found_in_the_user_config_dir(user_config):
    assert config_location() == (user_config, False)
    assert load_settings().origin("model") == "default"  # no file yet: nothing to read
    user_config.write_text('model = "from-file"\n')
    settings = load_settings()
    assert settings.model == "from-file" and settings.origin("model") == str(user_config)
    assert settings.config_file == user_config


def test_each_level_beats_the_one_before(user_config, monkeypatch):
    user_config.write_text("max_words = 700\nconcurrency = 8\nbatch_chars = 5000\n")
    monkeypatch.setenv("BRIEFER_CONCURRENCY", "9")
    monkeypatch.setenv("BRIEFER_BATCH_CHARS", "6000")
    settings = load_settings({"batch_chars": 7000, "timeout": None, "topics": []})
    assert (settings.timeout, settings.origin("timeout")) == (60.0, "default")
    assert (settings.max_words, settings.origin("max_words")) == (700, str(user_config))
    assert (settings.concurrency, settings.origin("concurrency")) == (9, "env BRIEFER_CONCURRENCY")
    assert (settings.batch_chars, settings.origin("batch_chars")) == (7000, "--batch-chars")
    assert settings.topics == [] and settings.origin("topics") == "default"


def test_openai_variables_and_their_briefer_names(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = load_settings()
    assert settings.key() == KEY and settings.origin("api_key") == "env OPENAI_API_KEY"
    assert settings.base_url == "http://127.0.0.1:9/v1"
    assert settings.origin("base_url") == "env OPENAI_BASE_URL"
    assert KEY not in repr(settings)  # a SecretStr: never printed by accident
    monkeypatch.setenv("BRIEFER_BASE_URL", "http://127.0.0.1:8/v1")
    assert load_settings().base_url == "http://127.0.0.1:8/v1"
    monkeypatch.setenv("OPENAI_API_KEY", "")  # set but empty: not a key
    assert load_settings().api_key is None


def test_config_flag_and_variable_name_the_file(tmp_path, user_config, monkeypatch):
    user_config.write_text('model = "user-dir"\n')
    named = tmp_path / "named.toml"
    named.write_text('model = "named"\n')
    typed = tmp_path / "typed.toml"
    typed.write_text('model = "typed"\n')
    monkeypatch.setenv("BRIEFER_CONFIG", str(named))
    assert load_settings().model == "named"
    assert load_settings(config=typed).model == "typed"
    monkeypatch.setenv("BRIEFER_CONFIG", "")  # set but empty: no file, not even the user's
    assert load_settings().model == DEFAULT_MODEL and load_settings().config_file is None
    monkeypatch.setenv("BRIEFER_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match=r"missing\.toml: no such config file"):
        load_settings()


def test_paths_in_a_config_file_are_relative_to_it(tmp_path, monkeypatch):
    config = tmp_path / "conf" / "briefer.toml"
    config.parent.mkdir()
    config.write_text('actors = "mine.toml"\ntopics = ["a.toml", "/abs/b.toml"]\ncache_dir = "c"\n')
    monkeypatch.setenv("BRIEFER_OUTLETS", os.pathsep.join(["x.toml", "y.toml"]))
    settings = load_settings(config=config)
    assert settings.actors == [config.parent / "mine.toml"]
    assert settings.topics == [config.parent / "a.toml", Path("/abs/b.toml")]
    assert settings.cache_dir == config.parent / "c"
    assert settings.outlets == [Path("x.toml"), Path("y.toml")]  # the environment: as given


def test_the_engine_is_chosen_from_the_settings(monkeypatch, tmp_path):
    assert choose_engine(load_settings()) == "offline"
    assert choose_engine(load_settings(), wants_llm=True) == "llm"
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert choose_engine(load_settings()) == "llm"
    assert choose_engine(load_settings(), auto=False) == "offline"  # eval's default
    assert choose_engine(load_settings({"engine": "offline"})) == "offline"
    config = tmp_path / "c.toml"
    config.write_text('engine = "llm"\n')
    monkeypatch.delenv("OPENAI_API_KEY")
    assert choose_engine(load_settings(config=config), auto=False) == "llm"


def test_a_key_from_the_config_file_reaches_the_engine_and_is_redacted(tmp_path):
    secret = "sk-from-a-file-abcdef987654"
    config = tmp_path / "c.toml"
    config.write_text(f'api_key = "{secret}"\nbase_url = "http://127.0.0.1:9/v1"\n')
    llm = load_settings(config=config).llm()
    assert llm.api_key == secret and llm.base_url == "http://127.0.0.1:9/v1"
    assert secret not in redact(f"the server echoed {secret}")


def test_briefer_config_says_where_each_value_came_from(runner, user_config, monkeypatch):
    user_config.write_text('model = "file-model"\nmax_words = 800\n')
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BRIEFER_TIMEOUT", "30")
    result = runner.invoke(app, ["config", "--max-words", "900", "--concurrency", "2"])
    assert result.exit_code == 0, result.stderr
    lines = {line.split("=")[0].strip("# ").strip(): line for line in result.stdout.splitlines()}
    assert lines["model"].endswith(f"# {user_config}") and '"file-model"' in lines["model"]
    assert (
        lines["max_words"].startswith("max_words = 900") and "# --max-words" in lines["max_words"]
    )
    assert (
        lines["timeout"].startswith("timeout = 30.0") and "# env BRIEFER_TIMEOUT" in result.stdout
    )
    assert lines["batch_chars"].endswith("# default")
    assert "# engine = (not set)" in result.stdout
    path = runner.invoke(app, ["config", "--path"])
    assert path.stdout.strip() == str(user_config)


def test_briefer_config_never_shows_the_key(runner, tmp_path, monkeypatch):
    short = "ollama"  # a placeholder too short for the redactor's general rule: hidden anyway
    for key, where in ((KEY, "env"), (short, "file")):
        config = tmp_path / f"{where}.toml"
        config.write_text(f'api_key = "{key}"\n' if where == "file" else "")
        if where == "env":
            monkeypatch.setenv("OPENAI_API_KEY", key)
        else:
            monkeypatch.delenv("OPENAI_API_KEY")
        result = runner.invoke(app, ["config", "--config", str(config)])
        assert result.exit_code == 0, result.stderr
        assert key not in result.stdout + result.stderr
        assert 'api_key = "[redacted]"' in result.stdout


@pytest.mark.parametrize(
    "content,problem",
    [
        ("model = \n", "not valid TOML"),
        ('modle = "x"\n', "unknown key 'modle'"),
        ('concurrency = "many"\n', "concurrency: Input should be a valid integer"),
        ("concurrency = 0\n", "concurrency: Input should be greater than or equal to 1"),
        ('engine = "gpt"\n', "engine: Input should be 'offline' or 'llm'"),
        ("topics = 5\n", "topics: "),
        ('model = "\xff"\n'.encode("latin-1"), "not valid TOML"),
    ],
)
def test_a_bad_config_file_is_one_line_naming_it(runner, user_config, content, problem):
    if isinstance(content, bytes):
        user_config.write_bytes(content)
    else:
        user_config.write_text(content)
    for command in (["config"], ["make", "-t", "ceasefire", str(SEEDS)], ["sources", "-t", "x"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, (command, result.stdout)
        assert result.stderr.startswith(f"briefer: error: {user_config}: ")
        assert problem in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_bad_environment_value_names_the_variable(runner, monkeypatch):
    monkeypatch.setenv("BRIEFER_MAX_WORDS", "lots")
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    assert result.exit_code == 2
    assert result.stderr.startswith("briefer: error: env BRIEFER_MAX_WORDS: Input should be")
    assert len(result.stderr.strip().splitlines()) == 1


def test_make_reads_the_file_and_a_typed_flag_beats_it(runner, user_config, tmp_path):
    """A flag left out does not hide the file (its default is not typed); a typed one wins."""
    user_config.write_text("max_file_mb = 0.0001\n")  # every seed is larger: nothing to read
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    assert result.exit_code == 2 and "no usable articles" in result.stderr
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "--max-file-mb", "20"])
    assert result.exit_code == 0, result.stderr


def test_make_takes_the_engine_from_the_file_over_an_endpoint_in_the_environment(
    runner, user_config, monkeypatch
):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    user_config.write_text('engine = "offline"\nmax_words = 120\n')
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["stats"]["engine"] == "offline"
    short = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    long = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "--max-words", "600"])
    assert long.exit_code == short.exit_code == 0
    assert len(short.stdout.split()) < len(long.stdout.split())  # the file's 120, then 600


def test_a_spending_limit_in_the_file_does_not_force_a_model_run(runner, user_config):
    """--max-cost typed for a run asks for a model; the same cap kept in the file does not."""
    user_config.write_text("max_cost = 0.5\n")
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    assert result.exit_code == 0, result.stderr
    typed = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "--max-cost", "0.5"])
    assert typed.exit_code == 1 and "needs a model endpoint" in typed.stderr


def test_the_api_key_is_read_in_one_place():
    """Only settings.py takes the key (through pydantic-settings); logs.py may look at the
    environment too, but only to redact it."""
    readers = []
    for path in (ROOT / "briefer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and node.value in ("OPENAI_API_KEY",):
                readers.append(path.relative_to(ROOT).as_posix())
    assert set(readers) <= {"briefer/settings.py", "briefer/logs.py"}, readers


def test_each_command_is_short():
    """The CLI parses and calls: each command's body stays within about 40 lines."""
    tree = ast.parse((ROOT / "briefer" / "cli.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.decorator_list:
            body = node.body[-1].end_lineno - node.body[0].lineno + 1
            assert body <= 40, (node.name, body)


def test_briefer_config_names_the_rules_file_in_use(runner, tmp_path, monkeypatch):
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text("")
    monkeypatch.setenv("BRIEFER_RULES", str(rules_file))
    shown = runner.invoke(app, ["config"])
    assert shown.exit_code == 0, shown.stderr
    assert f"# rules file: {rules_file}" in shown.stdout
    monkeypatch.setenv("BRIEFER_RULES", "")
    assert "# rules file: (none: the shipped word lists)" in runner.invoke(app, ["config"]).stdout
