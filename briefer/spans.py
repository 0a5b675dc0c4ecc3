"""Which sentences hold a span of text: the one place offsets are mapped to sentences.

The guard, the speech finder and the excerpt builder all ask it for the same passages again
and again (every quote of a story, every statement of a brief), so a text's sentence spans
are computed once and looked up by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .chunk import sentence_spans
from .textcache import text_cache


@text_cache(maxsize=512)
def _indexed(text: str) -> tuple[tuple[tuple[int, int], ...], list[int], list[int]]:
    spans = tuple(sentence_spans(text))
    return spans, [s for s, _ in spans], [e for _, e in spans]


def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text` (`chunk.sentence_spans`), cached."""
    return _indexed(text)[0]


def sentence_bounds(
    text: str, start: int, end: int, outside: tuple[int, int] | None = None
) -> tuple[int, int]:
    """From the start of the sentence holding `start` to the end of the one holding `end`.

    Where no sentence starts at or before `start` (or ends at or after `end`), that side is
    taken from `outside`, by default the whole text: (0, len(text)).
    """
    spans, starts, ends = _indexed(text)
    before, after = outside if outside is not None else (0, len(text))
    first = bisect_right(starts, start) - 1  # the last sentence starting at or before `start`
    last = bisect_left(ends, end)  # the first sentence ending at or after `end`
    return (
        spans[first][0] if first >= 0 else before,
        spans[last][1] if last < len(spans) else after,
    )


def previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """The sentence before the one holding `start` (news paragraphs are often one sentence
    long, so it may end the paragraph before), or None."""
    spans, starts, _ = _indexed(text)
    holding = bisect_right(starts, start) - 1
    if holding < 1 or not spans[holding][0] <= start < spans[holding][1]:
        return None
    return spans[holding - 1]
