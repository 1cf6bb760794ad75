"""Session set-up of the contract suite: build the session, open the target, learn what exists there, start
the run, clean up and report at the end."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from contextlib import ExitStack
from typing import NoReturn

import pytest

from contract_tests import session
from contract_tests.core import baseline
from contract_tests.core.effects import full_matrix, markdown
from contract_tests.core.endpoint import MissingBootSource, require_boot_source
from contract_tests.core.links import description_links
from contract_tests.core.outcomes import Outcome, outcome_of
from contract_tests.core.report import VERDICTS
from contract_tests.core.run import Run
from contract_tests.core.safety import REAL_CLOUD_POLL
from contract_tests.core.weather import TransientFailure
from contract_tests.targets import open_target
from toast_compute import Backoff, ComputeClient
from toast_compute.retry import NO_RETRIES


def pytest_configure(config: pytest.Config) -> None:
    current = session.configure()
    current.pacer.weather.health.on_unhealthy = endpoint_unhealthy


def endpoint_unhealthy(reason: str) -> NoReturn:
    """The endpoint is down or mostly failing: stop now, with the verdict's own exit code."""
    pytest.exit(f"endpoint unhealthy: {reason}", returncode=VERDICTS["endpoint unhealthy"])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Once the run has spent its requests or its time, the remaining tests are not started."""
    run = session.current().run
    reason = None if run is None else run.registry.bill.out_of_time(run.target.pacer.total)
    if run is not None and reason is not None:
        run.report.budget_stop = reason
        pytest.skip(f"the run's budget is spent: {reason}")


FAILURES_BEFORE = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    run = _current_run()
    item.stash[FAILURES_BEFORE] = 0 if run is None else len(run.report.failures)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test hypothesis ended with one of its own errors, judged by `core.outcomes`."""
    report: pytest.TestReport = yield
    run = _current_run()
    if call.excinfo is None or run is None:
        return report
    failures_before = item.stash.get(FAILURES_BEFORE, len(run.report.failures))
    hypothesis_test = bool(getattr(getattr(item, "obj", None), "is_hypothesis_test", False))
    outcome = outcome_of(call.excinfo.value, hypothesis_test, len(run.report.failures) - failures_before)
    if outcome is Outcome.SKIPPED:
        report.outcome = "skipped"
        report.longrepr = (str(item.path), 0, "no example could be judged: weather or budget (see the summary)")
    elif outcome is Outcome.FLAKY:
        run.report.reclassify_as_flaky(failures_before, f"{item.name}: {str(call.excinfo.value).splitlines()[0]}")
    if outcome in (Outcome.FLAKY, Outcome.PASSED):
        report.outcome, report.longrepr = "passed", None
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    run = _current_run()
    if run is None:
        return
    run.report.tests_failed = exitstatus not in (0, 5)
    session.exitstatus = VERDICTS[run.report.verdict(run.report.tests_failed)] if exitstatus in (0, 1) else exitstatus


def _current_run() -> Run | None:
    return session.current().run


@pytest.fixture(scope="session", autouse=True)
def contract_run() -> Iterator[Run]:
    current = session.current()
    with ExitStack() as stack:
        try:
            target = stack.enter_context(open_target(current.settings, current.credentials, current.pacer))
        except TransientFailure as failure:  # weather keeps even discovery from the endpoint
            endpoint_unhealthy(f"discovery failed: {failure}")
        if current.settings.profile == "full":
            try:
                require_boot_source(target.known)
            except MissingBootSource as error:
                pytest.exit(str(error), returncode=pytest.ExitCode.USAGE_ERROR)
        current.run = Run.start(current.settings, current.description, target)
        try:
            yield current.run
        finally:
            try:
                current.run.clean_up(final=True)
            finally:
                baseline.judge(current.run)


@pytest.fixture(scope="session")
def compute(contract_run: Run) -> Iterator[ComputeClient]:
    """The layer's client on the target, paced and counted like every request of the run (the properties'
    way to the API: the generated client and the layer, as a service uses them)."""
    target = contract_run.target
    # a real cloud: poll every 2 s at most, as openstacksdk's wait_for_status does (a status is seen at most 2 s late;
    # the actions property alone waits for some 40 transitions)
    backoff = Backoff(initial=0.02, maximum=0.2) if target.is_mock else Backoff(maximum=REAL_CLOUD_POLL)
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
