"""Split sources into bounded chunks along paragraph and sentence lines, with exact offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .models import Chunk, Source

DEFAULT_MAX_CHARS = 1200

# Abbreviations after which a full stop does not end a sentence in news copy.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt capt cmdr adm maj gov sen rep st jr sr prof rev hon pres vs etc "
    "inc ltd co corp dept est fig approx jan feb mar apr jun jul aug sep sept oct nov dec mt ft "
    "pp e.g i.e u.s u.k u.n e.u u.s.a a.m p.m".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'’”»)\]]*\s+(?=[\"'‘“«(\[]{0,2}[A-Z0-9А-Я])")
_PARAGRAPH = re.compile(r"[^\n]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line-delimited paragraph, whitespace trimmed."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return spans


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences within text[start:end], never across a line break; 'U.S.', 'Gen.', 'Mr.' and
    initials do not end one."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        if p_end > start and p_start < end:
            spans += _paragraph_sentences(text, max(p_start, start), min(p_end, end))
    return spans


def _paragraph_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _closes_quote(match.group()) and _is_abbreviation(text, begin, match.start()):
            continue
        stop = match.start() + len(match.group().rstrip())
        s, e = _trim(text, begin, stop)
        if s < e:
            spans.append((s, e))
        begin = match.end()
    s, e = _trim(text, begin, end)
    if s < e:
        spans.append((s, e))
    return spans


def chunk_source(source: Source, max_chars: int = DEFAULT_MAX_CHARS) -> list[Chunk]:
    """Whole paragraphs where they fit, whole sentences where they do not, hard cuts last."""
    text = source.text
    pieces = list(_pieces(text, max_chars))
    chunks: list[Chunk] = []
    group: tuple[int, int] | None = None  # (start, end) of the pieces gathered so far
    for start, end in pieces:
        if group is not None and end - group[0] > max_chars:
            chunks.append(_make_chunk(source, len(chunks) + 1, *group))
            group = None
        group = (start if group is None else group[0], end)
    if group is not None:
        chunks.append(_make_chunk(source, len(chunks) + 1, *group))
    return chunks


def chunk_all(sources: list[Source], max_chars: int = DEFAULT_MAX_CHARS) -> list[Chunk]:
    return [chunk for source in sources for chunk in chunk_source(source, max_chars)]


def _pieces(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """Paragraphs, broken into sentences (and sentences into words) only when too long."""
    for p_start, p_end in paragraph_spans(text):
        if p_end - p_start <= max_chars:
            yield p_start, p_end
            continue
        for s_start, s_end in _paragraph_sentences(text, p_start, p_end):
            if s_end - s_start <= max_chars:
                yield s_start, s_end
            else:
                yield from _hard_split(text, s_start, s_end, max_chars)


def _hard_split(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """A 'sentence' longer than a chunk (a 200 KB line): cut at the last space that fits."""
    while start < end:
        stop = min(end, start + max_chars)
        if stop < end:
            space = text.rfind(" ", start + 1, stop)
            stop = space if space > start else stop
        s, e = _trim(text, start, stop)
        if s < e:
            yield s, e
        start = stop


def _make_chunk(source: Source, number: int, start: int, end: int) -> Chunk:
    return Chunk(
        id=f"{source.id}:{number}",
        source_id=source.id,
        start=start,
        end=end,
        text=source.text[start:end],
    )


def _closes_quote(boundary: str) -> bool:
    """'…No.' Then: a full stop inside closing quotes ends the sentence whatever the word."""
    return any(mark in boundary for mark in "\"'’”»")


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    """Is the word that ends at `dot` an abbreviation or an initial (e.g. 'J. Smith')?"""
    if text[dot] != ".":
        return False
    if text[dot - 2 : dot].lower() == "no" and text[dot + 1 : dot + 3].strip()[:1].isdigit():
        return True  # "No. 10"
    word_start = dot
    while word_start > begin and not text[word_start - 1].isspace():
        word_start -= 1
    raw = text[word_start:dot].lstrip("\"'‘“«([")
    following = text[dot + 1 : dot + 40].split(None, 1)[:1]
    if (
        len(raw) > 1
        and raw.isalpha()
        and raw.isupper()
        and not (following and following[0].isupper())
    ):
        return False  # '... tell the FT. But Rover said': an acronym ends a sentence ('ft.' is
        # feet; 'ST. LOUIS —' opening a dateline does not end one)
    word = raw.lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
