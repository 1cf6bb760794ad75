"""A tiny HTTP server on 127.0.0.1 that answers every request with what the test set: for the bodies a real
service might send and the mock never does (not JSON, the wrong shape, a null where an object belongs)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Loopback:
    def __init__(self) -> None:
        self.status, self.body, self.headers = 200, b"", {"Content-Type": "application/json"}
        self.received: list[dict[str, str]] = []  # each request's headers, as the server got them
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                loopback.received.append(dict(self.headers))
                self.send_response(loopback.status)
                for name, value in {**loopback.headers, "Content-Length": str(len(loopback.body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(loopback.body)

            do_GET = do_POST = do_PUT = do_DELETE = answer

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def answer(self, status: int, body: bytes, **headers: str) -> None:
        self.status, self.body = status, body
        self.headers = {"Content-Type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
