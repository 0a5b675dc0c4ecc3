"""Words and stems: the one place text is cut into comparable tokens.

Two stemmers, for two jobs:

- `tokens` (topic matching: select, stance, relevance) folds case and plurals only ('Talks'
  is 'talk'), so a topic word matches its own forms and no others, and `forms` can list every
  word a stem stands for (selection searches for those words instead of stemming a corpus);
- `stem` (the support check) folds all inflection with Snowball ('mobilize' and
  'mobilization'), since a paraphrase may change a word's part of speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import snowballstemmer

_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*")
_STEMS: dict[str, str] = {}
_MAX_STEMS = 500_000  # distinct words; past it, stems are computed each time
_snowball = snowballstemmer.stemmer("english")


def tokens(text: str) -> list[str]:
    """Lower-case word stems: 'Talks' and 'talk', 'cease-fire' and 'cease fire' match."""
    words = _TOKEN.findall(text.lower())
    try:  # a corpus repeats its words: stem each one once, and share one string per stem
        return list(map(_STEMS.__getitem__, words))
    except KeyError:
        return [_STEMS.get(word) or _remember_stem(word) for word in words]


def count_tokens(lower_text: str) -> int:
    """How many tokens `tokens` would find in already lower-cased text, without stemming."""
    return len(_TOKEN.findall(lower_text))


def _remember_stem(word: str) -> str:
    stem = plural_stem(word)
    if len(_STEMS) < _MAX_STEMS:
        _STEMS[word] = stem
    return stem


def plural_stem(word: str) -> str:
    """A lower-case word without its plural ending: 'talks' -> 'talk', 'parties' -> 'party'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def forms(stem: str) -> tuple[str, ...]:
    """Every word `plural_stem` turns into `stem`: itself, plus 's', 'y' -> 'ies'."""
    candidates = [stem, stem + "s"]
    if stem.endswith("y"):
        candidates.append(stem[:-1] + "ies")
    return tuple(c for c in candidates if plural_stem(c) == stem)


def common_start(stem: str) -> str:
    """What every word in `forms(stem)` starts with."""
    return stem[:-1] if stem.endswith("y") else stem


def contains_phrase(doc: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Does the token list contain the phrase's tokens consecutively?"""
    if not phrase:
        return False
    width, first = len(phrase), phrase[0]
    at = -1
    try:
        while True:  # list.index finds each place the first word appears, at C speed
            at = doc.index(first, at + 1)
            if width == 1 or tuple(doc[at : at + width]) == phrase:
                return True
    except ValueError:
        return False


def words(text: str) -> list[str]:
    """Words as written (case kept), numbers whole ('1,000.5'), without a possessive 's."""
    text = text.replace("’", "'")
    found = []
    for raw in _WORD.findall(text):
        raw = re.sub(r"'s$", "", raw)
        found += [part for part in raw.split("_") if part]
    return found


def stem(lower_word: str) -> str:
    """The Snowball stem of a lower-case word: 'mobilization' -> 'mobil'."""
    return str(_snowball.stemWord(lower_word))
