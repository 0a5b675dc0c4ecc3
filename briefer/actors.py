"""Map speakers to canonical actors: 'Putin', 'the Kremlin', 'Moscow' are all Russia."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from .errors import DataFileError
from .patterns import any_of
from .resources import data_file, load_toml, string_list, table

_HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+")


class Actors:
    """Alias and demonym tables compiled into two word-bounded, case-sensitive patterns."""

    def __init__(
        self,
        by_alias: dict[str, str],
        by_demonym: dict[str, str],
        media: frozenset[str] = frozenset(),
    ) -> None:
        self.by_alias = by_alias
        self.by_demonym = by_demonym
        self.media = media
        self._aliases = _pattern(by_alias)
        self._demonyms = _pattern(by_demonym)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Capitalised words of every alias: 'Lavrov' is a name even opening a sentence."""
        return frozenset(
            word for alias in self.by_alias for word in alias.split() if word[:1].isupper()
        )

    @cached_property
    def collective_names(self) -> dict[str, str]:
        """One-word names that stand for an actor as a whole ('Kremlin', 'Kiev', 'Russian'),
        not for one of its people: 'Lavrov' is the surname in the alias 'Sergei Lavrov'."""
        surnames = {
            alias.split()[-1]
            for alias in self.by_alias
            if len(alias.split()) > 1 and alias[:1].isupper()
        }
        names = {
            alias: actor
            for alias, actor in self.by_alias.items()
            if " " not in alias and alias not in surnames
        }
        return names | self.by_demonym

    @cached_property
    def parties(self) -> frozenset[str]:
        """The actors that are political parties: those the data calls '... Party' by one of
        their names ('Labour Party', 'UK Independence Party')."""
        return frozenset(
            actor
            for alias, actor in self.by_alias.items()
            if len(alias.split()) > 1 and alias.split()[-1] in ("Party", "party")
        )

    def mentioned(self, text: str) -> set[str]:
        """Every actor the text names by an alias or a demonym."""
        found = {self.by_alias[m.group()] for m in self._aliases.finditer(text)}
        return found | {self.by_demonym[m.group()] for m in self._demonyms.finditer(text)}

    def is_media(self, phrase: str) -> bool:
        """'Reuters', 'The Financial Times': reporters of positions, not holders of them."""
        return phrase.strip() in self.media

    def resolve(self, phrase: str) -> str | None:
        """The actor a speaker phrase stands for, or None when nothing in the data matches.

        The alias nearest the end wins, so in 'Home Secretary Charles Clarke' or 'Tory
        leader Michael Howard' the person decides, not the title before them.
        """
        matches = list(self._aliases.finditer(phrase))
        if matches:
            best = max(matches, key=lambda m: (m.end(), len(m.group())))
            return self.by_alias[best.group()]
        demonym = self._demonyms.search(phrase)
        return self.by_demonym[demonym.group()] if demonym else None

    def demonym_actor(self, phrase: str) -> str | None:
        """'the French president' -> France: used to find whom a title refers back to."""
        demonym = self._demonyms.search(phrase)
        return self.by_demonym[demonym.group()] if demonym else None

    def actor_for(self, speaker: str) -> str:
        """Canonical actor, or the speaker's own name when the data does not know them."""
        return self.resolve(speaker) or display_name(speaker)


def load_actors(extra: Sequence[Path] = ()) -> Actors:
    """Built-in actors, then the user's files; a user entry replaces a built-in one."""
    builtin = load_toml(data_file("actors.toml"))
    entries = dict(builtin["actors"])
    media = set(builtin.get("media", {}).get("names", []))
    for path in extra:
        data = load_toml(Path(path))
        if not isinstance(data.get("actors"), dict) and not isinstance(data.get("media"), dict):
            raise DataFileError(f"{path}: expected [actors.NAME] tables with 'aliases'")
        for actor, entry in table(path, "actors", data.get("actors", {})).items():
            entry = table(path, f"actors.{actor}", entry)
            for key in ("aliases", "demonyms"):
                string_list(path, f"actors.{actor}.{key}", entry.get(key, []))
            entries[actor] = entry
        media_table = table(path, "media", data.get("media", {}))
        media.update(string_list(path, "media.names", media_table.get("names", [])))
    by_alias: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    for actor, entry in entries.items():
        for alias in [actor, *_strings(entry.get("aliases", []))]:
            by_alias[alias] = actor
        for demonym in _strings(entry.get("demonyms", [])):
            by_demonym[demonym] = actor
    return Actors(by_alias, by_demonym, frozenset(media))


def _strings(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def display_name(speaker: str) -> str:
    """'Mr Blair' -> 'Blair'; other names as written."""
    return _HONORIFICS.sub("", speaker.strip())


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    """Aliases as written (case counts: 'US' is not 'us'), never after a '.' ('U.S.') nor
    glued behind a hyphen: 'the Inter-American Development Bank', 'pro-Russian rebels' and
    an 'Anglo-French' venture are no state's voice ('Ex-Labour minister X' is still Labour, a
    'Then-Home Secretary' the Home Office's)."""
    base = any_of(table, ignore_case=False, not_after=r"\w.")
    return re.compile(r"(?<!(?<![Ee]x)(?<![Tt]hen)-)" + base.pattern, base.flags)
