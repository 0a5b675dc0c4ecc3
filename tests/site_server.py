"""A local web site for feed tests: records every request, answers conditional requests with
304, and can be slow, missing, redirect forever or serve a huge page. 127.0.0.1 only."""

from __future__ import annotations

import hashlib
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

LAST_MODIFIED = "Thu, 20 Nov 2026 08:00:00 GMT"


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds before answering
    location: str | None = None  # for redirects
    validators: bool = True  # send ETag and Last-Modified


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass
class Site:
    base: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, body: str | bytes = b"", **options: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.pages[path] = Page(body=data, **options)
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


@contextmanager
def serve() -> Iterator[Site]:
    site = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            with site.lock:
                site.requests.append(Request(self.path, headers))
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            try:
                self._answer(headers)
            finally:
                with site.lock:
                    site.in_flight -= 1

        def _answer(self, headers: dict[str, str]) -> None:
            page = site.pages.get(self.path) or Page(b"not here", "text/plain", 404)
            if page.delay:
                time.sleep(page.delay)
            etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
            if (
                page.validators
                and page.status == 200
                and (
                    headers.get("if-none-match") == etag
                    or headers.get("if-modified-since") == LAST_MODIFIED
                )
            ):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            if page.location:
                self.send_header("Location", page.location)
            if page.validators and page.status == 200:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                self.wfile.write(page.body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 document; each item has title, link, and optionally pubDate, description."""
    out = [
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        "<link>http://example.invalid/</link><description>test feed</description>"
    ]
    for item in items:
        out.append(
            "<item>" + "".join(f"<{k}>{_escape(v)}</{k}>" for k, v in item.items()) + "</item>"
        )
    return "".join(out) + "</channel></rss>"


def article_html(title: str, text: str, site_name: str = "") -> str:
    paragraphs = "".join(f"<p>{_escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return (
        f"<!doctype html><html><head><title>{_escape(title)}</title>{meta}</head><body>"
        f"<article><h1>{_escape(title)}</h1>{paragraphs}</article></body></html>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
