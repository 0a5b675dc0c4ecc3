"""How tall the default HTML brief prints, without a browser, so the composer can fill one
page and no more. tests/test_layout_browser.py checks the estimate against Chromium.

The estimate lays the brief out the way templates/brief.html.j2 does: the same blocks, font
sizes, line heights, margins (collapsing as CSS collapses them) and widths, and breaks each
paragraph into lines word by word with the advance widths of the template's font stack
(`data/glyph_widths.json`, measured in Chromium by tools/measure_glyphs.py; on Linux the
stack is Liberation Sans, which has Arial's metrics, as Helvetica nearly does). The page is
the smaller of Letter and A4 once the 12 mm margins are taken: Letter's 255 mm of height,
i.e. 965 CSS px.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .dating import shown_date
from .models import Brief, Sentence, SourceEntry
from .resources import data_file

PAGE_HEIGHT_PX = 965.0
TEXT_WIDTH_PX = 576.0  # the 600 px column less the cell's 12 px padding on each side
LIST_INDENT_PX = 18.0
QUOTE_INDENT_PX = 8.0  # blockquote: 6 px padding and a 2 px border
LINE_HEIGHT = 1.35
SAFETY = 0.99  # the estimate is within a few per cent of Chromium; keep a little room
FILL_TARGET = 0.85  # the composer cuts nothing while the page is emptier than this

Run = tuple[str, float, bool]  # text, font size in px, bold


@dataclass(frozen=True)
class _Block:
    height: float
    margin_top: float = 0.0
    margin_bottom: float = 0.0


def fits_one_page(brief: Brief) -> bool:
    return estimated_height(brief) <= PAGE_HEIGHT_PX * SAFETY


def page_fill(brief: Brief) -> float:
    """The share of the printed page the brief takes, by the estimate."""
    return estimated_height(brief) / PAGE_HEIGHT_PX


def estimated_height(brief: Brief) -> float:
    """Height in CSS px of the brief as templates/brief.html.j2 lays it out."""
    from .render import MARKS, quoted_in_body, source_label  # render needs no layout

    quoted = quoted_in_body(brief)

    blocks = [
        _para([(brief.title, 18, True)], 1.25, after=2),
        _para([(_meta(brief), 11, False)], after=6),
    ]
    if brief.positions:
        items = [
            _para(
                _overview_runs(p.actor, p.stance, s), width=TEXT_WIDTH_PX - LIST_INDENT_PX, after=2
            )
            for p, s in zip(brief.positions, brief.overview, strict=False)
        ]
        blocks.append(_list(items, before=2, after=4))
        if brief.also_quoted:
            text = f"Also quoted, left out to fit one page: {', '.join(brief.also_quoted)}."
            blocks.append(_para([(text, 11, False)], after=6))
        deeper = [p for p in brief.positions if p.sentences]
        if deeper:
            blocks.append(_heading("More from each side"))
            for position in deeper:
                runs: list[Run] = [(f"{position.actor}: ", 13, True)]
                for sentence in position.sentences:
                    runs += [*_sentence_runs(sentence), (" ", 13, False)]
                blocks.append(_para(runs))
        if brief.contention:
            blocks.append(_heading("Points of contention"))
            blocks.append(
                _list(
                    [
                        _para(
                            [*_sentence_runs(c.a), (" ↔ ", 13, False), *_sentence_runs(c.b)],
                            width=TEXT_WIDTH_PX - LIST_INDENT_PX,
                            after=2,
                        )
                        for c in brief.contention
                    ],
                    before=2,
                    after=4,
                )
            )
    else:
        blocks.append(
            _para(
                [
                    (
                        f"No attributed statements about {brief.topic} were found in "
                        "these sources.",
                        11,
                        False,
                    )
                ],
                after=6,
            )
        )
    blocks.append(_heading("Sources"))
    blocks.append(
        _list(
            [_source_item(entry, brief, source_label(entry), quoted) for entry in brief.sources],
            before=2,
            after=4,
        )
    )
    for notice in brief.notices:
        blocks.append(_para([(notice, 10, False)], before=4, after=0))
    labels = {
        s.corroboration
        for s in [*brief.overview, *(s for p in brief.positions for s in p.sentences)]
    }
    if labels - {None}:
        legend = "".join(
            f"{mark} {meaning} · " for label, (mark, meaning) in MARKS.items() if label in labels
        )
        blocks.append(
            _para(
                [(legend + "each claim checked against the quotes it cites", 10, False)],
                before=4,
                after=0,
            )
        )
    blocks.append(_para([(_foot(brief), 10, False)], before=4, after=0))
    return _stack(blocks) + 16  # the cell's 8 px padding above and below


def _meta(brief: Brief) -> str:
    model = f" ({brief.stats.model})" if brief.stats.model else ""
    return (
        f"{brief.generated_at} · {brief.stats.sources_cited} sources cited of "
        f"{brief.stats.sources_read} read · {brief.stats.engine} engine{model}"
    )


def _foot(brief: Brief) -> str:
    stats = brief.stats
    left = (
        f", {stats.left_out_for_page} left out to fit one page" if stats.left_out_for_page else ""
    )
    return (
        f"{stats.sources_read} sources read, {stats.sources_on_topic} on topic, "
        f"{stats.sources_cited} cited · {stats.statements} statements found, "
        f"{stats.statements_used} shown{left} · quotes dropped as not found in their "
        f"source: {stats.quotes_dropped} · {stats.body_words} words"
    )


def _overview_runs(actor: str, stance: str, sentence: Sentence) -> list[Run]:
    return [(actor, 13, True), (f" — {stance}: ", 13, False), *_sentence_runs(sentence)]


def _sentence_runs(sentence: Sentence) -> list[Run]:
    runs: list[Run] = [("NEW ", 9, True)] if sentence.new else []
    runs.append((sentence.text, 13, False))
    if sentence.when:
        runs.append((f" ({sentence.when})", 11, False))
    cites = "".join(f"[{n}]" for n in dict.fromkeys(sentence.citations))
    runs.append((" " + cites, 10, False))
    if sentence.corroboration:
        runs.append(
            ({"corroborated": "✓✓", "contested": "⇄"}.get(sentence.corroboration, "✓"), 10, False)
        )
    if sentence.only_from:
        runs.append((f" ({sentence.only_from} outlets only)", 13, False))
    return runs


def _source_item(entry: SourceEntry, brief: Brief, label: str, quoted: set[str]) -> _Block:
    from .render import source_label  # render needs no layout

    head = ("NEW " if entry.new else "") + label
    head += f" ({', '.join(entry.labels)})" if entry.labels else ""
    head += f" — “{entry.title}”" if entry.title else ""
    head += f", {shown_date(entry.date, brief.generated_at)}" if entry.date else ""
    head += f". {entry.url}" if entry.url else ""
    if entry.copies:
        head += (
            ". Same story also run by: "
            + ", ".join(
                source_label(copy) + (f" ({', '.join(copy.labels)})" if copy.labels else "")
                for copy in entry.copies
            )
            + "."
        )
    width = TEXT_WIDTH_PX - LIST_INDENT_PX
    parts = [_para([(head, 11, False)], width=width, after=0)]
    for excerpt in brief.excerpts:
        if excerpt.source_number == entry.number and excerpt.statement_id not in quoted:
            parts.append(
                _para(
                    [(f"{excerpt.speaker}: “{excerpt.quote}”", 11, False)],
                    width=width - QUOTE_INDENT_PX,
                    before=1,
                    after=2,
                )
            )
    return _Block(_stack(parts), 0, 2)


def _heading(text: str) -> _Block:
    return _para([(text, 14, True)], before=8, after=2)


def _list(items: Sequence[_Block], before: float, after: float) -> _Block:
    return _Block(_stack(items), before, after)


def _para(
    runs: Sequence[Run],
    line_height: float = LINE_HEIGHT,
    width: float = TEXT_WIDTH_PX,
    before: float = 0.0,
    after: float = 4.0,
) -> _Block:
    base = max(size for _, size, _ in runs[:1]) if runs else 13
    return _Block(_line_count(runs, width) * base * line_height, before, after)


def _stack(blocks: Iterable[_Block]) -> float:
    """Blocks one below the other; a margin between two blocks is the larger of the two."""
    height, previous_bottom, first = 0.0, 0.0, True
    for block in blocks:
        if not first:
            height += max(previous_bottom, block.margin_top)
        height += block.height
        previous_bottom, first = block.margin_bottom, False
    return height


def _line_count(runs: Sequence[Run], width: float) -> int:
    """Lines a paragraph takes when broken at spaces (and after hyphens), as browsers do."""
    lines, used, pending_space = 1, 0.0, 0.0
    for text, size, bold in runs:
        for piece in _pieces(text):
            if piece == " ":
                pending_space += _width(" ", size, bold)
                continue
            word = _width(piece, size, bold)
            if used and used + pending_space + word > width:
                lines += 1
                used = word
            else:
                used += pending_space + word
            pending_space = 0.0
    return lines


def _pieces(text: str) -> list[str]:
    """Words and single spaces; a hyphenated word may break after each hyphen."""
    out: list[str] = []
    for index, word in enumerate(text.split(" ")):
        if index:
            out.append(" ")
        if not word:
            continue
        parts = word.split("-")
        out += [part + "-" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return out


def _width(text: str, size: float, bold: bool) -> float:
    table = _glyphs()["bold" if bold else "normal"]
    return sum(table.get(char, _fallback(char)) for char in text) * size


def _fallback(char: str) -> float:
    return 1.0 if ord(char) >= 0x2E80 else 0.55  # wide scripts take a full em


@lru_cache(maxsize=1)
def _glyphs() -> dict[str, dict[str, float]]:
    widths: dict[str, dict[str, float]] = json.loads(
        data_file("glyph_widths.json").read_text(encoding="utf-8")
    )["em"]
    return widths
