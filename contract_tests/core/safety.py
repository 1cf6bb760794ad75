"""Keeping a run on an endpoint it does not own to what it created: a name prefix, a registry of what
the run created, a guard before every call, and cleanup that waits until the service has deleted."""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from schemathesis.core.parameters import ParameterLocation

from contract_tests.core.budget import Bill
from contract_tests.core.endpoint import Target
from contract_tests.core.images import delete_images, named_images
from contract_tests.core.volumes import delete_volumes, named_volumes
from contract_tests.core.weather import TransientFailure

# Operations that change what they address; only ever sent to resources this run created.
MUTATING = {"delete_keypair", "update_server", "delete_server", "server_action", "attach_volume",
            "attach_volume_by_path", "detach_volume", "create_server_metadata", "update_server_metadata",
            "update_server_metadata_item", "delete_server_metadata_item", "delete_server_group",
            "delete_floating_ip"}
# Actions whose body names a floating IP: only ever one this run allocated.
FLOATING_IP_ACTIONS = ("addFloatingIp", "removeFloatingIp")
NOT_AN_ADDRESS_OF_OURS = "192.0.2.1"  # TEST-NET-1 (RFC 5737): no tenant's floating IP
REAL_CLOUD_POLL = 2.0  # seconds between reads of a status a wait expects to change (openstacksdk's interval)
VOLUME_FREED = 10.0  # seconds a deleted server's volumes get to become `available` where the run does not wait


