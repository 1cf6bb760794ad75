"""Retries with backoff on 5xx, 429 and connection errors, for idempotent requests only: over real HTTP,
with the failures injected into the mock (`toast_compute_mock_http.inject`) and a closed loopback port."""

from __future__ import annotations

import socket
import threading
from typing import Any

import pytest

from toast_compute import NotFound, RetryPolicy, ServerError, TransportError
from toast_compute.retry import NO_RETRIES

from .conftest import make_layer

pytestmark = pytest.mark.client

POLICY = RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=5.0, jitter=lambda: 1.0)
SERVER = "/servers/{serverId}"


def client(mock: Any, facade: str, loop: Any, policy: RetryPolicy = POLICY, **options: Any) -> tuple[Any, list[float]]:
    """The layer on the mock (or `base_url`), recording the backoff delays instead of sleeping them."""
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def asleep(seconds: float) -> None:
        slept.append(seconds)

    if mock is not None:
        options = {"base_url": mock.base_url, "token": mock.token, "tenant_id": mock.tenant_id, **options}
    options = {"timeout": 10.0, **options}
    layer = make_layer(facade, loop, retry=policy,
                       sleep=sleep if facade == "sync" else asleep, **options)
    return layer, slept


def closed_port() -> str:
    """A loopback address where nothing listens: every connection is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def new_server(mock: Any) -> str:
    """A server made over plain HTTP, on the first flavor with a local disk, image and network the API lists."""
    with mock.client() as http:
        flavors = http.get(f"/v2/{mock.tenant_id}/flavors/detail").json()["flavors"]
        image = http.get(f"/v2/{mock.tenant_id}/images").json()["images"][0]["id"]
        network = http.get("/network/v2.0/networks").json()["networks"][0]["id"]
        body = {"server": {"name": "web", "imageRef": image, "flavorRef": next(f["id"] for f in flavors if f["disk"]),
                           "networks": [{"uuid": network}]}}  # fmt: skip
        response = http.post(f"/v2/{mock.tenant_id}/servers", json=body)
    assert response.status_code == 202, response.text
    return str(response.json()["server"]["id"])


@pytest.mark.parametrize("status", [503, 500, 429])
def test_get_is_retried_then_succeeds(status: int, mock: Any, facade: str, loop: Any) -> None:
    injection = mock.inject("GET", "/flavors", status, count=2, retry_after=2)
    layer, slept = client(mock, facade, loop)
    assert layer.list_flavors().flavors
    assert injection.matched == 2
    assert slept == ([2.0, 2.0] if status == 429 else [1.0, 2.0])


def test_connection_errors_are_retried(mock: Any, facade: str, loop: Any) -> None:
    layer, slept = client(mock, facade, loop, base_url=closed_port())
    with pytest.raises(TransportError):
        layer.list_flavors()
    assert slept == [1.0, 2.0, 4.0]


def test_a_read_timeout_is_a_transport_error_and_not_retried(mock: Any, facade: str, loop: Any) -> None:
    """The request may have been processed (RETRY_ERRORS has no ReadTimeout): the layer does not repeat it."""
    injection = mock.inject("GET", "/flavors", delay=1.0, count=2)
    layer, slept = client(mock, facade, loop, timeout=0.3)
    with pytest.raises(TransportError, match="ReadTimeout"):
        layer.list_flavors()
    assert injection.matched == 1 and slept == []


def test_backoff_grows_to_the_cap_then_the_last_error_is_raised(mock: Any, facade: str, loop: Any) -> None:
    injection = mock.inject("GET", "/flavors", 503, count=10)
    policy = RetryPolicy(max_attempts=5, base_delay=1.0, max_delay=3.0, jitter=lambda: 1.0)
    layer, slept = client(mock, facade, loop, policy)
    with pytest.raises(ServerError, match="temporarily unavailable"):
        layer.list_flavors()
    assert injection.matched == 5 and slept == [1.0, 2.0, 3.0, 3.0]


def test_jitter_keeps_delays_between_half_and_full() -> None:
    low = RetryPolicy(base_delay=2.0, jitter=lambda: 0.0)
    assert [low.delay(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert RetryPolicy(max_delay=5.0).delay(1, retry_after="120") == 5.0
    assert RetryPolicy(base_delay=1.0, jitter=lambda: 1.0).delay(1, retry_after="soon") == 1.0


def test_a_post_is_not_retried_after_a_5xx(mock: Any, facade: str, loop: Any) -> None:
    server_id = new_server(mock)
    injection = mock.inject("POST", f"{SERVER}/action", 503, count=2)
    layer, slept = client(mock, facade, loop)
    with pytest.raises(ServerError):
        layer.stop_server(server_id)
    assert injection.matched == 1 and slept == []


def test_a_post_is_retried_on_429_the_service_did_nothing(mock: Any, facade: str, loop: Any) -> None:
    server_id = new_server(mock)
    injection = mock.inject("POST", f"{SERVER}/action", 429, count=2, retry_after=3)
    layer, slept = client(mock, facade, loop)
    layer.stop_server(server_id)
    assert injection.matched == 2 and slept == [3.0, 3.0]
    assert layer.wait_for_server(server_id, "SHUTOFF").status == "SHUTOFF"


def test_a_post_is_retried_when_it_could_not_connect(mock: Any, facade: str, loop: Any) -> None:
    refused, slept = client(mock, facade, loop, base_url=closed_port())
    with pytest.raises(TransportError, match="ConnectError"):
        refused.stop_server("8d5b2a7e-0000-4000-8000-000000000001")
    assert slept == [1.0, 2.0, 4.0]  # 4 attempts


def test_a_post_is_not_retried_after_an_ambiguous_failure(facade: str, loop: Any) -> None:
    """The server read the request, then closed without answering: it may have acted, so no second attempt."""
    with HangUp() as hang_up:
        layer, slept = client(None, facade, loop, base_url=hang_up.base_url, token="t", tenant_id="abc")
        with pytest.raises(TransportError, match="RemoteProtocolError|ReadError"):  # which one is a race
            layer.stop_server("8d5b2a7e-0000-4000-8000-000000000001")
        assert hang_up.requests == 1 and slept == []
        with pytest.raises(TransportError):
            layer.list_flavors()
        assert hang_up.requests == 1 + POLICY.max_attempts


class HangUp:
    """A loopback server that reads each request's head and body, then closes the connection unanswered."""

    def __init__(self) -> None:
        self.requests = 0
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(8)
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if data:
                    self.requests += 1

    def __enter__(self) -> HangUp:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._socket.close()


@pytest.mark.parametrize(("method", "verb"), [("delete_server", "DELETE"), ("rename_server", "PUT")])
def test_put_and_delete_are_retried(method: str, verb: str, mock: Any, facade: str, loop: Any) -> None:
    server_id = new_server(mock)
    injection = mock.inject(verb, SERVER, 502)
    layer, slept = client(mock, facade, loop)
    getattr(layer, method)(server_id, *(("n",) if method == "rename_server" else ()))
    assert injection.matched == 1 and slept == [1.0]


def test_4xx_is_not_retried(mock: Any, facade: str, loop: Any) -> None:
    injection = mock.inject("GET", SERVER, 404, count=3)
    layer, slept = client(mock, facade, loop)
    with pytest.raises(NotFound):
        layer.get_server("aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec")
    assert injection.matched == 1 and slept == []


def test_no_retries_policy(mock: Any, facade: str, loop: Any) -> None:
    mock.inject("GET", "/flavors", 503)
    layer, slept = client(mock, facade, loop, NO_RETRIES)
    with pytest.raises(ServerError):
        layer.list_flavors()
    assert layer.list_flavors().flavors and slept == []
