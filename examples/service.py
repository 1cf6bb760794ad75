"""A sample service on the layer: it runs web servers for its users, and is tested on the mock's fixtures
(tests/examples/test_service.py, sync and async, on a manual clock, with injected failures).

It picks a flavor by size (booting from a volume when the flavor has no local disk), creates a server with a
key pair, waits for ACTIVE, labels it with metadata, restarts, parks (shelves) and unparks it, lists every
server page by page, and retires it; the service's own errors say what its callers can do. Checked with
`mypy --strict` (nox -s typecheck).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass

from toast_compute_client.models import FlavorDetail, Server, ServerCreate
from toast_compute_client.types import Unset

from toast_compute import (
    AsyncComputeClient,
    ComputeClient,
    NotFound,
    QuotaExceeded,
    RateLimited,
    ServerFailed,
    ServerStatus,
    boot_volume,
    needs_root_volume,
    server_request,
)

ROOT_VOLUME_GB = 20
OWNER_KEY = "managed-by"
OWNER = "sample-service"


class ServiceError(Exception):
    """What the sample service raises to its own callers."""


class OutOfCapacity(ServiceError):
    """The tenant's quota is used up: nothing was created; retire servers or raise the quota."""


class TryLater(ServiceError):
    """The API is rate limiting us: nothing was created; try again in `retry_after` seconds."""

    def __init__(self, retry_after: float | None):
        super().__init__(f"rate limited; retry in {retry_after or 'a few'} s")
        self.retry_after = retry_after


class LaunchFailed(ServiceError):
    """The server went to ERROR (the service's fault message, if any, is the reason); it has been deleted."""


@dataclass(frozen=True)
class Launched:
    server: Server
    private_key: str  # returned once, by the key pair's creation


def request_for(
    name: str, flavor: FlavorDetail, image: str, network: str, key_name: str | None, labels: Mapping[str, str]
) -> ServerCreate:
    """The create request: from the image on the flavor's local disk, or on a root volume when it has none."""
    metadata = {**labels, OWNER_KEY: OWNER}
    if needs_root_volume(flavor):
        volume = boot_volume(image, ROOT_VOLUME_GB)
        return server_request(name, flavor.id, networks=[network], block_devices=[volume], key_name=key_name,
                              metadata=metadata)  # fmt: skip
    return server_request(name, flavor.id, image=image, networks=[network], key_name=key_name, metadata=metadata)


def private_key_of(value: str | Unset) -> str:
    return value if isinstance(value, str) else ""


def launch(
    compute: ComputeClient,
    name: str,
    *,
    image: str,
    network: str,
    vcpus: int = 1,
    ram_mb: int = 1024,
    labels: Mapping[str, str] | None = None,
) -> Launched:
    """A new ACTIVE server of at least `vcpus` and `ram_mb`, with a key pair of its own."""
    flavor = compute.find_flavor(min_vcpus=vcpus, min_ram_mb=ram_mb)
    try:
        keypair = compute.create_keypair(f"{name}-key")
        created = compute.create_server(request_for(name, flavor, image, network, keypair.name, labels or {}))
    except QuotaExceeded as error:
        raise OutOfCapacity(error.message) from None
    except RateLimited as error:  # retried by the layer already; still limited
        raise TryLater(error.retry_after) from None
    try:
        server = compute.wait_for_server(created.id)
    except ServerFailed as failure:
        compute.delete_server(created.id)
        reason = failure.fault.message if failure.fault is not None else failure.status
        raise LaunchFailed(f"{name}: {reason}") from None
    return Launched(server, private_key_of(keypair.private_key))


def restart(compute: ComputeClient, server_id: str) -> Server:
    compute.stop_server(server_id)
    compute.wait_for_server(server_id, ServerStatus.SHUTOFF)
    compute.start_server(server_id)
    return compute.wait_for_server(server_id, ServerStatus.ACTIVE)


def park(compute: ComputeClient, server_id: str, reason: str) -> Server:
    """Shelve the server (off its host, not charged as running), noting why in its metadata."""
    compute.merge_server_metadata(server_id, {"parked-because": reason})
    compute.shelve_server(server_id)
    return compute.wait_for_shelved(server_id)


def unpark(compute: ComputeClient, server_id: str) -> Server:
    compute.unshelve_server(server_id)
    server = compute.wait_for_server(server_id)
    compute.delete_server_metadata_item(server_id, "parked-because")
    return server


def inventory(compute: ComputeClient, page_size: int = 50) -> dict[str, ServerStatus | str]:
    """Every server this service manages, by name, page after page."""
    return {
        server.name: server.status
        for server in compute.iter_servers(page_size=page_size)
        if server.metadata.additional_properties.get(OWNER_KEY) == OWNER
    }


def retire(compute: ComputeClient, name: str) -> bool:
    """Delete the server named `name` and its key pair, and wait until it is gone; False if there was none."""
    servers = compute.find_servers(name)
    for server in servers:
        try:
            compute.delete_server(server.id)
        except NotFound:
            continue  # gone meanwhile
        compute.wait_for_server_deleted(server.id)
    with contextlib.suppress(NotFound):
        compute.delete_keypair(f"{name}-key")
    return bool(servers)


async def launch_async(
    compute: AsyncComputeClient, name: str, *, image: str, network: str, vcpus: int = 1, ram_mb: int = 1024
) -> Server:
    """`launch` for an asyncio service (no key pair)."""
    flavor = await compute.find_flavor(min_vcpus=vcpus, min_ram_mb=ram_mb)
    try:
        created = await compute.create_server(request_for(name, flavor, image, network, None, {}))
    except QuotaExceeded as error:
        raise OutOfCapacity(error.message) from None
    return await compute.wait_for_server(created.id)
