"""Which checks the suite applies to an answer (`checking.checks_for`): `ensure_resource_availability`
reads any 404 of a step whose path came from a link as "the created resource vanished", yet a 404 under
a server that still exists is about something else the request names (a floating IP address, a volume);
`positive_data_acceptance` reads any 400 to a valid request as valid data refused, yet a building server
refuses `addFloatingIp` with 400 until its network is set up (`nova_rules.network_not_ready`)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from schemathesis import checks as builtin

from contract_tests.core.checking import RESPONSE_CHECKS, STATEFUL_CHECKS, checks_for
from contract_tests.core.description import Description
from contract_tests.core.endpoint import Credentials
from contract_tests.core.safety import NOT_AN_ADDRESS_OF_OURS
from contract_tests.core.settings import ContractSettings
from spec_toolkit.paths import BUNDLE

SCHEMA = Description.load(BUNDLE, ContractSettings.from_env({}), Credentials("token", "t")).schema

BAD_REQUEST = SimpleNamespace(
    status_code=400,
    content=b'{"badRequest": {"code": 400, "message": "No nw_info cache associated with instance"}}',
)
NOT_FOUND = SimpleNamespace(status_code=404, content=b'{"itemNotFound": {"code": 404, "message": "not found"}}')
ACCEPTED = SimpleNamespace(status_code=202, content=b"")
FRESH_VOLUME = "5f0e3a56-8d7b-4c1e-9a2f-3b4c5d6e7f80"  # the suite attaches ids the block-storage service may not know


def case_of(operation_id: str, path: dict, body: object | None = None):
    operation = SCHEMA.find_operation_by_id(operation_id)
    extra = {} if body is None else {"body": body}
    return operation.Case(path_parameters={"tenantId": "t", **path}, **extra)


def servers(*existing: str, status: str = "ACTIVE"):
    """`server_status` of an endpoint where these servers exist, all in `status`; remembers what it was asked."""
    asked: list[str] = []

    def server_status(server_id: str) -> str | None:
        asked.append(server_id)
        return status if server_id in existing else None

    server_status.asked = asked  # type: ignore[attr-defined]
    return server_status


@pytest.mark.parametrize("operation_id, path, body", [
    ("server_action", {"serverId": "linked"}, {"removeFloatingIp": {"address": NOT_AN_ADDRESS_OF_OURS}}),
    ("server_action", {"serverId": "linked"}, {"addFloatingIp": {"address": NOT_AN_ADDRESS_OF_OURS}}),
    ("attach_volume", {"serverId": "linked"}, {"volumeAttachment": {"volumeId": FRESH_VOLUME}}),
], ids=["removeFloatingIp", "addFloatingIp", "attach_volume"])
def test_a_404_under_a_server_that_still_exists_is_not_held_against_it(operation_id, path, body):
    checks = checks_for(case_of(operation_id, path, body), NOT_FOUND, STATEFUL_CHECKS, servers("linked"))
    assert builtin.ensure_resource_availability not in checks
    assert builtin.status_code_conformance in checks  # the 404 itself is still checked


def test_a_404_of_a_server_that_is_gone_keeps_the_check():
    case = case_of("server_action", {"serverId": "linked"}, {"reboot": {"type": "SOFT"}})
    checks = checks_for(case, NOT_FOUND, STATEFUL_CHECKS, servers())
    assert builtin.ensure_resource_availability in checks


def test_a_404_of_a_step_not_under_a_server_keeps_the_check():
    asked = servers("linked")
    checks = checks_for(case_of("get_keypair", {"keypairName": "k"}), NOT_FOUND, STATEFUL_CHECKS, asked)
    assert builtin.ensure_resource_availability in checks
    assert asked.asked == []


def test_the_server_is_only_asked_for_on_a_404_the_check_would_judge():
    asked = servers("linked")
    case = case_of("server_action", {"serverId": "linked"}, {"reboot": {"type": "SOFT"}})
    checks_for(case, ACCEPTED, STATEFUL_CHECKS, asked)
    checks_for(case, NOT_FOUND, RESPONSE_CHECKS, asked)  # per-operation tests: no such check
    assert asked.asked == []


ADD_FLOATING_IP = {"addFloatingIp": {"address": "133.186.150.10"}}


@pytest.mark.parametrize("checks", [STATEFUL_CHECKS, RESPONSE_CHECKS], ids=["stateful", "per operation"])
def test_a_building_server_refusing_a_floating_ip_is_not_valid_data_refused(checks):
    case = case_of("server_action", {"serverId": "building"}, ADD_FLOATING_IP)
    judged = checks_for(case, BAD_REQUEST, checks, servers("building", status="BUILD"))
    assert builtin.positive_data_acceptance not in judged
    assert builtin.status_code_conformance in judged and builtin.response_schema_conformance in judged


@pytest.mark.parametrize("status", ["ACTIVE", "SHUTOFF", "ERROR"])
def test_a_server_past_its_build_refusing_a_floating_ip_keeps_the_check(status):
    case = case_of("server_action", {"serverId": "built"}, ADD_FLOATING_IP)
    assert builtin.positive_data_acceptance in checks_for(case, BAD_REQUEST, STATEFUL_CHECKS,
                                                          servers("built", status=status))


def test_a_building_server_refusing_another_action_with_400_keeps_the_check():
    asked = servers("building", status="BUILD")
    case = case_of("server_action", {"serverId": "building"}, {"addSecurityGroup": {"name": "default"}})
    assert builtin.positive_data_acceptance in checks_for(case, BAD_REQUEST, STATEFUL_CHECKS, asked)
    assert asked.asked == []  # only addFloatingIp's 400 needs the server's status


def test_the_server_is_only_asked_for_on_a_400_to_a_floating_ip():
    asked = servers("building", status="BUILD")
    case = case_of("server_action", {"serverId": "building"}, ADD_FLOATING_IP)
    checks_for(case, ACCEPTED, STATEFUL_CHECKS, asked)
    assert asked.asked == []
    checks_for(case, BAD_REQUEST, STATEFUL_CHECKS, asked)
    assert asked.asked == ["building"]
