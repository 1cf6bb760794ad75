"""The plugin's `compute` and `acompute` fixtures: a ready client on the in-process mock whose waits and retry
backoff move the mock's clock instead of sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from toast_compute_client import models as m

from toast_compute import AsyncComputeClient, ComputeClient, server_request
from toast_compute_mock import pytest_plugin
from toast_compute_mock.config import MockConfig
from toast_compute_mock.injection import parse
from toast_compute_mock.pytest_plugin import MockEndpoint

pytestmark = pytest.mark.client

BUILD_SECONDS = MockConfig().durations["build"]


@pytest.fixture
def new_server(compute: ComputeClient) -> Callable[[str], m.ServerCreate]:
    """Create requests on a flavor with a local disk, the tenant's network and an image, found by look-ups."""
    flavor, network = compute.find_flavor(root_volume=False), compute.find_network()
    image = compute.find_image("Ubuntu Server 22.04 LTS (2024.01.16)")
    return lambda name: server_request(name, flavor.id, image=image.id, networks=[network.id])


def test_compute_waits_on_the_manual_clock_without_sleeping(
    compute: ComputeClient, toast_compute_mock: MockEndpoint, new_server: Callable[[str], m.ServerCreate]
):
    toast_compute_mock.set_clock("manual")
    before, started = toast_compute_mock.now(), time.monotonic()
    created = compute.create_server(new_server("web"))
    assert compute.get_server(created.id).status == m.ServerStatus.BUILD
    assert compute.wait_for_server(created.id).status == m.ServerStatus.ACTIVE
    assert toast_compute_mock.now() - before >= BUILD_SECONDS  # the waiter moved the mock's clock
    assert time.monotonic() - started < 1.0  # and did not sleep for real


def test_compute_gives_up_on_the_mock_clock(
    compute: ComputeClient, toast_compute_mock: MockEndpoint, new_server: Callable[[str], m.ServerCreate]
):
    """A status nobody reaches: the timeout is measured on the mock's clock, so 1,800 s pass at once."""
    toast_compute_mock.set_clock("manual")
    created = compute.create_server(new_server("web"))
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
async def test_acompute_works_in_process(
    acompute: AsyncComputeClient, toast_compute_mock: MockEndpoint, new_server: Callable[[str], m.ServerCreate]
):
    toast_compute_mock.set_clock("manual")
    started = time.monotonic()
    created = await acompute.create_server(new_server("async-web"))
    server = await acompute.wait_for_server(created.id)
    assert server.status == m.ServerStatus.ACTIVE
    assert [s.name async for s in acompute.iter_servers()] == ["async-web"]
    assert time.monotonic() - started < 1.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_inject_forwards_message_body_and_headers(toast_compute_mock: MockEndpoint, monkeypatch: pytest.MonkeyPatch):
    """What the plugin hands the mock's injection parser: the new fields when given, nothing when not."""
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(pytest_plugin, "parse", lambda body: seen.append(body) or parse(strip(body)))
    quota = "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"
    toast_compute_mock.inject("POST", "/servers", 403, message=quota, headers={"X-Why": "quota"}, count=2)
    toast_compute_mock.inject("GET", "/flavors", 429, body={"overLimit": {"code": 429, "retryAfter": "9"}})
    toast_compute_mock.inject("GET", "/flavors", 503)
    assert seen[0] == {"method": "POST", "path": "/servers", "status": 403, "count": 2, "message": quota,
                       "headers": {"X-Why": "quota"}}  # fmt: skip
    assert seen[1]["body"] == {"overLimit": {"code": 429, "retryAfter": "9"}}
    assert seen[2] == {"method": "GET", "path": "/flavors", "status": 503}


def strip(body: dict[str, object]) -> dict[str, object]:
    """The fields today's parser knows (message/body/headers land with the mock's side of issue 18)."""
    return {key: value for key, value in body.items() if key not in ("message", "body", "headers")}
