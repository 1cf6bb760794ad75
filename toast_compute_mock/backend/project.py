"""Per-tenant state, all in one place: what one project (tenant) owns in the mock."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..catalog import Image
from ..config import Tenant
from .models import FloatingIp, Keypair, Server, ServerGroup, Snapshot


class ServerIndex:
    """Servers in creation order, with O(1) lookup and O(page) newest-first pages from a marker.

    Deleted servers stay in the index (as Nova's soft-deleted rows do) so `changes-since` can
    list them and a deleted marker still has a position."""

    def __init__(self) -> None:
        self._order: list[str] = []
        self._pos: dict[str, int] = {}
        self._by_id: dict[str, Server] = {}

    def add(self, server: Server) -> None:
        self._pos[server.id] = len(self._order)
        self._order.append(server.id)
        self._by_id[server.id] = server

    def get(self, server_id: str) -> Server | None:
        """A live server, or None."""
        server = self._by_id.get(server_id)
        return None if server is None or server.deleted else server

    def known(self, server_id: str) -> bool:
        return server_id in self._by_id

    def newest_first(self, after: str | None = None) -> Iterator[Server]:
        start = len(self._order) - 1 if after is None else self._pos[after] - 1
        for i in range(start, -1, -1):
            yield self._by_id[self._order[i]]

    def live(self) -> Iterator[Server]:
        return (s for s in self._by_id.values() if not s.deleted)


@dataclass
class Project:
    """One tenant's keypairs, servers, snapshots, fixed IPs and volume attachments. A new kind of
    per-tenant state (server groups, a soft-deleted index...) is a new field here."""

    tenant: Tenant
    keypairs: dict[str, Keypair] = field(default_factory=dict)
    servers: ServerIndex = field(default_factory=ServerIndex)
    images: dict[str, Image] = field(default_factory=dict)  # snapshots made by createImage
    used_ips: dict[str, str] = field(default_factory=dict)  # address -> server id
    ip_cursor: dict[ipaddress.IPv4Network | ipaddress.IPv6Network, int] = field(default_factory=dict)
    attached: dict[str, str] = field(default_factory=dict)  # volume id -> server id
    server_groups: dict[str, ServerGroup] = field(default_factory=dict)  # placement policies
    snapshots: dict[str, Snapshot] = field(default_factory=dict)  # every createImage, SAVING or done
    floating_ips: dict[str, FloatingIp] = field(default_factory=dict)

    @property
    def tenant_id(self) -> str:
        return self.tenant.tenant_id

    @property
    def user_id(self) -> str:
        return self.tenant.user_id
