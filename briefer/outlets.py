"""Outlets: the name a reader knows each by, and labels such as `state-controlled` or `wire`.

Pages and feeds call one outlet many things ("RT", "RT News", "rt.com"); one display name
makes them one outlet for corroboration and for the reader. Labels travel with the outlet
into the brief, so a reader sees who owns the voice behind a claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import DataFileError
from .resources import data_file, load_toml

CAUTION_LABELS = ("state-controlled",)  # a claim resting only on these says so


@dataclass(frozen=True)
class Outlet:
    name: str
    labels: tuple[str, ...] = ()


class Outlets:
    """Lookup by display name, alias or web domain, all without case."""

    def __init__(
        self, outlets: Sequence[Outlet], aliases: dict[str, str], domains: dict[str, str]
    ) -> None:
        self.by_name = {outlet.name: outlet for outlet in outlets}
        self._keys: dict[str, str] = {}
        for key, name in {**domains, **aliases}.items():
            self._keys[_key(key)] = name
        for outlet in outlets:
            self._keys[_key(outlet.name)] = outlet.name

    def display(self, outlet: str | None) -> str | None:
        """The display name for whatever a page called its outlet; unknown names unchanged."""
        if not outlet or not outlet.strip():
            return outlet
        return self._keys.get(_key(outlet), outlet.strip())

    def for_url(self, url: str) -> str | None:
        """The known outlet of a URL's host (or a parent domain), else None."""
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        while "." in host:  # a domain, never a bare label that happens to be a name ("ap")
            if host in self._keys:
                return self._keys[host]
            host = host.partition(".")[2]
        return None

    def labels(self, outlet: str | None) -> list[str]:
        name = self.display(outlet)
        found = self.by_name.get(name or "")
        return list(found.labels) if found else []


def load_outlets(extra_files: Sequence[Path] = ()) -> Outlets:
    """The built-in outlets, then each user file in order; a later entry of the same name
    replaces an earlier one."""
    entries: dict[str, Outlet] = {}
    aliases: dict[str, str] = {}
    domains: dict[str, str] = {}
    for path in (data_file("outlets.toml"), *extra_files):
        data = load_toml(Path(path))
        table_domains = data.get("domains", {})
        table = data.get("outlets", {})
        if not isinstance(table_domains, dict) or not isinstance(table, dict):
            raise DataFileError(f"{path}: [domains] and [outlets] must be tables")
        for domain, name in table_domains.items():
            if not isinstance(name, str):
                raise DataFileError(f"{path}: domain {domain!r} must map to a name")
            domains[domain.lower()] = name
        for name, entry in table.items():
            if not isinstance(entry, dict):
                raise DataFileError(f"{path}: outlet {name!r} must be a table")
            labels = entry.get("labels", [])
            names = [*entry.get("aliases", []), *entry.get("domains", [])]
            if not _strings(labels) or not _strings(names):
                raise DataFileError(
                    f"{path}: outlet {name!r}: aliases, domains and labels must be lists of strings"
                )
            entries[name] = Outlet(name=name, labels=tuple(labels))
            aliases.update({alias: name for alias in names})
    return Outlets(list(entries.values()), aliases, domains)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _key(name: str) -> str:
    key = " ".join(name.lower().split())
    return key.removeprefix("www.")
