"""The word lists and patterns briefer's heuristics run on, read from data files.

Each concern has a shipped file in `briefer/data/` (`speech.toml`, `names.toml`,
`chrome.toml`, `stance.toml`): a table of string lists. A user file merges over them, one
table per shipped file (`[speech]`, `[names]`, ...):

    [speech]
    verbs = ["said", "says"]      # replaces the shipped list
    verbs_add = ["quipped"]       # adds to it
    verbs_remove = ["believes"]   # takes words out of it

The user file is `rules.toml` in the user config dir (`platformdirs.user_config_dir
("briefer")`), or the file named by `BRIEFER_RULES` (set it empty for no user file at all,
as the tests do). Rules are read once per process, when first asked for.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import platformdirs

from .errors import DataFileError
from .resources import data_file, load_toml, string_list

ENV_VAR = "BRIEFER_RULES"
SECTIONS = ("speech", "names", "stance", "chrome")
_ADD, _REMOVE = "_add", "_remove"


def user_rules_path() -> Path | None:
    """The user's rules file if there is one: `$BRIEFER_RULES`, else rules.toml in the
    user config dir."""
    named = os.environ.get(ENV_VAR)
    if named is not None:
        return Path(named) if named else None
    path = Path(platformdirs.user_config_dir("briefer")) / "rules.toml"
    return path if path.is_file() else None


def merge(
    shipped: dict[str, list[str]], override: dict[str, object], where: Path
) -> dict[str, list[str]]:
    """`override` (one table of a user file) applied to a shipped table: a key replaces the
    list, `KEY_add` adds to it, `KEY_remove` takes out of it; unknown keys are an error."""
    merged = {key: list(values) for key, values in shipped.items()}
    for key, value in override.items():
        base = key.removesuffix(_ADD).removesuffix(_REMOVE)
        if base not in shipped:
            known = ", ".join(sorted(shipped))
            raise DataFileError(f"{where}: unknown rule list {key!r} (known: {known})"[:300])
        values = string_list(where, key, value)
        if key.endswith(_ADD):
            merged[base] += [v for v in values if v not in merged[base]]
        elif key.endswith(_REMOVE):
            merged[base] = [v for v in merged[base] if v not in values]
        else:
            merged[base] = values
    return merged


def load_section(name: str, user_path: Path | None) -> dict[str, list[str]]:
    """The shipped table `name`, with the user's `[name]` table merged over it."""
    path = data_file(f"{name}.toml")
    shipped = {key: string_list(path, key, value) for key, value in load_toml(path).items()}
    if user_path is None:
        return shipped
    user = load_toml(user_path)
    unknown = sorted(set(user) - set(SECTIONS))
    if unknown:
        raise DataFileError(
            f"{user_path}: unknown table [{unknown[0]}] (known: {', '.join(SECTIONS)})"
        )
    override = user.get(name, {})
    if not isinstance(override, dict):
        raise DataFileError(f"{user_path}: [{name}] must be a table of lists")
    return merge(shipped, override, user_path)


@cache
def section(name: str) -> dict[str, tuple[str, ...]]:
    """The effective table `name`, read once per process."""
    return {key: tuple(v) for key, v in load_section(name, user_rules_path()).items()}


def strings(name: str, key: str) -> tuple[str, ...]:
    """One list of a table, in file order (patterns, phrases)."""
    return section(name)[key]


def regexes(name: str, key: str) -> tuple[str, ...]:
    """One list of regular expressions, each checked: a bad one is a one-line error naming
    the file it may come from."""
    found = strings(name, key)
    for pattern in found:
        try:
            re.compile(pattern)
        except re.error as exc:
            where = user_rules_path() or data_file(f"{name}.toml")
            raise DataFileError(
                f"{where}: [{name}] {key}: {pattern!r} is not a regular expression ({exc})"
            ) from None
    return found


def words(name: str, key: str) -> frozenset[str]:
    """One list of a table as a set (word lists)."""
    return frozenset(strings(name, key))
