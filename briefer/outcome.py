"""How a run ends, said plainly: what the model could not read (and the exit code that
follows), a topic nothing is about, the one-time note that no model is configured."""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import BrieferError
from .models import Brief
from .pipeline import Prepared
from .report import plural, say

log = logging.getLogger("briefer")

EXIT_NOTHING_EXTRACTED = 3  # the model could read no passage (or the endpoint is dead)
EXIT_PARTIAL = 4  # some passages could not be read; --allow-partial accepts that
OFFLINE_CHOSEN = "no API key or base URL configured: using the offline engine (no model)."


class NothingExtracted(BrieferError):
    exit_code = EXIT_NOTHING_EXTRACTED


def unread_passages(brief: Brief, strict: bool) -> str | None:
    """How much the model could not read, as a sentence, or None when nothing is missing.
    Raises (nothing is written then) when it read nothing (exit 3) or under --strict."""
    failed = brief.stats.failed_chunks
    if not failed:
        return None
    total = brief.stats.chunks_on_topic
    missing = (
        f"{len(failed)} of {total} on-topic {plural(total, 'passage')} could not be "
        f"read by the model"
    )
    if len(failed) >= total:
        raise NothingExtracted(f"{missing} (see above); nothing was extracted, nothing written")
    if strict:
        raise BrieferError(f"--strict: {missing} (see above); nothing written")
    return missing


def say_if_off_topic(prepared: Prepared) -> None:
    """A topic no passage is about is said in one line, not left to an empty page."""
    if prepared.corpus.sources and not prepared.selection.chunks:
        count = len(prepared.corpus.sources)
        topic = prepared.selection.query.topic
        say(
            f"briefer: warning: no passage in the {count} {plural(count, 'source')} is about "
            f"{topic!r}; try other words (`briefer sources --topic {topic!r} --passages`)"
        )


def offline_notice(state_dir: Path) -> None:
    """Said on the first run (and with -v); after that the brief's own notice says it."""
    marker = state_dir / "offline-notice-shown"
    if marker.exists():
        log.info(OFFLINE_CHOSEN)
        return
    say(f"briefer: {OFFLINE_CHOSEN}")
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass  # a read-only cache folder only means the line is said again next time
