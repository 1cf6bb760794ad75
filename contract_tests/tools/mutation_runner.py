"""Proof of the contract suite's power on an endpoint it does not own: each drift sits in front of a
separate mock process with a prepared tenant, and the suite runs there in each profile.

Every breaking drift a profile can observe must fail the suite in that profile; every compatible change
(and no drift at all) must pass it. Prints a profile x drift table.

    python -m contract_tests.tools.mutation_runner [--profiles readonly,keypairs,full] [--clock immediate] [DRIFT ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from contract_tests.core.settings import BUDGETS, PROFILES
from contract_tests.tools.drifted_endpoint import DRIFTS, HEALTHY, Drift, drifted_endpoint
from contract_tests.tools.mock_process import WEATHERS, foreign_endpoint
from contract_tests.tools.runs import run_contract
from spec_toolkit.paths import ROOT


@dataclass
class Outcome:
    profile: str
    drift: str
    breaking: bool
    observable: bool
    suite_failed: bool
    seconds: float
    requests: int
    caught_by: list[str]

    @property
    def as_expected(self) -> bool:
        if not self.breaking:
            return not self.suite_failed
        return self.suite_failed or not self.observable


def run_one(profile: str, drift: Drift, clock: str, report_root: Path, weather: str = "none") -> Outcome:
    with (foreign_endpoint(clock, weather=WEATHERS[weather]) as endpoint,
          drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url):
        run = run_contract(url, endpoint.token, endpoint.tenant_id, profile, report_root / profile / drift.name,
                           budget=BUDGETS["mutations"], TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                           TOAST_COMPUTE_VOLUME_URL=endpoint.volume_url(url),
                           TOAST_COMPUTE_IMAGE_URL=endpoint.image_url(url))
    caught_by = run.caught_by
    if run.returncode not in (0, 1):
        caught_by.append(f"pytest exit {run.returncode}: {run.output[-300:]}")
    outcome = Outcome(profile, drift.name, drift.breaking, profile in drift.observable_in, not run.passed,
                      run.seconds, run.requests, caught_by)
    # a line per cell as it ends: a whole matrix takes an hour or more, and its table comes at the end
    print(f"{profile} {drift.name}: {'failed' if outcome.suite_failed else 'passed'}"
          f"{'' if outcome.as_expected else ' (NOT AS EXPECTED)'} in {run.seconds:.0f} s", flush=True)
    return outcome


def plan(profiles: list[str], drifts: list[Drift], all_cells: bool) -> list[tuple[str, Drift]]:
    """Each profile against no drift, each compatible drift, and each breaking drift it can observe
    (`all_cells`: the unobservable ones too, to show they pass)."""
    return [(p, d) for p in profiles for d in drifts if all_cells or not d.breaking or p in d.observable_in]


def catch_rate(cells: list[tuple[str, Drift]], clock: str, report_root: Path, workers: int = 2,
               weather: str = "none") -> list[Outcome]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda cell: run_one(cell[0], cell[1], clock, report_root, weather), cells))


def table(outcomes: list[Outcome], profiles: list[str]) -> str:
    """Rows: drifts; columns: profiles. `caught`/`passed`; `n/a` where a profile cannot observe the drift;
    `MISSED` or `FALSE ALARM` where the suite was wrong."""
    by_cell = {(o.drift, o.profile): o for o in outcomes}
    names = list(dict.fromkeys(o.drift for o in outcomes))
    lines = [f"{'drift':26} {'kind':10} " + " ".join(f"{p:>12}" for p in profiles), "-" * (38 + 13 * len(profiles))]
    for name in names:
        breaking = next(o.breaking for o in outcomes if o.drift == name)
        kind = "breaking" if breaking else ("healthy" if name == HEALTHY.name else "compatible")
        cells = []
        for profile in profiles:
            outcome = by_cell.get((name, profile))
            if outcome is None:
                cells.append("n/a")
            elif outcome.suite_failed:
                cells.append("caught" if outcome.breaking else "FALSE ALARM")
            else:
                cells.append("MISSED" if outcome.breaking and outcome.observable else "passed")
        lines.append(f"{name:26} {kind:10} " + " ".join(f"{c:>12}" for c in cells))
    observable = [o for o in outcomes if o.breaking and o.observable]
    compatible = [o for o in outcomes if not o.breaking]
    caught = sum(o.suite_failed for o in observable)
    lines.append(f"breaking drifts caught where observable: {caught}/{len(observable)}; "
                 f"compatible and healthy passed: {sum(not o.suite_failed for o in compatible)}/{len(compatible)}; "
                 f"{sum(o.requests for o in outcomes)} requests in {sum(o.seconds for o in outcomes):.0f} s of runs")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("drifts", nargs="*", default=[HEALTHY.name, *DRIFTS])
    parser.add_argument("--profiles", default=",".join(PROFILES))
    parser.add_argument("--clock", choices=("immediate", "real"), default="immediate")
    parser.add_argument("--all-cells", action="store_true", help="also run drifts a profile cannot observe")
    parser.add_argument("--weather", choices=sorted(WEATHERS), default="none",
                        help="the endpoint's weather behind the drift (throttling, transient failures...)")
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "contract" / "mutations.json")
    args = parser.parse_args()
    profiles = args.profiles.split(",")
    drifts = [HEALTHY if name == HEALTHY.name else DRIFTS[name] for name in args.drifts]
    with tempfile.TemporaryDirectory() as reports:
        outcomes = catch_rate(plan(profiles, drifts, args.all_cells), args.clock, Path(reports), weather=args.weather)
    print(table(outcomes, profiles))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n")
    return 0 if all(o.as_expected for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
