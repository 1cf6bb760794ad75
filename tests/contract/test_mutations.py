"""Proof of the contract suite's power: it fails on every breaking drift and passes every compatible one.

Each drift runs the whole suite (operations, stateful, properties) in its own process against the
embedded mock wrapped by that drift, with a reduced budget (contract_tests/mutations.py).
"""

from __future__ import annotations

import pytest

from contract_tests import mutations


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    drifts = [mutations.HEALTHY, *mutations.DRIFTS]
    results = mutations.catch_rate(drifts, tmp_path_factory.mktemp("mutations"))
    print("\n" + mutations.table(results))
    return {outcome.drift: outcome for outcome in results}


def test_there_are_breaking_and_compatible_drifts():
    kinds = [drift.breaking for drift in mutations.DRIFTS.values()]
    assert kinds.count(True) >= 11 and kinds.count(False) >= 3


@pytest.mark.parametrize("drift", [mutations.HEALTHY, *mutations.DRIFTS])
def test_the_suite_fails_exactly_on_breaking_drifts(outcomes, drift):
    outcome = outcomes[drift]
    if outcome.breaking:
        assert outcome.suite_failed, f"breaking drift {drift} was not caught"
    else:
        assert not outcome.suite_failed, f"{drift} is compatible but the suite failed: {outcome.caught_by}"
