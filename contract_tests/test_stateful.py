"""Stateful runs over the spec's links: key pair lifecycle, server lifecycle with actions and volume
attachments. The endpoint is never reset (a real one cannot be): each scenario deletes what it created
and waits for the service to finish deleting; the tenant's own resources are never touched.

Every link of the description (among the profile's operations) must be taken in every run: the random
scenarios take most; then each link they missed gets short scenarios over only its chain — the operations
that produce its source's inputs, the source and the target — until it is taken (`core/links.py`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import Any

import hypothesis
import pytest
from hypothesis.stateful import precondition, rule, run_state_machine_as_test
from schemathesis.generation.stateful.control import TransitionController
from schemathesis.generation.stateful.state_machine import StepOutput

from contract_tests import session
from contract_tests.core.checking import SCENARIO_KINDS, STATEFUL_CHECKS, judge_or_reject
from contract_tests.core.description import hypothesis_phases
from contract_tests.core.generation import operation_id
from contract_tests.core.links import Chain, description_links, link_chain, link_taken, operation_labels
from contract_tests.core.safety import wait_until_built
from contract_tests.core.settings import BUDGETS
from contract_tests.properties import release_shared_servers

SESSION = session.current()
LABELS = operation_labels(SESSION.description.document, SESSION.credentials.tenant_id)
LINKS = description_links(SESSION.description.document, SESSION.description.operations)
STEPS = 10  # steps of a random scenario
CHAIN_SCENARIOS = 4  # scenarios per round over the chains of the links still missed (side by side: `take_round`)
CHAIN_STEPS = 15  # steps are cheap, creates are not: a scenario's one server serves all of them
NEEDS_A_VOLUME = {"attach_volume", "attach_volume_by_path"}  # sources of links that need a volume
CHAIN_ATTEMPTS = 20  # rounds of those, until every link is taken
FRUITLESS_ROUNDS = 5  # rounds in a row that took no new link: the rest is left to the verdict
# Scenarios side by side run hypothesis's own code one at a time (its drawing is not safe across threads on every
# Python: concurrent `ast` parsing fails on 3.11); what they overlap is a step's requests and waits.
TURN = threading.Lock()
# Scenarios side by side must not pick the same volume: from choosing one to its attach being answered, one at a time.
ATTACHING = threading.Lock()
SERVERS_PER_SCENARIO = 2  # its own, and one a link asks for (`OneServerPerScenario`)
CHAIN_EXAMPLES = 2  # of a chain's scenario: the simplest (resting: `Workflow.rest`) and one drawn at random


class OneServerPerScenario(TransitionController):
    """schemathesis's choice of a scenario's steps, with two rules more: a scenario creates a server from
    nothing at most once, and only while the run may still create one (a tenant's creates are few, and a
    second server of the same kind takes no link the first did not); a link may ask for one more (a server in
    a placement policy), once (each is a build of a minute on a real cloud). A scenario over a chain takes only
    the chain's steps: its one server is spent on the links it is there for."""

    __slots__ = ("machine",)
    machine: Any  # the scenario's state machine (Workflow)

    def allow_root_transition(self, source: str, bundles: Any) -> bool:
        if LABELS.get(source) == "create_server" and self.machine.server_create_blocked():
            return False
        chain = self.machine.chain
        if chain is not None and LABELS.get(source) not in chain.starts:
            return False
        return bool(super().allow_root_transition(source, bundles))

    def allow_transition(self, source: str, target: str) -> bool:
        if LABELS.get(target) == "create_server" and len(self.machine.servers_created) >= SERVERS_PER_SCENARIO:
            return False
        chain = self.machine.chain
        if chain is not None and (LABELS.get(source), LABELS.get(target)) not in chain.steps:
            return False
        return bool(super().allow_transition(source, target))


