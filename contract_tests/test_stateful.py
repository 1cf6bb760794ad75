"""Stateful runs over the spec's links: key pair lifecycle, server lifecycle with actions and volume
attachments. The endpoint is never reset (a real one cannot be): each scenario deletes what it created
and waits for the service to finish deleting; the tenant's own resources are never touched."""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis.generation.stateful.state_machine import StepOutput

from contract_tests import session
from contract_tests.core.checking import STATEFUL_CHECKS, judge_or_reject
from contract_tests.core.description import hypothesis_phases

SESSION = session.current()


class ContractWorkflow(SESSION.description.stateful.as_state_machine()):  # type: ignore[misc]
    def teardown(self) -> None:
        SESSION.started().clean_up()

    def step(self, input: Any) -> StepOutput:
        case = input.case
        response = judge_or_reject(
            SESSION.started(),
            case,
            "stateful",
            STATEFUL_CHECKS,
            after_call=lambda response: self.after_call(response, case),
            recorder=self.recorder,
        )
        return StepOutput(response, case)


TestWorkflow = ContractWorkflow.TestCase
TestWorkflow.settings = hypothesis.settings(
    max_examples=SESSION.settings.stateful_examples,
    stateful_step_count=10,
    deadline=None,
    database=None,
    phases=hypothesis_phases(SESSION.settings),
    suppress_health_check=list(hypothesis.HealthCheck),
)
