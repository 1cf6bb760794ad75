"""Which checks the suite applies to an answer (`suite.checks_for`): `ensure_resource_availability`
reads any 404 of a step whose path came from a link as "the created resource vanished", yet some
404s are about a resource the body names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from schemathesis import checks as builtin

from contract_tests import suite
from contract_tests.safety import NOT_AN_ADDRESS_OF_OURS, Registry

SERVER_ACTION = suite.SCHEMA.find_operation_by_id("server_action")
NOT_FOUND = SimpleNamespace(status_code=404, content=b'{"itemNotFound": {"code": 404, "message": "not found"}}')


def action(body: dict):
    return SERVER_ACTION.Case(path_parameters={"tenantId": "t", "serverId": "linked"}, body=body)


def registry_holding(*addresses: str) -> Registry:
    registry = Registry("contract-test-")
    for number, address in enumerate(addresses):
        registry.record("create_floating_ip", 200, {"floating_ip": {"id": f"fip-{number}", "ip": address}})
    return registry


@pytest.mark.parametrize("name", ["addFloatingIp", "removeFloatingIp"])
def test_a_404_for_an_address_the_run_does_not_hold_is_not_held_against_the_linked_server(name):
    case = action({name: {"address": NOT_AN_ADDRESS_OF_OURS}})
    checks = suite.checks_for(case, NOT_FOUND, suite.STATEFUL_CHECKS, registry_holding("203.0.113.5"))
    assert builtin.ensure_resource_availability not in checks
    assert builtin.status_code_conformance in checks  # the 404 itself is still checked


def test_a_404_for_an_address_the_run_holds_is_still_about_the_server():
    case = action({"removeFloatingIp": {"address": "203.0.113.5"}})
    checks = suite.checks_for(case, NOT_FOUND, suite.STATEFUL_CHECKS, registry_holding("203.0.113.5"))
    assert builtin.ensure_resource_availability in checks


def test_a_released_address_is_no_longer_held():
    registry = registry_holding("203.0.113.5")
    registry.forget("delete_floating_ip", 202, {"floatingIpId": "fip-0"})
    case = action({"addFloatingIp": {"address": "203.0.113.5"}})
    checks = suite.checks_for(case, NOT_FOUND, suite.STATEFUL_CHECKS, registry)
    assert builtin.ensure_resource_availability not in checks


def test_other_actions_keep_the_check():
    case = action({"reboot": {"type": "SOFT"}})
    checks = suite.checks_for(case, NOT_FOUND, suite.STATEFUL_CHECKS, Registry("p-"))
    assert builtin.ensure_resource_availability in checks