def workflow(schema: Any, chain: Chain | None = None, side_by_side: bool = False) -> Any:
    """A state machine over `schema`'s links whose steps go through the suite's checks and count the links taken.
    `chain`: a scenario over a chain takes only its steps, acts on a created server once built (`wait_for_build`)
    and may rest from its first step; `side_by_side`: scenarios run at once, so a scenario's end deletes only its
    own servers (the round cleans up the rest, `take_round`) and attaches take turns."""

    kind = "stateful" if chain is None else "chain"  # what the bill counts its creates as (`CREATE_RESERVES`)

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.servers_created: list[str] = []  # by this scenario's steps
            self.chain = chain
            self.control = OneServerPerScenario(self._transitions, self._root_labels)
            self.control.machine = self

        def server_create_blocked(self) -> bool:
            return bool(self.servers_created) or not SESSION.started().report.bill.may_create(kind)

        @precondition(lambda self: chain is not None or self.server_create_blocked())
        @rule()
        def rest(self) -> None:
            """Send nothing: a step that is always possible once creating a server is not, so that a scenario
            whose links are spent ends without another create. In a chain, possible from the first step:
            hypothesis's first example is its simplest, the first rule at every step, and resting through it
            costs no server (`CHAIN_EXAMPLES`). (A chain's steps are few: hypothesis needs a rule it may always
            take once they are spent.)"""

        def teardown(self) -> None:
            if side_by_side:  # only its own servers (an example hypothesis discards keeps none); the round the rest
                SESSION.started().delete_servers(self.servers_created)
            else:
                SESSION.started().clean_up()

        def step(self, input: Any) -> StepOutput:
            case = input.case
            with others_take_a_turn() if side_by_side else nullcontext():
                with ATTACHING if side_by_side and operation_id(case) in NEEDS_A_VOLUME else nullcontext():
                    response = judge_or_reject(
                        SESSION.started(),
                        case,
                        kind,
                        STATEFUL_CHECKS,
                        after_call=lambda response: self.after_call(response, case),
                        recorder=self.recorder,
                    )
                if operation_id(case) == "create_server" and 200 <= response.status_code < 300:
                    self.servers_created.append(created_server_id(response))
                    if chain is not None:
                        wait_for_build(self.servers_created[-1])
            if input.transition is not None and input.applied_parameters:  # a link supplied this step's values
                link = link_taken(input.transition.id, LABELS)  # counted once sent and judged
                if link is not None:  # inferred: a link schemathesis found itself, not the description's
                    SESSION.started().report.record_link(f"{link} (inferred)" if input.transition.is_inferred else link)
            return StepOutput(response, case)

    return Workflow


@contextmanager
def others_take_a_turn() -> Iterator[None]:
    """While a scenario side by side sends a step and waits, the others may draw theirs."""
    TURN.release()
    try:
        yield
    finally:
        TURN.acquire()


def created_server_id(response: Any) -> str:
    server = response.json().get("server") if response.content else None
    return str(server.get("id")) if isinstance(server, dict) else ""


def wait_for_build(server_id: str) -> None:
    """On an endpoint the suite does not own, the next steps act on a created server once it is built, as a
    real client does (a build takes a minute there; actions on a building server answer 409, and the links
    that start from an action's 202 would never be taken). The mock builds at once. The random scenarios do
    not wait (what a building server answers is part of the contract too, and a wait per scenario costs a
    minute each); the chains of the links they missed do."""
    run = SESSION.started()
    if run.target.is_mock or not server_id:
        return
    with run.target.http("wait") as http:
        wait_until_built(http, server_id, run.settings.wait_timeout)


def take_round(chains: dict[str, Chain], attempt: int, after_a_fruitless_one: bool) -> int:
    """One round of scenarios over the chains (link -> what a scenario needs to take it) of the links still
    missed. Where builds take time (an endpoint the suite does not own), the scenarios that build a server run
    side by side, each waiting for its own build, and beside them those over the other chains, one after another
    (side by side, one scenario's key pair delete could take another's). Returns how many scenarios it ran."""
    run = SESSION.started()
    building = {link: chain for link, chain in chains.items()
                if not run.target.is_mock and "create_server" in chain.operations}
    others = pick({link: chain for link, chain in chains.items() if link not in building}, attempt,
                  after_a_fruitless_one)
    if not building:
        for chain in others:
            run_scenario(chain_workflow(chain))
        return len(others)
    run.settle_deletes()  # the room they build in: one server each, and one more for a link that asks for one
    picked = pick(building, attempt, after_a_fruitless_one)[:max(run.registry.bill.room(run.quota_room()) - 1, 1)]
    with ThreadPoolExecutor(len(picked) + 1) as pool:
        machines = [chain_workflow(chain, side_by_side=True) for chain in others]  # made here: not thread-safe
        scenarios = [pool.submit(run_one_after_another, machines)]
        scenarios += [pool.submit(run_scenario_side_by_side, chain_workflow(chain, side_by_side=True))
                      for chain in picked]
        try:
            for scenario in scenarios:
                scenario.result()
        finally:
            run.clean_up()
    return len(others) + len(picked)


