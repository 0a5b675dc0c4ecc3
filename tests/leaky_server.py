"""An OpenAI-compatible server on 127.0.0.1 that answers every request with one error status
and echoes the caller's Authorization header everywhere it can: in the status line, in a
header, in a JSON error body (or, for 502, an HTML page). For tests of key redaction only;
`retry-after-ms: 1` keeps retried statuses fast. Every answer is written here, by hand."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _LeakyServer

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = self.headers.get("Authorization", "")
        status = self.server.status
        with self.server.lock:
            self.server.requests += 1
        if status == 502:
            body, kind = f"<html><body>502 Bad Gateway for {auth}</body></html>", "text/html"
        else:
            body, kind = (
                json.dumps(
                    {
                        "error": {
                            "message": f"request refused; you sent {auth}",
                            "type": "invalid_request_error",
                            "param": auth,
                            "code": f"echo {auth}",
                        }
                    }
                ),
                "application/json",
            )
        payload = body.encode()
        self.send_response(status, f"Refused {auth}")
        self.send_header("Content-Type", kind)
        self.send_header("X-Echo", auth)
        self.send_header("retry-after-ms", "1")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


class _LeakyServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, status: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.status = status
        self.requests = 0
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer (the run stopped early) is not news: the default
        prints a traceback to stderr, which the CLI runner would capture as the run's own."""


@contextmanager
def leaky_server(status: int) -> Iterator[_LeakyServer]:
    server = _LeakyServer(status)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
