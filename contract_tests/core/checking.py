"""Sending a case and judging its answer: which checks apply, the call, and everything the report keeps
(check results, additive drift, observed shapes, deletes that must complete)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

import hypothesis
from schemathesis import checks as builtin
from schemathesis.core import NotSet

from contract_tests.core.additive_changes import additive_drift, undocumented_headers
from contract_tests.core.budget import BudgetExhausted
from contract_tests.core.generation import is_positive, operation_id
from contract_tests.core.nova_rules import NEEDS_ITS_NETWORK, network_not_ready
from contract_tests.core.report import Report
from contract_tests.core.run import Run
from contract_tests.core.safety import NotAnIntermediateState
from contract_tests.core.strict import drift_warnings, strict_response_conformance
from contract_tests.core.weather import TransientFailure

RESPONSE_CHECKS: list[Any] = [
    builtin.not_a_server_error,
    builtin.status_code_conformance,
    builtin.content_type_conformance,
    builtin.response_headers_conformance,
    builtin.response_schema_conformance,
    builtin.negative_data_rejection,
    builtin.positive_data_acceptance,
    builtin.missing_required_header,
    builtin.ignored_auth,
    strict_response_conformance,
]
STATEFUL_CHECKS: list[Any] = [*RESPONSE_CHECKS, builtin.use_after_free, builtin.ensure_resource_availability]
BODY_CHECKS = {builtin.content_type_conformance, builtin.response_schema_conformance}
CREATES = {"create_server", "create_keypair", "create_server_group", "create_floating_ip"}
SCENARIO_KINDS = ("stateful", "chain")  # steps of the random scenarios and of the chains over the links they missed

_RESULTS = threading.local()  # check results of the case being validated on this thread


def collect_results(context: Any, case: Any, response: Any, results: list[Any]) -> None:
    """schemathesis's `after_validate` hook: keep the results for the report."""
    _RESULTS.value = list(results)


def install_hooks(schema: Any) -> None:
    schema.hook("after_validate")(collect_results)


def checks_for(case: Any, response: Any, checks: list[Any], server_status: Callable[[str], str | None]) -> list[Any]:
    """The checks that apply to this answer. `server_status`: a server's status as the API answers it (None: not
    found), asked only where a rule needs it."""
    left_out: set[Any] = set()
    if operation_id(case) == "server_action" and response.status_code == 202 and not response.content:
        # The legacy /v2 API answers actions with an empty 202 although createImage may carry a body (E51): an
        # empty body there is not a content-type or schema violation.
        left_out |= BODY_CHECKS
    if not is_positive(case) and _sends_nothing_to_negate(case):
        left_out.add(builtin.negative_data_rejection)
    if (response.status_code == 404 and builtin.ensure_resource_availability in checks
            and _server_still_there(case, server_status)):
        left_out.add(builtin.ensure_resource_availability)
    if (response.status_code == 400 and builtin.positive_data_acceptance in checks and is_positive(case)
            and _refused_until_networked(case, server_status)):
        left_out.add(builtin.positive_data_acceptance)
    return [check for check in checks if check not in left_out]


def _server_still_there(case: Any, server_status: Callable[[str], str | None]) -> bool:
    """A 404 of a request under a server that still exists is about something else the request names: a
    floating IP address, a volume, a metadata key, a security group. `ensure_resource_availability` only
    looks at whether the path came from a link, and took such 404s for the created server having vanished.
    The API tells: the server is asked for."""
    server_id = _server_id(case)
    return server_id is not None and server_status(server_id) is not None


def _refused_until_networked(case: Any, server_status: Callable[[str], str | None]) -> bool:
    """A valid `addFloatingIp` that a building server refuses (400: its network is not set up yet,
    `nova_rules.network_not_ready`) is the action's precondition, not valid data refused. The API tells: the
    server is asked for."""
    server_id = _server_id(case)
    if (operation_id(case) != "server_action" or server_id is None or not isinstance(case.body, dict)
            or NEEDS_ITS_NETWORK not in case.body):
        return False
    return network_not_ready(server_status(server_id))


