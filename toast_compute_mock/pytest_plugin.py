"""pytest plugin (entry point `pytest11`): a fresh mock for every test, and the layer's clients on it.

    def test_my_service(compute):                      # a ComputeClient on the in-process mock
        server = compute.wait_for_server(...)          # waits on the mock's clock: no real sleep

    def test_it_async(acompute):                       # an AsyncComputeClient on the same (with anyio/pytest-asyncio)

    def test_raw(toast_compute_mock):
        client = toast_compute_mock.client()           # httpx.Client with the token set
        toast_compute_mock.set_clock("manual"); toast_compute_mock.advance(5)

`compute` and `acompute` sleep by advancing the mock's clock and read time from it, so waiters and retry
backoff cost no real time on any clock mode. `toast_compute_mock` runs in-process (no port);
`toast_compute_mock_http` is the same mock behind a real uvicorn server on a free loopback port (one server per
session, reset before each test; a test that overrides `toast_compute_mock_config` gets its own server).
Override `toast_compute_mock_config` to change tenants, clock or durations: every fixture here follows it."""

from __future__ import annotations

import asyncio
import dataclasses
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from .config import MockConfig
from .extra import missing_dependency_message
from .injection import Injection, parse

try:
    from .app import MockApp, create_app
    from .backend import Backend
    from .serving import SyncASGITransport, ThreadedServer
    from .transports import async_transport
except ModuleNotFoundError as error:  # installed without the `mock` extra: pytest still starts, the fixtures say why
    MOCK_EXTRA_MISSING: str | None = missing_dependency_message(error)
else:
    MOCK_EXTRA_MISSING = None

if TYPE_CHECKING:
    from toast_compute import AsyncComputeClient, ComputeClient

DEFAULT_CONFIG = MockConfig(clock="immediate")


def require_mock_extra() -> None:
    if MOCK_EXTRA_MISSING:
        pytest.fail(MOCK_EXTRA_MISSING, pytrace=False)


@dataclass
class MockEndpoint:
    app: MockApp
    base_url: str
    transport: httpx.BaseTransport | None = None  # None: real HTTP
    async_transport: httpx.AsyncBaseTransport | None = None  # None: real HTTP

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
    def network_url(self) -> str:
        """The network service (`network_url=` of the layer's clients, for `find_network`)."""
        from .api.network import service_url  # the mock extra's: imported where a mock runs

        return service_url(self.base_url)

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

    def now(self) -> float:
        """The mock's clock (seconds): what the layer's waiters measure time with in the `compute` fixtures."""
        return self.state.clock.now()

    def inject(
        self,
        method: str,
        path: str,
        status: int | None = None,
        *,
        message: str | None = None,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Injection:
        """The next `count` (default 1) `method path` requests answer `status` (429 with `Retry-After:
        retry_after`, 500, 503...) and/or after `delay` seconds; e.g. `inject("GET", "/flavors", 503, count=2)`.
        `message` (in the service's error format), `body` (the whole JSON body) and `headers` go to the mock's
        injection as given. `path` is under /v2/{tenantId} for compute, a neighbour's whole path for the others
        (`/network/v2.0/networks`); `{name}` matches one segment. `.matched` counts what it answered."""
        given = {"message": message, "body": body, "headers": headers}
        extra = {name: dict(value) if isinstance(value, Mapping) else value
                 for name, value in given.items() if value is not None}  # fmt: skip
        request = {"method": method, "path": path, "status": status, **options, **extra}
        return self.state.injections.add(parse(request))


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    return dataclasses.replace(DEFAULT_CONFIG)


@pytest.fixture
def toast_compute_mock(toast_compute_mock_config: MockConfig) -> Iterator[MockEndpoint]:
    require_mock_extra()
    app = create_app(toast_compute_mock_config)
    transport = SyncASGITransport(app)
    yield MockEndpoint(app, "http://toast-compute-mock.invalid", transport, async_transport(app))
    transport.shutdown()


def served(config: MockConfig) -> ThreadedServer:
    """The mock on a free loopback port; on a port the control API is guarded, by a token only this run knows."""
    return ThreadedServer(create_app(dataclasses.replace(config, control_token=secrets.token_urlsafe(16)))).start()


@pytest.fixture(scope="session")
def toast_compute_mock_server() -> Iterator[ThreadedServer]:
    require_mock_extra()
    server = served(DEFAULT_CONFIG)
    yield server
    server.stop()


@pytest.fixture
def toast_compute_mock_http(
    request: pytest.FixtureRequest, toast_compute_mock_config: MockConfig
) -> Iterator[MockEndpoint]:
    """The shared server, reset, for the default config; a server of its own for a test that overrides it."""
    require_mock_extra()
    if toast_compute_mock_config == DEFAULT_CONFIG:
        shared: ThreadedServer = request.getfixturevalue("toast_compute_mock_server")
        endpoint = MockEndpoint(shared.app, shared.base_url)
        endpoint.reset()
        endpoint.set_clock(DEFAULT_CONFIG.clock)
        yield endpoint
        return
    own = served(toast_compute_mock_config)
    yield MockEndpoint(own.app, own.base_url)
    own.stop()


def client_options(mock: MockEndpoint) -> dict[str, Any]:
    """Where the layer's clients find the mock (and its network service), and its clock for their waits (sleeping
    advances it)."""
    return {"base_url": mock.base_url, "token": mock.token, "tenant_id": mock.tenant_id, "clock": mock.now,
            "network_url": mock.network_url}


@pytest.fixture
def compute(toast_compute_mock: MockEndpoint) -> Iterator[ComputeClient]:
    """A `ComputeClient` on the in-process mock; its waits and retry backoff advance the mock's clock."""
    from toast_compute import ComputeClient

    mock = toast_compute_mock
    with ComputeClient(transport=mock.transport, sleep=mock.advance, **client_options(mock)) as client:
        yield client


@pytest.fixture
def acompute(toast_compute_mock: MockEndpoint) -> Iterator[AsyncComputeClient]:
    """An `AsyncComputeClient` on the in-process mock, for async tests on any loop (it holds no connection, so a
    plain fixture: no async plugin needed to make it); its waits and backoff advance the mock's clock."""
    from toast_compute import AsyncComputeClient

    mock = toast_compute_mock

    async def advance(seconds: float) -> None:
        mock.advance(seconds)

    client = AsyncComputeClient(transport=mock.async_transport, sleep=advance, **client_options(mock))
    yield client
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop runs here: close it on one of its own
        asyncio.run(client.aclose())
    # else an async plugin tears down inside its loop: the in-process transport holds nothing to release
