"""The schema under test and the run's shared state, built once per process.

The schema is loaded at import so that pytest collects one test per operation (JUnit then names each
operation); the endpoint is only known once the session starts, so `start()` points the schema at it.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import hypothesis
import schemathesis
import yaml
from schemathesis import checks as builtin
from schemathesis.core import NotSet

from contract_tests.additive_changes import Resolver, additive_drift, undocumented_headers
from contract_tests.generation import AcceptablePositiveCases, is_positive, operation_id
from contract_tests.observed import Shapes
from contract_tests.pacing import Pacer
from contract_tests.report import Report
from contract_tests.safety import Guard, Registry
from contract_tests.settings import BUNDLE, ContractSettings
from contract_tests.target import Credentials, Target, credentials_for

SETTINGS = ContractSettings.from_env()
PACER = Pacer(SETTINGS.requests_per_second)
DOCUMENT = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
RESOLVER = Resolver(DOCUMENT)
OBSERVED = Shapes(RESOLVER) if SETTINGS.observed_dir else None

# Operations each profile may call. Key pair create/delete cost nothing; servers are billed.
FREE_WRITES = {"create_keypair", "delete_keypair"}




def allowed_operations(document: dict[str, Any], profile: str) -> list[str]:
    """`readonly`: GET only; `keypairs`: and key pair create/delete; `full`: everything."""
    allowed = []
    for item in document["paths"].values():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            free = profile == "keypairs" and operation["operationId"] in FREE_WRITES
            if profile == "full" or method == "get" or free:
                allowed.append(operation["operationId"])
    return sorted(allowed)


ALLOWED_OPERATIONS = allowed_operations(DOCUMENT, SETTINGS.profile)


RESPONSE_CHECKS = [
    builtin.not_a_server_error,
    builtin.status_code_conformance,
    builtin.content_type_conformance,
    builtin.response_headers_conformance,
    builtin.response_schema_conformance,
    builtin.negative_data_rejection,
    builtin.positive_data_acceptance,
    builtin.missing_required_header,
    builtin.ignored_auth,
]
STATEFUL_CHECKS = [*RESPONSE_CHECKS, builtin.use_after_free, builtin.ensure_resource_availability]
BODY_CHECKS = {builtin.content_type_conformance, builtin.response_schema_conformance}


def with_fixed_tenant(document: dict[str, Any], tenant_id: str) -> dict[str, Any]:
    """The document with `{tenantId}` written into every path. Stateful runs need it: schemathesis takes
    a path parameter nobody produces for a reference to an unknown resource and would start no scenario
    from the create operations."""
    fixed = copy.deepcopy(document)
    tenant_ref = "#/components/parameters/TenantId"
    paths = {}
    for path, item in fixed["paths"].items():
        item["parameters"] = [p for p in item.get("parameters", []) if p.get("$ref") != tenant_ref]
        paths[path.replace("{tenantId}", tenant_id)] = item
    fixed["paths"] = paths
    return fixed


def load_schema(document: dict[str, Any], credentials: Credentials, modes: list[str]) -> Any:
    """The schema, with the token and tenant every generated case carries (fixed before collection:
    schemathesis builds its strategies when pytest collects the tests)."""
    schema = schemathesis.openapi.from_dict(document, config=schemathesis.Config.from_dict({}))
    schema.config.update(headers={"X-Auth-Token": credentials.token}, parameters={"tenantId": credentials.tenant_id})
    schema.config.generation.update(
        modes=modes, max_examples=SETTINGS.max_examples, database="none", no_shrink=not SETTINGS.shrink
    )
    schema.config.rate_limit = PACER.limiter  # every request schemathesis sends, checks' own included
    return schema.include(operation_id=ALLOWED_OPERATIONS)


CREDENTIALS = credentials_for(SETTINGS)
SCHEMA = load_schema(DOCUMENT, CREDENTIALS, ["positive", "negative"])
# Stateful steps take ids from earlier responses; a negative step whose invalid part a link replaced is
# sent valid but still counted as negative, a false `negative_data_rejection`. Negative data is the
# per-operation tests' job; scenarios use positive data only.
STATEFUL_SCHEMA = load_schema(with_fixed_tenant(DOCUMENT, CREDENTIALS.tenant_id), CREDENTIALS, ["positive"])


@dataclass
class Run:
    target: Target
    registry: Registry
    report: Report
    guard: Guard
    acceptable: AcceptablePositiveCases

    def server_exists(self, server_id: str) -> bool:
        with self.target.http("checks") as http:
            return http.get(f"/servers/{server_id}").status_code == 200


RUN: Run | None = None
_RESULTS = threading.local()  # check results of the case being validated on this thread


def _collect_results(context: Any, case: Any, response: Any, results: list[Any]) -> None:
    _RESULTS.value = list(results)


SCHEMA.hook("after_validate")(_collect_results)
STATEFUL_SCHEMA.hook("after_validate")(_collect_results)


def hypothesis_phases() -> list[hypothesis.Phase]:
    """No shrinking unless asked: against a live endpoint it multiplies requests, and a failing waiter
    would be retried for minutes."""
    phases = [hypothesis.Phase.explicit, hypothesis.Phase.reuse, hypothesis.Phase.generate, hypothesis.Phase.target]
    return [*phases, hypothesis.Phase.shrink] if SETTINGS.shrink else phases


def start(target: Target) -> Run:
    """Point the schema at the endpoint and install the hooks that need it."""
    global RUN
    registry = Registry(SETTINGS.name_prefix)
    RUN = Run(target, registry, Report(PACER), Guard(target, registry), AcceptablePositiveCases(target, registry))
    return RUN


def run() -> Run:
    assert RUN is not None, "the contract session fixture has not started"
    return RUN


def clean_up(current: Run) -> None:
    """Delete what the run still has (waiting until servers are gone on an endpoint it does not own); a
    server delete that never completes is a drift: the first one fails the run here."""
    stalled_before = current.registry.stalled_delete
    wait = 0 if current.target.is_mock else SETTINGS.wait_timeout
    leftovers = current.registry.cleanup(current.target, wait_seconds=wait)
    current.report.record_warnings("cleanup", [f"could not delete {item}" for item in leftovers])
    stalled = current.registry.stalled_delete
    if stalled is not None and stalled_before is None:
        current.report.record_property("deleted server disappears", stalled)
        raise AssertionError(stalled)


def checks_for(case: Any, response: Any, checks: list[Any], server_exists: Callable[[str], bool]) -> list[Any]:
    """The checks that apply to this answer. The legacy /v2 API answers actions with an empty 202 although
    createImage may carry a body (E51): an empty body there is not a content-type or schema violation."""
    if operation_id(case) == "server_action" and response.status_code == 202 and not response.content:
        return [check for check in checks if check not in BODY_CHECKS]
    if not is_positive(case) and _sends_nothing_to_negate(case):
        return [check for check in checks if check is not builtin.negative_data_rejection]
    if (response.status_code == 404 and builtin.ensure_resource_availability in checks
            and _server_still_there(case, server_exists)):
        return [check for check in checks if check is not builtin.ensure_resource_availability]
    return checks


def _server_still_there(case: Any, server_exists: Callable[[str], bool]) -> bool:
    """A 404 of a request under a server that still exists is about something else the request names: a
    floating IP address, a volume, a metadata key, a security group. `ensure_resource_availability` only
    looks at whether the path came from a link, and took such 404s for the created server having vanished
    (intermittent false alarms in `full`: `removeFloatingIp` of an address nobody holds). The API tells:
    the server is asked for."""
    server_id = (case.path_parameters or {}).get("serverId")
    return server_id is not None and server_exists(str(server_id))


def _sends_nothing_to_negate(case: Any) -> bool:
    """A "negative" case of an operation whose body is optional and that has nothing else to make invalid
    (`POST /os-floating-ips`): schemathesis sends it without a body, a valid request."""
    request_body = case.operation.definition.raw.get("requestBody", {})
    return (isinstance(case.body, NotSet) and not request_body.get("required", False) and not case.query
            and set(case.path_parameters or {}) <= {"tenantId"})


def call_and_check(
    case: Any, kind: str, checks: list[Any], after_call: Callable[[Any], None] | None = None, **validate_kwargs: Any
) -> Any:
    """Send a case, validate the response with `checks`, and record everything in the report."""
    current = run()
    current.acceptable.apply(case, follow_links=kind == "stateful")
    op = operation_id(case)
    current.guard(case, op, is_positive(case))
    started = time.perf_counter()
    with PACER.sending(kind):
        response = case.call(base_url=current.target.base_url)
    current.report.add_time("target", time.perf_counter() - started)
    current.report.count_case(kind)
    body = _json(response)
    current.registry.record(op, response.status_code, body)
    current.registry.forget(op, response.status_code, case.path_parameters or {})
    if op == "delete_server" and 200 <= response.status_code < 300 and not current.target.is_mock:
        # Nova deletes asynchronously: the next step may only take the server for gone once it is.
        server_id = str(case.path_parameters["serverId"])
        with current.target.http("wait") as http:
            gone = current.registry.wait_until_deleted(http, server_id, SETTINGS.wait_timeout)
        current.report.record_property("deleted server disappears", None if gone else (
            f"server {server_id} still shown {SETTINGS.wait_timeout:g} s after its delete answered "
            f"{response.status_code}"))
        assert gone, f"server {server_id} still shown {SETTINGS.wait_timeout:g} s after its delete was accepted"
    _record_drift(current.report, case, response, body)
    if OBSERVED is not None:
        OBSERVED.observe(op, response.status_code, dict(response.headers), body, _response_schema(case, response))
    if after_call is not None:
        after_call(response)
    _RESULTS.value = []
    started = time.perf_counter()
    try:
        with PACER.sending("checks"):  # e.g. `ignored_auth` sends the case again without the token
            applicable = checks_for(case, response, checks, current.server_exists)
            case.validate_response(response, checks=applicable, **validate_kwargs)
    finally:
        current.report.add_time("checks", time.perf_counter() - started)
        current.report.record_checks(kind, op, _RESULTS.value, case, response)
    return response


def _record_drift(report: Report, case: Any, response: Any, body: Any) -> None:
    status = str(response.status_code)
    responses = case.operation.definition.raw.get("responses", {})
    if status not in responses or not 200 <= response.status_code < 300:
        return
    spec_response = RESOLVER.resolve(responses[status])
    warnings = undocumented_headers(RESOLVER, spec_response, dict(response.headers))
    media = spec_response.get("content", {}).get("application/json")
    if media is not None and body is not None:
        warnings += additive_drift(RESOLVER, media["schema"], body)
    report.record_warnings(operation_id(case), warnings)


def _response_schema(case: Any, response: Any) -> Any:
    spec_response = case.operation.definition.raw.get("responses", {}).get(str(response.status_code))
    if spec_response is None:
        return None
    return RESOLVER.resolve(spec_response).get("content", {}).get("application/json", {}).get("schema")


def _json(response: Any) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None
