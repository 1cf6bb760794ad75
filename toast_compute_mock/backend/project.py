"""Per-tenant state, all in one place: what one project (tenant) owns in the mock."""

from __future__ import annotations

import bisect
import heapq
import ipaddress
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..catalog import Image
from ..config import Quotas, Tenant
from .models import FloatingIp, Keypair, Server, ServerGroup, Snapshot, Volume


class ServerIndex:
    """Servers in creation order, with O(1) lookup and O(page) newest-first pages from a marker.

    Deleted servers leave the live order for their own index (Nova's soft-deleted rows): only
    `changes-since` lists them, so they do not slow any other query, and they are pruned once they
    have been deleted for longer than the retention window (on the mock's clock)."""

    def __init__(self) -> None:
        self._seqs: list[int] = []  # creation numbers of the live order, ascending
        self._ids: list[str | None] = []  # the live order; None where a server was deleted
        self._holes = 0
        self._slot: dict[str, int] = {}  # live id -> position in the live order
        self._live: dict[str, Server] = {}
        self._deleted: dict[str, Server] = {}
        self._deletion_order: deque[Server] = deque()  # oldest first (popping a dict's first key is not O(1))
        self._seq_of: dict[str, int] = {}  # live and retained deleted ids -> creation number
        self._next = 0

    def add(self, server: Server) -> None:
        self._slot[server.id] = len(self._ids)
        self._seqs.append(self._next)
        self._ids.append(server.id)
        self._seq_of[server.id] = self._next
        self._next += 1
        self._live[server.id] = server

    def delete(self, server: Server) -> None:
        """Moves a server to the soft-deleted index."""
        self._ids[self._slot.pop(server.id)] = None
        del self._live[server.id]
        self._deleted[server.id] = server
        self._deletion_order.append(server)
        self._holes += 1
        if self._holes > max(64, len(self._live)):  # compact: pages never walk over many holes
            kept = [(seq, i) for seq, i in zip(self._seqs, self._ids, strict=True) if i is not None]
            self._seqs, self._ids = [seq for seq, _ in kept], [i for _, i in kept]
            self._slot = {i: n for n, (_, i) in enumerate(kept) if i is not None}
            self._holes = 0

    def prune(self, deleted_before: float, keep_at_most: int) -> None:
        """Forgets servers deleted before this time, and the oldest beyond `keep_at_most`."""
        order = self._deletion_order
        while order and ((order[0].terminated_at or 0.0) < deleted_before or len(order) > keep_at_most):
            oldest = order.popleft()
            del self._deleted[oldest.id]
            del self._seq_of[oldest.id]

    def get(self, server_id: str) -> Server | None:
        """A live server, or None."""
        return self._live.get(server_id)

    def known(self, server_id: str) -> bool:
        """Live or still in the soft-deleted index: a valid marker."""
        return server_id in self._seq_of

    def newest_first(self, after: str | None = None, with_deleted: bool = False) -> Iterator[Server]:
        """Live servers (and soft-deleted ones too with `with_deleted`) newest first, after a marker."""
        below = self._next if after is None else self._seq_of[after]
        live = self._live_below(below)
        if not with_deleted or not self._deleted:
            return live
        deleted = sorted(((self._seq_of[i], s) for i, s in self._deleted.items() if self._seq_of[i] < below),
                         key=lambda pair: -pair[0])
        with_seq = ((self._seq_of[s.id], s) for s in live)
        return (s for _, s in heapq.merge(with_seq, deleted, key=lambda pair: -pair[0]))

    def _live_below(self, seq: int) -> Iterator[Server]:
        ids, live = self._ids, self._live
        for n in range(bisect.bisect_left(self._seqs, seq) - 1, -1, -1):
            server_id = ids[n]
            if server_id is not None:
                yield live[server_id]

    def live(self) -> Iterator[Server]:
        return iter(self._live.values())

    @property
    def deleted_count(self) -> int:
        return len(self._deleted)


@dataclass
class Project:
    """One tenant's keypairs, servers, snapshots, fixed IPs and volume attachments. A new kind of
    per-tenant state (server groups...) is a new field here."""

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
    volumes: dict[str, Volume] = field(default_factory=dict)  # block storage; in-use while in `attached`
    quotas: Quotas = field(init=False)  # the tenant's, until a test changes them (reset restores them)

    def __post_init__(self) -> None:
        self.quotas = self.tenant.quotas

    @property
    def tenant_id(self) -> str:
        return self.tenant.tenant_id

    @property
    def user_id(self) -> str:
        return self.tenant.user_id

    def release_addresses(self, server: Server) -> None:
        """Neutron frees the server's ports: its fixed IPs can be given again."""
        for address in server.addresses:
            if self.used_ips.get(address.addr) == server.id:
                del self.used_ips[address.addr]
