"""Does a sentence say only what its cited evidence says? A deterministic check, no model.

The evidence for a sentence is what the reader can see behind its citations: each cited
statement's verbatim quotes, the source sentence around the first quote (the excerpt), and
who said it. A sentence is supported when all of these hold:

1. every name it uses (a capitalised word that is not a common word, or an acronym) is in
   the evidence. The cited actors' own names and demonyms ('Russia', 'Russian') come free,
   since the brief's headings give them; a name that stands for a whole actor ('Kiev',
   'Kremlin', 'Ukrainian') is also found when the evidence names that actor another way.
   A person's name ('Lavrov') must be in the evidence itself;
2. every number it states, in digits or words ('30-day', 'three', 'first'), is in the evidence;
3. if it negates ('not', 'never', "n't", 'without', 'nobody'), the evidence negates too;
   and if every quote it cites negates, so must the sentence ('Nobody has surrendered' does
   not support 'Ukraine surrendered');
4. at least `SUPPORT_THRESHOLD` of its other content words are in the evidence, compared as
   Snowball stems, so inflection does not matter ('mobilize' matches 'mobilization'); a
   stem of four letters or more also matches a longer one it begins ('agree', 'agreement').

Rules 1-3 catch a wrong name, a wrong number or a flipped claim outright; rule 4 catches an
invented event told in common words while leaving room for a fair paraphrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_EN_PLUS

from . import rules, stems
from .actors import Actors
from .models import Statement

SUPPORT_THRESHOLD = 0.6  # share of content words that must be in the evidence
MIN_PREFIX = 4  # a stem this long matches a longer stem that begins with it

_NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "cannot",
        "without",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "noone",
    }
)
# Words of attribution a fair paraphrase adds ("said", "according"): not content.
_ATTRIBUTION = rules.words("speech", "reporting_words")
_STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | {
    "also",
    "would",
    "could",
    "may",
    "might",
    "shall",
    "us",
    "whether",
    "though",
    "although",
    "yet",
}
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
    "dozen": "12",
    "half": "0.5",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "twice": "2x",
}
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


@dataclass(frozen=True)
class Verdict:
    """Whether a sentence is supported, and if not, what its evidence lacks."""

    supported: bool
    coverage: float  # share of content words found in the evidence
    missing: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.missing) or "supported"


def statement_evidence(statement: Statement, context: str = "") -> str:
    """The text a sentence citing this statement may draw on."""
    quotes = " ".join(evidence.quote for evidence in statement.evidence)
    return f"{statement.speaker} {statement.actor} {quotes} {context}"


def check_support(
    text: str,
    evidence: Iterable[str],
    actors: Actors,
    cited_actors: set[str],
    labels: Iterable[str] = (),
    quotes: Sequence[str] = (),
) -> Verdict:
    """Is `text` supported by the `evidence` texts? `labels` are words the brief itself adds
    (stance labels in the overview) and are not looked for; `quotes` are the cited quotes
    alone, whose negation a sentence must keep."""
    joined = " ".join(evidence)
    evidence_words = _words(joined)
    free_names = {word.lower() for actor in cited_actors for word in stems.words(actor)}
    free_names |= {
        demonym.lower() for demonym, actor in actors.by_demonym.items() if actor in cited_actors
    }
    exempt = {word.lower() for label in labels for word in stems.words(label)}
    words = [w for w in _words(text, actors.name_words) if w.lower not in exempt]
    have_stems = {w.stem for w in evidence_words}
    have_numbers = {w.number for w in evidence_words if w.number}
    missing = []
    names = [w for w in words if w.is_name and w.lower not in free_names]
    mentioned = actors.mentioned(joined)
    missing += [
        f"name “{w.text}”"
        for w in names
        if w.stem not in have_stems and actors.collective_names.get(w.text) not in mentioned
    ]
    numbers = [w for w in words if w.number]
    missing += [f"number “{w.text}”" for w in numbers if w.number not in have_numbers]
    negates = any(w.negates for w in words)
    if negates and not any(w.negates for w in evidence_words):
        missing.append("a negation")
    if quotes and not negates and all(any(w.negates for w in _words(q)) for q in quotes):
        missing.append("the negation in its quote")
    content = [w for w in words if w.is_content and not w.is_name]
    absent = [w.text for w in content if not _stem_found(w.stem, have_stems)]
    coverage = 1 - len(absent) / len(content) if content else 1.0
    if coverage < SUPPORT_THRESHOLD:
        missing.append(
            f"{coverage:.0%} of its words in the evidence (“{', '.join(absent[:4])}” missing)"
        )
    return Verdict(supported=not missing, coverage=coverage, missing=missing)


def strongest(text: str, candidates: Sequence[tuple[Statement, str]]) -> Statement | None:
    """The candidate statement whose evidence shares most content words with `text`."""
    wanted = {w.stem for w in _words(text) if w.is_content}
    best, best_score = None, -1
    for statement, evidence in candidates:
        score = len(wanted & {w.stem for w in _words(evidence)})
        if score > best_score:
            best, best_score = statement, score
    return best


def _stem_found(stem: str, have: set[str]) -> bool:
    """The stem itself, or one of four letters or more that begins the other."""
    if stem in have:
        return True
    if any(stem[:end] in have for end in range(MIN_PREFIX, len(stem))):
        return True
    return len(stem) >= MIN_PREFIX and any(h.startswith(stem) for h in have)


@dataclass(frozen=True)
class _Word:
    text: str
    lower: str
    stem: str
    is_name: bool
    is_content: bool
    number: str | None
    negates: bool


def _words(text: str, name_words: frozenset[str] = frozenset()) -> list[_Word]:
    """The words of `text`; its first word is a name only if the actors data knows it."""
    return [
        _word(raw, index == 0 and raw not in name_words)
        for index, raw in enumerate(stems.words(text))
    ]


@lru_cache(maxsize=65536)
def _word(raw: str, opens_sentence: bool) -> _Word:
    lower = raw.lower()
    negates = lower in _NEGATIONS or lower.endswith("n't")
    number = _number(lower)
    acronym = len(raw) > 1 and raw.isupper() and raw.isalpha()
    capitalised = raw[:1].isupper() and lower not in _STOPWORDS
    is_name = not number and (acronym or (capitalised and not opens_sentence))
    is_content = (
        not number
        and not negates
        and len(lower) > 2
        and lower not in _STOPWORDS
        and lower not in _ATTRIBUTION
    )
    return _Word(raw, lower, stems.stem(lower), is_name, is_content, number, negates)


def _number(lower: str) -> str | None:
    if lower in _NUMBER_WORDS:
        return _NUMBER_WORDS[lower]
    ordinal = _ORDINAL_SUFFIX.match(lower)
    if ordinal:
        return f"{ordinal.group(1)}{lower[-2:]}"
    if any(char.isdigit() for char in lower):
        return lower.replace(",", "")
    return None