def pick(chains: dict[str, Chain], attempt: int, after_a_fruitless_one: bool) -> list[Chain]:
    """A round's `CHAIN_SCENARIOS` chains, taken in turn round after round: each over the links that start from
    one operation and whose chains begin at the same one (a scenario's one server serves them all, and a machine
    of a few operations takes its links more often than one of all); after a round that took no link, over one
    link's chain each."""
    if after_a_fruitless_one:
        choices = list(chains.values())
    else:
        by_source: dict[tuple[str, ...], Chain] = {}
        for link, chain in chains.items():
            key = (link.split(".", 1)[0], *sorted(chain.starts))
            by_source[key] = by_source[key] | chain if key in by_source else chain
        choices = [chain for _, chain in sorted(by_source.items())]
    if not choices:
        return []
    return [choices[(attempt * CHAIN_SCENARIOS + index) % len(choices)] for index in range(CHAIN_SCENARIOS)]


def chain_workflow(chain: Chain, side_by_side: bool = False) -> Any:
    """A scenario's machine over only `chain`'s operations and steps; it waits for its server's build."""
    others = [operation for operation in SESSION.description.operations if operation not in chain.operations]
    schema = SESSION.description.stateful.exclude(operation_id=others)
    return workflow(schema, chain=chain, side_by_side=side_by_side)


def run_scenario(machine: Any) -> None:
    """A scenario over a chain. Hypothesis ends one whose replay drew differently (the service's state moved on,
    or a scenario side by side changed what the budget allows), or whose every example weather or the budget
    discarded: its steps were sent and judged, the links it took count, and the next round takes the rest."""
    try:
        run_state_machine_as_test(machine, settings=scenario_settings(CHAIN_EXAMPLES, CHAIN_STEPS))
    except (hypothesis.errors.FlakyStrategyDefinition, hypothesis.errors.Unsatisfiable):
        SESSION.started().report.count_cut_short()


def run_scenario_side_by_side(machine: Any) -> None:
    with TURN:
        run_scenario(machine)


def run_one_after_another(machines: list[Any]) -> None:
    for machine in machines:
        run_scenario_side_by_side(machine)


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
    release_shared_servers(keep=0)  # the scenarios run last: the properties' servers make room for chains side by side
    fruitless = 0
    for attempt in range(CHAIN_ATTEMPTS):
        missed = [link for link in LINKS if not report.links[link]]
        if fruitless == FRUITLESS_ROUNDS:  # each round may cost servers: stop when rounds take nothing new
            break
        chains = {link: link_chain(SESSION.description.document, link) for link in missed}
        if not report.bill.may_create("chain"):  # no server can be made: the chains that start from one wait
            chains = {link: chain for link, chain in chains.items() if "create_server" not in chain.operations}
        if not chains:
            break
        created, started = report.bill.created, time.perf_counter()
        scenarios = take_round(chains, attempt, fruitless > 0)
        report.record_chain_round(len(missed), scenarios, report.bill.created - created, time.perf_counter() - started)
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
    discarded = report.pacer.weather.log.transient or any(report.bill.refused_by[kind] for kind in SCENARIO_KINDS)
    if missed and discarded:  # weather or the budget discarded scenario steps: not the service's doing
        pytest.skip(f"links no scenario took, with steps discarded by weather or the budget: {missed}")
    if missed and SESSION.settings.stateful_examples < BUDGETS["default"].stateful_examples:
        pytest.skip(f"links no scenario took on a reduced budget (every link is owed on the default one): {missed}")
    assert not missed, f"links no scenario took: {missed}"