@dataclass
class Registry:
    """Resources this run created. `created_*` never shrink: a resource the run created and deleted is
    still its own (a request to it answers 404, and that is worth checking). `servers` and `keypairs` are
    the ones still to delete; likewise `server_groups` and `floating_ips` (id -> address). `shared` servers
    are kept across examples (built once, reused by the properties that do not destroy a server) and deleted
    only by the run's final cleanup."""

    prefix: str
    bill: Bill = field(default_factory=Bill)
    keypairs: set[str] = field(default_factory=set)
    servers: set[str] = field(default_factory=set)
    shared: set[str] = field(default_factory=set)
    deleting: dict[str, float] = field(default_factory=dict)  # server id -> when its delete was accepted
    server_groups: set[str] = field(default_factory=set)
    floating_ips: dict[str, str] = field(default_factory=dict)
    created_servers: set[str] = field(default_factory=set)
    created_keypairs: set[str] = field(default_factory=set)
    created_server_groups: set[str] = field(default_factory=set)
    created_floating_ips: dict[str, str] = field(default_factory=dict)
    volumes: set[str] = field(default_factory=set)  # block storage volumes still to delete
    created_volumes: set[str] = field(default_factory=set)
    stalled_delete: str | None = None  # the first server delete accepted and not completed within the wait
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def owns_keypair(self, name: str) -> bool:
        return name in self.created_keypairs or name.startswith(self.prefix)

    def owns_server(self, server_id: str) -> bool:
        return server_id in self.created_servers

    def owns_server_group(self, group_id: str) -> bool:
        return group_id in self.created_server_groups

    def owns_floating_ip(self, floating_ip_id: str) -> bool:
        return floating_ip_id in self.created_floating_ips

    def owns_address(self, address: str) -> bool:
        return address in self.created_floating_ips.values()

    def holds_server_group(self, group_id: str) -> bool:
        """A server group the run created and has not deleted."""
        return group_id in self.server_groups

    def record(self, operation_id: str, status: int, body: object, kind: str = "") -> None:
        if not isinstance(body, dict) or not 200 <= status < 300:
            return
        with self._lock:
            if operation_id == "create_keypair" and isinstance(body.get("keypair"), dict):
                name = body["keypair"].get("name", "")
                self.keypairs.add(name)
                self.created_keypairs.add(name)
            elif operation_id == "create_server" and isinstance(body.get("server"), dict):
                server_id = body["server"].get("id", "")
                self.servers.add(server_id)
                self.created_servers.add(server_id)
                self.bill.server_created(server_id, kind)
            elif operation_id == "create_server_group" and isinstance(body.get("server_group"), dict):
                group_id = str(body["server_group"].get("id", ""))
                self.server_groups.add(group_id)
                self.created_server_groups.add(group_id)
            elif operation_id == "create_floating_ip" and isinstance(body.get("floating_ip"), dict):
                floating_ip_id = str(body["floating_ip"].get("id", ""))
                self.floating_ips[floating_ip_id] = str(body["floating_ip"].get("ip", ""))
                self.created_floating_ips[floating_ip_id] = self.floating_ips[floating_ip_id]

    def add_server(self, server_id: str, kind: str = "property") -> None:
        with self._lock:
            self.servers.add(server_id)
            self.created_servers.add(server_id)
        self.bill.server_created(server_id, kind)

    def share_server(self, server_id: str) -> None:
        """Keep one of the run's servers across examples: example cleanups and the per-operation pool leave it."""
        with self._lock:
            self.servers.discard(server_id)
            self.shared.add(server_id)

    def unshare_server(self, server_id: str) -> None:
        """A shared server no longer worth keeping (gone, or failed): the next cleanup deletes it."""
        with self._lock:
            if server_id in self.shared:
                self.shared.discard(server_id)
                self.servers.add(server_id)

    def delete_accepted(self, server_id: str, lazily: bool) -> None:
        """The service accepted the server's delete. `lazily` (an endpoint the run does not own, where deletion
        takes a while): it stays on the bill until the service no longer shows it (`settle_deletes`)."""
        with self._lock:
            self.servers.discard(server_id)
            if lazily:
                self.deleting[server_id] = time.monotonic()
        if not lazily:
            self.bill.server_gone(server_id)

    def settle_deletes(self, http: Any, seconds: float, wanted: int | None = None) -> list[str]:
        """Poll the servers whose delete was accepted until `wanted` of them are gone (None: all), each for at
        most `seconds` after its delete; they are deleted meanwhile side by side, so the run waits for the
        slowest one, not for the sum. Returns why each that did not go failed (the first is the run's
        stalled delete)."""
        failed: list[str] = []
        gone, delay = 0, 0.05
        while True:
            with self._lock:
                pending = sorted(self.deleting.items(), key=lambda item: item[1])
            for server_id, since in pending:
                try:
                    if read_gone(http, server_id):
                        gone += 1
                        self._stop_waiting(server_id)
                        self.bill.server_gone(server_id)
                        continue
                except NotAnIntermediateState as error:
                    message = str(error)
                else:
                    if time.monotonic() - since <= self.deletion_wait(seconds):
                        continue
                    message = self.note_stalled_delete(server_id, seconds)
                self.stalled_delete = self.stalled_delete or message
                self._stop_waiting(server_id)
                failed.append(message)
            if failed or not self.deleting or (wanted is not None and gone >= wanted):
                return failed
            time.sleep(delay)
            delay = min(delay * 2, 2.0)

    def _stop_waiting(self, server_id: str) -> None:
        with self._lock:
            self.deleting.pop(server_id, None)

    def oldest_servers(self, beyond: int) -> list[str]:
        """The run's servers still to delete, oldest first, except the newest `beyond`."""
        with self._lock:
            ordered = [server_id for server_id in self.bill.alive_ids() if server_id in self.servers]
        return ordered[:max(len(ordered) - beyond, 0)]

    def add_server_group(self, group_id: str) -> None:
        with self._lock:
            self.server_groups.add(group_id)
            self.created_server_groups.add(group_id)

    def add_volume(self, volume_id: str) -> None:
        with self._lock:
            self.volumes.add(volume_id)
            self.created_volumes.add(volume_id)

    def add_keypair(self, name: str) -> None:
        with self._lock:
            self.keypairs.add(name)
            self.created_keypairs.add(name)

    def forget(self, operation_id: str, status: int, path_parameters: dict[str, Any]) -> None:
        """A successful delete: nothing left to clean up (the resource stays the run's own)."""
        if not 200 <= status < 300:
            return
        with self._lock:
            if operation_id == "delete_keypair":
                self.keypairs.discard(path_parameters.get("keypairName", ""))
            elif operation_id == "delete_server":
                self.servers.discard(path_parameters.get("serverId", ""))
            elif operation_id == "delete_server_group":
                self.server_groups.discard(path_parameters.get("serverGroupId", ""))
            elif operation_id == "delete_floating_ip":
                self.floating_ips.pop(path_parameters.get("floatingIpId", ""), None)

    def recover(self, http: Any, operation_id: str, body: Any, known_floating_ips: set[str]) -> list[str]:
        """After a create that failed ambiguously (it may have been done): find what it created, by the name
        it gave (always inside the run's prefix) or, for a floating IP, as the one nobody knew before, and
        take it into the registry so that cleanup deletes it. Never sent again: one create, one resource."""
        found: list[str] = []
        if operation_id == "create_server":
            name = _name_given(body, "server")
            if name is None:
                return found
            answer = http.get("/servers", params={"name": f"^{re.escape(name)}$"})
            if answer.status_code != 200:  # a name filter the service refuses (too long): compare names here
                answer = http.get("/servers", params={"limit": 1000})
            listed = answer.json().get("servers", [])
            for server in listed:
                if server.get("name") == name and server.get("id") not in self.created_servers:
                    self.add_server(str(server["id"]))
                    found.append(f"server {server['id']} ({name})")
        elif operation_id == "create_keypair":
            name = _name_given(body, "keypair")
            if name and http.get(f"/os-keypairs/{name}").status_code == 200:
                self.add_keypair(name)
                found.append(f"key pair {name}")
        elif operation_id == "create_server_group":
            name = _name_given(body, "server_group")
            if name is None:
                return found
            for group in http.get("/os-server-groups").json().get("server_groups", []):
                if group.get("name") == name and str(group.get("id")) not in self.created_server_groups:
                    self.add_server_group(str(group["id"]))
                    found.append(f"server group {group['id']} ({name})")
        elif operation_id == "create_floating_ip":
            for floating in http.get("/os-floating-ips").json().get("floating_ips", []):
                floating_id = str(floating.get("id"))
                if floating_id not in known_floating_ips and floating_id not in self.created_floating_ips:
                    with self._lock:
                        address = str(floating.get("ip"))
                        self.floating_ips[floating_id] = self.created_floating_ips[floating_id] = address
                    found.append(f"floating IP {floating_id}")
        return found

    def deletion_wait(self, seconds: float) -> float:
        """How long to wait for a server delete to complete: `seconds`, or one poll once a delete has not
        completed within its wait (a service that accepts deletes and never deletes would otherwise cost
        the full wait on every later delete: hours in `full`)."""
        return 0 if self.stalled_delete else seconds

    def note_stalled_delete(self, server_id: str, seconds: float) -> str:
        message = f"server {server_id} still shown {seconds:g} s after its delete was accepted"
        if self.stalled_delete is None:
            self.stalled_delete = message
        return message

    def wait_until_deleted(self, http: Any, server_id: str, seconds: float) -> bool:
        """A delete that cannot be seen to complete, by timeout or by an answer that cannot mean "not yet",
        is the run's stalled delete: later deletes are polled once."""
        try:
            gone = wait_until_gone(http, server_id, self.deletion_wait(seconds))
        except NotAnIntermediateState as error:
            self.stalled_delete = self.stalled_delete or str(error)
            raise
        if gone:
            self.bill.server_gone(server_id)
        else:
            self.note_stalled_delete(server_id, seconds)
        return gone

    def cleanup(self, target: Target, wait_seconds: float = 0, final: bool = False) -> list[str]:
        """Delete what is left (`final`: the shared servers too); returns what could not be deleted. Servers go
        first: they hold the floating IPs associated with them and are the members of the server groups.
        Deletion is asynchronous: with `wait_seconds`, a server stays on the bill until the service no longer
        shows it, waited for here at the run's end or before deleting what servers hold (floating IPs, server
        groups, volumes), and otherwise only when the run needs the room (`settle_deletes`)."""
        leftovers = []
        with target.http("cleanup") as http:
            with self._lock:
                if final:
                    self.servers |= self.shared
                    self.shared.clear()
                servers, keypairs = sorted(self.servers), sorted(self.keypairs)
                groups, floating_ips = sorted(self.server_groups), sorted(self.floating_ips)
                volumes = sorted(self.volumes)
                self.volumes.clear()
                self.servers.clear()
                self.keypairs.clear()
                self.server_groups.clear()
                self.floating_ips.clear()

            def delete(kind: str, path: str) -> bool:
                for attempt in range(3):  # a delete is idempotent: weather is worth three tries here
                    try:
                        response = http.delete(path)
                        break
                    except TransientFailure as failure:  # weather: `nox -s sweep` finds it by its prefix
                        if attempt == 2:
                            leftovers.append(f"{kind} {path.rsplit('/', 1)[-1]}: {failure.reason}")
                            return False
                if response.status_code not in (202, 204, 404):
                    leftovers.append(f"{kind} {path.rsplit('/', 1)[-1]}: {response.status_code}")
                    return False
                return True

            for server_id in servers:
                if delete("server", f"/servers/{server_id}") or not wait_seconds:
                    self.delete_accepted(server_id, lazily=bool(wait_seconds))
            if wait_seconds and (final or groups or floating_ips or volumes):
                leftovers += [f"server: {reason}" for reason in self.settle_deletes(http, wait_seconds)]
            for name in keypairs:  # all created by this run (a create answers 409 for a taken name)
                delete("keypair", f"/os-keypairs/{name}")
            for floating_ip_id in floating_ips:
                delete("floating IP", f"/os-floating-ips/{floating_ip_id}")
            for group_id in groups:
                delete("server group", f"/os-server-groups/{group_id}")
            if final:  # the run's snapshots: after the servers, whose snapshots may still be saving
                try:
                    leftovers += delete_images(http, target.image_url,
                                               named_images(http, re.compile(re.escape(self.prefix))))
                except TransientFailure as failure:
                    leftovers.append(f"snapshot images: {failure.reason}")
            if (volumes or final) and target.volume_url is not None:  # after the servers, which hold them
                try:
                    if final:  # and those a create made whose answer was lost, by the run prefix
                        own = named_volumes(http, target.volume_url, re.compile(re.escape(self.prefix)))
                        volumes = sorted(set(volumes) | {ident for ident, _ in own})
                    leftovers += delete_volumes(http, target.volume_url, volumes, max(wait_seconds, VOLUME_FREED))
                except TransientFailure as failure:
                    leftovers.append(f"volumes {', '.join(volumes)}: {failure.reason}")
        return leftovers


