"""Pages fetched before, kept on disk so a morning re-run asks only "changed since?".

Each URL's last good answer is stored with its validators (ETag, Last-Modified). The next
request for it carries If-None-Match / If-Modified-Since, and a 304 answer is served from
here. Files are written atomically; a damaged entry is treated as missing, never as an error.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ..files import write_atomic


def default_page_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("briefer")) / "pages"


@dataclass
class CachedPage:
    url: str
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: float = 0.0
    status: int = 200

    def validators(self) -> dict[str, str]:
        """The headers that make a request conditional; empty when the server gave none."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class PageCache:
    """One JSON file of metadata and one body file per URL, named by a hash of the URL."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> CachedPage | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            body = body_path.read_bytes()
            if meta.get("url") != url:
                return None
            return CachedPage(
                url=url,
                body=body,
                content_type=meta.get("content_type", ""),
                etag=meta.get("etag"),
                last_modified=meta.get("last_modified"),
                fetched_at=float(meta.get("fetched_at", 0)),
                status=int(meta.get("status", 200)),
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def put(self, page: CachedPage) -> None:
        """Store a page; a cache that cannot be written only costs the next run a request."""
        meta_path, body_path = self._paths(page.url)
        meta = {
            "url": page.url,
            "content_type": page.content_type,
            "etag": page.etag,
            "last_modified": page.last_modified,
            "fetched_at": page.fetched_at or time.time(),
            "status": page.status,
        }
        try:
            meta_path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(body_path, page.body, durable=False)
            write_atomic(meta_path, json.dumps(meta).encode(), durable=False)
        except OSError:
            pass
