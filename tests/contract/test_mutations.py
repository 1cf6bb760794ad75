"""Proof of the contract suite's power on an endpoint it does not own: each drift sits in front of a
separate mock process with a prepared tenant (contract_tests/tools/drifted_endpoint.py), and the suite must fail
on every breaking drift and pass on every compatible one. Each drift runs once here, in the cheapest
profile that can observe it; `nox -s mutations` runs the whole profile x drift table."""

from __future__ import annotations

import pytest

from contract_tests.core.settings import PROFILES
from contract_tests.tools import mutation_runner
from contract_tests.tools.drifted_endpoint import DRIFTS, HEALTHY, Drift, drifted_endpoint
from contract_tests.tools.mock_process import foreign_endpoint
from contract_tests.tools.runs import run_contract

CELLS = [("full", HEALTHY), *((next(p for p in PROFILES if p in d.observable_in), d) for d in DRIFTS.values())]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    results = mutation_runner.catch_rate(CELLS, "immediate", tmp_path_factory.mktemp("mutations"))
    print("\n" + mutation_runner.table(results, list(PROFILES)))
    return {outcome.drift: outcome for outcome in results}


def test_there_are_breaking_and_compatible_drifts():
    kinds = [drift.breaking for drift in DRIFTS.values()]
    assert kinds.count(True) >= 14 and kinds.count(False) >= 3


@pytest.mark.parametrize("drift", [HEALTHY, *DRIFTS.values()], ids=lambda drift: drift.name)
def test_the_suite_fails_exactly_on_breaking_drifts(outcomes, drift: Drift):
    outcome = outcomes[drift.name]
    if outcome.breaking:
        assert outcome.suite_failed, f"breaking drift {drift.name} was not caught in {outcome.profile}"
    else:
        assert not outcome.suite_failed, f"{drift.name} is compatible but the suite failed: {outcome.caught_by}"


def test_deletes_that_never_complete_fail_a_full_run_fast(tmp_path):
    """In `full`, every accepted server delete is waited on until the server is gone; once one never
    completes, the run fails and later deletes are polled once instead of each waiting the full time
    (which made a run with this drift take more than 30 minutes)."""
    drift = DRIFTS["delete_does_not_delete"]
    with foreign_endpoint() as endpoint, drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        run = run_contract(url, endpoint.token, endpoint.tenant_id, "full", tmp_path, timeout=240,
                           TOAST_COMPUTE_WAIT_TIMEOUT="20", TOAST_COMPUTE_NETWORK_ID=endpoint.network_id)
    assert run.returncode == 1, run.output[-2000:]
    failures = [f for f in run.summary["failures"] if f["operation_id"] == "deleted server disappears"]
    assert failures, run.caught_by