class NotAnIntermediateState(AssertionError):
    """A wait got an answer that cannot mean "not yet" (a 5xx, an undocumented 4xx): drift, reported at
    once with the answer instead of waiting out the timeout."""


def poll_until(done: Callable[[], bool], seconds: float, longest_delay: float) -> bool:
    """Call `done` until it is true (True) or `seconds` have passed (False); the delay between calls doubles
    from 50 ms up to `longest_delay`."""
    deadline = time.monotonic() + seconds
    delay = 0.05
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(delay)
        delay = min(delay * 2, longest_delay)
    return True


def wait_until_gone(http: Any, server_id: str, seconds: float) -> bool:
    """Poll until the server answers 404 (Nova deletes asynchronously: for a while a deleted server is
    still shown, with task_state `deleting` or status `DELETED`)."""
    return poll_until(lambda: read_gone(http, server_id), seconds, REAL_CLOUD_POLL)


def wait_until_built(http: Any, server_id: str, seconds: float) -> bool:
    """Poll until a new server has left BUILD (or cannot be read); False if it still builds after `seconds`.
    A real client waits so before acting on a server; Nova refuses most actions meanwhile."""
    return poll_until(lambda: read_status(http, server_id) != "BUILD", seconds, REAL_CLOUD_POLL)


def read_status(http: Any, server_id: str) -> str | None:
    """The server's status as the API answers it: None when the read does not find it (not 200), "" when the
    answer names no status."""
    response = http.get(f"/servers/{server_id}")
    if response.status_code != 200:
        return None
    try:
        server = response.json().get("server")
    except (ValueError, AttributeError):
        return ""
    return str(server.get("status", "")) if isinstance(server, dict) else ""


