"""Network reads (TOAST's `network` service under `/network`): the catalogue's networks as the tenant's
VPCs and its subnets, in the vendor's two shapes — the VPC API (`/v2.0/vpcs`, `/v2.0/vpcsubnets`) and
the Neutron-compatible one (`/v2.0/networks`, `/v2.0/subnets`). Read only. A list takes Neutron's
filters: a query parameter named like a field of the item keeps the items whose field equals one of
its values; other parameters are ignored."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from .. import catalog
from ..backend.clock import MANUAL_EPOCH
from ..backend.project import Project
from ..faults import NovaFault
from ..http import MockRequest, Response

PREFIX = "network"  # the mount point of the service on the mock (the catalog's network URL)
CREATED = datetime.fromtimestamp(MANUAL_EPOCH, UTC).strftime("%Y-%m-%d %H:%M:%S")  # the VPC API's time format
RESERVED_ADDRESSES = 5  # network, gateway, broadcast and two more: the vendor's /24 shows 251 available


def service_url(base: str) -> str:
    return f"{base}/{PREFIX}"


# Neutron names a fault it did not raise itself by its webob exception class.
NEUTRON_TYPES = {400: "HTTPBadRequest", 401: "HTTPUnauthorized", 403: "HTTPForbidden", 404: "HTTPNotFound",
                 405: "HTTPMethodNotAllowed", 409: "HTTPConflict", 413: "HTTPRequestEntityTooLarge",
                 429: "HTTPTooManyRequests", 500: "HTTPInternalServerError", 502: "HTTPBadGateway",
                 503: "HTTPServiceUnavailable", 504: "HTTPGatewayTimeout"}


def neutron_error(request: MockRequest, fault: NovaFault) -> Response:
    """A fault in Neutron's envelope, `{"NeutronError": {"type", "message", "detail"}}`."""
    body = {"NeutronError": {"type": NEUTRON_TYPES.get(fault.code, "HTTPError"), "message": fault.message,
                             "detail": ""}}
    return Response(fault.code, body, dict(fault.headers))


def neutron_not_found(kind: str, item_id: str) -> NovaFault:
    """Neutron's 404: `{"NeutronError": {"type": "<Kind>NotFound", "message": ..., "detail": ""}}`."""
    message = f"{kind} {item_id} could not be found."
    return NovaFault(404, message, body={"NeutronError": {"type": f"{kind}NotFound", "message": message,
                                                          "detail": ""}})


# -- shapes ----------------------------------------------------------------------------------------
def _subnet_name(network: catalog.Network, subnet: catalog.Subnet) -> str:
    return f"{network.name} subnet {network.subnets.index(subnet) + 1}"


def _hosts(subnet: catalog.Subnet) -> tuple[str, str, str]:
    """The gateway (first host) and the allocation pool (the rest but the last)."""
    cidr = ipaddress.ip_network(subnet.cidr)
    first = cidr.network_address
    return str(first + 1), str(first + 2), str(cidr.broadcast_address - 1)


def _vpc_cidr(network: catalog.Network) -> str:
    """The smallest block holding every subnet of the network."""
    cidrs = [ipaddress.ip_network(s.cidr) for s in network.subnets]
    block = cidrs[0]
    while not all(c.subnet_of(block) for c in cidrs):  # type: ignore[arg-type]
        block = block.supernet()
    return str(block)


def _available_ips(project: Project, subnet: catalog.Subnet) -> int:
    cidr = ipaddress.ip_network(subnet.cidr)
    used = sum(1 for address in project.used_ips if ipaddress.ip_address(address) in cidr)
    return cidr.num_addresses - RESERVED_ADDRESSES - used


def _routing_table(network: catalog.Network) -> dict[str, Any]:
    return {"gateway_id": None, "default_table": True, "explicit": False,
            "id": catalog.stable_id("routingtable:" + network.id), "name": f"vpc-{network.id[:13]}"}


def _vpc_summary(project: Project, network: catalog.Network) -> dict[str, Any]:
    return {"router:external": False, "name": network.name, "tenant_id": project.tenant_id, "state": "available",
            "create_time": CREATED, "cidrv4": _vpc_cidr(network), "shared": False, "id": network.id}


