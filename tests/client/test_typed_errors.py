"""Every failure reaches a caller of the layer as the layer's typed error, with nothing secret in it (issue 12.5).

Over real HTTP: a refused or dropped connection, the mock's Nova faults, and bodies a service might send that the
mock never does, from a loopback server (not JSON, the wrong shape, `"image": null`). Each error must name what
a support ticket needs (operation, status, request id, field) and keep no token, no body and no httpx request,
not even in `__cause__` or `__context__`.
"""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from toast_compute_client import models as m

from toast_compute import NO_RETRIES, NotFound, ToastComputeError, TransportError, UnexpectedResponse

from .conftest import make_layer
from .loopback import Loopback
from .payloads import SERVER_ID, TENANT, toast_server

pytestmark = pytest.mark.client

TOKEN = "tok-5ecret-0f-the-tenant"
BODY_MARK = "body-mark-never-in-an-error"
REQUEST_ID = "req-6a1b2c3d-0000-4000-8000-123456789abc"


def reachable(error: BaseException) -> str:
    """Everything a caller can print from the error: repr, str and attributes, through its cause and context."""
    seen: list[str] = []
    chain: list[BaseException | None] = [error]
    while chain:
        current = chain.pop()
        if current is None:
            continue
        seen += [repr(current), str(current), *(repr(value) for value in vars(current).values())]
        chain += [current.__cause__, current.__context__]
    return "\n".join(seen)


