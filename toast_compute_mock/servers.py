"""The server model: Nova's vm_state/task_state/power_state, the status they map to, and the
representations Nova's legacy /v2 gives (show/detail, the reduced update view, list items)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

from .catalog import Flavor, Image
from .clock import iso_z, naive_micro
from .links import bookmark, links

RUNNING, SHUTDOWN = 1, 4  # power_state values Nova uses here (0 NOSTATE while building)

# nova/api/openstack/common.py::_STATE_MAP, for the states this mock produces.
_STATE_MAP: dict[str, dict[str | None, str]] = {
    "active": {
        None: "ACTIVE",
        "rebooting": "REBOOT",
        "rebooting_hard": "HARD_REBOOT",
        "resize_prep": "RESIZE",
        "resize_migrating": "RESIZE",
        "resize_finish": "RESIZE",
    },
    "building": {None: "BUILD"},
    "stopped": {
        None: "SHUTOFF",
        "resize_prep": "RESIZE",
        "resize_migrating": "RESIZE",
        "resize_finish": "RESIZE",
    },
    "resized": {None: "VERIFY_RESIZE"},
    "error": {None: "ERROR"},
    "deleted": {None: "DELETED"},
}
KNOWN_STATUSES = {status for tasks in _STATE_MAP.values() for status in tasks.values()} | {
    # Nova's other statuses: valid filter values that simply match nothing here.
    "MIGRATING", "PASSWORD", "PAUSED", "REBUILD", "RESCUE", "REVERT_RESIZE", "SHELVED",
    "SHELVED_OFFLOADED", "SOFT_DELETED", "SUSPENDED", "UNKNOWN",
}
_PROGRESS_STATUSES = {"ACTIVE", "BUILD", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING"}


@dataclass
class Address:
    network: str
    addr: str
    mac: str
    version: int = 4


@dataclass
class Server:
    id: str
    name: str
    tenant_id: str
    user_id: str
    flavor: Flavor
    image: Image | None
    availability_zone: str
    created: float
    key_name: str | None = None
    security_groups: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    addresses: list[Address] = field(default_factory=list)
    access_ipv4: str = ""
    access_ipv6: str = ""
    disk_config: str = "MANUAL"
    config_drive: bool = False
    admin_pass: str = ""
    root_volume_id: str | None = None
    volumes: dict[str, str] = field(default_factory=dict)  # volume id -> device, attach order
    vm_state: str = "building"
    task_state: str | None = "scheduling"
    power_state: int = 0
    host: str = ""
    launched_at: float | None = None
    terminated_at: float | None = None
    updated: float = 0.0
    reservation_id: str = ""
    fault: tuple[int, str, float] | None = None  # (code, message, created) once in ERROR

    _version = 0  # not a dataclass field: bumped by every attribute change

    def __setattr__(self, name: str, value) -> None:
        # Every change bumps the version, which invalidates the cached representations. Changes
        # inside lists/dicts (security groups, volumes) go with `touch()`.
        object.__setattr__(self, name, value)
        object.__setattr__(self, "_version", self._version + 1)

    def touch(self, now: float) -> None:
        self.updated = now

    def cached(self, view: Callable[[Server, str], dict], base: str) -> orjson.Fragment:
        """The view, serialised once per version of the server and base URL."""
        views = self.__dict__.setdefault("_views", {})
        hit = views.get((view, base))
        if hit is not None and hit[0] == self._version:
            return hit[1]
        fragment = orjson.Fragment(orjson.dumps(view(self, base)))
        views[(view, base)] = (self._version, fragment)
        return fragment

    @property
    def status(self) -> str:
        tasks = _STATE_MAP.get(self.vm_state, {})
        return tasks.get(self.task_state) or tasks.get(None, "UNKNOWN")

    @property
    def deleted(self) -> bool:
        return self.vm_state == "deleted"

    def set_state(self, now: float, vm_state: str, task_state: str | None, power_state: int | None = None) -> None:
        self.vm_state, self.task_state = vm_state, task_state
        if power_state is not None:
            self.power_state = power_state
        self.updated = now

    @property
    def host_id(self) -> str:
        """Nova: sha224(project_id + host), empty until the server is scheduled."""
        if not self.host:
            return ""
        return hashlib.sha224((self.tenant_id + self.host).encode()).hexdigest()


def summary_view(server: Server, base: str) -> dict:
    return {"id": server.id, "links": links(base, server.tenant_id, "servers", server.id), "name": server.name}


def _image_view(server: Server, base: str) -> dict | str:
    if server.image is None:
        return ""  # boot from volume without imageRef
    return {"id": server.image.id, "links": bookmark(base, server.tenant_id, "images", server.image.id)}


def _addresses(server: Server, full: bool) -> dict[str, list[dict]]:
    if server.vm_state == "building":
        return {}
    result: dict[str, list[dict]] = {}
    for address in server.addresses:
        item: dict = {"addr": address.addr, "version": address.version}
        if full:
            item["OS-EXT-IPS:type"] = "fixed"
            item["OS-EXT-IPS-MAC:mac_addr"] = address.mac
        result.setdefault(address.network, []).append(item)
    return result


def _common_view(server: Server, base: str, full: bool) -> dict:
    view = {
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
        "addresses": _addresses(server, full),
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


def detail_view(server: Server, base: str) -> dict:
    """GET /servers/{id} and /servers/detail items (legacy 2.0 `_server_response`)."""
    view = _common_view(server, base, full=True)
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
    })
    if server.security_groups:  # Nova omits the key when there are none
        view["security_groups"] = [{"name": name} for name in server.security_groups]
    return view


def update_view(server: Server, base: str) -> dict:
    """PUT /servers/{id} below 2.75: the reduced view (no OS-EXT-*, key_name, security_groups...)."""
    return _common_view(server, base, full=False)
