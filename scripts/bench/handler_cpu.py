"""CPU time per request of the mock's handlers, in-process (`MockApp.respond`, no HTTP server), for the
`toast_compute_mock` on sys.path: `handler_cpu.py N` prints one JSON line {operation: microseconds}.

Process CPU time moves much less with the machine's load than throughput does, so `bench_mock.py
--compare-with` uses it to compare two versions of the mock on a busy machine."""

from __future__ import annotations

import asyncio
import json
import sys
import time

import orjson

from toast_compute_mock import MockConfig, Tenant, create_app
from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS
from toast_compute_mock.config import DEFAULT_TENANT_ID, DEFAULT_TOKEN, UNLIMITED_SERVERS
from toast_compute_mock.http import Request

PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGsvGbz0gf9fAzkrr0cG0v9ovt1PVmdQzJpTtdFg8Ujs bench"
HEADERS = {"x-auth-token": DEFAULT_TOKEN, "host": "127.0.0.1:8774", "content-type": "application/json"}
U2 = next(f for f in FLAVORS if f.name == "u2.c1m2")
SERVER = {"name": "bench", "imageRef": IMAGES[0].id, "flavorRef": U2.id, "networks": [{"uuid": NETWORKS[1].id}]}


def request(method: str, path: str, body: object = None) -> Request:
    return Request(method, f"/v2/{DEFAULT_TENANT_ID}{path}", {}, HEADERS,
                   b"" if body is None else orjson.dumps(body), "http://127.0.0.1:8774")


async def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    app = create_app(MockConfig(tenants=[Tenant(quotas=UNLIMITED_SERVERS)], clock="immediate"))
    for _ in range(2):  # 20 servers, as the wrk mix has
        response = await app.respond(request("POST", "/servers", {"server": {**SERVER, "max_count": 10}}))
        assert response.status == 202, response.body
    server_id = response.body["server"]["id"]
    operations = {  # operation: the requests of its i-th run (all answered 2xx)
        "GET /servers/detail": lambda i: [request("GET", "/servers/detail")],
        "GET /flavors": lambda i: [request("GET", "/flavors")],
        "GET /servers/{id}": lambda i: [request("GET", f"/servers/{server_id}")],
        "POST + DELETE /os-keypairs": lambda i: [
            request("POST", "/os-keypairs", {"keypair": {"name": f"k{i}", "public_key": PUBLIC_KEY}}),
            request("DELETE", f"/os-keypairs/k{i}")],
        "POST reboot action": lambda i: [request("POST", f"/servers/{server_id}/action", {"reboot": {"type": "HARD"}})],
        "POST /servers": lambda i: [request("POST", "/servers", {"server": SERVER})],
    }
    result = {}
    for name, make in operations.items():
        runs = count // 10 if name == "POST /servers" else count  # creates fill the tenant
        requests = [req for i in range(runs) for req in make(i)]
        start = time.process_time()
        responses = [await app.respond(req) for req in requests]
        for response in responses:
            orjson.dumps(response.body)  # the serialisation the ASGI layer does
        result[name] = round((time.process_time() - start) * 1e6 / len(requests), 2)
        assert all(200 <= r.status < 300 for r in responses), (name, [r.body for r in responses if r.status >= 300])
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
