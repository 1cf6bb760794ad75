"""Session set-up of the contract suite: build the session, open the target, learn what exists there, start
the run, clean up and report at the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests import session
from contract_tests.core.effects import full_matrix, markdown
from contract_tests.core.endpoint import MissingBootSource, require_boot_source
from contract_tests.core.links import description_links
from contract_tests.core.run import Run
from contract_tests.targets import open_target
from toast_compute import Backoff, ComputeClient
from toast_compute.retry import NO_RETRIES


def pytest_configure(config: pytest.Config) -> None:
    session.configure()


@pytest.fixture(scope="session", autouse=True)
def contract_run() -> Iterator[Run]:
    current = session.current()
    with open_target(current.settings, current.credentials, current.pacer) as target:
        if current.settings.profile == "full":
            try:
                require_boot_source(target.known)
            except MissingBootSource as error:
                pytest.exit(str(error), returncode=pytest.ExitCode.USAGE_ERROR)
        current.run = Run.start(current.settings, current.description, target)
        try:
            yield current.run
        finally:
            current.run.clean_up()


@pytest.fixture(scope="session")
def compute(contract_run: Run) -> Iterator[ComputeClient]:
    """The layer's client on the target, paced and counted like every request of the run (the properties'
    way to the API: the generated client and the layer, as a service uses them)."""
    target = contract_run.target
    backoff = Backoff(initial=0.02, maximum=0.2) if target.is_mock else Backoff()
    with ComputeClient(
        base_url=target.base_url, token=target.token, tenant_id=target.tenant_id, retry=NO_RETRIES, backoff=backoff,
        transport=target.pacer.transport("property"),
    ) as client:
        yield client


def pytest_report_header(config: pytest.Config) -> list[str]:
    current = session.current()
    settings = current.settings
    where = settings.base_url or "the embedded mock"
    rate = f"{settings.requests_per_second:g} req/s" if settings.requests_per_second else "unpaced"
    return [
        f"contract target: {where}; profile {settings.profile}; operations {len(current.description.operations)}; "
        f"max examples {settings.max_examples}; {rate}; name prefix {settings.name_prefix}"
    ]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    current = session.current()
    if current.run is None:
        return
    report, settings = current.run.report, current.settings
    document = current.description.document
    report.describe(description_links(document, current.description.operations), markdown(full_matrix(document)))
    terminalreporter.section("contract summary")
    terminalreporter.write_line(report.text())
    report.write(settings.report_dir)
    terminalreporter.write_line(f"report: {settings.report_dir / 'report.md'}")
    if current.run.observed is not None and settings.observed_dir is not None:
        current.run.observed.write(settings.observed_dir, {"profile": settings.profile})
        terminalreporter.write_line(f"observed shapes: {settings.observed_dir}")
