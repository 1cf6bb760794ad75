"""How a test hypothesis ended with one of its own errors is reported: only a hypothesis test is rescued, and a
replay that drew differently passes only a test that recorded no failure."""

from __future__ import annotations

import hypothesis
import pytest

from contract_tests.core.outcomes import Outcome, outcome_of

DREW_DIFFERENTLY = hypothesis.errors.FlakyStrategyDefinition("Inconsistent data generation!")
NOT_REPRODUCED = hypothesis.errors.FlakyFailure("passed when replayed", [AssertionError("drift")])
ALL_DISCARDED = hypothesis.errors.Unsatisfiable("every example was rejected")


@pytest.mark.parametrize(("error", "failures", "expected"), [
    (ALL_DISCARDED, 0, Outcome.SKIPPED),
    (NOT_REPRODUCED, 1, Outcome.FLAKY),
    (DREW_DIFFERENTLY, 0, Outcome.PASSED),
    (DREW_DIFFERENTLY, 2, Outcome.FAILED),  # its failures were reproduced when their cases were sent again
    (AssertionError("drift"), 1, Outcome.FAILED),
])
def test_a_hypothesis_test(error: BaseException, failures: int, expected: Outcome) -> None:
    assert outcome_of(error, hypothesis_test=True, failures_recorded=failures) is expected


@pytest.mark.parametrize("error", [DREW_DIFFERENTLY, NOT_REPRODUCED, ALL_DISCARDED])
def test_a_test_that_runs_hypothesis_inside_is_never_rescued(error: BaseException) -> None:
    """The link test: a chain's hypothesis error must not pass it with links missed."""
    assert outcome_of(error, hypothesis_test=False, failures_recorded=0) is Outcome.FAILED
