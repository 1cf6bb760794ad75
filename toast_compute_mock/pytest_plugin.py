"""pytest plugin (entry point `pytest11`): a fresh mock for every test.

    def test_my_service(toast_compute_mock):
        client = toast_compute_mock.client()           # httpx.Client with the token set
        client.get(f"/v2/{toast_compute_mock.tenant_id}/flavors")
        toast_compute_mock.set_clock("manual"); toast_compute_mock.advance(5)

`toast_compute_mock` runs in-process (no port); `toast_compute_mock_http` is the same mock behind
a real uvicorn server on a free loopback port (one server per session, reset before each test).
Override `toast_compute_mock_config` to change tenants, clock or durations."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from .config import MockConfig
from .extra import missing_dependency_message
from .injection import Injection, parse

try:
    from .app import MockApp, create_app
    from .backend import Backend
    from .serving import SyncASGITransport, ThreadedServer
except ModuleNotFoundError as error:  # installed without the `mock` extra: pytest still starts, the fixtures say why
    MOCK_EXTRA_MISSING: str | None = missing_dependency_message(error)
else:
    MOCK_EXTRA_MISSING = None


def require_mock_extra() -> None:
    if MOCK_EXTRA_MISSING:
        pytest.fail(MOCK_EXTRA_MISSING, pytrace=False)


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

    @property
    def control_headers(self) -> dict[str, str]:
        """What a call to the control API (`/_mock/...`) over HTTP needs."""
        token = self.app.config.control_token
        return {} if token is None else {"X-Mock-Control-Token": token}

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx.Client on the mock with the tenant's token (and the control API's)."""
        headers = {"X-Auth-Token": self.token, **self.control_headers, **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.base_url, headers=headers, transport=self.transport, **kwargs)

    def reset(self) -> None:
        self.state.reset()

    def advance(self, seconds: float) -> None:
        self.state.advance(seconds)

    def set_clock(self, mode: str) -> None:
        self.state.set_clock_mode(mode)

    def inject(self, method: str, path: str, status: int | None = None, **options: Any) -> Injection:
        """The next `count` (default 1) `method path` requests answer `status` (429 with `Retry-After:
        retry_after`, 500, 503...) and/or after `delay` seconds; e.g. `inject("GET", "/flavors", 503, count=2)`.
        `path` is under /v2/{tenantId}, `{name}` matches one segment. `.matched` counts what it answered."""
        return self.state.injections.add(parse({"method": method, "path": path, "status": status, **options}))


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    return MockConfig(clock="immediate")


@pytest.fixture
def toast_compute_mock(toast_compute_mock_config: MockConfig) -> Iterator[MockEndpoint]:
    require_mock_extra()
    app = create_app(toast_compute_mock_config)
    transport = SyncASGITransport(app)
    yield MockEndpoint(app, "http://toast-compute-mock.invalid", transport)
    transport.shutdown()


@pytest.fixture(scope="session")
def toast_compute_mock_server() -> Iterator[ThreadedServer]:
    require_mock_extra()
    # On a port, so the control API is guarded: by a token only this session knows.
    config = MockConfig(clock="immediate", control_token=secrets.token_urlsafe(16))
    server = ThreadedServer(create_app(config)).start()
    yield server
    server.stop()


@pytest.fixture
def toast_compute_mock_http(toast_compute_mock_server: ThreadedServer) -> MockEndpoint:
    endpoint = MockEndpoint(toast_compute_mock_server.app, toast_compute_mock_server.base_url)
    endpoint.reset()
    endpoint.set_clock("immediate")
    return endpoint
