"""The whole mock's state: the projects (tenants), the tokens that open them, the clock and the
queue of pending transitions. One lock guards it; every request runs under it."""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable

from ..config import MockConfig, Tenant
from ..faults import not_found
from .clock import Clock
from .lifecycle import NO_VALID_HOST, Lifecycle
from .project import Project


class Backend:
    """`create_app(config).state`: the Python control surface (reset, clock) and what every
    operation of `backend.servers`, `.actions`, `.volumes` and `.keypairs` works on."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.clock = Clock(config.clock, config.durations)
        self.lock = threading.RLock()
        self._tokens = {t.token: t for t in config.tenants}
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self.projects: dict[str, Project] = {}
        self.keypair_ids = itertools.count(1)
        self.lifecycle = Lifecycle(self)
        self.reset()

    def reset(self) -> None:
        """Forget every keypair, server, snapshot and pending transition and restore the configured
        durations (tokens stay valid, the clock keeps its mode and time)."""
        with self.lock:
            self.clock.durations = dict(self.config.durations)
            self.projects = {t.tenant_id: Project(t) for t in self.config.tenants}
            self._events.clear()
            self.keypair_ids = itertools.count(1)

    # -- identity --------------------------------------------------------------------------------
    def project_for_token(self, token: str | None) -> Project | None:
        tenant = self._tokens.get(token) if token else None
        return None if tenant is None else self.projects[tenant.tenant_id]

    def issue_token(self, tenant: Tenant, token: str) -> None:
        self._tokens[token] = tenant

    # -- time ------------------------------------------------------------------------------------
    def schedule(self, duration: str, action: Callable[[], None]) -> None:
        """Run `action` once `duration` (a key of the clock's durations) has passed on the clock."""
        due = self.clock.now() + self.clock.duration(duration)
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

    # -- failure injection -----------------------------------------------------------------------
    def fail_server(self, server_id: str, message: str | None) -> None:
        """The server (of any project) goes to ERROR now, with Nova's fault."""
        for project in self.projects.values():
            server = project.servers.get(server_id)
            if server is not None:
                self.lifecycle.fail(server, message or NO_VALID_HOST)
                return
        raise not_found(f"Instance {server_id} could not be found.")
