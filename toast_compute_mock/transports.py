"""In-process transports for httpx clients on the mock (no port): the sync one lives in serving.py, the async
one is httpx's own ASGI transport, which runs the app on the caller's event loop."""

from __future__ import annotations

import httpx

from .app import MockApp
from .serving import SyncASGITransport


def sync_transport(app: MockApp) -> SyncASGITransport:
    """For `httpx.Client` / `ComputeClient`; call `.shutdown()` when done (it owns an event loop)."""
    return SyncASGITransport(app)


def async_transport(app: MockApp) -> httpx.AsyncBaseTransport:
    """For `httpx.AsyncClient` / `AsyncComputeClient`, on any event loop (asyncio or trio through anyio)."""
    return httpx.ASGITransport(app=app)
