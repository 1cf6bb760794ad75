"""Proof of the contract suite's power: it fails on every breaking drift and passes every compatible one.

Each drift runs the whole suite (operations, stateful, properties) in its own process against the
embedded mock wrapped by that drift, with a reduced budget (scripts/mutation_catch_rate.py).
"""

from __future__ import annotations

import importlib.util

import pytest

from tests.paths import ROOT

spec = importlib.util.spec_from_file_location("mutation_catch_rate", ROOT / "scripts" / "mutation_catch_rate.py")
mutation_catch_rate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mutation_catch_rate)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    drifts = [mutation_catch_rate.HEALTHY, *mutation_catch_rate.DRIFTS]
    results = mutation_catch_rate.catch_rate(drifts, tmp_path_factory.mktemp("mutations"))
    print("\n" + mutation_catch_rate.table(results))
    return {outcome.drift: outcome for outcome in results}


def test_there_are_breaking_and_compatible_drifts():
    kinds = [drift.breaking for drift in mutation_catch_rate.DRIFTS.values()]
    assert kinds.count(True) >= 11 and kinds.count(False) >= 3


@pytest.mark.parametrize("drift", [mutation_catch_rate.HEALTHY, *mutation_catch_rate.DRIFTS])
def test_the_suite_fails_exactly_on_breaking_drifts(outcomes, drift):
    outcome = outcomes[drift]
    if outcome.breaking:
        assert outcome.suite_failed, f"breaking drift {drift} was not caught"
    else:
        assert not outcome.suite_failed, f"{drift} is compatible but the suite failed: {outcome.caught_by}"
