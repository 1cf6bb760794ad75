"""Limits on slow clients over real sockets: a deadline for a request's head, a cap on the connections still
sending one, a keep-alive timeout and a connection cap; honest clients are served all along."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.connections import ConnectionLimits
from toast_compute_mock.serving import ThreadedServer

pytestmark = pytest.mark.server_mode
PARTIAL_HEAD = b"GET /v2/ HTTP/1.1\r\nHost: mock\r\nX-Slow: "  # never finished


@pytest.fixture
def serve():
    servers = []

    def start(**limits) -> ThreadedServer:
        server = ThreadedServer(create_app(MockConfig(clock="immediate")), limits=ConnectionLimits(**limits)).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def open_slow(server: ThreadedServer, count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        s = socket.create_connection((server.host, server.port), timeout=10)
        s.sendall(PARTIAL_HEAD)
        sockets.append(s)
    return sockets


def closed_by_server(s: socket.socket, within: float) -> bool:
    """Whether the server closes the connection within `within` seconds (whatever it sends first)."""
    deadline = time.monotonic() + within
    try:
        while (left := deadline - time.monotonic()) > 0:
            s.settimeout(left)
            if s.recv(65536) == b"":
                return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        pass
    return False


def honest_get(server: ThreadedServer) -> float:
    mock_token = MockConfig().tenants[0]
    start = time.perf_counter()
    response = httpx.get(f"{server.base_url}/v2/{mock_token.tenant_id}/flavors",
                         headers={"X-Auth-Token": mock_token.token}, timeout=10)
    assert response.status_code == 200
    return time.perf_counter() - start


def test_three_thousand_slow_heads_are_closed_while_honest_clients_are_served(serve):
    server = serve(header_timeout=2.0)
    sockets, honest = [], []
    for _ in range(10):  # 3,000 slow heads, opened in steps, an honest request after each step
        sockets += open_slow(server, 300)
        honest.append(honest_get(server))
    try:
        assert max(honest) < 1.0, honest
        deadline = time.monotonic() + 10
        still_open = [s for s in sockets if not closed_by_server(s, max(0.01, deadline - time.monotonic()))]
        assert still_open == [], f"{len(still_open)} slow sockets never closed"
        assert honest_get(server) < 1.0
    finally:
        for s in sockets:
            s.close()


def test_a_trickling_head_does_not_move_its_deadline(serve):
    server = serve(header_timeout=1.0)
    s = socket.create_connection((server.host, server.port))
    start = time.monotonic()
    try:
        for byte in b"GET /v2/ HTTP/1.1\r\nHost: mock\r\n":
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
            if closed_by_server(s, 0.2):
                break
        assert time.monotonic() - start < 3.0
    finally:
        s.close()


def test_the_oldest_waiting_heads_make_room_for_new_clients(serve):
    server = serve(header_timeout=60.0, max_waiting_heads=50)
    sockets = open_slow(server, 100)
    try:
        assert honest_get(server) < 1.0
        assert all(closed_by_server(s, 2.0) for s in sockets[:50])
        assert not any(closed_by_server(s, 0.05) for s in sockets[-40:])
    finally:
        for s in sockets:
            s.close()


def test_idle_keep_alive_connections_are_closed(serve):
    server = serve(keep_alive_timeout=1.0)
    s = socket.create_connection((server.host, server.port))
    try:
        s.sendall(b"GET / HTTP/1.1\r\nHost: mock\r\n\r\n")
        assert s.recv(65536).startswith(b"HTTP/1.1 200")
        assert closed_by_server(s, 3.0)
    finally:
        s.close()


def test_connections_beyond_the_cap_are_closed_at_once(serve):
    server = serve(max_connections=20, header_timeout=60.0)
    sockets = open_slow(server, 20)
    extra = socket.create_connection((server.host, server.port))
    try:
        assert closed_by_server(extra, 2.0)
        assert not any(closed_by_server(s, 0.05) for s in sockets[:5])
    finally:
        for s in [*sockets, extra]:
            s.close()
