"""Proof of the contract suite's power on an endpoint it does not own: each drift sits in front of a
separate mock process with a prepared tenant (contract_tests/tools/drifted_endpoint.py), and the suite must fail
on every breaking drift and pass on every compatible one.

Here a smoke subset: one drift per check family, in the cheapest profile that observes it, each caught by a
check of its family. The whole profile x drift matrix is `nox -s mutations` (its own CI job). The healthy
endpoint passing in each profile is test_real_endpoint_mode.py's; an existing resource's drifted read view
caught on every run is test_real_endpoint_mode.py's too. A delete that deletes nothing is the last test here, in
`full`, where a property catches it on every run (in `keypairs` only a stateful walk that happens to read a
deleted key pair does).
"""

from __future__ import annotations

import pytest

from contract_tests.core.settings import PROFILES
from contract_tests.tools import mutation_runner
from contract_tests.tools.drifted_endpoint import DRIFTS, Drift, drifted_endpoint
from contract_tests.tools.mock_process import foreign_endpoint
from contract_tests.tools.runs import run_contract

# drift -> the checks of its family, one of which must be among those that caught it (`kind:check`).
SMOKE: dict[str, set[str]] = {
    # the response schema: every list entry's id is null
    "null_id": {"schemathesis:response_schema_conformance", "stateful:response_schema_conformance"},
    # the status code and server errors: a 404 answered 500
    "server_error_for_not_found": {"schemathesis:status_code_conformance", "schemathesis:not_a_server_error"},
    # the content type
    "wrong_content_type": {"schemathesis:content_type_conformance"},
    # authentication and the required header: a request without a valid token is served
    "ignored_auth": {"schemathesis:ignored_auth", "schemathesis:missing_required_header"},
    # negative data: an invalid query is served
    "invalid_input_accepted": {"schemathesis:negative_data_rejection"},
    # a property through the layer: pagination
    "list_ignores_limit": {"property:property"},
    # compatible: an undocumented response header passes (reported as additive drift)
    "extra_header": set(),
}
CELLS = [(next(p for p in PROFILES if p in DRIFTS[name].observable_in), DRIFTS[name]) for name in SMOKE]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    results = mutation_runner.catch_rate(CELLS, "immediate", tmp_path_factory.mktemp("mutations"))
    print("\n" + mutation_runner.table(results, list(PROFILES)))
    return {outcome.drift: outcome for outcome in results}


def test_there_are_breaking_and_compatible_drifts():
    kinds = [drift.breaking for drift in DRIFTS.values()]
    assert kinds.count(True) >= 14 and kinds.count(False) >= 3


def test_the_smoke_subset_has_both_kinds_and_a_family_for_each_breaking_drift():
    assert {DRIFTS[name].breaking for name in SMOKE} == {True, False}
    assert all(bool(checks) == DRIFTS[name].breaking for name, checks in SMOKE.items())


@pytest.mark.parametrize("name", list(SMOKE))
def test_the_suite_fails_exactly_on_breaking_drifts_with_a_check_of_their_family(outcomes, name: str):
    outcome = outcomes[name]
    if outcome.breaking:
        assert outcome.suite_failed, f"breaking drift {name} was not caught in {outcome.profile}"
        assert SMOKE[name] & set(outcome.caught_by), f"{name} was caught by {outcome.caught_by}, not {SMOKE[name]}"
    else:
        assert not outcome.suite_failed, f"{name} is compatible but the suite failed: {outcome.caught_by}"


@pytest.mark.whole_runs  # a `full` run with the small budget; in `nox -s tests` the healthy `full` run of
# test_real_endpoint_mode.py waits on each of its deletes
def test_deletes_that_never_complete_fail_a_full_run_fast(tmp_path):
    """In `full`, every accepted server delete is waited on until the server is gone; once one never
    completes, the run fails and later deletes are polled once instead of each waiting the full time
    (which made a run with this drift take more than 30 minutes)."""
    drift: Drift = DRIFTS["delete_does_not_delete"]
    with foreign_endpoint() as endpoint, drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        run = run_contract(url, endpoint.token, endpoint.tenant_id, "full", tmp_path, timeout=240,
                           TOAST_COMPUTE_WAIT_TIMEOUT="20", TOAST_COMPUTE_NETWORK_ID=endpoint.network_id)
    assert run.returncode == 1, run.output[-2000:]
    # Found by whichever check of a delete comes first: a wait, a property reading the deleted resource back,
    # or an answer where 404 is due; the run ends well before the 240-s timeout either way.
    deletes = [f for f in run.summary["failures"]
               if "delete" in f["operation_id"] or "delete" in f["title"] or "still shown" in f["title"]]
    assert deletes, [f["title"] for f in run.summary["failures"]][:5]
