"""The sample service (examples/service.py) tested as a service's own tests would be: on the plugin's `compute`
and `acompute` fixtures, on a manual clock (waits advance it, nothing sleeps), with injected failures."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from examples import service
from toast_compute import AsyncComputeClient, ComputeClient, ServerStatus
from toast_compute_mock.config import MockConfig, Quotas, Tenant
from toast_compute_mock.pytest_plugin import MockEndpoint

UBUNTU = "Ubuntu Server 22.04 LTS (2024.01.16)"
# An imported key costs the mock nothing; a generated one is an RSA 2048 key (tens of ms), made once below.
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIwOI5tXw7A5hYn77apYodN6vlCw8M6n5mwWf5OsrAHa"


class Source(NamedTuple):
    image: str
    network: str


@pytest.fixture
def source(compute: ComputeClient) -> Source:
    """The image and network a launch takes, found as the service would find them at start-up: by name."""
    return Source(str(compute.find_image(UBUNTU).id), compute.find_network().id)


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    # transitions take their time; 2 key pairs at most
    return MockConfig(clock="manual", tenants=[Tenant(quotas=Quotas(key_pairs=2))])


def test_a_day_of_the_service(compute: ComputeClient, toast_compute_mock: MockEndpoint, source: Source) -> None:
    started = toast_compute_mock.now()
    web = service.launch(compute, "web", image=source.image, network=source.network, labels={"team": "blue"})
    assert web.server.status == ServerStatus.ACTIVE and web.private_key.startswith("-----BEGIN")
    labels = compute.get_server_metadata(web.server.id)  # and the image's properties, as the vendor copies them
    assert labels["team"] == "blue" and labels[service.OWNER_KEY] == service.OWNER
    assert service.restart(compute, str(web.server.id)).status == ServerStatus.ACTIVE
    assert service.park(compute, str(web.server.id), "night").status == ServerStatus.SHELVED_OFFLOADED
    assert service.unpark(compute, str(web.server.id)).status == ServerStatus.ACTIVE
    service.launch(compute, "db", image=source.image, network=source.network, public_key=PUBLIC_KEY)
    assert service.inventory(compute, page_size=1) == {"web": ServerStatus.ACTIVE, "db": ServerStatus.ACTIVE}
    assert service.retire(compute, "web") and not service.retire(compute, "web")
    assert list(service.inventory(compute)) == ["db"]
    assert toast_compute_mock.now() - started > 10  # builds, stop/start, shelve/unshelve: on the mock's clock


def test_a_flavor_without_local_disk_boots_from_a_volume(compute: ComputeClient, source: Source) -> None:
    big = service.launch(
        compute, "big", image=source.image, network=source.network, vcpus=2, ram_mb=4096, public_key=PUBLIC_KEY
    )
    assert big.server.image == "" and big.server.os_extended_volumes_volumes_attached  # booted from a volume


def test_quota_used_up(compute: ComputeClient, source: Source) -> None:
    for name in ("a", "b"):
        service.launch(compute, name, image=source.image, network=source.network, public_key=PUBLIC_KEY)
    with pytest.raises(service.OutOfCapacity, match="Quota exceeded"):  # the 3rd key pair is over the quota
        service.launch(compute, "c", image=source.image, network=source.network, public_key=PUBLIC_KEY)


def test_a_rate_limit_is_retried_then_reported(
    compute: ComputeClient, toast_compute_mock: MockEndpoint, source: Source
) -> None:
    once = toast_compute_mock.inject("POST", "/servers", 429, retry_after=5)
    assert (
        service.launch(compute, "a", image=source.image, network=source.network, public_key=PUBLIC_KEY).server.status
        == ServerStatus.ACTIVE
    )
    assert once.matched == 1  # the layer retried the create: a 429 means the service did nothing
    toast_compute_mock.inject("POST", "/servers", 429, count=10, retry_after=5)
    with pytest.raises(service.TryLater) as later:
        service.launch(compute, "b", image=source.image, network=source.network, public_key=PUBLIC_KEY)
    assert later.value.retry_after == 5.0


def test_a_failed_build_is_cleaned_up(compute: ComputeClient, source: Source) -> None:
    with pytest.raises(service.LaunchFailed, match="web: no valid host"):
        service.launch(
            compute,
            "web",
            image=source.image,
            network=source.network,
            public_key=PUBLIC_KEY,
            labels={"mock:fail_build": "no valid host"},
        )
    assert compute.find_servers("web") == []


def test_transient_errors_cost_no_time(
    compute: ComputeClient, toast_compute_mock: MockEndpoint, source: Source
) -> None:
    flaky = toast_compute_mock.inject("GET", "/servers/{serverId}", 503, count=3)
    assert (
        service.launch(compute, "web", image=source.image, network=source.network, public_key=PUBLIC_KEY).server.status
        == ServerStatus.ACTIVE
    )
    assert flaky.matched == 3


@pytest.mark.anyio
async def test_the_async_service(acompute: AsyncComputeClient, source: Source) -> None:
    server = await service.launch_async(
        acompute, "aweb", image=source.image, network=source.network, vcpus=2, ram_mb=4096
    )
    assert server.status == ServerStatus.ACTIVE
    assert [s.name async for s in acompute.iter_servers()] == ["aweb"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
