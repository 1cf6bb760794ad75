"""What a run may spend on a tenant it does not own, and the bill.

A real tenant has Nova's quotas (10 instances, 20 cores, 50 GiB RAM by default), servers that are billed
by the minute, and a front door that counts requests. The run takes limits — servers alive at once,
servers created, server-minutes, requests, wall time — with defaults that fit a default quota next to a
few servers of the tenant's own, and keeps a bill of what it spent.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# The part of the run's server creates each kind of test may spend. A per-operation case only checks the
# create's answer; the properties (and effect tests) run before the scenarios and must leave them theirs: most
# links of the description start from a create. The random scenarios come next; the chains over the links they
# missed come last and may spend what is left.
CREATE_SHARES = {"schemathesis": 0.2, "property": 0.35, "stateful": 1.0, "chain": 1.0}
# The part of the run's creates the other kinds leave to one that comes last: the chains are what takes a link the
# random scenarios missed, and a run whose random scenarios spent every create owes those links for nothing.
CREATE_RESERVES = {"chain": 0.2}
FREE_SERVERS = 100_000  # servers a run may create where nobody pays for them (the mock); alive stays capped


class BudgetExhausted(Exception):
    """Sending this would spend more than the run may: the case is not sent (not a check result)."""


@dataclass(frozen=True)
class Limits:
    servers_alive: int = 5  # at once: a default quota of 10 next to a tenant's own servers
    servers_created: int = 100
    server_minutes: float = 240.0
    requests: int = 30_000
    wall_minutes: float = 90.0

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Limits:
        """The variables' limits; on the embedded mock (no bill) the servers created are not what is scarce."""
        default = cls() if env.get("TOAST_COMPUTE_BASE_URL") else cls(servers_created=FREE_SERVERS)
        return cls(
            servers_alive=int(env.get("TOAST_COMPUTE_MAX_SERVERS_ALIVE") or default.servers_alive),
            servers_created=int(env.get("TOAST_COMPUTE_MAX_SERVERS_CREATED") or default.servers_created),
            server_minutes=float(env.get("TOAST_COMPUTE_MAX_SERVER_MINUTES") or default.server_minutes),
            requests=int(env.get("TOAST_COMPUTE_MAX_REQUESTS") or default.requests),
            wall_minutes=float(env.get("TOAST_COMPUTE_MAX_MINUTES") or default.wall_minutes),
        )


@dataclass
class Bill:
    """Servers the run created, how many were alive at once, and their minutes (alive from the create's
    answer until the service no longer shows them, or their delete was accepted where nobody waits)."""

    limits: Limits = field(default_factory=Limits)
    clock: Callable[[], float] = time.monotonic
    created: int = 0
    peak_alive: int = 0
    refused: int = 0  # creates the budget did not let through
    created_by: Counter[str] = field(default_factory=Counter)  # by the kind of test that created them
    refused_by: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    _alive: dict[str, float] = field(default_factory=dict)  # server id -> since when
    _held: int = 0  # room admitted creates hold until their answer is recorded (`admit`, `release`)
    _closed_minutes: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def alive(self) -> int:
        return len(self._alive)

    def alive_ids(self) -> list[str]:
        """The servers alive, oldest first."""
        with self._lock:
            return list(self._alive)

    def server_minutes(self) -> float:
        now = self.clock()
        with self._lock:
            return self._closed_minutes + sum(now - since for since in self._alive.values()) / 60

    def room(self, capacity: int | None = None) -> int:
        """How many more servers may be alive now: the run's limits and, when known, the tenant's quota room,
        less the room creates admitted and not yet answered hold."""
        if self.server_minutes() >= self.limits.server_minutes:
            return 0
        with self._lock:
            return self._room(capacity)

    def _room(self, capacity: int | None) -> int:
        left = min(self.limits.servers_alive - len(self._alive), self.limits.servers_created - self.created)
        if capacity is not None:
            left = min(left, capacity)
        return max(left - self._held, 0)

    def may_create(self, kind: str, count: int = 1) -> bool:
        """Whether `kind` may still create `count` servers in this run: its share of the creates (CREATE_SHARES),
        and the run's limit less what is reserved for others (CREATE_RESERVES); room among the servers alive
        comes back, these do not."""
        limit = self.limits.servers_created
        share = CREATE_SHARES.get(kind, 1.0)
        reserved = sum(max(int(limit * part) - self.created_by[other], 0)
                       for other, part in CREATE_RESERVES.items() if other != kind)
        return self.created + count + reserved <= limit and self.created_by[kind] + count <= limit * share

    def admit(self, count: int = 1, capacity: int | None = None, kind: str = "") -> None:
        """Before a create of `count` servers by a test of `kind`: refuse it (BudgetExhausted) if it does not
        fit among the servers alive, or if `kind` has created its share of the servers the run may create;
        otherwise hold its room until `release` (creates side by side never take the same room)."""
        in_time = self.server_minutes() < self.limits.server_minutes
        with self._lock:
            if in_time and self._room(capacity) >= count and self.may_create(kind, count):
                self._held += count
                return
            self.refused += 1
            self.refused_by[kind] += 1
        raise BudgetExhausted(
            f"creating {count} server(s) would pass the run's budget ({self.alive} alive, {self.created} created, "
            f"{self.server_minutes():.0f} server-minutes; limits {self.limits})")

    def release(self, count: int = 1) -> None:
        """An admitted create was answered (its servers, if any, are counted alive now): its room is no longer
        held."""
        with self._lock:
            self._held -= count

    def server_created(self, server_id: str, kind: str = "") -> None:
        with self._lock:
            if server_id in self._alive:
                return
            self._alive[server_id] = self.clock()
            self.created += 1
            self.created_by[kind] += 1
            self.peak_alive = max(self.peak_alive, len(self._alive))

    def server_gone(self, server_id: str) -> None:
        with self._lock:
            since = self._alive.pop(server_id, None)
            if since is not None:
                self._closed_minutes += (self.clock() - since) / 60

    def out_of_time(self, requests_sent: int) -> str | None:
        """Why the run must stop sending new cases (requests or wall time spent), or None."""
        if requests_sent >= self.limits.requests:
            return f"the run sent {requests_sent} requests (limit {self.limits.requests})"
        minutes = (self.clock() - self.started) / 60
        if minutes >= self.limits.wall_minutes:
            return f"the run took {minutes:.0f} minutes (limit {self.limits.wall_minutes:g})"
        return None

    def summary(self) -> str:
        return (f"servers created {self.created} ({by_kind(self.created_by)}), peak alive {self.peak_alive}, "
                f"server-minutes {self.server_minutes():.1f}, creates refused by the budget {self.refused}"
                + (f" ({by_kind(self.refused_by)})" if self.refused else ""))


def by_kind(counts: Counter[str]) -> str:
    return ", ".join(f"{kind or 'other'} {count}" for kind, count in counts.most_common()) or "none"
