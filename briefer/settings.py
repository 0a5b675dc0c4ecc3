"""One place for settings: defaults < config file < environment < flags, built once per run.

The config file is TOML whose keys are the option names (`max_words = 800`, `engine =
"llm"`): `briefer.toml` in the user config dir, or the file `--config` / `BRIEFER_CONFIG`
names. The environment gives `BRIEFER_<NAME>` for every key, plus `OPENAI_API_KEY` and
`OPENAI_BASE_URL`. Only flags the user typed count (a flag left out is None), so a default
never hides the file. The API key is read here and nowhere else.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BeforeValidator,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
)
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
    TomlConfigSettingsSource,
)

from .errors import BrieferError, OptionError
from .llm.settings import DEFAULT_MODEL, DEFAULT_TIMEOUT, LLMSettings, default_cache_dir
from .logs import REDACTED, redact, register_secret
from .validate import check_max_file_mb

ENGINES = ("offline", "llm")
CONFIG_NAME = "briefer.toml"
CONFIG_ENV = "BRIEFER_CONFIG"
DEFAULT = "default"


class ConfigError(OptionError):
    """A config file or environment value that cannot work: one line naming where it is."""


def _path_list(value: object) -> object:
    """A list of files from TOML or JSON, or one string split like PATH (`a.toml:b.toml`)."""
    if isinstance(value, str):
        return [part for part in value.split(os.pathsep) if part]
    return value


PathList = Annotated[list[Path], NoDecode, BeforeValidator(_path_list)]


class Settings(BaseSettings):
    """Every option a user may want to set once rather than type every time."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFER_", env_ignore_empty=True, extra="forbid", validate_by_name=True
    )

    engine: Literal["offline", "llm"] | None = None  # None: llm when an endpoint is set
    model: str = DEFAULT_MODEL
    base_url: str | None = Field(
        None, validation_alias=AliasChoices("BRIEFER_BASE_URL", "OPENAI_BASE_URL")
    )
    api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("OPENAI_API_KEY"))
    concurrency: int = Field(4, ge=1, le=64)
    batch_chars: int = Field(12_000, ge=500)
    timeout: float = Field(DEFAULT_TIMEOUT, ge=1, allow_inf_nan=False)
    cache_dir: Path | None = None  # None: the user cache dir
    max_words: int = Field(600, ge=50)
    max_file_mb: float = Field(20.0, gt=0, allow_inf_nan=False)
    max_cost: float | None = Field(None, ge=0, allow_inf_nan=False)
    price_in: float | None = Field(None, ge=0, allow_inf_nan=False)
    price_out: float | None = Field(None, ge=0, allow_inf_nan=False)
    topics: PathList = Field(default_factory=list)
    actors: PathList = Field(default_factory=list)
    outlets: PathList = Field(default_factory=list)
    prices: PathList = Field(default_factory=list)

    _origin: dict[str, str] = PrivateAttr(default_factory=dict)
    _config_file: Path | None = PrivateAttr(default=None)
    _config_found: bool = PrivateAttr(default=False)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Validation only: `load_settings` reads the layers itself, to know where each
        value came from."""
        return (init_settings,)

    def origin(self, name: str) -> str:
        """Where this setting's value came from: default, the config file, env VAR or --flag."""
        return self._origin.get(name, DEFAULT)

    def from_flag(self, name: str) -> bool:
        """The user typed this setting for this run (not the file's or the environment's)."""
        return self.origin(name).startswith("--")

    @property
    def config_file(self) -> Path | None:
        return self._config_file

    def key(self) -> str | None:
        """The API key in plain text: for the request's header, never for printing."""
        return self.api_key.get_secret_value() if self.api_key else None

    def llm(
        self,
        *,
        cache: bool = True,
        record: Path | None = None,
        replay: Path | None = None,
    ) -> LLMSettings:
        """How to reach the model, as the engine takes it."""
        return LLMSettings(
            model=self.model,
            base_url=self.base_url,
            api_key=self.key(),
            concurrency=self.concurrency,
            batch_chars=self.batch_chars,
            timeout=self.timeout,
            cache_dir=(self.cache_dir or default_cache_dir()) if cache else None,
            record_dir=record,
            replay_dir=replay,
        )


LIST_FIELDS = ("topics", "actors", "outlets", "prices")
PATH_FIELDS = ("cache_dir", *LIST_FIELDS)


def config_location(explicit: Path | None = None) -> tuple[Path | None, bool]:
    """The config file and whether it must exist: --config, else BRIEFER_CONFIG (set but
    empty: no file at all), else briefer.toml in the user config dir (optional)."""
    if explicit is not None:
        return Path(explicit).expanduser(), True
    named = os.environ.get(CONFIG_ENV)
    if named is not None:
        return (Path(named).expanduser() if named else None), True
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefer")) / CONFIG_NAME, False


