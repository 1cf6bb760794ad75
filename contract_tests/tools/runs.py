"""Running the contract suite as a user does (a separate pytest process, configured by the environment)
against an endpoint it does not own, and reading what the run reported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests.core.budget import FREE_SERVERS
from contract_tests.core.settings import BUDGETS, Budget
from spec_toolkit.paths import ROOT


@dataclass
class ContractRun:
    returncode: int
    seconds: float
    output: str
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.returncode == 0

    @property
    def requests(self) -> int:
        return int(self.summary.get("requests_total", 0))

    @property
    def caught_by(self) -> list[str]:
        return sorted({f"{f['kind']}:{f['check']}" for f in self.summary.get("failures", [])})

    def operations_called(self) -> set[str]:
        """Operations the run sent requests to (names with an underscore: properties have spaces)."""
        return {key.split()[0] for key in self.summary.get("checks", {}) if "_" in key.split()[0]}


def run_contract(base_url: str, token: str, tenant_id: str, profile: str, report_dir: Path,
                 budget: Budget = BUDGETS["small"], timeout: float = 1800, **extra: str) -> ContractRun:
    env: dict[str, str] = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TOAST_COMPUTE_")},
        "TOAST_COMPUTE_BASE_URL": base_url,
        "TOAST_COMPUTE_TOKEN": token,
        "TOAST_COMPUTE_TENANT_ID": tenant_id,
        "TOAST_COMPUTE_PROFILE": profile,
        "TOAST_COMPUTE_REQUESTS_PER_SECOND": "0",  # unlimited: it is loopback
        "TOAST_COMPUTE_RETRY_BACKOFF": "0.05",  # and weather there passes in milliseconds
        "TOAST_COMPUTE_MAX_SERVERS_CREATED": str(FREE_SERVERS),  # a mock process: nobody pays (alive stays 5)
        "TOAST_COMPUTE_WAIT_TIMEOUT": "60",
        "TOAST_COMPUTE_REPORT_DIR": str(report_dir),
        **budget.environment(),
        **extra,
    }
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "contract_tests"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
        )
        returncode, output = result.returncode, result.stdout + result.stderr
    except subprocess.TimeoutExpired:  # a run that never ends is a failed run, not a crash of the runner
        returncode, output = -1, f"the contract run did not end within {timeout} s"
    summary_file = report_dir / "summary.json"
    summary = json.loads(summary_file.read_text()) if summary_file.exists() else {}
    return ContractRun(returncode, time.perf_counter() - started, output, summary)
