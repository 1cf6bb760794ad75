"""One contract run: the endpoint, what the run created, the report, and the rules applied before every
call. Built explicitly by the session once the target is open; nothing here runs at import."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from contract_tests.core.budget import Bill
from contract_tests.core.description import Description
from contract_tests.core.endpoint import Target
from contract_tests.core.generation import AcceptablePositiveCases
from contract_tests.core.known_drift import KnownDrifts, load
from contract_tests.core.observed import Shapes
from contract_tests.core.report import Report
from contract_tests.core.safety import Guard, Registry, read_status
from contract_tests.core.settings import ContractSettings
from contract_tests.core.weather import TransientFailure


@dataclass
class Run:
    settings: ContractSettings
    description: Description
    target: Target
    registry: Registry
    report: Report
    guard: Guard
    acceptable: AcceptablePositiveCases
    observed: Shapes | None  # shapes kept from a foreign endpoint (None: not kept)
    auth_enforced: set[str] = field(default_factory=set)  # operations seen refusing a missing or wrong token

    @classmethod
    def start(cls, settings: ContractSettings, description: Description, target: Target) -> Run:
        registry = Registry(settings.name_prefix, bill=Bill(settings.limits))
        observed = Shapes(description.resolver) if settings.observed_dir else None
        report = Report(target.pacer, bill=registry.bill, known=KnownDrifts(load(settings.known_drift)),
                        region=settings.region)
        return cls(settings, description, target, registry, report, Guard(target, registry),
                   AcceptablePositiveCases(target, registry, settings.wait_timeout), observed)

    def quota_room(self) -> int | None:
        """How many more servers the tenant's quota holds now (what it held at the start, less the run's
        servers alive); None when the endpoint did not tell its limits."""
        room = self.target.known.server_room
        return None if room is None else room - self.registry.bill.alive

    def recover(self, op: str, body: Any) -> None:
        """After an ambiguous create: take what it made into the registry (never send it again)."""
        known_floating_ips = set(self.target.known.floating_ip_ids)
        try:
            with self.target.http("recovery") as http:
                found = self.registry.recover(http, op, body, known_floating_ips)
        except TransientFailure as failure:  # the look-up met weather too: cleanup by prefix (sweep) remains
            found = [f"nothing: the look-up failed ({failure})"]
        for what in found:
            self.target.pacer.weather.log.note_recovered(f"{op}: {what}")

    def keep_servers(self, pool: int) -> None:
        """Delete the run's servers beyond the newest `pool` (the per-operation tests address a few servers
        of the run; more would only cost quota and money)."""
        self.delete_servers(self.registry.oldest_servers(beyond=pool))

    def delete_servers(self, server_ids: list[str]) -> None:
        """Delete those of `server_ids` the run still has (not shared); their deletion completes while the run
        goes on. Weather stops it: the run's cleanup deletes the rest later."""
        server_ids = [server_id for server_id in server_ids if server_id in self.registry.servers]
        if not server_ids:
            return
        with self.target.http("cleanup") as http:
            for server_id in server_ids:
                try:
                    accepted = http.delete(f"/servers/{server_id}").status_code in (202, 204, 404)
                except TransientFailure:  # weather: the run's cleanup deletes it later
                    return
                if accepted:
                    self.registry.delete_accepted(server_id, lazily=not self.target.is_mock)

    @contextmanager
    def admitted(self, count: int = 1, kind: str = "property") -> Iterator[None]:
        """Around a create of `count` servers and the recording of what it made: the room it needs, held until
        the block ends. Where the budget or the quota has no room, wait for the run's accepted deletes to
        complete first; BudgetExhausted if it still does not fit."""
        missing = count - self.registry.bill.room(self.quota_room())
        if missing > 0:
            self.settle_deletes(wanted=missing)
        self.registry.bill.admit(count, capacity=self.quota_room(), kind=kind)
        try:
            yield
        finally:
            self.registry.bill.release(count)

    def settle_deletes(self, wanted: int | None = None) -> None:
        """Wait until `wanted` (None: all) of the run's accepted deletes have completed. A delete that never
        completes is a drift: the first one fails here."""
        if not self.registry.deleting:
            return
        stalled_before = self.registry.stalled_delete
        with self.target.http("wait") as http:
            self.registry.settle_deletes(http, self.settings.wait_timeout, wanted=wanted)
        stalled = self.registry.stalled_delete
        if stalled is not None and stalled_before is None:
            self.report.record_property("deleted server disappears", stalled)
            raise AssertionError(stalled)

    def server_status(self, server_id: str) -> str | None:
        """`safety.read_status`, sent as the checks' requests."""
        with self.target.http("checks") as http:
            return read_status(http, server_id)

    def clean_up(self, final: bool = False) -> None:
        """Delete what the run still has (`final`: the servers shared across examples too). On an endpoint it
        does not own, the run's end waits until its servers are gone; a server delete that never completes is a
        drift: the first one fails the run here."""
        stalled_before = self.registry.stalled_delete
        wait = 0 if self.target.is_mock else self.settings.wait_timeout
        try:
            leftovers = self.registry.cleanup(self.target, wait_seconds=wait, final=final)
        except TransientFailure as failure:  # what is left carries the run's prefix: `nox -s sweep` finds it
            leftovers = [f"cleanup stopped by weather ({failure}); run `nox -s sweep`"]
        self.report.record_warnings("cleanup", [f"could not delete {item}" for item in leftovers])
        stalled = self.registry.stalled_delete
        if stalled is not None and stalled_before is None:
            self.report.record_property("deleted server disappears", stalled)
            raise AssertionError(stalled)
