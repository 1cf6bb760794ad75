"""pytest plugin (entry point `pytest11`): a fresh mock for every test.

    def test_my_service(toast_compute_mock):
        client = toast_compute_mock.client()           # httpx.Client with the token set
        client.get(f"/v2/{toast_compute_mock.tenant_id}/flavors")
        toast_compute_mock.set_clock("manual"); toast_compute_mock.advance(5)

`toast_compute_mock` runs in-process (no port); `toast_compute_mock_http` is the same mock behind
a real uvicorn server on a free loopback port (one server per session, reset before each test).
Override `toast_compute_mock_config` to change tenants, clock or durations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from .app import MockApp, create_app
from .backend import Backend
from .config import MockConfig
from .serving import SyncASGITransport, ThreadedServer


@dataclass
class MockEndpoint:
    app: MockApp
    base_url: str
    transport: httpx.BaseTransport | None = None  # None: real HTTP

    @property
    def token(self) -> str:
        return self.app.config.tenants[0].token

    @property
    def tenant_id(self) -> str:
        return self.app.config.tenants[0].tenant_id

    @property
    def api_url(self) -> str:
        """The compute endpoint: `{base_url}/v2/{tenant_id}`."""
        return f"{self.base_url}/v2/{self.tenant_id}"

    @property
    def state(self) -> Backend:
        return self.app.state

    def client(self, **kwargs: Any) -> httpx.Client:
        headers = {"X-Auth-Token": self.token, **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.base_url, headers=headers, transport=self.transport, **kwargs)

    def reset(self) -> None:
        self.state.reset()

    def advance(self, seconds: float) -> None:
        self.state.advance(seconds)

    def set_clock(self, mode: str) -> None:
        self.state.set_clock_mode(mode)


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    return MockConfig(clock="immediate")


@pytest.fixture
def toast_compute_mock(toast_compute_mock_config: MockConfig) -> Iterator[MockEndpoint]:
    app = create_app(toast_compute_mock_config)
    transport = SyncASGITransport(app)
    yield MockEndpoint(app, "http://toast-compute-mock.invalid", transport)
    transport.shutdown()


@pytest.fixture(scope="session")
def toast_compute_mock_server() -> Iterator[ThreadedServer]:
    server = ThreadedServer(create_app(MockConfig(clock="immediate"))).start()
    yield server
    server.stop()


@pytest.fixture
def toast_compute_mock_http(toast_compute_mock_server: ThreadedServer) -> MockEndpoint:
    endpoint = MockEndpoint(toast_compute_mock_server.app, toast_compute_mock_server.base_url)
    endpoint.reset()
    endpoint.set_clock("immediate")
    return endpoint
