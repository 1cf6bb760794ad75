"""All mutable state of one mock: tenants, their keypairs, servers and snapshots, the clock and
the queue of pending transitions. One lock guards it; handlers run under it."""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .catalog import Image
from .clock import Clock
from .config import MockConfig, Tenant
from .keypairs import Keypair
from .lifecycle import Lifecycle
from .servers import Server


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
class TenantState:
    tenant: Tenant
    keypairs: dict[str, Keypair] = field(default_factory=dict)
    servers: ServerIndex = field(default_factory=ServerIndex)
    images: dict[str, Image] = field(default_factory=dict)  # snapshots made by createImage
    used_ips: dict[str, str] = field(default_factory=dict)  # address -> server id
    ip_cursor: dict = field(default_factory=dict)  # subnet -> next host offset to try
    attached: dict[str, str] = field(default_factory=dict)  # volume id -> server id


class MockState:
    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.clock = Clock(config.clock, config.durations)
        self.lock = threading.RLock()
        self._tokens = {t.token: t for t in config.tenants}
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self.tenants: dict[str, TenantState] = {}
        self.lifecycle = Lifecycle(self)
        self.reset()

    # -- lifecycle -------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget every keypair, server, snapshot and pending transition and restore the configured
        durations (tokens stay valid, the clock keeps its mode and time)."""
        with self.lock:
            self.clock.durations = dict(self.config.durations)
            self.tenants = {t.tenant_id: TenantState(t) for t in self.config.tenants}
            self._events.clear()
            self.keypair_ids = itertools.count(1)

    def tenant_for_token(self, token: str | None) -> Tenant | None:
        return self._tokens.get(token) if token else None

    def issue_token(self, tenant: Tenant, token: str) -> None:
        self._tokens[token] = tenant

    # -- time ------------------------------------------------------------------------------------
    def schedule(self, transition: str, action: Callable[[], None]) -> None:
        """Run `action` once the transition's duration has passed on the clock."""
        due = self.clock.now() + self.clock.duration(transition)
        heapq.heappush(self._events, (due, next(self._seq), action))

    def settle(self) -> None:
        """Apply every transition that is due (including ones that a due transition schedules)."""
        with self.lock:
            now = self.clock.now()
            while self._events and self._events[0][0] <= now:
                _, _, action = heapq.heappop(self._events)
                action()

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.clock.advance(seconds)
            self.settle()

    def set_clock_mode(self, mode: str) -> None:
        with self.lock:
            self.clock.set_mode(mode)
            if mode == "immediate":  # whatever was pending is due now
                self._events = [(self.clock.now(), seq, action) for _, seq, action in self._events]
                heapq.heapify(self._events)
            self.settle()

    @property
    def pending_transitions(self) -> int:
        return len(self._events)
