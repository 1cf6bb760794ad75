"""What the backend keeps: servers with Nova's vm_state/task_state/power_state and the status they
map to (`server_actions.STATE_MAP`), their addresses, and key pairs. Views (what the API shows of them)
are in `api/views.py`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..catalog import Flavor, Image
from ..server_actions import NOSTATE, STATE_MAP

KNOWN_STATUSES = {status for tasks in STATE_MAP.values() for status in tasks.values()} | {
    # Nova's other statuses: valid filter values that simply match nothing here.
    "MIGRATING", "PASSWORD", "PAUSED", "REBUILD", "RESCUE", "REVERT_RESIZE", "SOFT_DELETED", "SUSPENDED",
    "UNKNOWN",
}


@dataclass
class Address:
    network: str
    addr: str
    mac: str
    version: int = 4
    kind: str = "fixed"  # OS-EXT-IPS:type: fixed | floating


@dataclass
class Server:
    id: str
    name: str
    tenant_id: str
    user_id: str
    flavor: Flavor
    image: Image | None  # imageRef; None when booted from a volume without one
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
    power_state: int = NOSTATE
    host: str = ""
    launched_at: float | None = None
    terminated_at: float | None = None
    updated: float = 0.0
    reservation_id: str = ""
    fault: tuple[int, str, float] | None = None  # (code, message, created) once in ERROR
    group_id: str | None = None  # the placement policy (server group) it was created in

    revision = 0  # not a dataclass field: bumped by every attribute change (views are cached per revision)

    def __setattr__(self, name: str, value: Any) -> None:
        # Changes inside lists/dicts (security groups, volumes) go with `touch()`.
        object.__setattr__(self, name, value)
        object.__setattr__(self, "revision", self.revision + 1)

    def touch(self, now: float) -> None:
        self.updated = now

    @property
    def status(self) -> str:
        tasks = STATE_MAP.get(self.vm_state, {})
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


@dataclass
class Keypair:
    id: int
    name: str
    public_key: str
    fingerprint: str
    user_id: str
    created_at: float


@dataclass
class ServerGroup:
    """A placement policy (Nova's server group, legacy `policies` shape); its members are the live
    servers created with its id as `os:scheduler_hints.group` (`placement.members`)."""

    id: str
    name: str
    policies: list[str]
    user_id: str
    created_at: float


@dataclass
class Snapshot:
    """An image made by createImage: SAVING until the snapshot is done (then also in `Project.images`)."""

    image: Image
    server_id: str
    created: float


@dataclass
class FloatingIp:
    id: str
    ip: str
    pool: str
    server_id: str | None = None  # associated with (while that server lives)
    fixed_ip: str | None = None


@dataclass
class Volume:
    """A volume of block storage (`backend/block_storage.py`)."""

    id: str
    size: int  # GB
    name: str | None
    description: str | None
    volume_type: str
    availability_zone: str
    metadata: dict[str, str]
    created_at: float
    status: str = "creating"  # "creating" | "available"; the view shows "in-use" while attached
    attachment_id: str | None = None  # while attached
