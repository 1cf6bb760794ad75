"""The whole mock's state: the projects (tenants), the tokens that open them, and the runtime the
operations share (configuration, scheduler, lifecycle). One lock guards it; every request runs under it."""

from __future__ import annotations

import itertools
import threading

from ..config import MockConfig, Tenant
from ..faults import not_found
from ..injection import Injections
from ..weather import FrontDoor
from .lifecycle import NO_VALID_HOST
from .project import Project
from .runtime import Runtime


class Backend(Runtime):
    """`create_app(config).state`: the Python control surface (reset, clock) and what every
    operation of `backend.servers`, `.actions`, `.volumes` and `.keypairs` works on."""

    def __init__(self, config: MockConfig) -> None:
        super().__init__(config)
        self.lock = threading.RLock()
        self._tokens = {t.token: t for t in config.tenants}
        self.projects: dict[str, Project] = {}
        self.injections = Injections()  # failures and delays the next requests get (the HTTP layer applies them)
        self.front_door: FrontDoor | None = None  # the configured weather (the HTTP layer applies it)
        self.reset()

    def reset(self) -> None:
        """Forget every keypair, server, snapshot, pending transition and injected failure and restore the
        configured durations and quotas (tokens stay valid, the clock keeps its mode and time)."""
        with self.lock:
            self.injections.clear()
            self.front_door = FrontDoor(self.config.weather) if self.config.weather is not None else None
            self.clock.durations = dict(self.config.durations)
            self.projects = {t.tenant_id: Project(t) for t in self.config.tenants}
            self.scheduler.clear()
            self.keypair_ids = itertools.count(1)

    # -- identity --------------------------------------------------------------------------------
    def project_for_token(self, token: str | None) -> Project | None:
        tenant = self._tokens.get(token) if token else None
        return None if tenant is None else self.projects[tenant.tenant_id]

    def issue_token(self, tenant: Tenant, token: str) -> None:
        self._tokens[token] = tenant

    # -- time ------------------------------------------------------------------------------------
    def settle(self) -> None:
        """Apply every transition that is due."""
        with self.lock:
            self.scheduler.settle()

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.scheduler.advance(seconds)

    def set_clock_mode(self, mode: str) -> None:
        with self.lock:
            self.scheduler.set_mode(mode)

    @property
    def pending_transitions(self) -> int:
        return self.scheduler.pending

    # -- failure injection -----------------------------------------------------------------------
    def fail_server(self, server_id: str, message: str | None) -> None:
        """The server (of any project) goes to ERROR now, with Nova's fault."""
        for project in self.projects.values():
            server = project.servers.get(server_id)
            if server is not None:
                self.lifecycle.fail(server, message or NO_VALID_HOST)
                return
        raise not_found(f"Instance {server_id} could not be found.")
