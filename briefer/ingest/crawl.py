"""Fetch many pages politely: bounded concurrency, a per-host limit, timeouts, a size cap,
robots.txt, a User-Agent that names us, and conditional requests against the page cache.

A feed names dozens of pages on a handful of hosts; fetching them one by one is slow, and
fetching them all at once is rude. Every failure is a `FetchError` with a one-line reason,
so the caller can fall back (to the feed's summary) and say why.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from protego import Protego

from .fetch import USER_AGENT, FetchError
from .pagecache import CachedPage, PageCache

ROBOTS_AGENT = "briefer"
ROBOTS_FRESH_SECONDS = 24 * 3600  # robots.txt is read again at most once a day
DEFAULT_TIMEOUT = 15.0
DEFAULT_CONCURRENCY = 8
DEFAULT_PER_HOST = 2
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 5.0  # seconds; robots.txt may ask for more, we wait at most this


@dataclass
class Fetched:
    url: str
    body: bytes
    content_type: str
    from_cache: bool = False  # the server said 304 Not Modified (or robots.txt was fresh)


class Fetcher:
    """Thread-safe; one per run. Counts what it asked for, so a run can say it."""

    def __init__(
        self,
        cache: PageCache | None = None,
        client: httpx.Client | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = 20_000_000,
        concurrency: int = DEFAULT_CONCURRENCY,
        per_host: int = DEFAULT_PER_HOST,
    ) -> None:
        self.cache = cache
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.concurrency = max(1, concurrency)
        self.per_host = max(1, per_host)
        self._own_client = client is None
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": USER_AGENT},
            max_redirects=MAX_REDIRECTS,
        )
        self._lock = threading.Lock()
        self._host_slots: dict[str, threading.Semaphore] = {}
        self._robots: dict[str, Protego | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._delay_locks: dict[str, threading.Lock] = {}
        self._next_time: dict[str, float] = {}
        self.requests = 0
        self.not_modified = 0

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def get(self, url: str, respect_robots: bool = False) -> Fetched:
        """One page (raises FetchError). Pages the user named skip robots.txt; pages we
        choose to follow (a feed's entries) respect it."""
        if respect_robots and not self.allowed(url):
            raise FetchError("robots.txt disallows fetching it")
        cached = self.cache.get(url) if self.cache else None
        headers = cached.validators() if cached else {}
        with self._slot(url):
            if respect_robots:
                self._wait_turn(url)
            status, final_url, body, content_type, response_headers = self._request(url, headers)
        if status == 304 and cached is not None:
            with self._lock:
                self.not_modified += 1
            return Fetched(
                url=url, body=cached.body, content_type=cached.content_type, from_cache=True
            )
        if status >= 400:
            raise FetchError(f"HTTP {status} {_reason(status)}")
        if self.cache and (response_headers.get("etag") or response_headers.get("last-modified")):
            self.cache.put(
                CachedPage(
                    url=url,
                    body=body,
                    content_type=content_type,
                    etag=response_headers.get("etag"),
                    last_modified=response_headers.get("last-modified"),
                    fetched_at=time.time(),
                    status=status,
                )
            )
        return Fetched(url=final_url, body=body, content_type=content_type)

    def get_many(
        self, urls: Iterable[str], respect_robots: bool = True
    ) -> dict[str, Fetched | FetchError]:
        """Fetch several pages at once, at most `concurrency` in flight and `per_host` per
        host; each result is the page or the reason it could not be had."""
        unique = list(dict.fromkeys(urls))

        def one(url: str) -> Fetched | FetchError:
            try:
                return self.get(url, respect_robots)
            except FetchError as exc:
                return exc

        if len(unique) <= 1:
            return {url: one(url) for url in unique}
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(unique))) as pool:
            return dict(zip(unique, pool.map(one, unique), strict=True))

    def allowed(self, url: str) -> bool:
        """robots.txt's verdict for our agent. A missing robots.txt (4xx) allows all; one
        that cannot be read (5xx, unreachable) allows nothing, as RFC 9309 asks."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            host_lock = self._robots_locks.setdefault(origin, threading.Lock())
        with host_lock:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        return rules is not None and rules.can_fetch(url, ROBOTS_AGENT)

    def _wait_turn(self, url: str) -> None:
        """Keep the Crawl-delay robots.txt asks for between requests to one host (capped, so
        a hostile value cannot stall the run); hosts that ask for none are not slowed."""
        parts = urlsplit(url)
        rules = self._robots.get(f"{parts.scheme}://{parts.netloc}")
        try:
            delay = (
                min(float(rules.crawl_delay(ROBOTS_AGENT) or 0), MAX_CRAWL_DELAY)
                if (rules is not None)
                else 0.0
            )
        except (TypeError, ValueError):
            delay = 0.0
        if delay <= 0:
            return
        with self._lock:
            turn = self._host_lock(parts.netloc)
        with turn:  # one request at a time to a host that asks for a delay
            wait = self._next_time.get(parts.netloc, 0.0) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._next_time[parts.netloc] = time.monotonic() + delay

    def _host_lock(self, host: str) -> threading.Lock:
        return self._delay_locks.setdefault(host, threading.Lock())

    def _load_robots(self, origin: str) -> Protego | None:
        url = origin + "/robots.txt"
        cached = self.cache.get(url) if self.cache else None
        if cached is not None and time.time() - cached.fetched_at < ROBOTS_FRESH_SECONDS:
            status, body = cached.status, cached.body
        else:
            try:
                with self._slot(url):
                    status, _, body, content_type, _ = self._request(url, {})
            except FetchError:
                return None
            if self.cache and status < 500:
                self.cache.put(
                    CachedPage(
                        url=url,
                        body=body,
                        content_type=content_type,
                        fetched_at=time.time(),
                        status=status,
                    )
                )
        if status >= 500:
            return None
        text = body.decode("utf-8", "replace") if status < 400 else ""
        try:
            return Protego.parse(text)
        except Exception:  # a robots.txt the parser chokes on says nothing we can follow
            return Protego.parse("")

    def _slot(self, url: str) -> threading.Semaphore:
        host = urlsplit(url).netloc
        with self._lock:
            return self._host_slots.setdefault(host, threading.Semaphore(self.per_host))

    def _request(
        self, url: str, headers: dict[str, str]
    ) -> tuple[int, str, bytes, str, httpx.Headers]:
        """(status, final url, body, content type, headers); the body is read up to the
        size cap and within a total time limit, so a huge or trickling page cannot stall us."""
        with self._lock:
            self.requests += 1
        deadline = time.monotonic() + self.timeout * 2
        try:
            with self.client.stream(
                "GET", url, headers={"User-Agent": USER_AGENT, **headers}, follow_redirects=True
            ) as r:
                size = r.headers.get("content-length", "")
                if size.isdigit() and int(size) > self.max_bytes:
                    raise FetchError(f"too large ({int(size) / 1e6:.1f} MB)")
                chunks, total = [], 0
                if r.status_code < 300:
                    for chunk in r.iter_bytes():
                        total += len(chunk)
                        if total > self.max_bytes:
                            raise FetchError(f"too large (over {self.max_bytes / 1e6:.1f} MB)")
                        if time.monotonic() > deadline:
                            raise FetchError("too slow (gave up reading it)")
                        chunks.append(chunk)
                return (
                    r.status_code,
                    str(r.url),
                    b"".join(chunks),
                    r.headers.get("content-type", ""),
                    r.headers,
                )
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except httpx.TimeoutException:
            raise FetchError("timed out") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})") from None


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""
