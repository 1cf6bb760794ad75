"""The suite on a real cloud's terms, end to end: a separate mock process with a prepared tenant and Nova's
default quotas, its front door throttling and failing now and then (the mock's weather). The weather is
never reported as drift, what was resent is counted, and an ambiguous write never leaves anything behind.
The whole weather x profile table is `python -m contract_tests.tools.soak --weather ...`."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.mock_process import WEATHERS, foreign_endpoint, tenant_snapshot
from contract_tests.tools.runs import ContractRun, run_contract

SHOWERS = {**WEATHERS["showers"], "transient": 0.05, "seed": 3}


def weathered_run(profile: str, weather: dict[str, object], report_dir: Path) -> tuple[ContractRun, bool]:
    """(the run, whether the tenant was left as it was)."""
    with foreign_endpoint("immediate") as endpoint:
        before = tenant_snapshot(endpoint)
        endpoint.set_weather(weather)
        run = run_contract(endpoint.base_url, endpoint.token, endpoint.tenant_id, profile, report_dir,
                           budget=BUDGETS["tiny"], TOAST_COMPUTE_NETWORK_ID=endpoint.network_id,
                           TOAST_COMPUTE_RETRY_BACKOFF="0.01")
        endpoint.set_weather({})
        return run, tenant_snapshot(endpoint) == before


def test_throttling_and_transient_failures_are_weather_not_drift(tmp_path: Path) -> None:
    run, unchanged = weathered_run("keypairs", SHOWERS, tmp_path)
    assert run.passed, run.output[-3000:]
    weather = run.summary["weather"]
    assert weather["throttled"] > 0 and sum(weather["retries"].values()) > 0, weather
    assert run.summary["verdict"] == "passed" and not run.summary["failures"]
    assert unchanged, "the run left the tenant as it found it"


@pytest.mark.whole_runs  # a `full` run in weather; the `keypairs` run in weather above stays in `nox -s tests`
def test_an_ambiguous_write_is_never_sent_again_and_what_it_made_is_cleaned_up(tmp_path: Path) -> None:
    run, unchanged = weathered_run("full", {**WEATHERS["ambiguous"], "transient": 0.2, "seed": 5}, tmp_path)
    assert run.passed, run.output[-3000:]
    weather = run.summary["weather"]
    assert any("ambiguous write" in line for line in weather["not_judged"]), weather
    assert weather["recovered"], "what the dropped creates made was found by its name"
    assert unchanged, "nothing an ambiguous create made was left behind"
