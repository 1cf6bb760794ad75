"""The one place the suite touches the mock: starting it as the default target.

Everything else in `contract_tests` treats the endpoint as foreign and learns what it needs from the API
description, from the API's own answers, or from Nova's documented behaviour. Only what the API cannot
tell (which image and network a server can boot from; the tenant's security groups) is read here, from
the mock's catalogue, as a user would read it from the console.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class EmbeddedMock:
    base_url: str
    token: str
    tenant_id: str
    image_id: str  # a Linux image
    network_id: str
    security_groups: list[str]

    @property
    def volume_url(self) -> str:
        """The mock's block storage for the tenant (its identity catalog's `volumev2` URL)."""
        return f"{self.base_url}/block-storage/v2/{self.tenant_id}"

    @property
    def image_url(self) -> str:
        """The mock's image service (its identity catalog's `image` URL)."""
        return f"{self.base_url}/image"


def default_credentials() -> tuple[str, str]:
    """(token, tenant id) of the mock's default tenant."""
    from toast_compute_mock import Tenant

    tenant = Tenant()
    return tenant.token, tenant.tenant_id


def boot_sources() -> tuple[str, str, list[str]]:
    """(Linux image id, network id, security group names) of the mock's catalogue; the network with the
    largest subnet, so that long series of runs against one mock process do not run out of addresses."""
    import ipaddress

    from toast_compute_mock import catalog

    image = next(i.id for i in catalog.IMAGES if not i.is_windows)
    network = max(catalog.NETWORKS, key=lambda n: ipaddress.ip_network(n.subnets[0].cidr).num_addresses)
    return image, network.id, [g.name for g in catalog.SECURITY_GROUPS]


@contextmanager
def embedded_mock(token: str, tenant_id: str) -> Iterator[EmbeddedMock]:
    """The mock on a free loopback port, transitions immediate."""
    from toast_compute_mock import MockConfig, Tenant, create_app
    from toast_compute_mock.serving import ThreadedServer

    tenant = Tenant(tenant_id=tenant_id, token=token)  # Nova's default quotas: the run plans within them
    server = ThreadedServer(create_app(MockConfig(tenants=[tenant], clock="immediate"))).start()
    image_id, network_id, groups = boot_sources()
    try:
        yield EmbeddedMock(server.base_url, token, tenant_id, image_id, network_id, groups)
    finally:
        server.stop()
