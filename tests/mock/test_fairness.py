"""Fair to every tenant (over real HTTP): one tenant's CPU-heavy requests (key generation, catastrophic
name filters) run in the worker pool, within its share of it, and never stall another tenant."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.config import Tenant
from toast_compute_mock.serving import ThreadedServer

from .conftest import LINUX, NET, U2

pytestmark = pytest.mark.server_mode
A = Tenant(tenant_id="a" * 32, token="token-a")
B = Tenant(tenant_id="b" * 32, token="token-b")
C = Tenant(tenant_id="c" * 32, token="token-c")
CATASTROPHIC = {"name": "(a|aa)+$"}
EVIL_NAME = "a" * 34 + "!"


@pytest.fixture
def server():
    config = MockConfig(tenants=[A, B, C], clock="immediate", regex_budget_seconds=0.2)
    server = ThreadedServer(create_app(config)).start()
    yield server
    server.stop()


def client(server: ThreadedServer, tenant: Tenant) -> httpx.Client:
    return httpx.Client(base_url=f"{server.base_url}/v2/{tenant.tenant_id}", headers={"X-Auth-Token": tenant.token},
                        timeout=60)


async def burst(server: ThreadedServer, tenant: Tenant, count: int, method: str, path: str,
                **kwargs) -> list[httpx.Response]:
    async with httpx.AsyncClient(base_url=f"{server.base_url}/v2/{tenant.tenant_id}", timeout=60,
                                 headers={"X-Auth-Token": tenant.token},
                                 limits=httpx.Limits(max_connections=count)) as http:
        requests = (http.request(method, path, **{k: f(i) for k, f in kwargs.items()}) for i in range(count))
        return await asyncio.gather(*requests)


def latencies_while(server: ThreadedServer, load) -> tuple[list[float], float, object]:
    """Tenant B's GET /flavors latencies (seconds) while `load()` runs; the load's duration and result."""
    done, seen = threading.Event(), []

    def probe() -> None:
        with client(server, B) as http:
            while not done.is_set():
                start = time.perf_counter()
                status = http.get("/flavors").status_code
                seen.append(time.perf_counter() - start if status == 200 else float("inf"))
                time.sleep(0.01)

    prober = threading.Thread(target=probe)
    start = time.perf_counter()
    prober.start()
    result = load()
    duration = time.perf_counter() - start
    done.set()
    prober.join()
    return sorted(seen), duration, result


def test_key_generation_by_one_tenant_does_not_stall_another(server):
    def load():
        return asyncio.run(burst(server, A, 50, "POST", "/os-keypairs", json=lambda i: {"keypair": {"name": f"k{i}"}}))

    seen, duration, responses = latencies_while(server, load)
    assert [r.status_code for r in responses] == [200] * 50
    assert all(r.json()["keypair"]["private_key"].startswith("-----BEGIN RSA") for r in responses)
    assert len(seen) >= 5, "the probe ran while the keys were made"
    assert seen[-1] < max(0.5, duration / 4), (seen[-5:], duration)  # before: B waited for every key in line


def test_catastrophic_name_filters_by_one_tenant_do_not_stall_another(server):
    with client(server, A) as http:
        body = {"name": EVIL_NAME, "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
        assert http.post("/servers", json={"server": body}).status_code == 202

    def load():
        return asyncio.run(burst(server, A, 20, "GET", "/servers", params=lambda i: CATASTROPHIC))

    seen, duration, responses = latencies_while(server, load)
    assert [r.status_code for r in responses] == [400] * 20
    assert "takes too long" in responses[0].json()["badRequest"]["message"]
    assert seen[-1] < max(0.5, duration / 4), (seen[-5:], duration)  # before: B waited behind all 20 (4 s)


def test_one_tenant_cannot_take_the_whole_pool(server):
    with client(server, A) as http, client(server, C) as other:
        body = {"name": EVIL_NAME, "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
        assert http.post("/servers", json={"server": body}).status_code == 202

        def load():
            return asyncio.run(burst(server, A, 40, "GET", "/servers", params=lambda i: CATASTROPHIC))

        loader = threading.Thread(target=load)
        loader.start()
        time.sleep(0.3)  # A's 20 filters are running and queued
        start = time.perf_counter()
        assert other.get("/servers", params={"name": "^web"}).status_code == 200  # C's filter, cheap
        waited = time.perf_counter() - start
        loader.join()
    assert waited < 0.6, waited  # not behind A's queue (40 x 0.2 s over 4 threads: 2 s)