def load_settings(flags: Mapping[str, Any] | None = None, config: Path | None = None) -> Settings:
    """Settings from the defaults, the config file, the environment and the flags typed
    (None or an empty list means not typed), each later layer winning; a bad value is one
    line naming the file, variable or flag it came from."""
    typed = {k: v for k, v in (flags or {}).items() if v is not None and v not in ([], ())}
    _check_flags(typed)
    path, required = config_location(config)
    layers: list[tuple[str, dict[str, Any]]] = [
        (str(path), _read_config(path, required) if path else {}),
        ("env", _read_env()),
        ("flag", typed),
    ]
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for label, values in layers:
        for name, value in values.items():
            merged[name] = value
            origin[name] = _label(label, name)
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_one_line(exc, origin)) from None
    settings._origin, settings._config_file = origin, path
    settings._config_found = path is not None and path.is_file()
    register_secret(settings.key())  # a key from the config file is redacted like one from env
    return settings


def _check_flags(typed: Mapping[str, Any]) -> None:
    """A bad flag says what it always said (before settings had other sources)."""
    engine = typed.get("engine")
    if engine is not None and engine not in ENGINES:
        raise BrieferError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if "max_file_mb" in typed:
        check_max_file_mb(typed["max_file_mb"])


def _read_config(path: Path, required: bool) -> dict[str, Any]:
    """The file's keys, relative paths in it resolved against its folder."""
    if not path.is_file():
        if required or path.exists():
            what = "is not a file" if path.exists() else "no such config file"
            raise ConfigError(f"{path}: {what}")
        return {}
    try:
        data = TomlConfigSettingsSource(Settings, toml_file=path)()
    except ValueError as exc:  # TOMLDecodeError and UnicodeDecodeError both are
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    data = _by_name(data)
    for name in PATH_FIELDS:
        if name in data:
            value = data[name]
            if name in LIST_FIELDS and isinstance(value, str):
                value = _path_list(value)
            data[name] = _anchor(value, path.parent)
    return data


def _anchor(value: Any, folder: Path) -> Any:
    """A path (or each of a list's) from a config file, relative to that file's folder."""
    if isinstance(value, list):
        return [_anchor(item, folder) for item in value]
    if isinstance(value, str) and value:
        return str(folder / Path(value).expanduser())
    return value


def _read_env() -> dict[str, Any]:
    """BRIEFER_* and the two OPENAI_* variables that name an endpoint."""
    try:
        return _by_name(EnvSettingsSource(Settings)())
    except SettingsError as exc:
        raise ConfigError(f"environment: {exc}") from None


def _by_name(data: Mapping[str, Any]) -> dict[str, Any]:
    """Keys a source gave under an alias (OPENAI_API_KEY) under the field's name."""
    return {_field_name(key): value for key, value in data.items()}


def _field_name(key: str) -> str:
    """The field a key names, by its name or one of its aliases; an unknown key as it is."""
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        choices = [str(c) for c in alias.choices] if isinstance(alias, AliasChoices) else []
        if key.lower() in {name, *(c.lower() for c in choices)}:
            return name
    return key


def _label(layer: str, name: str) -> str:
    if layer == "flag":
        return "--" + name.replace("_", "-")
    if layer == "env":
        return "env " + _env_name(name)
    return layer


def _env_name(name: str) -> str:
    """The variable that gave this setting (the first set of its names)."""
    alias = Settings.model_fields[name].validation_alias
    candidates = (
        [str(c) for c in alias.choices]
        if isinstance(alias, AliasChoices)
        else ["BRIEFER_" + name.upper()]
    )
    present = {key.upper() for key, value in os.environ.items() if value}
    return next((c for c in candidates if c.upper() in present), candidates[0])


def _one_line(exc: ValidationError, origin: Mapping[str, str]) -> str:
    """The first problem, said where it is: `FILE: key: what is wrong`."""
    errors = exc.errors()
    first = errors[0]
    key = str(first["loc"][0]) if first["loc"] else ""
    name = _field_name(key)
    where = origin.get(name, DEFAULT)
    if first["type"] == "extra_forbidden":
        known = ", ".join(Settings.model_fields)
        line = f"{where}: unknown key {key!r} (known: {known})"
    else:
        shown = REDACTED if name == "api_key" else repr(first.get("input"))
        field = "" if where.startswith(("env ", "--")) else f"{key}: "
        line = f"{where}: {field}{first['msg']} (got {shown})"
    more = len(errors) - 1
    return redact(line + (f" (and {more} more)" if more else ""))


def describe(settings: Settings) -> list[str]:
    """`briefer config`: each setting, its value (the key redacted) and where it came from."""
    path = settings.config_file
    state = "" if settings._config_found else " (not found)" if path else f" ({CONFIG_ENV}=)"
    from .rules import user_rules_path  # word lists are read once, when briefer loads

    rules_file = user_rules_path()
    lines = [
        f"# config file: {path}{state}",
        f"# rules file: {rules_file or '(none: the shipped word lists)'}",
        "# each value: default < config file < environment < flags",
    ]
    rows = []
    for name in Settings.model_fields:
        value = getattr(settings, name)
        if name == "api_key" and value is not None:
            shown = f'"{redact(settings.key() or "", (settings.key() or "",))}"'
        elif value is None or value == []:
            shown = "(not set)"
        else:
            shown = _toml_value(value)
        rows.append((name, shown, settings.origin(name)))
    width = max(len(f"{n} = {v}") for n, v, _ in rows)
    for name, shown, where in rows:
        text = f"{name} = {shown}"
        if shown == "(not set)":
            text = "# " + text
        lines.append(f"{text:<{width + 2}}  # {where}")
    return [redact(line) for line in lines]


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
