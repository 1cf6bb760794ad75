"""The effect properties against behavioural drifts (issue 17): each drift keeps every answer schema-valid
and changes only what the service does; the properties of `contract_tests/test_effects_*.py` (selected
with `-k effects`, small budget) must catch each breaking one, in the cheapest profile that observes it,
and pass the compatible ones and the healthy endpoint. `nox -s mutations` runs every drift against the
whole suite in every profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests.core.settings import BUDGETS, PROFILES
from contract_tests.tools.drifted_endpoint import DRIFTS, HEALTHY, Drift, drifted_endpoint
from contract_tests.tools.mock_process import ForeignEndpoint, foreign_endpoint
from contract_tests.tools.runs import ContractRun, run_contract

# The drift, and the effect property that must catch it: its test, and its name in the report.
BEHAVIOURAL = {
    "read_returns_another_server": ("test_a_read_by_id_returns_that_id", "a read by id returns that id"),
    "import_answers_another_key": ("test_a_keypair_import_returns_what_was_sent",
                                   "a key pair import returns what was sent"),
    "rename_not_applied": ("test_a_rename_is_read_back", "a rename is read back"),
    "flavor_filters_ignored": ("test_flavor_filters_select_from_the_full_list",
                               "flavor filters select from the full list"),
    "deleted_keypair_listed": ("test_a_deleted_keypair_leaves_the_list", "a deleted key pair leaves the list"),
    "request_ids_differ": ("test_both_request_ids_are_one_id", "both request ids are one id"),
    "not_found_renamed": ("test_unknown_ids_answer_the_documented_fault", "unknown ids answer the documented fault"),
}
COMPATIBLE = ["unsorted_lists_reordered", "localized_fault_messages"]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[ForeignEndpoint]:
    with foreign_endpoint() as served:
        yield served


def effects_run(endpoint: ForeignEndpoint, drift: Drift, profile: str, tmp_path, tests: str) -> ContractRun:  # type: ignore[no-untyped-def]
    """The suite's tests matching `tests` (pytest -k) against `drift` in front of the endpoint."""
    with drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        return run_contract(url, endpoint.token, endpoint.tenant_id, profile, tmp_path, budget=BUDGETS["small"],
                            timeout=300, PYTEST_ADDOPTS=f"-k {tests}", TOAST_COMPUTE_NETWORK_ID=endpoint.network_id)


def cheapest(drift: Drift) -> str:
    return next(profile for profile in PROFILES if profile in drift.observable_in)


@pytest.mark.parametrize("name", sorted(BEHAVIOURAL))
def test_an_effect_property_catches_each_behavioural_drift(endpoint: ForeignEndpoint, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    drift = DRIFTS[name]
    assert drift.breaking
    test, reported = BEHAVIOURAL[name]
    run = effects_run(endpoint, drift, cheapest(drift), tmp_path, test)
    assert not run.passed, f"{name} was not caught in {cheapest(drift)}: {run.output[-1500:]}"
    caught = {f["operation_id"] for f in run.summary.get("failures", []) if f["kind"] == "property"}
    assert reported in caught, f"{name}: caught by {sorted(caught)}, not by `{reported}`"


@pytest.mark.parametrize("name", ["healthy", *COMPATIBLE])
def test_the_effect_properties_pass_compatible_drifts(endpoint: ForeignEndpoint, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    drift = HEALTHY if name == "healthy" else DRIFTS[name]
    assert not drift.breaking
    run = effects_run(endpoint, drift, "full" if name == "healthy" else "keypairs", tmp_path, "effects")
    assert run.passed, f"{name}: {run.caught_by} {run.output[-2000:]}"
