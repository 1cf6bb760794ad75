"""The tenant's networks, read from the network service (NHN Cloud's Neutron-compatible `GET /v2.0/networks`):
what a server's `networks=[...]` needs, found by name instead of copied from the console."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NETWORK_URL = "https://{region}-api-network-infrastructure.nhncloudservice.com"


@dataclass(frozen=True)
class Network:
    """A network (a VPC) of the tenant's: `id` is what `server_request(networks=[...])` takes."""

    id: str
    name: str
    external: bool  # `router:external`: a public network for floating IPs, not one to put servers in
    subnets: tuple[str, ...]


def parse_networks(body: Any) -> list[Network]:
    """The `networks` of a Neutron list body; KeyError/TypeError/ValueError when it is not one."""
    networks = body["networks"]
    if not isinstance(networks, list):
        raise TypeError("networks is not a list")
    return [_network(item) for item in networks]


def _network(item: Any) -> Network:
    network_id, name, external = item["id"], item.get("name") or "", item.get("router:external", False)
    subnets = item.get("subnets", [])
    if not (isinstance(network_id, str) and isinstance(name, str) and isinstance(external, bool)):
        raise TypeError("a network's id, name or router:external has the wrong type")
    if not (isinstance(subnets, list) and all(isinstance(subnet, str) for subnet in subnets)):
        raise TypeError("a network's subnets are not a list of ids")
    return Network(network_id, name, external, tuple(subnets))
