#!/usr/bin/env python3
"""The reliability probes of the README's table, with their numbers: hostile inputs, cross-tenant probes,
concurrency, slow clients and create/delete cycles, against the mock on uvicorn on a loopback port (two
tenants). The tests in tests/mock assert the same things; this prints what was measured.

    python -m scripts.bench.probes
"""

from __future__ import annotations

import asyncio
import socket
import sys
import time
from collections import Counter

import httpx

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.backend import servers
from toast_compute_mock.backend.servers import CreateRequest, Nic
from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS
from toast_compute_mock.config import UNLIMITED_SERVERS, ConnectionLimits, Tenant
from toast_compute_mock.serving import ThreadedServer

A = Tenant(tenant_id="a" * 32, token="probe-a", username="alice", password="alice-secret", quotas=UNLIMITED_SERVERS)
B = Tenant(tenant_id="b" * 32, token="probe-b", user_id="b" * 32, username="bob", password="bob-secret",
           quotas=UNLIMITED_SERVERS)
U2 = next(f for f in FLAVORS if f.disk)
BODY = {"name": "probe", "imageRef": IMAGES[0].id, "flavorRef": U2.id, "networks": [{"uuid": NETWORKS[0].id}]}


def client(server: ThreadedServer, tenant: Tenant, **kwargs) -> httpx.Client:
    return httpx.Client(base_url=f"{server.base_url}/v2/{tenant.tenant_id}", headers={"X-Auth-Token": tenant.token},
                        timeout=60, **kwargs)


def hostile(server: ThreadedServer) -> str:
    codes: Counter = Counter()
    json = {"Content-Type": "application/json"}
    with client(server, A) as http:
        for size in (2, 100):
            start = time.perf_counter()
            response = http.post("/os-keypairs", content=b"{" + b" " * (size << 20) + b"}", headers=json)
            codes[response.status_code] += 1
            print(f"  {size} MiB body: {response.status_code} in {time.perf_counter() - start:.2f} s")
        bodies = [b"", b"{", b"null", b"[]", b'{"server": null}', b'{"server": {"name": "\\ud800"}}',
                  b'{"server": {"name": "x", "flavorRef": {}, "imageRef": [], "networks": "all"}}',
                  b'{"keypair": {"name": "' + b"k" * 300 + b'"}}', b"\xff\xfe", b'{"a": ' * 10000 + b"1" + b"}" * 10000]
        for body in bodies:
            for path in ("/servers", "/os-keypairs", "/servers/x/action"):
                codes[http.post(path, content=body, headers=json).status_code] += 1
        for params in ({"limit": "-1"}, {"limit": "1e999"}, {"marker": "%00"}, {"changes-since": "9999-99"},
                       {"name": "(" * 300}, {"name": "(a|aa)+$"}, {"status": "\x00"}):
            codes[http.get("/servers/detail", params=params).status_code] += 1
        for path in ("/servers/%2e%2e", "/servers/" + "x" * 5000, "/flavors/%00", "/os-keypairs/%ff"):
            codes[http.get(path).status_code] += 1
    fives = sum(n for code, n in codes.items() if code >= 500)
    return f"{sum(codes.values())} requests: {dict(sorted(codes.items()))}; 5xx: {fives}"


def cross_tenant(server: ThreadedServer) -> str:
    refused = total = 0
    with client(server, A) as a, client(server, B) as b:
        server_id = a.post("/servers", json={"server": BODY}).json()["server"]["id"]
        a.post("/os-keypairs", json={"keypair": {"name": "mine"}})
        one = f"/servers/{server_id}"
        probes = [("GET", one, None), ("PUT", one, {"server": {"name": "x"}}), ("DELETE", one, None),
                  ("GET", f"{one}/os-volume_attachments", None), ("POST", f"{one}/action", {"os-stop": None}),
                  ("GET", "/os-keypairs/mine", None), ("DELETE", "/os-keypairs/mine", None)]
        for method, path, body in probes:  # B's token on B's path, then on A's path
            for prefix in ("", f"/../{A.tenant_id}"):
                total += 1
                url = f"{server.base_url}/v2/{A.tenant_id}{path}" if prefix else path
                refused += b.request(method, url, json=body).status_code in (400, 404)
        total += 1
        refused += all(s["id"] != server_id for s in b.get("/servers/detail").json()["servers"])
    with httpx.Client(base_url=server.base_url) as anonymous:
        for method, path in (("POST", "/_mock/reset"), ("POST", "/_mock/clock/advance"),
                             ("POST", f"/_mock/servers/{server_id}/error")):
            total += 1
            refused += anonymous.request(method, path, json={"seconds": 1e9}).status_code == 403
        for username, password in (("bob", "alice-secret"), ("alice", "alice-secret"), ("bob", "mock-api-password")):
            total += 1
            auth = {"tenantId": B.tenant_id, "passwordCredentials": {"username": username, "password": password}}
            refused += anonymous.post("/v2.0/tokens", json={"auth": auth}).status_code == 401
    return f"{refused}/{total} refused"