def _server_id(case: Any) -> str | None:
    """The server the request's path names, if any."""
    server_id = (case.path_parameters or {}).get("serverId")
    return None if server_id is None else str(server_id)


def _sends_nothing_to_negate(case: Any) -> bool:
    """A "negative" case of an operation whose body is optional and that has nothing else to make invalid
    (`POST /os-floating-ips`): schemathesis sends it without a body, a valid request."""
    request_body = case.operation.definition.raw.get("requestBody", {})
    return (isinstance(case.body, NotSet) and not request_body.get("required", False) and not case.query
            and set(case.path_parameters or {}) <= {"tenantId"})


def call_and_check(
    run: Run, case: Any, kind: str, checks: list[Any], after_call: Callable[[Any], None] | None = None,
    **validate_kwargs: Any,
) -> Any:
    """Send a case, validate the answer with `checks`, and record everything in the report. A failure that
    does not come back when a safe case is sent again is flaky, not drift; a failure a known-drift entry
    accepts is reported as known. Raises TransientFailure (weather: not judged) and BudgetExhausted (not
    sent); `judge_or_reject` turns both into a discarded example."""
    scenario_step = kind in SCENARIO_KINDS
    run.acceptable.apply(case, keep_addresses=scenario_step or kind == "existing", with_volume=scenario_step)
    op = operation_id(case)
    run.guard(case, op, is_positive(case))
    with run.admitted(kind=kind) if op == "create_server" and is_positive(case) else nullcontext():
        response = _send(run, case, kind, op)
        _take_note(run, case, kind, op, response)
    if after_call is not None:
        after_call(response)
    error, results = _validate(run, case, response, checks, validate_kwargs)
    if error is not None and _worth_sending_again(case, op, response):
        second = _send(run, case, kind, op)
        second_error, second_results = _validate(run, case, second, checks, validate_kwargs)
        if second_error is None:
            run.report.record_flaky(kind, op, results, response, second)
        error, results, response = second_error, second_results, second
    drift = run.report.record_checks(kind, op, results, case, response)
    if error is not None and drift:
        raise error
    return response


def judge_or_reject(run: Run, case: Any, kind: str, checks: list[Any], **options: Any) -> Any:
    """`call_and_check` for a hypothesis example: weather and the budget discard the example instead."""
    try:
        return call_and_check(run, case, kind, checks, **options)
    except (TransientFailure, BudgetExhausted):
        hypothesis.reject()


def _send(run: Run, case: Any, kind: str, op: str) -> Any:
    started = time.perf_counter()
    try:
        with run.target.pacer.sending(kind):
            return case.call(base_url=run.target.base_url)
    except TransientFailure as failure:
        run.target.pacer.weather.log.note_transient(failure)
        if failure.ambiguous:
            run.recover(op, case.body)
        raise
    finally:
        run.report.add_time("target", time.perf_counter() - started)
        run.report.count_case(kind)


def _take_note(run: Run, case: Any, kind: str, op: str, response: Any) -> None:
    """What the registry, the bill, the drift warnings and the observed shapes keep of an answer."""
    body = _json(response)
    run.registry.record(op, response.status_code, body, kind=kind)
    run.registry.forget(op, response.status_code, case.path_parameters or {})
    if op == "delete_server" and 200 <= response.status_code < 300:
        server_id = str(case.path_parameters["serverId"])
        if kind in SCENARIO_KINDS and not run.target.is_mock:  # the scenario's next step may read it: gone first
            _wait_for_delete(run, server_id, response.status_code)
        else:  # completes on its own; the run waits for it when it needs the room (Run.admitted) or at its end
            run.registry.delete_accepted(server_id, lazily=not run.target.is_mock)
    _record_drift(run, case, response, body)
    if run.observed is not None:
        run.observed.observe(op, response.status_code, dict(response.headers), body,
                             _response_schema(run, case, response))


