"""Evidence runs: the contract suite run after run against one endpoint it does not own (a separate mock
process with a prepared tenant and Nova's default quotas), per profile and weather, and a table of the
outcome: the verdict, requests, wall time, servers created, peak alive, server-minutes, what the weather
cost (throttled, resent, not judged) and flaky cases. The tenant is checked unchanged after each series.

    python -m contract_tests.tools.soak --runs full=10,readonly=5,keypairs=5 --clock immediate
    python -m contract_tests.tools.soak --runs keypairs=1,full=1 --weather throttled,refused,dropped
    python -m contract_tests.tools.soak --runs full=1 --clock real --timings realistic --weather latency
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path
from typing import Any

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.mock_process import WEATHERS, foreign_endpoint, tenant_snapshot
from contract_tests.tools.runs import ContractRun, run_contract

HEADER = (f"{'profile':9} {'weather':10} {'run':>3} {'verdict':18} {'requests':>8} {'wall':>6} {'created':>7} "
          f"{'peak':>4} {'srv-min':>7} {'throttled':>9} {'resent':>6} {'unjudged':>8} {'flaky':>5}  failures")


def row(profile: str, weather: str, index: int, run: ContractRun) -> str:
    summary = run.summary
    bill, log = summary.get("bill", {}), summary.get("weather", {})
    verdict = summary.get("verdict") or f"exit {run.returncode}"
    failures = ", ".join(run.caught_by) or ("" if run.passed else run.output[-300:].replace("\n", " "))
    return (f"{profile:9} {weather:10} {index:>3} {verdict:18} {run.requests:>8} {run.seconds:>5.0f}s "
            f"{bill.get('servers_created', 0):>7} {bill.get('peak_alive', 0):>4} {bill.get('server_minutes', 0):>7.1f} "
            f"{log.get('throttled', 0):>9} {sum(log.get('retries', {}).values()):>6} "
            f"{len(log.get('not_judged', [])):>8} {len(summary.get('flaky', [])):>5}  {failures}")


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What a series left changed in the tenant: `-` an item gone, `+` an item that was not there."""
    lines = []
    for kind, items in before.items():
        lines += [f"{kind}: - {item}" for item in items if item not in after[kind]]
        lines += [f"{kind}: + {item}" for item in after[kind] if item not in items]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default="full=10,readonly=5,keypairs=5", help="profile=count,...")
    parser.add_argument("--clock", choices=("immediate", "real"), default="immediate")
    parser.add_argument("--timings", default="default", help="the mock's transition timings: default, realistic")
    parser.add_argument("--weather", default="none", help=f"weathers, comma-separated: {', '.join(WEATHERS)}")
    parser.add_argument("--budget", choices=sorted(BUDGETS), default="default")
    parser.add_argument("--rate", default="0", help="TOAST_COMPUTE_REQUESTS_PER_SECOND (0: unpaced; it adapts)")
    parser.add_argument("--wait", help="TOAST_COMPUTE_WAIT_TIMEOUT, seconds (default: 60 on the default timings, "
                                       "else 900, the suite's own on a real endpoint: a realistic shelve takes 90 s)")
    parser.add_argument("--reports", type=Path, help="keep each run's report and pytest output in this folder")
    args = parser.parse_args()
    series = [(profile, int(count)) for profile, count in (item.split("=") for item in args.runs.split(","))]
    weathers = args.weather.split(",")
    wait = args.wait or ("60" if args.timings == "default" else "900")
    print(HEADER, flush=True)
    failed = 0
    with contextlib.nullcontext(args.reports) if args.reports else tempfile.TemporaryDirectory() as reports:
        for series_index, weather in enumerate(weathers):
            for profile, count in series:
                with foreign_endpoint(args.clock, args.timings, WEATHERS[weather]) as endpoint:
                    endpoint.set_weather({})
                    before = tenant_snapshot(endpoint)
                    endpoint.set_weather(WEATHERS[weather])
                    for index in range(count):
                        run_dir = Path(reports) / f"{series_index}-{weather}-{profile}-{index}"
                        run = run_contract(endpoint.base_url, endpoint.token, endpoint.tenant_id, profile,
                                           run_dir, budget=BUDGETS[args.budget],
                                           timeout=3 * 3600, TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                                           TOAST_COMPUTE_VOLUME_URL=endpoint.volume_url(endpoint.base_url),
                                           TOAST_COMPUTE_IMAGE_URL=endpoint.image_url(endpoint.base_url),
                                           TOAST_COMPUTE_REQUESTS_PER_SECOND=args.rate,
                                           TOAST_COMPUTE_WAIT_TIMEOUT=wait)
                        if args.reports:
                            run_dir.mkdir(parents=True, exist_ok=True)
                            (run_dir / "pytest-output.txt").write_text(run.output)
                        failed += run.summary.get("verdict") != "passed"
                        print(row(profile, weather, index + 1, run), flush=True)
                    endpoint.set_weather({})
                    after = tenant_snapshot(endpoint)
                    failed += after != before
                    state = "unchanged" if after == before else "CHANGED"
                    print(f"{profile:9} {weather:10} tenant after {count} runs: {state}", flush=True)
                    for line in changes(before, after):
                        print(f"    {line}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
