"""What every fetch shares: the User-Agent briefer announces and the one-line error it raises.

The fetching itself lives in `crawl` (bounded, polite, cached).
"""

from __future__ import annotations

USER_AGENT = "briefer/0.1 (+https://pypi.org/project/briefer)"


class FetchError(Exception):
    """A URL could not be fetched; the message is one line for the user."""