def _validate(run: Run, case: Any, response: Any, checks: list[Any],
              validate_kwargs: dict[str, Any]) -> tuple[BaseException | None, list[Any]]:
    """(the validation error or None, the check results). Weather met by a check's own request (the probe of
    `ignored_auth`) is raised: not judged."""
    _RESULTS.value = []
    started = time.perf_counter()
    try:
        with run.target.pacer.sending("checks"):  # e.g. `ignored_auth` sends the case again without the token
            applicable = [run_ignored_auth(run) if check is builtin.ignored_auth else check
                          for check in checks_for(case, response, checks, run.server_status)]
            case.validate_response(response, checks=applicable, **validate_kwargs)
    except TransientFailure:
        raise
    except (Exception, BaseExceptionGroup) as error:  # schemathesis's FailureGroup is a BaseExceptionGroup
        results = list(getattr(_RESULTS, "value", []))
        if not any(result.failure is not None for result in results):
            raise  # not a check's verdict: the suite's own error
        return error, results
    finally:
        run.report.add_time("checks", time.perf_counter() - started)
    return None, list(getattr(_RESULTS, "value", []))


def run_ignored_auth(run: Run) -> Callable[[Any, Any, Any], bool | None]:
    """schemathesis's `ignored_auth`, with the operations whose auth the run has already seen enforced: it
    probes an operation (without the token, then with a wrong one) until one success confirms it. Enforcement
    belongs to the operation, not to the data; schemathesis's own runner keeps this set, `validate_response`
    does not, and probes every successful case twice."""
    def ignored_auth(ctx: Any, response: Any, case: Any) -> bool | None:
        ctx.auth_enforced_operations = run.auth_enforced
        result: bool | None = builtin.ignored_auth(ctx, response, case)
        return result

    return ignored_auth


def _worth_sending_again(case: Any, op: str, response: Any) -> bool:
    """A failure is drift only if it comes back. Reads are sent again; so is a write the service answered
    with a server error (except a create: the first may have made something). Other writes changed the
    state their answer describes: sending them again would not reproduce the same case."""
    if case.method.upper() in ("GET", "HEAD"):
        return True
    return response.status_code >= 500 and op not in CREATES


def _wait_for_delete(run: Run, server_id: str, status: int) -> None:
    """Nova deletes asynchronously: the next step may only take the server for gone once it is."""
    timeout = run.settings.wait_timeout
    with run.target.http("wait") as http:
        try:
            gone = run.registry.wait_until_deleted(http, server_id, timeout)
        except NotAnIntermediateState as error:
            run.report.record_property("deleted server disappears", str(error))
            raise
    run.report.record_property("deleted server disappears", None if gone else (
        f"server {server_id} still shown {timeout:g} s after its delete answered {status}"))
    assert gone, f"server {server_id} still shown {timeout:g} s after its delete was accepted"


def _record_drift(run: Run, case: Any, response: Any, body: Any) -> None:
    status = str(response.status_code)
    responses = case.operation.definition.raw.get("responses", {})
    if status not in responses or not 200 <= response.status_code < 300:
        return
    resolver = run.description.resolver
    spec_response = resolver.resolve(responses[status])
    warnings = undocumented_headers(resolver, spec_response, dict(response.headers))
    media = spec_response.get("content", {}).get("application/json")
    if media is not None and body is not None:
        additive = additive_drift(resolver, media["schema"], body)
        warnings += drift_warnings(run.description.document, case, response.status_code, body, additive)
    report: Report = run.report
    report.record_warnings(operation_id(case), warnings)


def _response_schema(run: Run, case: Any, response: Any) -> Any:
    spec_response = case.operation.definition.raw.get("responses", {}).get(str(response.status_code))
    if spec_response is None:
        return None
    return run.description.resolver.resolve(spec_response).get("content", {}).get("application/json", {}).get("schema")


def _json(response: Any) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None
