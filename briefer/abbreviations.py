"""Short forms a story defines: 'Athletics Kenya (AK)', 'Electronic Arts (EA)'. Shared by
the engine (a speaker shown by the short form is shown by the name) and the ranking (one
heading for both)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .textcache import text_cache

_DEFINED = re.compile(
    r"([A-Z][\w’'&.-]*(?: (?:of |and |for |the |& )?[A-Z][\w’'&.-]*)+) \(([A-Z][A-Za-z]{1,6})\)"
)


@dataclass(frozen=True)
class Definition:
    short: str  # 'AK'
    name: str  # 'Athletics Kenya'
    at: int  # where the name starts in the story


@text_cache(maxsize=64)
def definitions(text: str) -> tuple[Definition, ...]:
    """Every 'Name (NM)' of one story whose letters are the name's initials, in order
    ('The Port of Tyne Authority (PTA)' defines 'Port of Tyne Authority'; '(Reuters)'
    defines nothing). Cached: the engine asks once per statement of the story."""
    found = []
    for match in _DEFINED.finditer(text):
        words, short = match.group(1).split(), match.group(2)
        offset = match.start(1)
        for start in range(len(words) - 1):
            initials = "".join(w[0] for w in words[start:] if w[:1].isupper())
            if words[start][:1].isupper() and initials.upper() == short.upper():
                found.append(Definition(short, " ".join(words[start:]), offset))
                break
            offset += len(words[start]) + 1
    return tuple(found)


def defined_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation -> the name it stands for, the first definition winning."""
    found: dict[str, str] = {}
    for text in texts:
        for definition in definitions(text):
            found.setdefault(definition.short, definition.name)
    return found
