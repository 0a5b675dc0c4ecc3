"""What a reader must know about how the brief was made, in plain words, from the stages'
results: the engine's own line first, then what extraction, grounding and synthesis left out."""

from __future__ import annotations

from .attribution import dropped_notice
from .engines.base import Engine, Extraction
from .ground import Grounded
from .synthesis import Synthesis


def _s(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def extraction_notices(
    engine: Engine, extraction: Extraction, grounded: Grounded, attributions_dropped: int = 0
) -> list[str]:
    """Shown in the brief before it is laid out, so the page fit counts them."""
    notices = [engine.made_with]
    if extraction.failed_chunks:
        count = len(extraction.failed_chunks)
        notices.append(
            f"{count} passage{_s(count, '', 's')} could not be read by the "
            f"model and {_s(count, 'is', 'are')} not in this brief."
        )
    count = grounded.quotes_dropped + extraction.quotes_dropped
    if count and engine.quotes_from_model:
        notices.append(
            f"The model gave {count} quote{_s(count, '', 's')} that "
            f"{_s(count, 'is', 'are')} not word for word in the sources; "
            f"{_s(count, 'it was', 'they were')} dropped."
        )
    other = extraction.dropped_otherwise
    if other:
        count = sum(other.values())
        reasons = "; ".join(f"{n} gave {reason}" for reason, n in sorted(other.items()))
        notices.append(
            f"{count} statement{_s(count, '', 's')} the model gave "
            f"{_s(count, 'was', 'were')} left out ({reasons})."
        )
    if grounded.garbled:
        count = grounded.garbled
        notices.append(
            f"{count} quote{_s(count, '', 's')} left out: the source file has "
            "bytes that could not be decoded there."
        )
    if extraction.unattributed:
        count = extraction.unattributed
        notices.append(
            f"{count} statement{_s(count, '', 's')} the model gave "
            f"{_s(count, 'was', 'were')} left out: the article attributes "
            "those words to no one."
        )
    attribution = dropped_notice(attributions_dropped)
    if attribution:
        notices.append(attribution)
    return notices


def synthesis_notices(synthesis: Synthesis) -> list[str]:
    """What synthesis could not do, and what else its engine says."""
    notices = []
    if synthesis.failures:
        notices.append(
            "The model's wording of the positions could not be used ("
            f"{synthesis.failures[0]}); each position is shown as "
            "attributed quotes instead."
        )
    if synthesis.sentences_dropped:
        count = synthesis.sentences_dropped
        notices.append(
            f"{count} sentence{_s(count, '', 's')} the model wrote "
            f"{_s(count, 'was', 'were')} left out: "
            f"{_s(count, 'it', 'they')} named an actor or statement "
            "it was not given."
        )
    return notices + synthesis.notices
