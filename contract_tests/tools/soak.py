"""Evidence runs: the contract suite run after run against one endpoint it does not own (a separate mock
process with a prepared tenant, `--clock immediate` or `--clock real`), per profile, and a table of the
outcome: passed/failed, requests sent, wall time, and what the requests alone take at 5 req/s. The
tenant is checked unchanged after each series.

    python -m contract_tests.tools.soak --runs full=10,readonly=5,keypairs=5 --clock immediate
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.mock_process import foreign_endpoint, tenant_snapshot
from contract_tests.tools.runs import run_contract


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default="full=10,readonly=5,keypairs=5", help="profile=count,...")
    parser.add_argument("--clock", choices=("immediate", "real"), default="immediate")
    args = parser.parse_args()
    series = [(profile, int(count)) for profile, count in (item.split("=") for item in args.runs.split(","))]
    print(f"{'profile':9} {'clock':9} {'run':>3} {'result':7} {'requests':>8} {'wall':>7} {'at 5 req/s':>10}  failures",
          flush=True)
    failed = 0
    with tempfile.TemporaryDirectory() as reports:
        for profile, count in series:
            with foreign_endpoint(args.clock) as endpoint:
                before = tenant_snapshot(endpoint)
                for index in range(count):
                    run = run_contract(endpoint.base_url, endpoint.token, endpoint.tenant_id, profile,
                                       Path(reports) / f"{profile}-{index}", budget=BUDGETS["default"],
                                       TOAST_COMPUTE_NETWORK_ID=endpoint.network_id)
                    failed += not run.passed
                    print(f"{profile:9} {args.clock:9} {index + 1:>3} {'passed' if run.passed else 'FAILED':7} "
                          f"{run.requests:>8} {run.seconds:>6.0f}s {run.requests / 5:>9.0f}s  "
                          f"{', '.join(run.caught_by) or ('' if run.passed else run.output[-300:])}", flush=True)
                unchanged = tenant_snapshot(endpoint) == before
                failed += not unchanged
                state = "unchanged" if unchanged else "CHANGED"
                print(f"{profile:9} {args.clock:9} tenant after {count} runs: {state}",
                      flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
