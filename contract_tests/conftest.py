"""Session set-up of the contract suite: open the target, point the schema at it, report at the end."""

from __future__ import annotations

import pytest

from contract_tests import suite
from contract_tests.target import open_target


@pytest.fixture(scope="session", autouse=True)
def contract_run():
    with open_target(suite.SETTINGS, suite.CREDENTIALS) as target:
        run = suite.start(target)
        try:
            yield run
        finally:
            leftovers = run.registry.cleanup(target)
            if leftovers:
                run.report.record_warnings("cleanup", [f"could not delete {item}" for item in leftovers])


def pytest_report_header(config):
    settings = suite.SETTINGS
    where = settings.base_url or "the embedded mock"
    return [
        f"contract target: {where}; profile {settings.profile}; operations {len(suite.ALLOWED_OPERATIONS)}; "
        f"max examples {settings.max_examples}; name prefix {settings.name_prefix}"
    ]


def pytest_terminal_summary(terminalreporter):
    if suite.RUN is None:
        return
    report = suite.RUN.report
    terminalreporter.section("contract summary")
    terminalreporter.write_line(report.text())
    report.write(suite.SETTINGS.report_dir)
    terminalreporter.write_line(f"report: {suite.SETTINGS.report_dir / 'report.md'}")
