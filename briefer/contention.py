"""Points of contention: statements by different actors in one story that answer each other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Statement

_REBUTTAL = re.compile(
    r"\b(fiction|propaganda|false|untrue|not true|lie|lies|nonsense|fake|rejected|rejects|"
    r"dismissed|dismisses|denied|denies|refuted|baseless|groundless|absurd)\b",
    re.I,
)
_OPPOSITE = {
    ("supports", "opposes"),
    ("opposes", "supports"),
    ("conditional", "opposes"),
    ("opposes", "conditional"),
}


def find_contention(
    statements: Sequence[Statement], limit: int = 3
) -> list[tuple[Statement, Statement]]:
    """Pairs (claim, answer) within one story: a rebuttal ('fiction', 'rejected') answering the
    nearest earlier claim of another actor first, then an actor taking the opposite stance
    right after another one's statement. One pair per two actors."""
    rebuttals, opposites = _answers(statements)
    chosen: list[tuple[Statement, Statement]] = []
    seen_actor_pairs: set[frozenset[str]] = set()
    rebuttals.sort(key=lambda pair: pair[1].said.kind != "direct")  # own words first
    for claim, answer in rebuttals + opposites:
        key = frozenset((claim.actor, answer.actor))
        if key not in seen_actor_pairs:
            seen_actor_pairs.add(key)
            chosen.append((claim, answer))
    return chosen[:limit]


def answered(statements: Sequence[Statement]) -> set[str]:
    """Ids of statements another actor answers or contradicts: their claims are contested."""
    rebuttals, opposites = _answers(statements)
    return {claim.id for claim, _ in rebuttals + opposites}


def _answers(
    statements: Sequence[Statement],
) -> tuple[list[tuple[Statement, Statement]], list[tuple[Statement, Statement]]]:
    """Every (claim, rebuttal) and (statement, opposite stance) pair, story by story."""
    by_source: dict[str, list[Statement]] = {}
    for statement in statements:
        by_source.setdefault(statement.source_id, []).append(statement)
    rebuttals, opposites = [], []
    for story in by_source.values():
        story = sorted(story, key=lambda s: s.said.start)
        for later_index, answer in enumerate(story):
            earlier = [s for s in story[:later_index] if s.actor != answer.actor]
            if not earlier:
                continue
            # scorn ('fiction', 'propaganda') answers a claim whatever stance the cues give
            if answer.stance != "supports" and _REBUTTAL.search(answer.claim):
                rebuttals.append((earlier[-1], answer))  # the nearest claim it can answer
                continue
            previous = story[later_index - 1] if later_index else None
            if (
                previous is not None
                and previous.actor != answer.actor
                and (previous.stance, answer.stance) in _OPPOSITE
            ):
                opposites.append((previous, answer))  # one actor answering the one before
    return rebuttals, opposites
