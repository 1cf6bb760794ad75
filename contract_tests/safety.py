"""Keeping a run on a real endpoint to what it created: a name prefix, a registry, cleanup, a rate limit."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field

from contract_tests.target import Target


@dataclass
class Registry:
    """Resources this run created, so that it only touches those and deletes them at the end."""

    prefix: str
    keypairs: set[str] = field(default_factory=set)
    servers: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def owns_keypair(self, name: str) -> bool:
        return name.startswith(self.prefix)

    def record(self, operation_id: str, status: int, body: object) -> None:
        if not isinstance(body, dict) or not 200 <= status < 300:
            return
        with self._lock:
            if operation_id == "create_keypair" and isinstance(body.get("keypair"), dict):
                self.keypairs.add(body["keypair"].get("name", ""))
            elif operation_id == "create_server" and isinstance(body.get("server"), dict):
                self.servers.add(body["server"].get("id", ""))

    def forget(self, operation_id: str, status: int, path_parameters: dict) -> None:
        if not 200 <= status < 300:
            return
        with self._lock:
            if operation_id == "delete_keypair":
                self.keypairs.discard(path_parameters.get("keypairName", ""))
            elif operation_id == "delete_server":
                self.servers.discard(path_parameters.get("serverId", ""))

    def owned_server_or_nonexistent(self, server_id: str) -> str:
        """A server id that is ours, or a fresh UUID that names nothing (the request then answers 404)."""
        return server_id if server_id in self.servers else str(uuid.uuid4())

    def clear(self) -> None:
        """Forget everything (the mock was reset)."""
        with self._lock:
            self.servers.clear()
            self.keypairs.clear()

    def cleanup(self, target: Target) -> list[str]:
        """Delete what is left; returns what could not be deleted."""
        leftovers = []
        with target.http() as http:
            for server_id in sorted(self.servers):
                response = http.delete(f"/servers/{server_id}")
                if response.status_code not in (202, 204, 404):
                    leftovers.append(f"server {server_id}: {response.status_code}")
            for name in sorted(self.keypairs):  # all created by this run (a create answers 409 for a taken name)
                response = http.delete(f"/os-keypairs/{name}")
                if response.status_code not in (202, 204, 404):
                    leftovers.append(f"keypair {name}: {response.status_code}")
        self.clear()
        return leftovers


class RateLimiter:
    """At most `per_second` requests a second, across threads."""

    def __init__(self, per_second: float | None) -> None:
        self.interval = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)
