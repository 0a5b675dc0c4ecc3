"""Grounding: every evidence quote must be found in its source, or it is dropped and counted.

Both engines go through here. A quote is looked for exactly, then tolerantly (runs of
whitespace, curly vs straight quote marks, dash and ellipsis variants); what is kept is the
source's own text at the offsets found, so a rendered quote is always verbatim. A quote that
holds U+FFFD (a byte the file's decoding could not read) is dropped and counted too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .models import Evidence, Source, Statement

REPLACEMENT = "\ufffd"  # what decoding put where a byte could not be read
_EQUIVALENT = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "`": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "−": "-",
    "\u00a0": " ",
}


@dataclass
class Grounded:
    """Statements whose evidence was all found, and how many quotes were not."""

    statements: list[Statement]
    quotes_dropped: int
    dropped: list[tuple[str, str]]  # (statement id, quote) for logs and tests
    garbled: int = 0  # of those dropped: quotes holding an undecodable byte (U+FFFD)


def locate_quote(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """(start, end) of `quote` in `text`: exact first (the match nearest `near`), then tolerant."""
    quote = quote.strip()
    if not quote:
        return None
    exact = _nearest(text, quote, near)
    if exact is not None:
        return exact, exact + len(quote)
    return _locate_tolerant(text, quote, near)


def ground_evidence(evidence: Evidence, source: Source, near: int | None = None) -> Evidence | None:
    """The evidence re-anchored on the source's own text, or None if it is not there."""
    if source.text[evidence.start : evidence.end] == evidence.quote and evidence.quote.strip():
        return evidence
    span = locate_quote(source.text, evidence.quote, evidence.start if near is None else near)
    if span is None:
        return None
    start, end = span
    return evidence.model_copy(update={"start": start, "end": end, "quote": source.text[start:end]})


def ground_statements(statements: Sequence[Statement], sources: Mapping[str, Source]) -> Grounded:
    """Keep located evidence; a statement left with no evidence is not a statement."""
    kept, dropped, garbled = [], [], 0
    for statement in statements:
        located = []
        for evidence in statement.evidence:
            source = sources.get(evidence.source_id)
            found = ground_evidence(evidence, source) if source else None
            if found is not None and REPLACEMENT in found.quote:
                garbled += 1  # the words are not what the article said: never "verbatim"
                found = None
            if found is None:
                dropped.append((statement.id, evidence.quote))
            else:
                located.append(found)
        if located:
            kept.append(statement.model_copy(update={"evidence": located}))
    return Grounded(kept, len(dropped), dropped, garbled)


def _nearest(text: str, quote: str, near: int) -> int | None:
    best, position = None, text.find(quote)
    while position != -1:
        if best is None or abs(position - near) < abs(best - near):
            best = position
        position = text.find(quote, position + 1)
    return best


def _normalise(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the index it came from in `text`."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        elif char == "…":
            chars.extend("..")
            origin.extend((index, index))
            char = "."
        chars.append(_EQUIVALENT.get(char, char))
        origin.append(index)
    return "".join(chars), origin


def _locate_tolerant(text: str, quote: str, near: int) -> tuple[int, int] | None:
    folded_text, origin = _normalise(text)
    folded_quote, _ = _normalise(quote)
    folded_quote = folded_quote.strip()
    folded_near = next((i for i, o in enumerate(origin) if o >= near), 0)
    start = _nearest(folded_text, folded_quote, folded_near)
    if start is None:
        return None
    end = start + len(folded_quote) - 1
    return origin[start], origin[end] + 1