def _vpc_subnet(project: Project, network: catalog.Network, subnet: catalog.Subnet) -> dict[str, Any]:
    return {
        "router:external": False,
        "name": _subnet_name(network, subnet),
        "tenant_id": project.tenant_id,
        "id": subnet.id,
        "routingtable": _routing_table(network),
        "state": "available",
        "create_time": CREATED,
        "available_ip_count": _available_ips(project, subnet),
        "vpc": {"shared": False, "state": "available", "id": network.id, "cidrv4": _vpc_cidr(network),
                "name": network.name},
        "vpc_id": network.id,
        "routes": [],
        "shared": False,
        "cidr": subnet.cidr,
        "gateway": _hosts(subnet)[0],
    }


def _vpc_detail(project: Project, network: catalog.Network) -> dict[str, Any]:
    return {**_vpc_summary(project, network), "routingtables": [_routing_table(network)],
            "subnets": [_vpc_subnet(project, network, s) for s in network.subnets]}


def _network(project: Project, network: catalog.Network) -> dict[str, Any]:
    return {"status": "ACTIVE", "subnets": [s.id for s in network.subnets], "name": network.name,
            "router:external": False, "tenant_id": project.tenant_id, "admin_state_up": True, "mtu": 0,
            "shared": False, "port_security_enabled": True, "id": network.id}


def _subnet(project: Project, network: catalog.Network, subnet: catalog.Subnet) -> dict[str, Any]:
    gateway, start, end = _hosts(subnet)
    return {"name": _subnet_name(network, subnet), "enable_dhcp": True, "network_id": network.id,
            "tenant_id": project.tenant_id, "dns_nameservers": [], "gateway_ip": gateway, "ipv6_ra_mode": None,
            "allocation_pools": [{"start": start, "end": end}], "host_routes": [], "ip_version": 4,
            "ipv6_address_mode": None, "cidr": subnet.cidr, "id": subnet.id, "subnetpool_id": None}


# -- filters ---------------------------------------------------------------------------------------
def _matches(item: dict[str, Any], query: dict[str, list[str]]) -> bool:
    for key, wanted in query.items():
        if key not in item or isinstance(item[key], list | dict):
            continue  # not a filter on a field (fields, sort_key, limit...)
        value = item[key]
        if isinstance(value, bool):
            if str(value).lower() not in {w.lower() for w in wanted}:
                return False
        elif str(value) not in wanted:
            return False
    return True


def _filtered(request: MockRequest, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items if _matches(item, request.http.query)]


def _find(network_id: str, kind: str) -> catalog.Network:
    network = catalog.NETWORKS_BY_ID.get(network_id)
    if network is None:
        raise neutron_not_found(kind, network_id)
    return network


# -- handlers --------------------------------------------------------------------------------------
def versions(request: MockRequest) -> Response:
    """Neutron's version document at the service's root: what clients discover the API from."""
    return Response(200, {"versions": [{"id": "v2.0", "status": "CURRENT", "links": [
        {"href": f"{service_url(request.base)}/v2.0/", "rel": "self"}]}]})


def list_vpcs(request: MockRequest) -> Response:
    project = request.project
    return Response(200, {"vpcs": _filtered(request, (_vpc_summary(project, n) for n in catalog.NETWORKS))})


def show_vpc(request: MockRequest) -> Response:
    return Response(200, {"vpc": _vpc_detail(request.project, _find(request.args["vpc_id"], "Vpc"))})


def list_vpc_subnets(request: MockRequest) -> Response:
    project = request.project
    views = (_vpc_subnet(project, n, s) for n in catalog.NETWORKS for s in n.subnets)
    return Response(200, {"vpcsubnets": _filtered(request, views)})


def show_vpc_subnet(request: MockRequest) -> Response:
    subnet_id = request.args["subnet_id"]
    found = catalog.SUBNETS.get(subnet_id)
    if found is None:
        raise neutron_not_found("Vpcsubnet", subnet_id)
    return Response(200, {"vpcsubnet": _vpc_subnet(request.project, *found)})


def list_networks(request: MockRequest) -> Response:
    project = request.project
    return Response(200, {"networks": _filtered(request, (_network(project, n) for n in catalog.NETWORKS))})


def show_network(request: MockRequest) -> Response:
    return Response(200, {"network": _network(request.project, _find(request.args["network_id"], "Network"))})


def list_subnets(request: MockRequest) -> Response:
    project = request.project
    views = (_subnet(project, n, s) for n in catalog.NETWORKS for s in n.subnets)
    return Response(200, {"subnets": _filtered(request, views)})
