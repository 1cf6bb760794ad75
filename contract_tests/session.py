"""The contract session: what pytest builds once per process — settings from the environment, the pacer,
the credentials and the description as schemas — and the run it starts once the target is open. The
entry points (conftest.py and the test modules) reach it through `current()`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from contract_tests.core.checking import install_hooks
from contract_tests.core.description import Description
from contract_tests.core.endpoint import Credentials
from contract_tests.core.pacing import Pacer, install_transport
from contract_tests.core.run import Run
from contract_tests.core.settings import ContractSettings
from contract_tests.core.weather import Health, Weatherproofing
from contract_tests.targets import credentials_for
from spec_toolkit.paths import BUNDLE


@dataclass
class ContractSession:
    settings: ContractSettings
    pacer: Pacer
    credentials: Credentials
    description: Description
    run: Run | None = None

    @classmethod
    def build(cls, env: Mapping[str, str] | None = None) -> ContractSession:
        settings = ContractSettings.from_env(env)
        weather = Weatherproofing(backoff=settings.retry_backoff, health=Health(down_after=settings.unhealthy_after))
        pacer = Pacer(settings.requests_per_second, weather)
        install_transport(pacer)
        credentials = credentials_for(settings)
        description = Description.load(BUNDLE, settings, credentials)
        install_hooks(description.schema)
        install_hooks(description.stateful)
        return cls(settings, pacer, credentials, description)

    def started(self) -> Run:
        assert self.run is not None, "the contract session fixture has not started"
        return self.run


_CURRENT: ContractSession | None = None


def configure(env: Mapping[str, str] | None = None) -> ContractSession:
    """Build the session (pytest_configure of the suite's conftest)."""
    global _CURRENT
    _CURRENT = ContractSession.build(env)
    return _CURRENT


def current() -> ContractSession:
    """The session the suite's conftest configured; configured on first use otherwise (a test module
    imported on its own)."""
    return _CURRENT if _CURRENT is not None else configure()