def assert_nothing_leaks(error: BaseException, *secrets: str) -> None:
    assert error.__cause__ is None and error.__context__ is None
    assert not any(isinstance(value, httpx.Request | httpx.Response) for value in vars(error).values())
    text = reachable(error)
    for secret in (TOKEN, "X-Auth-Token", *secrets):
        assert secret.lower() not in text.lower()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_whole_request(connection: socket.socket) -> None:
    """Head and body: closing with unread bytes would reset the connection (a ReadError, not a clean hang-up)."""
    data = b""
    while b"\r\n\r\n" not in data and (chunk := connection.recv(65536)):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lengths = [line.split(b":")[1] for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:")]
    missing = int(lengths[0]) - len(body) if lengths else 0
    while missing > 0 and (chunk := connection.recv(65536)):
        missing -= len(chunk)


@pytest.fixture
def hangs_up() -> Iterator[str]:
    """A loopback port that reads the request and closes the connection without an answer."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)

    def serve() -> None:
        try:
            connection, _ = server.accept()
        except OSError:
            return
        with connection:
            read_whole_request(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()
    thread.join(timeout=5)


def test_a_refused_connection_is_a_transport_error(facade: str, loop: Any) -> None:
    base_url = f"http://127.0.0.1:{closed_port()}"
    layer = make_layer(facade, loop, base_url=base_url, token=TOKEN, tenant_id=TENANT, retry=NO_RETRIES)
    with pytest.raises(TransportError) as raised:
        layer.get_server(SERVER_ID)
    error = raised.value
    assert isinstance(error, ToastComputeError)
    assert str(error) == f"GET /v2/{TENANT}/servers/{SERVER_ID}: ConnectError"
    assert (error.method, error.reason) == ("GET", "ConnectError")
    assert_nothing_leaks(error)


def test_a_connection_closed_without_an_answer_is_a_transport_error(hangs_up: str, facade: str, loop: Any) -> None:
    layer = make_layer(facade, loop, base_url=hangs_up, token=TOKEN, tenant_id=TENANT, retry=NO_RETRIES)
    with pytest.raises(TransportError) as raised:
        layer.start_server(SERVER_ID)
    assert str(raised.value) == f"POST /v2/{TENANT}/servers/{SERVER_ID}/action: RemoteProtocolError"
    assert_nothing_leaks(raised.value)


def server_body(**changes: Any) -> bytes:
    return json.dumps({"server": toast_server(name=BODY_MARK, **changes)}).encode()


@pytest.mark.parametrize(
    "body, problem, field",
    [
        (f"<html>{BODY_MARK}</html>".encode(), "the body is not JSON", None),
        (server_body(image=None), "a field has the wrong type", "Server.image"),
        (server_body(created="yesterday"), "a field has the wrong type", "Server.created"),
        (server_body(status=...), "a required field is missing", "Server.status"),
        (json.dumps([BODY_MARK]).encode(), "a field has the wrong type", "ServerResponse"),
        (json.dumps({"servers": BODY_MARK}).encode(), "a required field is missing", "ServerResponse.server"),
        (b"", "the body is not a ServerResponse", None),
    ],
    ids=["not-json", "image-null", "bad-date", "no-status", "a-list", "wrong-envelope", "empty"],
)
def test_a_body_the_layer_cannot_parse_is_an_unexpected_response(
    loopback: Loopback, body: bytes, problem: str, field: str | None, facade: str, loop: Any
) -> None:
    loopback.answer(200, body, x_openstack_request_id=REQUEST_ID)
    layer = make_layer(facade, loop, base_url=loopback.base_url, token=TOKEN, tenant_id=TENANT)
    with pytest.raises(UnexpectedResponse) as raised:
        layer.get_server(SERVER_ID)
    error = raised.value
    assert (error.operation, error.status_code, error.field, error.request_id) == ("get_server", 200, field, REQUEST_ID)
    assert problem in str(error) and REQUEST_ID in str(error)
    assert loopback.received[0]["X-Auth-Token"] == TOKEN  # the token was there to leak
    assert_nothing_leaks(error, BODY_MARK)


def test_a_bad_item_in_a_list_names_the_field_and_the_older_request_id_header(
    loopback: Loopback, facade: str, loop: Any
) -> None:
    body = {"servers": [toast_server(), toast_server(image=None, name=BODY_MARK)], "servers_links": []}
    loopback.answer(200, json.dumps(body).encode(), x_compute_request_id=REQUEST_ID)
    layer = make_layer(facade, loop, base_url=loopback.base_url, token=TOKEN, tenant_id=TENANT)
    with pytest.raises(UnexpectedResponse) as raised:
        layer.list_servers_detail(status="ACTIVE")
    error = raised.value
    assert (error.operation, error.field, error.request_id) == ("list_servers_detail", "Server.image", REQUEST_ID)
    assert_nothing_leaks(error, BODY_MARK)


def test_an_identity_answer_without_a_token_document_is_an_unexpected_response(
    loopback: Loopback, facade: str, loop: Any
) -> None:
    loopback.answer(200, json.dumps({"access": {"token": {"id": TOKEN}}}).encode())  # no expiry
    layer = make_layer(
        facade, loop, "from_credentials", base_url=loopback.base_url, identity_url=loopback.base_url,
        tenant_id=TENANT, username="me", password="api-password-9",
    )  # fmt: skip
    with pytest.raises(UnexpectedResponse) as raised:
        layer.list_keypairs()
    assert raised.value.operation == "identity login"
    assert_nothing_leaks(raised.value, "api-password-9")


def test_nova_faults_carry_the_request_id(mock: Any, facade: str, loop: Any) -> None:
    layer = make_layer(facade, loop, base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id)
    with pytest.raises(NotFound) as raised:
        layer.get_server(uuid.uuid4())
    error = raised.value
    assert error.request_id is not None and error.request_id.startswith("req-")
    assert str(error).endswith(f"(request {error.request_id})")
    assert_nothing_leaks(error, mock.token)


def test_a_success_status_outside_http_status_is_an_unexpected_response(
    loopback: Loopback, facade: str, loop: Any
) -> None:
    loopback.answer(299, server_body(), x_openstack_request_id=REQUEST_ID)
    layer = make_layer(facade, loop, base_url=loopback.base_url, token=TOKEN, tenant_id=TENANT)
    with pytest.raises(UnexpectedResponse, match="not an HTTP status the client knows") as raised:
        layer.get_server(SERVER_ID)
    assert (raised.value.status_code, raised.value.request_id) == (299, REQUEST_ID)
    assert_nothing_leaks(raised.value, BODY_MARK)


def test_an_empty_create_answer_names_every_body_it_could_have_been(loopback: Loopback, facade: str, loop: Any) -> None:
    loopback.answer(202, b"", x_openstack_request_id=REQUEST_ID)
    layer = make_layer(facade, loop, base_url=loopback.base_url, token=TOKEN, tenant_id=TENANT)
    server = m.ServerCreate(name="web", flavor_ref="1", networks=[m.ServerNetwork(uuid=uuid.uuid4())])
    with pytest.raises(UnexpectedResponse) as raised:
        layer.create_server(server)
    assert str(raised.value) == (
        "202 unexpected response: create_server: the body is not a ServerCreateResponse"
        f" (request {REQUEST_ID})"
    )
