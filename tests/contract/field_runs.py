"""Separate contract runs for the tests of the strict reading and the baseline: each against its own
foreign endpoint (a mock process with a prepared tenant) behind a drifted proxy, made when a test first
asks for it (`nox -s tests` asks for fewer runs than `nox -s whole_runs`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import Drift, drifted_endpoint
from contract_tests.tools.mock_process import foreign_endpoint
from contract_tests.tools.runs import ContractRun, run_contract


@dataclass(frozen=True)
class Cell:
    name: str
    profile: str
    drift: Drift
    extra: dict[str, str] = field(default_factory=dict)


def run_cell(cell: Cell, report_root: Path) -> ContractRun:
    with foreign_endpoint() as endpoint, drifted_endpoint(endpoint.base_url, cell.drift, endpoint.token) as url:
        return run_contract(url, endpoint.token, endpoint.tenant_id, cell.profile, report_root / cell.name,
                            budget=BUDGETS["tiny"], timeout=600, TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                            **cell.extra)


class Runs:
    """The run of each cell, by the cell's name, made the first time a test asks for it."""

    def __init__(self, cells: list[Cell], report_root: Path) -> None:
        self.cells = {cell.name: cell for cell in cells}
        self.report_root = report_root
        self.made: dict[str, ContractRun] = {}

    def __getitem__(self, name: str) -> ContractRun:
        if name not in self.made:
            self.made[name] = run_cell(self.cells[name], self.report_root)
        return self.made[name]


def failures(run: ContractRun, check: str | None = None) -> list[str]:
    return [f"{f['operation_id']} {f['title']}" for f in run.summary.get("failures", [])
            if check is None or f["check"] == check]


def warnings(run: ContractRun) -> list[str]:
    return [f"{op} {warning}" for op, found in run.summary.get("warnings", {}).items() for warning in found]


def field_table(runs: Runs, fields: list[str]) -> str:
    """Rows: fields; columns: the runs made; cells: how many answers the strict check found without the field."""
    names = list(runs.made)
    lines = [f"{'field':40} " + " ".join(f"{name:>10}" for name in names)]
    for name in fields:
        counts = [sum(f"`{name}` is missing" in f for f in failures(run, "strict_response_conformance"))
                  for run in runs.made.values()]
        lines.append(f"{name:40} " + " ".join(f"{count:>10}" for count in counts))
    return "\n".join(lines)
