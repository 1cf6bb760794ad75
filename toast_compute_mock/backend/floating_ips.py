"""Floating IPs through Nova's legacy os-floating-ips (proxied to the network service): allocate from
the external network, associate with a server's fixed IP (addFloatingIp), disassociate, release."""

from __future__ import annotations

import ipaddress
import uuid

from ..faults import bad_request, conflict, not_found
from .models import Address, FloatingIp, Server
from .project import Project
from .runtime import Runtime
from .servers import get_server

POOLS = {"Public Network": ipaddress.ip_network("133.186.150.0/24")}
DEFAULT_POOL = "Public Network"


def live_server_id(project: Project, floating: FloatingIp) -> str | None:
    """The server it is associated with, None once that server is deleted."""
    if floating.server_id is None or project.servers.get(floating.server_id) is None:
        return None
    return floating.server_id


def allocate(project: Project, pool: str | None) -> FloatingIp:
    name = pool or DEFAULT_POOL
    network = POOLS.get(name)
    if network is None:
        raise not_found(f"Floating IP pool not found: {name}")
    used = {f.ip for f in project.floating_ips.values()}
    address = next((str(a) for a in network.hosts() if int(a) % 256 >= 10 and str(a) not in used), None)
    if address is None:
        raise not_found(f"No more floating IPs in pool {name}.")
    floating = FloatingIp(str(uuid.uuid4()), address, name)
    project.floating_ips[floating.id] = floating
    return floating


def get_floating_ip(project: Project, floating_id: str) -> FloatingIp:
    floating = project.floating_ips.get(floating_id)
    if floating is None:
        raise not_found(f"Floating IP not found for ID {floating_id}")
    return floating


def _by_address(project: Project, address: str) -> FloatingIp:
    floating = next((f for f in project.floating_ips.values() if f.ip == address), None)
    if floating is None:
        raise not_found(f"floating IP not found: {address}")
    return floating


def _detach(runtime: Runtime, project: Project, floating: FloatingIp) -> None:
    server = project.servers.get(floating.server_id or "")
    if server is not None:
        server.addresses = [a for a in server.addresses if a.addr != floating.ip]
        server.touch(runtime.clock.now())
    floating.server_id = floating.fixed_ip = None


def release(runtime: Runtime, project: Project, floating_id: str) -> None:
    floating = get_floating_ip(project, floating_id)
    _detach(runtime, project, floating)
    del project.floating_ips[floating.id]


def associate(runtime: Runtime, project: Project, server_id: str, address: str, fixed_address: str | None) -> None:
    server = get_server(project, server_id)
    floating = _by_address(project, address)
    fixed = [a for a in server.addresses if a.kind == "fixed"]
    if not fixed or server.vm_state == "building":
        raise bad_request("No nw_info cache associated with instance")
    target = next((a for a in fixed if a.addr == fixed_address), None) if fixed_address else fixed[0]
    if target is None:
        raise bad_request(f"Specified fixed address not assigned to instance: {fixed_address}")
    _detach(runtime, project, floating)  # one associated with another server moves here, as Nova re-assigns it
    floating.server_id, floating.fixed_ip = server.id, target.addr
    server.addresses = [*server.addresses, Address(target.network, floating.ip, target.mac, kind="floating")]
    server.touch(runtime.clock.now())


def disassociate(runtime: Runtime, project: Project, server_id: str, address: str) -> None:
    server: Server = get_server(project, server_id)
    floating = _by_address(project, address)
    if live_server_id(project, floating) != server.id:
        raise conflict(f"Floating IP {address} is not associated with instance {server.id}.")
    _detach(runtime, project, floating)
