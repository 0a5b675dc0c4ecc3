"""`-v` and `--debug`: what the run does, on stderr, with every secret redacted.

`-v` logs briefer's own steps (each model request, retry, re-ask and failure); `--debug`
adds the openai SDK's and the HTTP client's logs. Both go through one filter that replaces
the API key wherever it appears, so a log pasted into a bug report leaks nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable

REDACTED = "[redacted]"
_THIRD_PARTY = ("openai", "httpx", "httpx2", "httpcore")


def known_secrets(extra: Iterable[str | None] = ()) -> list[str]:
    """The API key from the environment and any given; never shorter than 8 characters."""
    found = [os.environ.get("OPENAI_API_KEY"), *extra]
    return sorted({s for s in found if s and len(s) >= 8}, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    for secret in known_secrets() if secrets is None else secrets:
        text = text.replace(secret, REDACTED)
    return text


class _Redacting(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage(), self.secrets), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info),
                                     self.secrets)
            record.exc_info = None
        return True


def setup_logging(verbose: bool, debug: bool, secrets: Iterable[str | None] = ()) -> None:
    """Send briefer's log (and with `debug`, the SDK's) to stderr through the redactor."""
    if not (verbose or debug):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_Redacting(known_secrets(secrets)))
    handler.setFormatter(logging.Formatter("briefer: %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger("briefer").setLevel(logging.DEBUG if debug else logging.INFO)
    for name in _THIRD_PARTY:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # index building: not news to anyone
