"""The attribution rule, shared by both engines and by `briefer check`.

A shown statement's speaker must be *named* in the source within reach of its words: in the
quote's own sentence, its paragraph or the two paragraphs before, or, when a pronoun or title
("he added", "the minister said") refers back further, at the place the statement records in
`Statement.attribution`. The quoted words themselves never count as naming anyone: a quote
that mentions Blair is not Blair's. A statement that fails is dropped and counted, so a reader
who opens the article always finds the speaker near the words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .engines.speech import find_quotes
from .models import Evidence, Source, Statement
from .textcache import text_cache

PARAGRAPHS_BEFORE = 2
# A "paragraph" longer than this (text with no line breaks) is not a paragraph a reader takes
# in at once; the window is cut to this many characters either side of the quote.
REACH_CHARS = 3000

_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor".split())
_POSSESSIVE = re.compile(r"[’']s?$")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


@dataclass
class _Paragraphs:
    starts: list[int]
    ends: list[int]
    quoted: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)


@text_cache(maxsize=64)
def _paragraphs(text: str) -> _Paragraphs:
    """Line-delimited paragraphs of a source, computed once per source text."""
    starts, ends = [], []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            starts.append(match.start())
            ends.append(match.end())
    return _Paragraphs(starts, ends)


def _quoted(text: str, paragraphs: _Paragraphs, index: int) -> tuple[list[int], list[int]]:
    """(opening marks, closing marks) of the quotes in one paragraph, found once."""
    if index not in paragraphs.quoted:
        start, end = paragraphs.starts[index], paragraphs.ends[index]
        quotes = find_quotes(text[start:end])
        paragraphs.quoted[index] = (
            [start + q.open_mark for q in quotes],
            [start + q.close_mark for q in quotes],
        )
    return paragraphs.quoted[index]


def _in_quotes(text: str, paragraphs: _Paragraphs, position: int) -> bool:
    index = bisect.bisect_right(paragraphs.starts, position) - 1
    if index < 0:
        return False
    opens, closes = _quoted(text, paragraphs, index)
    k = bisect.bisect_right(opens, position) - 1
    return k >= 0 and position <= closes[k]


@lru_cache(maxsize=4096)
def speaker_key(speaker: str) -> str | None:
    """The word a reader looks for to find the speaker: the surname of a person, the last
    name-word of a body ('Kremlin', 'Ministry'), the principal of a proxy ('Michael Howard's
    spokesman' -> 'Howard'). None when the speaker has no name-word at all ('a spokesman')."""
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(speaker)]
    names = [w for w in words if w[:1].isupper() and w not in _HONORIFICS]
    if not names:
        return None
    return names[-1].rstrip(".")


def names_speaker(text: str, speaker: str) -> bool:
    """Does `text` name `speaker` (its key word, whole-word, case as written)?"""
    key = speaker_key(speaker)
    if key is None:
        phrase = " ".join(w for w in speaker.lower().split() if w not in ("a", "an", "the"))
        return bool(phrase) and phrase in text.lower()
    return re.search(rf"(?<![\w’']){re.escape(key)}(?![\w])", text) is not None


@lru_cache(maxsize=4096)
def _key_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’']){re.escape(key)}(?![\w])")


def reach(source_text: str, quote_start: int, quote_end: int) -> tuple[int, int]:
    """(start, end) of the text within reach of a quote: its paragraph(s) and the two before,
    bounded to REACH_CHARS either side in text without line breaks."""
    paragraphs = _paragraphs(source_text)
    if not paragraphs.starts:
        return quote_start, quote_end
    first = max(bisect.bisect_right(paragraphs.starts, quote_start) - 1, 0)
    last = max(bisect.bisect_right(paragraphs.starts, max(quote_end - 1, quote_start)) - 1, 0)
    start = paragraphs.starts[max(first - PARAGRAPHS_BEFORE, 0)]
    end = paragraphs.ends[last]
    return max(start, quote_start - REACH_CHARS), min(end, quote_end + REACH_CHARS)


def _named_in_own_words(
    text: str, start: int, end: int, speaker: str, quote_start: int, quote_end: int
) -> bool:
    """Does text[start:end] name the speaker outside quotation marks (and outside the quote
    itself when it is a direct quote)?"""
    key = speaker_key(speaker)
    if key is None:
        phrase = " ".join(w for w in speaker.lower().split() if w not in ("a", "an", "the"))
        return bool(phrase) and phrase in text[start:end].lower()
    pattern = _key_pattern(key)
    paragraphs = _paragraphs(text)
    before = text[quote_start - 1 : quote_start] if quote_start else ""
    after = text[quote_end : quote_end + 1]
    direct = (before != "" and before in "“\"'‘«") or (after != "" and after in "”\"'’»")
    for match in pattern.finditer(text, start, end):
        if direct and quote_start <= match.start() < quote_end:
            continue
        if not _in_quotes(text, paragraphs, match.start()):
            return True
    return False


def speaker_within_reach(
    source_text: str,
    quote_start: int,
    quote_end: int,
    speaker: str,
    attribution: Evidence | None = None,
) -> bool:
    """The attribution rule for one quote. True when the source names `speaker` in the
    article's own words within reach of source_text[quote_start:quote_end], or when
    `attribution` is a verbatim span of the same source, before the quote ends, that names
    the speaker (a pronoun/title chain the statement records)."""
    if not speaker.strip() or not 0 <= quote_start <= quote_end <= len(source_text):
        return False
    start, end = reach(source_text, quote_start, quote_end)
    if _named_in_own_words(source_text, start, end, speaker, quote_start, quote_end):
        return True
    if attribution is None:
        return False
    if not 0 <= attribution.start < attribution.end <= len(source_text):
        return False
    if source_text[attribution.start : attribution.end] != attribution.quote:
        return False
    return attribution.start < quote_end and names_speaker(attribution.quote, speaker)


def statement_holds(statement: Statement, source_text_of: Mapping[str, str]) -> bool:
    """Every evidence span of the statement passes the rule in its own source."""
    attribution = statement.attribution
    for evidence in statement.evidence:
        text = source_text_of.get(evidence.source_id)
        if text is None:
            return False
        chain = attribution if attribution and attribution.source_id == evidence.source_id else None
        if not speaker_within_reach(text, evidence.start, evidence.end, statement.speaker, chain):
            return False
    return bool(statement.evidence)


@dataclass
class Attributed:
    """Statements whose speaker holds up, and those that did not."""

    statements: list[Statement]
    dropped: list[Statement]


def check_attributions(
    statements: Sequence[Statement], sources: Mapping[str, Source]
) -> Attributed:
    """Apply the rule to grounded statements (both engines); failures are dropped, kept
    for counting."""
    texts = {source_id: source.text for source_id, source in sources.items()}
    kept: list[Statement] = []
    dropped: list[Statement] = []
    for statement in statements:
        (kept if statement_holds(statement, texts) else dropped).append(statement)
    return Attributed(kept, dropped)


def dropped_notice(count: int) -> str | None:
    """One plain line for the brief."""
    if not count:
        return None
    plural = count > 1
    return (
        f"{count} statement{'s' if plural else ''} {'were' if plural else 'was'} left out: "
        f"the article does not name {'their speakers' if plural else 'its speaker'} near "
        f"{'those' if plural else 'the'} words."
    )


def failures(statements: Iterable[Statement], source_text_of: Mapping[str, str]) -> list[Statement]:
    """The statements among these that break the rule (for `briefer check`)."""
    return [
        s
        for s in statements
        if s.evidence
        and s.evidence[0].source_id in source_text_of
        and not statement_holds(s, source_text_of)
    ]
