"""What the API shows of the backend's objects (Nova's legacy /v2 representations), and the two
timestamp formats it uses."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import orjson

from ..backend import Backend
from ..backend.models import Keypair, Server
from ..catalog import FLAVORS, Flavor
from .links import bookmark, links
from .view_cache import View as View  # re-exported: the handlers name views by it
from .view_cache import ViewCache

_PROGRESS_STATUSES = {"ACTIVE", "BUILD", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING"}


def iso_z(timestamp: float) -> str:
    """`created`/`updated` style: `2020-02-25T01:15:46Z`."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def naive_micro(timestamp: float) -> str:
    """`launched_at` / keypair `created_at` style: `2020-02-25T01:22:23.000000`, no zone."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


VIEWS = ViewCache()  # one per process: keyed by server, shared by every mock in it
# The view, serialised once per revision of a live server and base URL: `cached(server, view, base)`, or
# `cached_by(view, base)(server)` for the servers of a list.
cached = VIEWS.get
cached_by = VIEWS.getter


# -- servers ---------------------------------------------------------------------------------------
def server_summary(server: Server, base: str) -> dict[str, Any]:
    return {"id": server.id, "links": links(base, server.tenant_id, "servers", server.id), "name": server.name}


def _image_view(server: Server, base: str) -> dict[str, Any] | str:
    if server.image is None:
        return ""  # boot from volume without imageRef
    return {"id": server.image.id, "links": bookmark(base, server.tenant_id, "images", server.image.id)}


def server_addresses(server: Server, full: bool) -> dict[str, list[dict[str, Any]]]:
    """`addresses` of a server view (and of `GET .../ips`); `full` adds the detail view's extensions."""
    if server.vm_state == "building":
        return {}
    result: dict[str, list[dict[str, Any]]] = {}
    for address in server.addresses:
        item: dict[str, Any] = {"addr": address.addr, "version": address.version}
        if full:
            item["OS-EXT-IPS:type"] = address.kind
            item["OS-EXT-IPS-MAC:mac_addr"] = address.mac
        result.setdefault(address.network, []).append(item)
    return result


def _server_common(server: Server, base: str, full: bool) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": server.id,
        "name": server.name,
        "status": server.status,
        "tenant_id": server.tenant_id,
        "user_id": server.user_id,
        "metadata": dict(server.metadata),
        "hostId": server.host_id,
        "image": _image_view(server, base),
        "flavor": {"id": server.flavor.id, "links": bookmark(base, server.tenant_id, "flavors", server.flavor.id)},
        "created": iso_z(server.created),
        "updated": iso_z(server.updated),
        "addresses": server_addresses(server, full),
        "accessIPv4": server.access_ipv4,
        "accessIPv6": server.access_ipv6,
        "links": links(base, server.tenant_id, "servers", server.id),
        "OS-DCF:diskConfig": server.disk_config,
    }
    if server.status in _PROGRESS_STATUSES:
        view["progress"] = 0
    if server.fault and server.status in ("ERROR", "DELETED"):
        code, message, created = server.fault
        view["fault"] = {"code": code, "created": iso_z(created), "message": message}
    return view


def server_detail(server: Server, base: str) -> dict[str, Any]:
    """GET /servers/{id} and /servers/detail items (legacy 2.0 `_server_response`)."""
    view = _server_common(server, base, full=True)
    view.update({
        "key_name": server.key_name,
        "config_drive": "True" if server.config_drive else "",
        "OS-EXT-AZ:availability_zone": server.availability_zone,
        "OS-EXT-STS:vm_state": server.vm_state,
        "OS-EXT-STS:task_state": server.task_state,
        "OS-EXT-STS:power_state": server.power_state,
        "OS-SRV-USG:launched_at": naive_micro(server.launched_at) if server.launched_at else None,
        "OS-SRV-USG:terminated_at": naive_micro(server.terminated_at) if server.terminated_at else None,
        "os-extended-volumes:volumes_attached": [{"id": volume_id} for volume_id in server.volumes],
        # NHN's additions (today's document): the flavor's extra local disk, and delete protection
        # (set in the console only; the API cannot turn it on).
        "NHN-EXT-ATTR:ephemeral_disk_size": server.flavor.ephemeral,
        "NHN-EXT-ATTR:protect": False,
    })
    if server.security_groups:  # Nova omits the key when there are none
        view["security_groups"] = [{"name": name} for name in server.security_groups]
    return view


def server_update(server: Server, base: str) -> dict[str, Any]:
    """PUT /servers/{id} below 2.75: the reduced view (no OS-EXT-*, key_name, security_groups...)."""
    return _server_common(server, base, full=False)


# -- flavors ---------------------------------------------------------------------------------------
def flavor_summary(flavor: Flavor, base: str, tenant_id: str) -> dict[str, Any]:
    return {"id": flavor.id, "links": links(base, tenant_id, "flavors", flavor.id), "name": flavor.name}


def flavor_detail(flavor: Flavor, base: str, tenant_id: str) -> dict[str, Any]:
    return {
        **flavor_summary(flavor, base, tenant_id),
        "ram": flavor.ram,
        "vcpus": flavor.vcpus,
        "disk": flavor.disk,
        "swap": flavor.swap or "",  # "" when 0 below microversion 2.75
        "rxtx_factor": flavor.rxtx_factor or "",
        "OS-FLV-EXT-DATA:ephemeral": flavor.ephemeral,
        "OS-FLV-DISABLED:disabled": False,
        "os-flavor-access:is_public": True,
        "extra_specs": {"flavor_type": flavor.flavor_type},  # TOAST shows it on /v2
    }


@lru_cache(maxsize=256)
def flavor_views(detail: bool, base: str, tenant_id: str) -> list[tuple[Flavor, orjson.Fragment]]:
    """Flavors never change: their views are serialised once per base URL and tenant."""
    view = flavor_detail if detail else flavor_summary
    return [(f, orjson.Fragment(orjson.dumps(view(f, base, tenant_id)))) for f in FLAVORS]


# -- key pairs, attachments, the clock -------------------------------------------------------------
def keypair_summary(keypair: Keypair) -> dict[str, Any]:
    return {"name": keypair.name, "public_key": keypair.public_key, "fingerprint": keypair.fingerprint}


def keypair_created(keypair: Keypair, private_key: str | None) -> dict[str, Any]:
    view = {**keypair_summary(keypair), "user_id": keypair.user_id}
    if private_key is not None:
        view["private_key"] = private_key
    return view


def keypair_detail(keypair: Keypair) -> dict[str, Any]:
    return {
        **keypair_summary(keypair),
        "user_id": keypair.user_id,
        "id": keypair.id,
        "deleted": False,
        "created_at": naive_micro(keypair.created_at),
        "updated_at": None,
        "deleted_at": None,
    }


def attachment(server: Server, volume_id: str) -> dict[str, Any]:
    return {"id": volume_id, "serverId": server.id, "volumeId": volume_id, "device": server.volumes[volume_id]}


def clock(backend: Backend) -> dict[str, Any]:
    return {"mode": backend.clock.mode, "now": iso_z(backend.clock.now()),
            "pending_transitions": backend.pending_transitions}
