"""One contract run: the endpoint, what the run created, the report, and the rules applied before every
call. Built explicitly by the session once the target is open; nothing here runs at import."""

from __future__ import annotations

from dataclasses import dataclass

from contract_tests.core.description import Description
from contract_tests.core.endpoint import Target
from contract_tests.core.generation import AcceptablePositiveCases
from contract_tests.core.observed import Shapes
from contract_tests.core.report import Report
from contract_tests.core.safety import Guard, Registry
from contract_tests.core.settings import ContractSettings


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

    @classmethod
    def start(cls, settings: ContractSettings, description: Description, target: Target) -> Run:
        registry = Registry(settings.name_prefix)
        observed = Shapes(description.resolver) if settings.observed_dir else None
        return cls(settings, description, target, registry, Report(target.pacer), Guard(target, registry),
                   AcceptablePositiveCases(target, registry), observed)

    def server_exists(self, server_id: str) -> bool:
        with self.target.http("checks") as http:
            return http.get(f"/servers/{server_id}").status_code == 200

    def clean_up(self) -> None:
        """Delete what the run still has (waiting until servers are gone on an endpoint it does not own); a
        server delete that never completes is a drift: the first one fails the run here."""
        stalled_before = self.registry.stalled_delete
        wait = 0 if self.target.is_mock else self.settings.wait_timeout
        leftovers = self.registry.cleanup(self.target, wait_seconds=wait)
        self.report.record_warnings("cleanup", [f"could not delete {item}" for item in leftovers])
        stalled = self.registry.stalled_delete
        if stalled is not None and stalled_before is None:
            self.report.record_property("deleted server disappears", stalled)
            raise AssertionError(stalled)
