"""What a test that hypothesis ended with one of its own errors is reported as, on a live service.

Only a hypothesis test itself is judged this way: a test that runs hypothesis inside (the link chains) has
checks of its own that must still run, and handles these errors where it calls hypothesis."""

from __future__ import annotations

from enum import Enum

import hypothesis


class Outcome(Enum):
    FAILED = "failed"  # as raised
    SKIPPED = "skipped"  # every example was discarded: weather, or no room in the budget
    FLAKY = "flaky"  # passed; what it recorded is reported as flaky, not drift
    PASSED = "passed"


def outcome_of(error: BaseException, hypothesis_test: bool, failures_recorded: int) -> Outcome:
    """`failures_recorded`: check failures the test recorded (each reproduced when its case was sent again)."""
    if not hypothesis_test:
        return Outcome.FAILED
    if isinstance(error, hypothesis.errors.Unsatisfiable):
        return Outcome.SKIPPED
    if isinstance(error, hypothesis.errors.FlakyFailure):  # failed once, passed when hypothesis replayed it: weather
        return Outcome.FLAKY
    if isinstance(error, hypothesis.errors.FlakyStrategyDefinition):  # a replay drew differently: judged nothing
        return Outcome.FAILED if failures_recorded else Outcome.PASSED
    return Outcome.FAILED
