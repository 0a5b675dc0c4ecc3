"""The synthesize stage's types, and the attributed-quote writer every stage may fall back on.

Neutral ground: engines write positions (`Synthesis`), compose lays them out, and both use
`quote_sentences` (the offline engine as its prose, compose where a model's prose is
missing), so neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .claims import statement_sentence
from .models import Sentence, StageUse, Statement

Position = tuple[str, list[Statement]]  # an actor and the grounded statements chosen for it


@dataclass
class Synthesis:
    """Sentences per actor, each naming the statements it rests on, and what it cost. An actor
    missing from `written` is shown as attributed quotes."""

    written: dict[str, list[Sentence]]
    failures: list[str] = field(default_factory=list)  # why the prose could not be used
    sentences_dropped: int = 0  # written sentences naming an actor or statement not given
    notices: list[str] = field(default_factory=list)  # what else a reader must know
    usage: list[StageUse] = field(default_factory=list)


def quote_sentences(
    positions: Sequence[Position], sentence: Callable[[Statement], str] = statement_sentence
) -> dict[str, list[Sentence]]:
    """One attributed verbatim quote per statement: prose that needs no model. `sentence`
    words one statement (`SupportChecker.sentence` names the outlet of reported words)."""
    return {
        actor: [Sentence(text=sentence(s), statement_ids=[s.id]) for s in items]
        for actor, items in positions
    }
