"""Fetch articles given as URLs. Only what the user named is fetched; nothing else is."""

from __future__ import annotations

import httpx

from .decode import decode_bytes

TIMEOUT_SECONDS = 20.0
USER_AGENT = "briefer/0.1 (+https://pypi.org/project/briefer)"


class FetchError(Exception):
    """A URL could not be fetched; the message is one line for the user."""


def fetch_url(url: str, client: httpx.Client | None = None, max_bytes: int = 20_000_000
              ) -> tuple[str, bool]:
    """Return (text, is_html) for a URL, or raise FetchError with a one-line reason."""
    own_client = client is None
    client = client or httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True,
                                    headers={"User-Agent": USER_AGENT})
    try:
        response = client.get(url)
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
        data = response.content
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})") from None
    finally:
        if own_client:
            client.close()
    if len(data) > max_bytes:
        raise FetchError(f"too large ({len(data) / 1e6:.1f} MB)")
    content_type = response.headers.get("content-type", "")
    return decode_bytes(data).text, "html" in content_type or "xml" in content_type
