"""Limits on slow clients, for uvicorn (httptools): uvicorn closes idle keep-alive connections
(`timeout_keep_alive`) but has no deadline for reading a request's head, so a client that never finishes
its headers holds a connection for ever. This protocol adds that deadline and caps the connections still
waiting for their head, closing the oldest first, so honest clients (who send a head at once) are served
while slow ones are dropped. granian has its own `header_read_timeout`."""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .config import ConnectionLimits
from .http import DROP_EXTENSION


def guarded_protocol(limits: ConnectionLimits) -> type[asyncio.Protocol]:
    """An httptools protocol class for one server, enforcing `limits` (with the server's own keep-alive)."""
    waiting: dict[Guarded, None] = {}  # connections sending a head, oldest first

    class Guarded(HttpToolsProtocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                transport.close()
                return
            self._await_head()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            if self not in waiting:  # the next request on a keep-alive connection
                self._await_head()

        def on_headers_complete(self) -> None:
            self._head_received()
            super().on_headers_complete()
            extensions: dict[str, Any] = self.scope.setdefault("extensions", {})
            extensions[DROP_EXTENSION] = self.transport.abort  # how the weather drops a connection

        def connection_lost(self, exc: Exception | None) -> None:
            self._head_received()
            super().connection_lost(exc)

        def _await_head(self) -> None:
            waiting[self] = None
            self._deadline = self.loop.call_later(limits.header_timeout, self._drop)
            if len(waiting) > limits.max_waiting_heads:
                next(iter(waiting))._drop()

        def _head_received(self) -> None:
            waiting.pop(self, None)
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _drop(self) -> None:
            self._head_received()
            if not self.transport.is_closing():
                self.transport.close()

        def __hash__(self) -> int:
            return id(self)

        def __eq__(self, other: Any) -> bool:
            return self is other

    return Guarded
