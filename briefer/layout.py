"""A conservative estimate of how tall the default HTML brief prints, so the composer can
keep it to one page without a browser. Tests print real briefs with Chromium to check it.

Sizes follow templates/brief.html.j2: a 600 px column (576 px of text), 13 px body text,
11 px sources. The page is the smaller of Letter and A4 once the 12 mm margins are taken:
Letter's 255 mm of height, i.e. 965 CSS px.
"""

from __future__ import annotations

import math

from .models import Brief, Sentence

PAGE_HEIGHT_PX = 965.0
TEXT_WIDTH_PX = 576.0
CHAR_WIDTH_EM = 0.47  # average glyph width of sans-serif news text (measured in Chromium)
SAFETY = 0.98  # the estimate runs 5-15% above what Chromium lays out; keep a little more


def fits_one_page(brief: Brief) -> bool:
    return estimated_height(brief) <= PAGE_HEIGHT_PX * SAFETY


def estimated_height(brief: Brief) -> float:
    """Height in CSS px of the brief as templates/brief.html.j2 lays it out."""
    height = _block(brief.title, 18, 1.25, after=2) + _block("x", 11, 1.35, after=6)
    if brief.positions:
        height += _block("Overview: " + " ".join(_cited(s) for s in brief.overview), 13)
        for position in brief.positions:
            height += _heading(f"{position.actor} — {position.stance}")
            height += _block(" ".join(_cited(s) for s in position.sentences), 13)
        if brief.contention:
            height += _heading("Points of contention")
            for pair in brief.contention:
                height += _block(f"{_cited(pair.a)} ↔ {_cited(pair.b)}", 13, width=558, after=2)
    height += _heading("Sources")
    for source in brief.sources:
        entry = f"{source.outlet or source.path} — “{source.title}”, {source.date}. {source.url}"
        if source.copies:  # a list of outlets can run to lines; a label or "new" is a word
            # or two, within the estimate's margin over what Chromium lays out
            entry += ". Same story also run by: " + ", ".join(
                f"{c.outlet} ({', '.join(c.labels)})" for c in source.copies)
        height += _block(entry, 11, width=558, after=0)
        for excerpt in brief.excerpts:
            if excerpt.source_number == source.number:
                height += _block(f"{excerpt.speaker}: “{excerpt.quote}”", 11, width=550, after=3)
    for notice in brief.notices:
        height += _block(notice, 10, after=4)
    if any(s.corroboration for p in brief.positions for s in p.sentences):
        height += _block("x" * 120, 10, after=4)  # the legend of corroboration marks
    return height + _block("x" * 260, 10, after=4) + 16  # the stats line, the cell's padding


def _cited(sentence: Sentence) -> str:
    mark = "✓✓" if sentence.corroboration else ""
    return (sentence.text + " " + "".join(f"[{n}]" for n in dict.fromkeys(sentence.citations))
            + mark)


def _heading(text: str) -> float:
    return 8 + _block(text, 14, after=2)


def _block(text: str, font_px: float, line_height: float = 1.35, width: float = TEXT_WIDTH_PX,
           after: float = 4) -> float:
    per_line = max(1, int(width / (font_px * CHAR_WIDTH_EM)) - 4)  # lines break at words
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
    return lines * font_px * line_height + after
