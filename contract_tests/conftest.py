"""Session set-up of the contract suite: open the target, learn what exists there, point the schema at
it, clean up and report at the end."""

from __future__ import annotations

import pytest

from contract_tests import suite
from contract_tests.target import MissingBootSource, open_target, require_boot_source


@pytest.fixture(scope="session", autouse=True)
def contract_run():
    with open_target(suite.SETTINGS, suite.CREDENTIALS, suite.PACER) as target:
        if suite.SETTINGS.profile == "full":
            try:
                require_boot_source(target.known)
            except MissingBootSource as error:
                pytest.exit(str(error), returncode=pytest.ExitCode.USAGE_ERROR)
        run = suite.start(target)
        try:
            yield run
        finally:
            suite.clean_up(run)


def pytest_report_header(config):
    settings = suite.SETTINGS
    where = settings.base_url or "the embedded mock"
    rate = f"{settings.requests_per_second:g} req/s" if settings.requests_per_second else "unpaced"
    return [
        f"contract target: {where}; profile {settings.profile}; operations {len(suite.ALLOWED_OPERATIONS)}; "
        f"max examples {settings.max_examples}; {rate}; name prefix {settings.name_prefix}"
    ]


def pytest_terminal_summary(terminalreporter):
    if suite.RUN is None:
        return
    report = suite.RUN.report
    terminalreporter.section("contract summary")
    terminalreporter.write_line(report.text())
    report.write(suite.SETTINGS.report_dir)
    terminalreporter.write_line(f"report: {suite.SETTINGS.report_dir / 'report.md'}")
    if suite.OBSERVED is not None and suite.SETTINGS.observed_dir is not None:
        suite.OBSERVED.write(suite.SETTINGS.observed_dir, {"profile": suite.SETTINGS.profile})
        terminalreporter.write_line(f"observed shapes: {suite.SETTINGS.observed_dir}")
