"""Concurrent requests over real HTTP (uvicorn on loopback)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from .conftest import LINUX, NET, U2, unlimited_servers

pytestmark = pytest.mark.server_mode
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGsvGbz0gf9fAzkrr0cG0v9ovt1PVmdQzJpTtdFg8Ujs test"


async def _burst(endpoint, count: int, method: str, path: str, body) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=endpoint.api_url, headers={"X-Auth-Token": endpoint.token},
                                 limits=limits, timeout=30) as client:
        return await asyncio.gather(*(client.request(method, path, json=body(i)) for i in range(count)))


def test_concurrent_creates_of_one_keypair_name(toast_compute_mock_http):
    responses = asyncio.run(_burst(toast_compute_mock_http, 100, "POST", "/os-keypairs",
                                   lambda i: {"keypair": {"name": "same", "public_key": PUBLIC_KEY}}))
    codes = sorted(r.status_code for r in responses)
    assert codes.count(200) == 1 and codes.count(409) == 99


def test_concurrent_server_creates(toast_compute_mock_http):
    unlimited_servers(toast_compute_mock_http)
    body = {"imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
    responses = asyncio.run(_burst(toast_compute_mock_http, 200, "POST", "/servers",
                                   lambda i: {"server": {**body, "name": f"s{i}"}}))
    assert [r.status_code for r in responses] == [202] * 200
    created = {r.json()["server"]["id"] for r in responses}
    with toast_compute_mock_http.client() as client:
        listed = client.get(f"/v2/{toast_compute_mock_http.tenant_id}/servers/detail",
                            params={"limit": 1000}).json()["servers"]
    assert len(created) == 200 and {s["id"] for s in listed} == created
    addresses = [s["addresses"][NET.name][0]["addr"] for s in listed]
    assert len(set(addresses)) == 200
