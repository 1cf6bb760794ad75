"""Concurrent first calls log in once (threads on a ComputeClient, tasks on an AsyncComputeClient): the others
wait for that login's token, whether they are compute calls or look-ups that need the identity catalog first.
Over real HTTP to the mock; the transport delays each login so that every caller is under way before it ends."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from toast_compute import AsyncComputeClient, ComputeClient, KeystoneV2Auth

pytestmark = pytest.mark.client

LOGIN_TAKES = 0.2  # seconds: longer than it takes every caller to start


def is_login(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path == "/v2.0/tokens"


class SlowLogins(httpx.BaseTransport):
    """Real HTTP; each login waits LOGIN_TAKES first and is counted."""

    def __init__(self) -> None:
        self.inner, self.logins = httpx.HTTPTransport(), 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if is_login(request):
            self.logins += 1
            time.sleep(LOGIN_TAKES)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncSlowLogins(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner, self.logins = httpx.AsyncHTTPTransport(), 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if is_login(request):
            self.logins += 1
            await asyncio.sleep(LOGIN_TAKES)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def credentials(mock: Any) -> dict[str, str]:
    tenant = mock.app.config.tenants[0]
    return {
        "tenant_id": tenant.tenant_id,
        "username": tenant.username,
        "password": tenant.password,
        "identity_url": mock.base_url,
        "base_url": mock.base_url,
    }


def first_calls(client: Any) -> list[Callable[[], Any]]:
    """Two compute calls and two look-ups that read the network service from the identity catalog."""
    return [client.list_keypairs, client.find_network, client.list_keypairs, client.find_network]


def test_threads_log_in_once(toast_compute_mock_http: Any) -> None:
    transport = SlowLogins()
    with ComputeClient.from_credentials(transport=transport, **credentials(toast_compute_mock_http)) as client:
        calls = first_calls(client)
        start = threading.Barrier(len(calls))

        def call(index: int) -> Any:
            start.wait()
            return calls[index]()

        with ThreadPoolExecutor(len(calls)) as pool:
            results = list(pool.map(call, range(len(calls))))
    assert transport.logins == 1
    assert results[0] == [] and results[1].name


def test_tasks_log_in_once(toast_compute_mock_http: Any) -> None:
    transport = AsyncSlowLogins()

    async def main() -> list[Any]:
        async with AsyncComputeClient.from_credentials(
            transport=transport, **credentials(toast_compute_mock_http)
        ) as client:
            return await asyncio.gather(*(call() for call in first_calls(client)))

    results = asyncio.run(main())
    assert transport.logins == 1
    assert results[0] == [] and results[1].name


def test_one_auth_serves_clients_on_different_event_loops(toast_compute_mock_http: Any) -> None:
    """A login waited for on one event loop, then on another (a new token): each loop has its own lock."""
    given = credentials(toast_compute_mock_http)
    auth = KeystoneV2Auth(tenant_id=given["tenant_id"], username=given["username"], password=given["password"],
                          identity_url=given["identity_url"])  # fmt: skip
    transports: list[AsyncSlowLogins] = []

    async def first_calls_on_a_new_loop() -> None:
        transports.append(AsyncSlowLogins())  # connections belong to their loop
        async with AsyncComputeClient(base_url=given["base_url"], tenant_id=given["tenant_id"], auth=auth,
                                      transport=transports[-1]) as client:  # fmt: skip
            await asyncio.gather(*(client.list_keypairs() for _ in range(3)))

    asyncio.run(first_calls_on_a_new_loop())
    auth.expires = None  # as if the token had expired: the next calls log in again
    asyncio.run(first_calls_on_a_new_loop())
    assert [transport.logins for transport in transports] == [1, 1]
