"""Stateful runs over the spec's links: key pair lifecycle, server lifecycle with actions and volume
attachments. The endpoint is never reset (a real one cannot be): each scenario deletes what it created
and waits for the service to finish deleting; the tenant's own resources are never touched."""

from __future__ import annotations

import hypothesis
from schemathesis.generation.stateful.state_machine import StepOutput

from contract_tests import suite


class ContractWorkflow(suite.STATEFUL_SCHEMA.as_state_machine()):
    def teardown(self) -> None:
        suite.clean_up(suite.run())

    def step(self, input: object) -> StepOutput:
        case = input.case
        response = suite.call_and_check(
            case,
            "stateful",
            suite.STATEFUL_CHECKS,
            after_call=lambda response: self.after_call(response, case),
            recorder=self.recorder,
        )
        return StepOutput(response, case)


TestWorkflow = ContractWorkflow.TestCase
TestWorkflow.settings = hypothesis.settings(
    max_examples=suite.SETTINGS.stateful_examples,
    stateful_step_count=10,
    deadline=None,
    database=None,
    phases=suite.hypothesis_phases(),
    suppress_health_check=list(hypothesis.HealthCheck),
)
