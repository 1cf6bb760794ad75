"""Run the contract suite against every drifted endpoint and report the catch rate.

Every breaking drift must fail the suite; every compatible change, and the healthy mock, must pass it.
Runs are separate processes (each drift wraps its own embedded mock), two at a time, with a smaller
generation budget than the nightly run.

    python -m contract_tests.mutations [--json reports/contract/mutations.json] [DRIFT ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from contract_tests.drifts import DRIFTS
from contract_tests.settings import ROOT

BUDGET = {
    "TOAST_COMPUTE_MAX_EXAMPLES": "10",
    "TOAST_COMPUTE_STATEFUL_EXAMPLES": "10",
    "TOAST_COMPUTE_PROPERTY_EXAMPLES": "5",
    "TOAST_COMPUTE_WAIT_TIMEOUT": "3",
}
HEALTHY = "healthy"


@dataclass
class Outcome:
    drift: str
    breaking: bool
    suite_failed: bool
    seconds: float
    caught_by: list[str]

    @property
    def as_expected(self) -> bool:
        return self.suite_failed == self.breaking


def run_suite(drift: str, report_root: Path) -> Outcome:
    report_dir = report_root / drift
    env = {
        **os.environ,
        **BUDGET,
        "TOAST_COMPUTE_REPORT_DIR": str(report_dir),
        "TOAST_COMPUTE_DRIFT": "" if drift == HEALTHY else drift,
    }
    for variable in ("TOAST_COMPUTE_BASE_URL", "TOAST_COMPUTE_PROFILE"):
        env.pop(variable, None)  # always the embedded mock, full profile
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "contract_tests"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    summary = json.loads((report_dir / "summary.json").read_text()) if (report_dir / "summary.json").exists() else {}
    caught_by = sorted({f"{f['kind']}:{f['check']}" for f in summary.get("failures", [])})
    if result.returncode not in (0, 1):
        caught_by.append(f"pytest exit {result.returncode}: {result.stdout[-300:]}")
    breaking = DRIFTS[drift].breaking if drift in DRIFTS else False
    return Outcome(drift, breaking, result.returncode != 0, time.perf_counter() - started, caught_by)


def catch_rate(drifts: list[str], report_root: Path, workers: int = 2) -> list[Outcome]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda drift: run_suite(drift, report_root), drifts))


def table(outcomes: list[Outcome]) -> str:
    breaking = [o for o in outcomes if o.breaking]
    compatible = [o for o in outcomes if not o.breaking]
    lines = [f"{'drift':28} {'kind':10} {'suite':7} {'ok':3} {'time':>6}  caught by", "-" * 100]
    for o in outcomes:
        kind = "breaking" if o.breaking else ("healthy" if o.drift == HEALTHY else "compatible")
        lines.append(
            f"{o.drift:28} {kind:10} {'failed' if o.suite_failed else 'passed':7} {'yes' if o.as_expected else 'NO':3}"
            f" {o.seconds:5.1f}s  {', '.join(o.caught_by)[:60]}"
        )
    caught = sum(o.suite_failed for o in breaking)
    passed = sum(not o.suite_failed for o in compatible)
    lines.append(
        f"breaking caught: {caught}/{len(breaking)}; compatible (and healthy) passed: {passed}/{len(compatible)}"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("drifts", nargs="*", default=[HEALTHY, *DRIFTS])
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "contract" / "mutations.json")
    args = parser.parse_args()
    outcomes = catch_rate(args.drifts, args.json.parent / "mutations")
    print(table(outcomes))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n")
    return 0 if all(o.as_expected for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
