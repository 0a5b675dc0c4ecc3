"""After composing: what the reader should know about each source and whose voice a claim is.

Sources get their outlet's labels, their date and every outlet that ran the same story (the
templates list them newest first, see `Brief.sources_newest_first`). A claim whose every
outlet carries a caution label (state-controlled) says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from .dedupe import outlets_of
from .models import Brief, Sentence, Source
from .outlets import CAUTION_LABELS, Outlets


def annotate(brief: Brief, sources: Mapping[str, Source], outlets: Outlets) -> Brief:
    """The brief with sources labelled, dated and numbered newest first, and claims resting
    only on state-controlled outlets marked."""
    entries = []
    for entry in brief.sources:
        source = sources[entry.id]
        copies = [
            copy.model_copy(update={"labels": outlets.labels(copy.outlet)})
            for copy in source.copies
        ]
        entries.append(
            entry.model_copy(
                update={
                    "published": source.published,
                    "labels": outlets.labels(source.outlet),
                    "copies": copies,
                }
            )
        )
    brief = brief.model_copy(update={"sources": entries})
    statements = {s.id: s for p in brief.positions for s in p.statements}

    def cautioned(sentence: Sentence) -> Sentence:
        cited = [
            sources[statements[i].source_id] for i in sentence.statement_ids if i in statements
        ]
        return sentence.model_copy(update={"only_from": _only_from(cited, outlets)})

    positions = [
        position.model_copy(update={"sentences": [cautioned(s) for s in position.sentences]})
        for position in brief.positions
    ]
    return brief.model_copy(
        update={
            "positions": positions,  # and each actor's overview line
            "overview": [cautioned(s) for s in brief.overview],
        }
    )


def _only_from(cited: list[Source], outlets: Outlets) -> str | None:
    """A caution label that every outlet which ran any cited story carries."""
    names = {name for source in cited for name in outlets_of(source)}
    if not names:
        return None
    for label in CAUTION_LABELS:
        if all(label in outlets.labels(name) for name in names):
            return label
    return None