async def burst(server: ThreadedServer, count: int, method: str, path: str, body) -> list[httpx.Response]:
    async with httpx.AsyncClient(base_url=f"{server.base_url}/v2/{A.tenant_id}", headers={"X-Auth-Token": A.token},
                                 limits=httpx.Limits(max_connections=count), timeout=60) as http:
        return await asyncio.gather(*(http.request(method, path, json=body(i)) for i in range(count)))


def concurrency(server: ThreadedServer) -> str:
    start = time.perf_counter()
    created = asyncio.run(burst(server, 200, "POST", "/servers", lambda i: {"server": {**BODY, "name": f"c{i}"}}))
    took = time.perf_counter() - start
    with client(server, A) as http:
        listed = {s["id"] for s in http.get("/servers", params={"limit": 1000}).json()["servers"]}
    ids = {r.json()["server"]["id"] for r in created if r.status_code == 202}
    same = asyncio.run(burst(server, 100, "POST", "/os-keypairs", lambda i: {"keypair": {"name": "same"}}))
    codes = Counter(r.status_code for r in same)
    return (f"200 concurrent creates: {len(ids)} accepted in {took:.2f} s, all listed: {ids <= listed}; "
            f"100 concurrent same-name key pairs (generated): {dict(codes)}")


def slow_clients() -> str:
    limits = ConnectionLimits(header_timeout=2.0)
    server = ThreadedServer(create_app(MockConfig(tenants=[A], clock="immediate")), limits=limits).start()
    try:
        sockets, honest = [], []
        start = time.perf_counter()
        for _ in range(10):
            for _ in range(300):
                s = socket.create_connection((server.host, server.port), timeout=10)
                s.sendall(b"GET /v2/ HTTP/1.1\r\nHost: mock\r\nX-Slow: ")
                sockets.append(s)
            with client(server, A) as http:
                t = time.perf_counter()
                assert http.get("/flavors").status_code == 200
                honest.append(time.perf_counter() - t)
        opened = time.perf_counter() - start
        closed_at = []
        for s in sockets:
            s.settimeout(max(0.01, start + 30 - time.perf_counter()))
            try:
                while s.recv(65536):
                    pass
                closed_at.append(time.perf_counter() - start)
            except (ConnectionResetError, TimeoutError):
                closed_at.append(time.perf_counter() - start)
            s.close()
        return (f"3,000 slow-header sockets (header timeout 2 s) opened in {opened:.1f} s, all closed "
                f"{max(closed_at):.1f} s after the first; honest GETs meanwhile: max {max(honest) * 1000:.0f} ms")
    finally:
        server.stop()


def cycles(server: ThreadedServer) -> str:
    app = create_app(MockConfig(tenants=[Tenant(quotas=UNLIMITED_SERVERS)], clock="immediate"))
    backend = app.state
    project = next(iter(backend.projects.values()))
    order = CreateRequest(name="c", flavor_ref=U2.id, image_ref=IMAGES[0].id, nics=[Nic(network_id=NETWORKS[0].id)])
    start = time.perf_counter()
    for _ in range(10_000):
        servers.delete_server(backend, project, servers.create_servers(backend, project, order).servers[0].id)
    direct = time.perf_counter() - start
    codes: Counter = Counter()
    start = time.perf_counter()
    with client(server, B) as http:
        for _ in range(1_000):
            response = http.post("/servers", json={"server": BODY})
            codes[response.status_code] += 1
            if response.status_code == 202:
                codes[http.delete(f"/servers/{response.json()['server']['id']}").status_code] += 1
    return (f"10,000 create/delete cycles on the /24 (backend) in {direct:.1f} s; 1,000 over HTTP in "
            f"{time.perf_counter() - start:.1f} s: {dict(codes)}")


def main() -> int:
    server = ThreadedServer(create_app(MockConfig(tenants=[A, B], clock="immediate", control_token="c"))).start()
    try:
        for name, probe in (("hostile inputs", hostile), ("cross-tenant", cross_tenant),
                            ("concurrency", concurrency), ("cycles", cycles)):
            print(f"{name}: {probe(server)}", flush=True)
    finally:
        server.stop()
    print(f"slow clients: {slow_clients()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
