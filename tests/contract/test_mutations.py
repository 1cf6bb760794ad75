"""Proof of the contract suite's power on an endpoint it does not own: each drift sits in front of a
separate mock process with a prepared tenant (tests/contract/drifted_endpoint.py), and the suite must fail
on every breaking drift and pass on every compatible one. Each drift runs once here, in the cheapest
profile that can observe it; `nox -s mutations` runs the whole profile x drift table."""

from __future__ import annotations

import pytest

from tests.contract import mutation_runner
from tests.contract.drifted_endpoint import DRIFTS, HEALTHY, PROFILES, Drift

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
