"""The plugin's `compute` and `acompute` fixtures: a ready client on the in-process mock whose waits and retry
backoff move the mock's clock instead of sleeping."""

from __future__ import annotations

import time

import pytest
from toast_compute_client import models as m

from toast_compute import AsyncComputeClient, ComputeClient, server_request
from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS
from toast_compute_mock.config import MockConfig
from toast_compute_mock.pytest_plugin import MockEndpoint

pytestmark = pytest.mark.client

FLAVOR = next(f for f in FLAVORS if f.disk)
BUILD_SECONDS = MockConfig().durations["build"]


def request(name: str = "web") -> m.ServerCreate:
    return server_request(name, FLAVOR.id, image=IMAGES[0].id, networks=[NETWORKS[0].id])


def test_compute_waits_on_the_manual_clock_without_sleeping(compute: ComputeClient, toast_compute_mock: MockEndpoint):
    toast_compute_mock.set_clock("manual")
    before, started = toast_compute_mock.now(), time.monotonic()
    created = compute.create_server(request())
    assert compute.get_server(created.id).status == m.ServerStatus.BUILD
    assert compute.wait_for_server(created.id).status == m.ServerStatus.ACTIVE
    assert toast_compute_mock.now() - before >= BUILD_SECONDS  # the waiter moved the mock's clock
    assert time.monotonic() - started < 1.0  # and did not sleep for real


def test_compute_gives_up_on_the_mock_clock(compute: ComputeClient, toast_compute_mock: MockEndpoint):
    """A status nobody reaches: the timeout is measured on the mock's clock, so 1,800 s pass at once."""
    toast_compute_mock.set_clock("manual")
    created = compute.create_server(request())
    compute.wait_for_server(created.id)
    started = time.monotonic()
    with pytest.raises(Exception, match="did not reach SHUTOFF"):
        compute.wait_for_server(created.id, "SHUTOFF")
    assert time.monotonic() - started < 1.0


def test_compute_retry_backoff_advances_the_mock(compute: ComputeClient, toast_compute_mock: MockEndpoint):
    injection = toast_compute_mock.inject("GET", "/flavors", 503, count=2)
    before = toast_compute_mock.now()
    assert compute.list_flavors().flavors
    assert injection.matched == 2 and toast_compute_mock.now() > before


@pytest.mark.anyio
async def test_acompute_works_in_process(acompute: AsyncComputeClient, toast_compute_mock: MockEndpoint):
    toast_compute_mock.set_clock("manual")
    started = time.monotonic()
    created = await acompute.create_server(request("async-web"))
    server = await acompute.wait_for_server(created.id)
    assert server.status == m.ServerStatus.ACTIVE
    assert [s.name async for s in acompute.iter_servers()] == ["async-web"]
    assert time.monotonic() - started < 1.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
