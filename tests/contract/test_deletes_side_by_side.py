"""On an endpoint the run does not own, a server's delete takes a while (Nova deletes asynchronously). The
run's cleanups leave an accepted delete to complete on its own: the server stays on the bill until the
service no longer shows it, and the run waits only when it needs the room, or at its end — then for the
slowest of the deletes, not for their sum. A delete that never completes is still the run's stalled delete.

The mock over real HTTP, on a real clock, with deletes that take a second."""

from __future__ import annotations

import time

import httpx
import pytest

from contract_tests.core.budget import Bill, Limits
from contract_tests.core.safety import Registry
from toast_compute_mock import MockConfig
from toast_compute_mock.config import DEFAULT_DURATIONS

DELETE_SECONDS = 1.0


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    return MockConfig(clock="real", durations={**DEFAULT_DURATIONS, "delete": DELETE_SECONDS})


@pytest.fixture
def http(toast_compute_mock_http):
    mock = toast_compute_mock_http
    with httpx.Client(base_url=mock.api_url, headers={"X-Auth-Token": mock.token}) as client:
        yield client


def named(items: list[dict], name: str) -> str:
    return next(item["id"] for item in items if item["name"] == name)


def create_servers(http: httpx.Client, registry: Registry, count: int) -> list[str]:
    """`count` servers of u2.c1m2 from Ubuntu on the tenant's network, each found through the API by name."""
    flavor = named(http.get("/flavors").json()["flavors"], "u2.c1m2")
    image = named(http.get("/images").json()["images"], "Ubuntu Server 22.04 LTS (2024.01.16)")
    networks = http.get(http.base_url.copy_with(path="/network/v2.0/networks"))  # the mock's network service
    network = named(networks.json()["networks"], "Default Network")
    ids = []
    for index in range(count):
        body = {"server": {"name": f"{registry.prefix}{index}", "flavorRef": flavor, "imageRef": image,
                           "networks": [{"uuid": network}]}}
        response = http.post("/servers", json=body)
        assert response.status_code == 202, response.text
        registry.add_server(response.json()["server"]["id"])
        ids.append(response.json()["server"]["id"])
    return ids


def test_accepted_deletes_stay_on_the_bill_until_gone_and_complete_side_by_side(http):
    registry = Registry("contract-lazy-", bill=Bill(Limits()))
    servers = create_servers(http, registry, 3)
    for server_id in servers:
        assert http.delete(f"/servers/{server_id}").status_code == 204
        registry.delete_accepted(server_id, lazily=True)
    assert registry.bill.alive == 3, "a server whose delete was only accepted still holds its quota"
    assert all(http.get(f"/servers/{s}").status_code == 200 for s in servers), "the mock deleted at once"

    started = time.monotonic()
    assert registry.settle_deletes(http, seconds=30) == []
    waited = time.monotonic() - started
    assert registry.bill.alive == 0 and not registry.deleting
    assert waited < 2 * DELETE_SECONDS, f"three deletes of {DELETE_SECONDS:g} s took {waited:.1f} s: one after another"


def test_waiting_for_room_stops_once_enough_servers_are_gone(http):
    registry = Registry("contract-lazy-", bill=Bill(Limits()))
    servers = create_servers(http, registry, 2)
    for server_id in servers:
        http.delete(f"/servers/{server_id}")
        registry.delete_accepted(server_id, lazily=True)
    assert registry.settle_deletes(http, seconds=30, wanted=1) == []
    assert len(registry.deleting) <= 1 and registry.bill.alive == len(registry.deleting)


def test_a_delete_that_never_completes_is_the_runs_stalled_delete(http):
    registry = Registry("contract-lazy-", bill=Bill(Limits()))
    (server_id,) = create_servers(http, registry, 1)
    registry.delete_accepted(server_id, lazily=True)  # the delete was "accepted", and nothing deletes it
    failures = registry.settle_deletes(http, seconds=0.5)
    assert failures and server_id in failures[0] and registry.stalled_delete == failures[0]
    assert not registry.deleting
