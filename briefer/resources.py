"""Find files shipped with briefer: from an installed wheel or straight from a checkout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .errors import DataFileError

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`templates` or `prompts`: inside the package when installed, at the repo root otherwise."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"briefer's {name}/ folder is missing from the installation")


def data_file(name: str) -> Path:
    """A built-in data file (actors, topic expansions, outlet labels)."""
    return _PACKAGE_DIR / "data" / name


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML data file, turning any problem into a one-line `DataFileError`."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from None


def string_list(path: Path, where: str, value: object) -> list[str]:
    """`value` as a list of strings, or a one-line `DataFileError` naming the file and key."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataFileError(
            f"{path}: {where} must be a list of strings, like "
            f'["name", "other name"]; got {value!r}'[:200]
        )
    return value


def table(path: Path, where: str, value: object) -> dict[str, Any]:
    """`value` as a TOML table, or a one-line `DataFileError` naming the file and key."""
    if not isinstance(value, dict):
        raise DataFileError(f"{path}: [{where}] must be a table of keys, got {value!r}"[:200])
    return value
