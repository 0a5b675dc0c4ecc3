"""Is the speaker a model names for a quote the one the article gives for those words?

Two tests, both on the article's own text. Where the article binds the words to a name
('"…," Trump said', 'Clinton campaign chairman John Podesta said "…"'), the model's speaker must
be that name (a shared name word: 'Donald Trump' for 'Mr. Trump'). Otherwise (a pronoun,
a title, a quote that carries on) the speaker must be named within reach: in the quote's
paragraph or the two before it. A name made up, taken from elsewhere in the article, or
naming a place or a day, fails.
"""

from __future__ import annotations

import re

from .. import rules
from ..attribution import speaker_within_reach
from ..textcache import text_cache
from .guard import GUARD_VERBS, normalise_marks, quote_attribution

_TITLE_WORDS = frozenset(
    """Mr Mrs Ms Miss Dr Sir Dame Lord Lady Sen Rep Gov President Senator
    Governor Spokesman Spokeswoman Secretary Speaker Chairman Chairwoman Minister Prime
    Chancellor Former Vice Rev Gen Judge Justice Mayor Ambassador Representative""".split()
)
_SENTENCE_OPENERS = rules.words("names", "openers")
_WORD = re.compile(r"[A-Z][\w’'-]*")


def name_words(phrase: str) -> set[str]:
    """Capitalised words of a name, without titles, honorifics or possessive endings."""
    cleaned = re.sub(r"[’']s\b", "", phrase)
    return {
        w
        for w in _WORD.findall(cleaned)
        if w.rstrip(".") not in _TITLE_WORDS and w not in _SENTENCE_OPENERS
    }


def speaker_fits(text: str, start: int, end: int, speaker: str) -> bool:
    """Does the article give text[start:end] to `speaker`? See the module docstring."""
    wanted = name_words(speaker)
    bound = quote_attribution(text, start, end)
    if bound is not None and bound.kind == "name" and _bindable(bound.speaker, text):
        if not wanted:
            return _same_phrase(speaker, bound.speaker)
        return bool(wanted & _own_name_words(bound.speaker)) or _surname(
            speaker, wanted
        ) in _cue_zone_names(text, start, end)
    return speaker_within_reach(text, start, end, speaker)  # the shared rule


def _surname(speaker: str, wanted: set[str]) -> str:
    words: list[str] = _WORD.findall(re.sub(r"[’']s\b", "", speaker))
    return [w for w in words if w in wanted][-1]


_MODIFIED = re.compile(
    r"\b([A-Z][\w’'-]*?)(?:[’']s)?\s+(?=(?:campaign|spokes\w+|advis[eo]r|aide|"
    r"chairman|manager|staff\w*|officials?|strategist|press|communications|"
    r"supporters?|surrogates?|all(?:y|ies)|lawyers?|attorneys?)\b)"
)


def _own_name_words(phrase: str) -> set[str]:
    """Name words of the speaker, not of whom they work for: 'Clinton campaign chairman John
    Podesta' -> {'John', 'Podesta'}."""
    return name_words(_MODIFIED.sub(" ", phrase))


def _bindable(phrase: str, text: str) -> bool:
    """A bound phrase that is a name ('Mr. Rhodes', 'Ayotte campaign manager Jon Kohan'), not
    a description ('the Republican presidential candidate') or a stray capital ('No', 'Watch')."""
    words = phrase.split()
    if not words or words[0] in ("the", "a", "an", "as", "The", "A", "An"):
        return False
    if any(w in _NOT_IN_NAMES or w in GUARD_VERBS for w in words):
        return False  # 'candidate told CBS' Face the Nation': a clause, not a name
    own = _own_name_words(phrase)
    return len(own) >= 2 or any(w in _capitals(text) for w in own)


def _cue_zone_names(text: str, start: int, end: int) -> set[str]:
    """Capitalised words of the quote's paragraph outside quotation marks: where a cue names
    the speaker of a quote that carries on ('…,” said Ryan Williams. “…”')."""
    first = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    zone = normalise_marks(text)[first : len(text) if stop == -1 else stop]
    zone = re.sub(r"[\"“«][^\"”»]*[\"”»]", " ", zone)
    return set(_WORD.findall(re.sub(r"[’']s\b", "", zone)))


_NOT_IN_NAMES = frozenset("to is not that was on in at a an this it be are".split())


@text_cache(maxsize=64)
def _capitals(text: str) -> frozenset[str]:
    """Words the article writes capitalised mid-sentence: names, not sentence openers."""
    return frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w’'.-]*[a-z]", text))


def _same_phrase(speaker: str, text: str, inside: bool = False) -> bool:
    """A speaker with no name ('a spokesman', 'officials'): its words must be there."""
    words = [
        w
        for w in re.findall(r"[a-z][\w-]+", speaker.lower())
        if w not in ("the", "a", "an", "of", "for")
    ]
    lowered = text.lower()
    if not words:
        return False
    if inside:
        return all(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)
    return all(w in lowered for w in words)
