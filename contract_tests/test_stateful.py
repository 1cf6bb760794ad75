"""Stateful runs over the spec's links: key pair lifecycle, server lifecycle with actions and volume
attachments. The endpoint is never reset (a real one cannot be): each scenario deletes what it created
and waits for the service to finish deleting; the tenant's own resources are never touched.

Every link of the description (among the profile's operations) must be taken in every run: the random
scenarios take most; then each link they missed gets short scenarios over only its chain — the operations
that produce its source's inputs, the source and the target — until it is taken (`core/links.py`)."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis.stateful import precondition, rule, run_state_machine_as_test
from schemathesis.generation.stateful.control import TransitionController
from schemathesis.generation.stateful.state_machine import StepOutput

from contract_tests import session
from contract_tests.core.checking import STATEFUL_CHECKS, judge_or_reject
from contract_tests.core.description import hypothesis_phases
from contract_tests.core.generation import operation_id
from contract_tests.core.links import chain_operations, description_links, link_taken, operation_labels
from contract_tests.core.safety import wait_until_built
from contract_tests.core.settings import BUDGETS

SESSION = session.current()
LABELS = operation_labels(SESSION.description.document, SESSION.credentials.tenant_id)
LINKS = description_links(SESSION.description.document, SESSION.description.operations)
STEPS = 10  # steps of a random scenario
CHAIN_SCENARIOS = 3  # scenarios over the chains of the links still missed, per round
CHAIN_STEPS = 15  # steps are cheap, creates are not: a scenario's one server serves all of them
NEEDS_A_VOLUME = {"attach_volume", "attach_volume_by_path"}  # sources of links that need a volume
CHAIN_ATTEMPTS = 20  # rounds of those, until every link is taken
FRUITLESS_ROUNDS = 5  # rounds in a row that took no new link: the rest is left to the verdict


class OneServerPerScenario(TransitionController):
    """schemathesis's choice of a scenario's first steps, with one rule more: a scenario creates a server
    from nothing at most once, and only while the run may still create one (a tenant's creates are few, and
    a second server of the same kind takes no link the first did not). A link may still ask for another
    (a server in a placement policy)."""

    __slots__ = ("machine",)
    machine: Any  # the scenario's state machine (Workflow)

    def allow_root_transition(self, source: str, bundles: Any) -> bool:
        if LABELS.get(source) == "create_server" and self.machine.server_create_blocked():
            return False
        return bool(super().allow_root_transition(source, bundles))


def workflow(schema: Any, wait_for_builds: bool = False) -> Any:
    """A state machine over `schema`'s links whose steps go through the suite's checks and count the links taken;
    `wait_for_builds`: a created server is acted on once built (`wait_for_build`)."""

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        servers_created = 0  # by this scenario's steps

        def __init__(self) -> None:
            super().__init__()
            self.control = OneServerPerScenario(self._transitions, self._root_labels)
            self.control.machine = self

        def server_create_blocked(self) -> bool:
            return bool(self.servers_created) or not SESSION.started().report.bill.may_create("stateful")

        @precondition(lambda self: self.server_create_blocked())
        @rule()
        def rest(self) -> None:
            """Send nothing: a step that is always possible once creating a server is not, so that a scenario
            whose links are spent ends without another create."""

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
            if operation_id(case) == "create_server" and 200 <= response.status_code < 300:
                self.servers_created += 1
                if wait_for_builds:
                    wait_for_build(response)
            if input.transition is not None and input.applied_parameters:  # a link supplied this step's values
                link = link_taken(input.transition.id, LABELS)  # counted once sent and judged
                if link is not None:  # inferred: a link schemathesis found itself, not the description's
                    SESSION.started().report.record_link(f"{link} (inferred)" if input.transition.is_inferred else link)
            return StepOutput(response, case)

    return Workflow


def wait_for_build(response: Any) -> None:
    """On an endpoint the suite does not own, the next steps act on a created server once it is built, as a
    real client does (a build takes a minute there; actions on a building server answer 409, and the links
    that start from an action's 202 would never be taken). The mock builds at once. The random scenarios do
    not wait (what a building server answers is part of the contract too, and a wait per scenario costs a
    minute each); the chains of the links they missed do."""
    run = SESSION.started()
    server = response.json().get("server") if response.content else None
    if run.target.is_mock or not isinstance(server, dict) or "id" not in server:
        return
    with run.target.http("wait") as http:
        wait_until_built(http, str(server["id"]), run.settings.wait_timeout)


def scenario_settings(examples: int, steps: int) -> hypothesis.settings:
    return hypothesis.settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        database=None,
        phases=hypothesis_phases(SESSION.settings),
        suppress_health_check=list(hypothesis.HealthCheck),
    )


ContractWorkflow = workflow(SESSION.description.stateful)
TestWorkflow = ContractWorkflow.TestCase
TestWorkflow.settings = scenario_settings(SESSION.settings.stateful_examples, STEPS)


def test_every_link_is_taken() -> None:
    """Scenarios over the chains of the links the random scenarios missed; then every link has been taken."""
    report = SESSION.started().report
    fruitless = 0
    for attempt in range(CHAIN_ATTEMPTS):
        missed = [link for link in LINKS if not report.links[link]]
        if fruitless == FRUITLESS_ROUNDS:  # each round may cost servers: stop when rounds take nothing new
            break
        chains = [chain_operations(SESSION.description.document, link) for link in missed]
        if not report.bill.may_create("stateful"):  # no server can be made: the chains that start from one wait
            chains = [chain for chain in chains if "create_server" not in chain]
        if not chains:
            break
        # One machine over the chains of every link still missed (a scenario's one server serves them all);
        # after a round that took none, one link's chain at a time (a smaller machine takes its link more often).
        chain = (sorted({operation for operations in chains for operation in operations}) if not fruitless
                 else chains[attempt % len(chains)])
        others = [operation for operation in SESSION.description.operations if operation not in chain]
        machine = workflow(SESSION.description.stateful.exclude(operation_id=others), wait_for_builds=True)
        run_state_machine_as_test(machine, settings=scenario_settings(CHAIN_SCENARIOS, CHAIN_STEPS))
        fruitless = 0 if any(report.links[link] for link in missed) else fruitless + 1
    missed = [link for link in LINKS if not report.links[link]]
    # An attach succeeds only with a volume the block storage knows: the run attaches its own, made at the block
    # storage the identity catalog or TOAST_COMPUTE_VOLUME_URL names. Where it could make none, the links that
    # start from a successful attach cannot be taken (reported, not drift).
    if not SESSION.started().registry.created_volumes:
        unreachable = [link for link in missed if link.split(".")[0] in NEEDS_A_VOLUME]
        report.record_warnings("links", [f"{link}: not reachable, the run could make no volume"
                                         for link in unreachable])
        missed = [link for link in missed if link not in unreachable]
    discarded = report.pacer.weather.log.transient or report.bill.refused_by["stateful"]
    if missed and discarded:  # weather or the budget discarded scenario steps: not the service's doing
        pytest.skip(f"links no scenario took, with steps discarded by weather or the budget: {missed}")
    if missed and SESSION.settings.stateful_examples < BUDGETS["default"].stateful_examples:
        pytest.skip(f"links no scenario took on a reduced budget (every link is owed on the default one): {missed}")
    assert not missed, f"links no scenario took: {missed}"
