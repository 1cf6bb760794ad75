"""Fixtures for the client tests: the mock over real HTTP, and one view over the sync and async clients.

`facade` runs a test twice, through the sync and the async client. `Runner` hides the difference: it calls a
sync method directly, and runs an async one (or drains an async iterator into a list) on the test's own loop.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from toast_compute_client import AuthenticatedClient

from toast_compute import AsyncComputeClient, ComputeClient

from .loopback import Loopback


class Runner:
    """Calls `target.name(...)` and returns a plain value whether the target is sync or async."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop | None):
        self.target, self.loop = target, loop

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        if hasattr(value, "__anext__"):
            return self.run(_drain(value))
        if isinstance(value, Iterator):
            return list(value)
        return value

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.target, name)
        return lambda *args, **kwargs: self.run(method(*args, **kwargs))


async def _drain(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


@pytest.fixture(params=["sync", "async"])
def facade(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    """A loopback HTTP server that answers what the test sets (bodies the mock never sends)."""
    server = Loopback()
    yield server
    server.close()


@pytest.fixture
def mock(toast_compute_mock_http: Any) -> Any:
    """The mock on a loopback port (one uvicorn for the session, state reset for each test)."""
    return toast_compute_mock_http


@pytest.fixture
def volumes(mock: Any) -> tuple[str, str]:
    """Two `available` volumes, made through the mock's block storage (an attach needs a real volume)."""
    with mock.client() as client:
        made = [client.post(f"/block-storage/v2/{mock.tenant_id}/volumes", json={"volume": {"size": 10}})
                for _ in range(2)]
    assert all(r.status_code == 202 for r in made), [r.text for r in made]
    first, second = (r.json()["volume"]["id"] for r in made)
    return first, second


OPEN: list[Runner] = []  # layers made by the running test, closed after it


def make_layer(facade: str, loop: asyncio.AbstractEventLoop, factory: str = "__call__", **kwargs: Any) -> Runner:
    """A ComputeClient or AsyncComputeClient from `factory` (the constructor or `from_credentials`), in a Runner."""
    cls = ComputeClient if facade == "sync" else AsyncComputeClient
    build = cls if factory == "__call__" else getattr(cls, factory)
    runner = Runner(build(**kwargs), None if facade == "sync" else loop)
    OPEN.append(runner)
    return runner


@pytest.fixture(autouse=True)
def _close_layers(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    yield
    while OPEN:
        runner = OPEN.pop()
        runner.run(runner.target.aclose() if runner.loop else runner.target.close())


@pytest.fixture
def layer(mock: Any, facade: str, loop: asyncio.AbstractEventLoop) -> Runner:
    return make_layer(
        facade, loop, base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id,
        network_url=mock.network_url,
    )  # fmt: skip


class Generated:
    """Calls a generated endpoint module with `sync_detailed` or `asyncio_detailed`."""

    def __init__(self, client: AuthenticatedClient, tenant_id: str, facade: str, loop: asyncio.AbstractEventLoop):
        self.client, self.tenant_id, self.facade, self.loop = client, tenant_id, facade, loop

    def __call__(self, endpoint: Any, **kwargs: Any) -> Any:
        if endpoint.__name__.rsplit(".", 1)[-1] != "list_versions":
            kwargs.setdefault("tenant_id", self.tenant_id)
        if self.facade == "sync":
            return endpoint.sync_detailed(client=self.client, **kwargs)
        return self.loop.run_until_complete(endpoint.asyncio_detailed(client=self.client, **kwargs))


@pytest.fixture
def generated(mock: Any, facade: str, loop: asyncio.AbstractEventLoop) -> Iterator[Generated]:
    """The generated client as a service would use it: X-Auth-Token, no prefix."""
    client = AuthenticatedClient(base_url=mock.base_url, token=mock.token, prefix="", auth_header_name="X-Auth-Token")
    generated = Generated(client, mock.tenant_id, facade, loop)
    yield generated
    for used in {id(client): client, id(generated.client): generated.client}.values():  # a test may swap it
        used.get_httpx_client().close()
        if facade == "async":
            loop.run_until_complete(used.get_async_httpx_client().aclose())
