"""How another service uses the client: typed models from the generated package, the layer for the rest.

    python examples/consumer.py http://127.0.0.1:8774 TOKEN TENANT_ID    # e.g. against toast-compute-mock

Checked with `mypy --strict` (nox -s typecheck, and tests/client/test_typing.py).
"""

from __future__ import annotations

import sys
from uuid import UUID

from toast_compute_client import AuthenticatedClient
from toast_compute_client.api.servers import list_servers_detail
from toast_compute_client.models import ServerDetailList, ServerStatus

from toast_compute import ComputeClient, NotFound


def active_server_names(client: AuthenticatedClient, tenant_id: str) -> list[str]:
    """The generated client alone: one page of servers, typed."""
    page = list_servers_detail.sync(tenant_id, client=client, status="ACTIVE")
    if not isinstance(page, ServerDetailList):
        raise RuntimeError(f"unexpected answer: {page!r}")
    return [server.name for server in page.servers if server.status is ServerStatus.ACTIVE]


def describe(compute: ComputeClient, server_id: UUID) -> str:
    """The layer: typed result or a typed exception."""
    try:
        server = compute.get_server(server_id)
    except NotFound:
        return f"{server_id}: gone"
    launched = server.os_srv_usg_launched_at  # naive datetime (no timezone), None, or an unparsed string
    return f"{server.name} {server.status} launched {launched} in {server.os_ext_az_availability_zone}"


def park(compute: ComputeClient, server_id: UUID, reason: str) -> str:
    """Shelve a server (the vendor's "terminate": off its host, not charged as running), noting why in its metadata."""
    compute.merge_server_metadata(server_id, {"parked_because": reason})
    compute.shelve_server(server_id)
    return str(compute.wait_for_shelved(server_id).status)  # SHELVED_OFFLOADED


def main(base_url: str, token: str, tenant_id: str) -> int:
    generated = AuthenticatedClient(base_url=base_url, token=token, prefix="", auth_header_name="X-Auth-Token")
    with generated:
        print("active:", ", ".join(active_server_names(generated, tenant_id)) or "(none)")
    with ComputeClient(base_url=base_url, token=token, tenant_id=tenant_id) as compute:
        for server in compute.iter_servers():
            print(describe(compute, server.id))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