def read_gone(http: Any, server_id: str) -> bool:
    """Whether a server whose delete was accepted is gone: 404 yes, 200 not yet; any other answer cannot mean
    "not yet" (`NotAnIntermediateState`)."""
    response = http.get(f"/servers/{server_id}")
    if response.status_code == 404:
        return True
    if response.status_code != 200:
        raise NotAnIntermediateState(
            f"server {server_id} read after its delete answered {response.status_code} instead of 200 "
            f"(not yet) or 404 (gone): {response.text[:300]}"
        )
    return False


def substitute_path_parameter(case: Any, name: str, value: str) -> None:
    """Set a path parameter as if it had been generated so. Schemathesis takes any change to a generated
    value for a value a link supplied (`Case._override` is the difference to the generated state), and
    `ensure_resource_availability` then reports the substitute's 404 as "Created resource not found" —
    the root cause of the stateful false alarms on endpoints the suite does not own."""
    case.path_parameters[name] = value
    stored = case._components.get(ParameterLocation.PATH)
    if stored is not None and isinstance(stored.value, dict):
        stored.value[name] = value


class Guard:
    """Before every call on an endpoint the suite does not own: never touch what this run did not create."""

    def __init__(self, target: Target, registry: Registry) -> None:
        self.target = target
        self.registry = registry

    def __call__(self, case: Any, operation_id: str, positive: bool) -> None:
        params = case.path_parameters or {}
        if self.target.is_mock or operation_id not in MUTATING:
            return
        keypair = params.get("keypairName")
        if keypair is not None and not self.registry.owns_keypair(str(keypair)):
            # A key pair of ours for a valid case; for an invalid one, a name that cannot exist.
            owned = sorted(self.registry.keypairs) if positive else []
            substitute_path_parameter(case, "keypairName", owned[-1] if owned else self.registry.prefix + "not-ours")
        for name, owns in (("serverId", self.registry.owns_server), ("serverGroupId", self.registry.owns_server_group),
                           ("floatingIpId", self.registry.owns_floating_ip)):
            value = params.get(name)
            if value is not None and not owns(str(value)):
                substitute_path_parameter(case, name, str(uuid.uuid4()))  # names nothing: a 404
        self._only_our_floating_ips(case)

    def _only_our_floating_ips(self, case: Any) -> None:
        """An action that names a floating IP names one this run allocated, or an address nobody has."""
        body = case.body
        for action in FLOATING_IP_ACTIONS:
            request = body.get(action) if isinstance(body, dict) else None
            if isinstance(request, dict) and not self.registry.owns_address(str(request.get("address"))):
                case.body = {**body, action: {**request, "address": NOT_AN_ADDRESS_OF_OURS}}


def _name_given(body: Any, key: str) -> str | None:
    """The name a create's body gives its resource (`{key: {"name": ...}}`); None when the body has no string
    name there (a negative case's: the service refuses it and makes nothing)."""
    request = body.get(key) if isinstance(body, dict) else None
    name = request.get("name") if isinstance(request, dict) else None
    return name if isinstance(name, str) else None
