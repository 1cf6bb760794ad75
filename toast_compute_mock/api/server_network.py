"""What clients read of a server's network: `ips` (Nova's core resource: addr and version by network)
and `os-security-groups` (the groups of its ports, in Nova's security group view)."""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..backend import servers
from ..faults import not_found
from ..http import MockRequest, Response
from .views import server_addresses


def list_ips(request: MockRequest) -> Response:
    server = servers.get_server(request.project, request.args["server_id"])
    return Response(200, {"addresses": server_addresses(server, full=False)})


def show_network_ips(request: MockRequest) -> Response:
    server = servers.get_server(request.project, request.args["server_id"])
    network = request.args["network"]
    addresses = server_addresses(server, full=False).get(network)
    if addresses is None:
        raise not_found("Instance is not a member of specified network")
    return Response(200, {network: addresses})


def _group_view(group: catalog.SecurityGroup, tenant_id: str) -> dict[str, Any]:
    rules = []
    if group.name == "default":  # Neutron's default group: ingress from its own members
        rules = [{"id": catalog.stable_id(f"sg-rule:{group.id}:{ethertype}"), "parent_group_id": group.id,
                  "ip_protocol": None, "from_port": None, "to_port": None, "ip_range": {},
                  "group": {"name": group.name, "tenant_id": tenant_id}} for ethertype in ("IPv4", "IPv6")]
    return {"id": group.id, "name": group.name, "description": group.description, "tenant_id": tenant_id,
            "rules": rules}


def list_security_groups(request: MockRequest) -> Response:
    server = servers.get_server(request.project, request.args["server_id"])
    groups = [catalog.find_security_group(name) for name in server.security_groups]
    return Response(200, {"security_groups": [_group_view(g, request.project.tenant_id) for g in groups if g]})
