"""The effect properties against behavioural drifts (issue 17): each drift keeps every answer schema-valid
and changes only what the service does. The properties of `contract_tests/test_effects_*.py` (selected
with `-k`, small budget, `full`) must catch each breaking drift and pass the compatible ones. The drifts
change disjoint behaviours, so one proxy applies all the breaking ones (one run; each expected property
must fail) and another both compatible ones. `nox -s mutations` runs every drift alone against the whole
suite in every profile; the healthy endpoint is the soak runs'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.core.settings import BUDGETS
from contract_tests.tools.drifted_endpoint import DRIFTS, Answer, Drift, Exchange, drifted_endpoint
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


def composed(name: str, drifts: list[Drift]) -> Drift:
    """One proxy that applies every drift of `drifts` (they change disjoint behaviours): one suite run
    instead of one per drift."""
    def before(exchange: Exchange) -> Answer | None:
        for drift in drifts:
            answer = drift.before(exchange) if drift.before else None
            if answer is not None:
                return answer
        return None

    def after(exchange: Exchange, answer: Answer) -> Answer:
        for drift in drifts:
            answer = drift.after(exchange, answer) if drift.after else answer
        return answer

    assert not any(drift.resend for drift in drifts)
    observable = frozenset.intersection(*(drift.observable_in for drift in drifts))
    return Drift(name, any(drift.breaking for drift in drifts), name, observable, before=before, after=after)


def effects_run(endpoint: ForeignEndpoint, drift: Drift, tmp_path: Path, tests: str) -> ContractRun:
    """The suite's tests matching `tests` (pytest -k) in `full` against `drift` in front of the endpoint."""
    with drifted_endpoint(endpoint.base_url, drift, endpoint.token) as url:
        return run_contract(url, endpoint.token, endpoint.tenant_id, "full", tmp_path, budget=BUDGETS["small"],
                            timeout=300, PYTEST_ADDOPTS=f"-k {tests!r}", TOAST_COMPUTE_NETWORK_ID=endpoint.network_id)


def test_each_behavioural_drift_is_caught_by_its_effect_property(endpoint: ForeignEndpoint, tmp_path: Path) -> None:
    drifts = [DRIFTS[name] for name in sorted(BEHAVIOURAL)]
    assert all(drift.breaking for drift in drifts)
    tests = " or ".join(test for test, _ in BEHAVIOURAL.values())
    run = effects_run(endpoint, composed("behavioural", drifts), tmp_path, tests)
    caught = {f["operation_id"] for f in run.summary.get("failures", []) if f["kind"] == "property"}
    missed = {name: reported for name, (_, reported) in BEHAVIOURAL.items() if reported not in caught}
    assert not missed, f"drifts not caught by their property: {missed}; caught: {sorted(caught)} {run.output[-1500:]}"


@pytest.mark.whole_runs  # a second `full` run; the breaking drifts above stay in `nox -s tests`
def test_the_effect_properties_pass_compatible_drifts(endpoint: ForeignEndpoint, tmp_path: Path) -> None:
    drifts = [DRIFTS[name] for name in COMPATIBLE]
    assert not any(drift.breaking for drift in drifts)
    run = effects_run(endpoint, composed("compatible", drifts), tmp_path, "effects")
    assert run.passed, f"{run.caught_by} {run.output[-2000:]}"
