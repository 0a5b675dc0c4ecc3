"""Every message that leaves briefer passes `redact`: stderr, logs, briefs, caches, recordings.

`-v` logs briefer's own steps (each model request, retry, re-ask and failure); `--debug`
adds the openai SDK's and the HTTP client's logs. Without either, warnings still reach
stderr once each, prefixed `briefer: warning:`. A server may echo the API key anywhere (a
status line, a header, a JSON error body, an exception's text): the key is replaced
wherever it appears, in every form it is written (plain, JSON-escaped, URL-encoded).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO
from urllib.parse import quote

REDACTED = "[redacted]"
_THIRD_PARTY = ("openai", "httpx", "httpx2", "httpcore")
_registered: set[str] = set()  # keys given in code rather than in the environment


def register_secret(secret: str | None) -> None:
    """Make `redact` hide this value too (a key passed in settings, not the environment)."""
    if secret and len(secret) >= 8:
        _registered.add(secret)


def known_secrets(extra: Iterable[str | None] = ()) -> list[str]:
    """The API key from the environment, registered ones and any given, in every written
    form; never shorter than 8 characters (a placeholder like 'ollama' is not a secret)."""
    found = {
        s for s in (os.environ.get("OPENAI_API_KEY"), *_registered, *extra) if s and len(s) >= 8
    }
    forms = {form for s in found for form in (s, json.dumps(s)[1:-1], quote(s, safe=""))}
    return sorted(forms, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` with every known secret replaced by [redacted]: the one exit filter."""
    for secret in known_secrets() if secrets is None else secrets:
        text = text.replace(secret, REDACTED)
    return text


class _Redacting(logging.Filter):
    """Redacts each record and lets a warning through once: a failure repeated for every
    passage is one line, not thirteen."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.levelno >= logging.WARNING:
            if record.msg in self.seen:
                return False
            self.seen.add(record.msg)
        return True


class _Format(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        if record.levelno >= logging.WARNING and not logging.getLogger("briefer").isEnabledFor(
            logging.INFO
        ):
            return f"briefer: {record.levelname.lower()}: {record.getMessage()}"
        return f"briefer: {record.levelname} {record.name}: {record.getMessage()}"


if TYPE_CHECKING:
    _StreamHandler = logging.StreamHandler[TextIO]
else:  # subscriptable at run time only from Python 3.11
    _StreamHandler = logging.StreamHandler


class _StderrHandler(_StreamHandler):
    """Writes to whatever sys.stderr is at the time (test runners swap it)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def setup_logging(verbose: bool = False, debug: bool = False) -> None:
    """Send briefer's warnings (with -v its steps; with --debug the SDK's) to stderr through
    the redactor. Called once per command; a second call replaces the first."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(handler)
    handler = _StderrHandler()
    handler.addFilter(_Redacting())
    handler.setFormatter(_Format())
    root.addHandler(handler)
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.getLogger("briefer").setLevel(level)
    for name in _THIRD_PARTY:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # index building: not news to anyone
