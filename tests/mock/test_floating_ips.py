"""os-floating-ips and the addFloatingIp / removeFloatingIp actions."""

from __future__ import annotations

from .conftest import NET, fault

MISSING = "0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"


def test_allocate_associate_release(api):
    created = api.post("/os-floating-ips", json={"pool": "Public Network"})
    assert created.status_code == 200
    floating = created.json()["floating_ip"]
    assert floating["pool"] == "Public Network" and floating["instance_id"] is None and floating["fixed_ip"] is None
    assert api.get("/os-floating-ips").json() == {"floating_ips": [floating]}
    server_id = api.create_server()
    assert api.action(server_id, {"addFloatingIp": {"address": floating["ip"]}}).status_code == 202
    shown = api.get(f"/os-floating-ips/{floating['id']}").json()["floating_ip"]
    fixed = api.server(server_id)["addresses"][NET.name]
    assert shown["instance_id"] == server_id and shown["fixed_ip"] == fixed[0]["addr"]
    assert [(a["addr"], a["OS-EXT-IPS:type"]) for a in fixed] == [(shown["fixed_ip"], "fixed"),
                                                                  (floating["ip"], "floating")]
    assert api.action(server_id, {"removeFloatingIp": {"address": floating["ip"]}}).status_code == 202
    assert len(api.server(server_id)["addresses"][NET.name]) == 1
    fault(api.action(server_id, {"removeFloatingIp": {"address": floating["ip"]}}), 409, "conflictingRequest")
    released = api.delete(f"/os-floating-ips/{floating['id']}")
    assert released.status_code == 202 and released.content == b""
    fault(api.get(f"/os-floating-ips/{floating['id']}"), 404, "itemNotFound")
    fault(api.delete(f"/os-floating-ips/{floating['id']}"), 404, "itemNotFound")


def test_default_pool_unknown_pool_and_bad_addresses(api):
    assert api.post("/os-floating-ips", json={}).json()["floating_ip"]["pool"] == "Public Network"
    assert api.post("/os-floating-ips", json={"pool": None}).json()["floating_ip"]["pool"] == "Public Network"
    fault(api.post("/os-floating-ips", json={"pool": "nope"}), 404, "itemNotFound")
    assert api.post("/os-floating-ips", content="").status_code == 200  # no body at all: the default pool
    for not_an_object in ("[]", '"Public Network"', "1", "null", " ", "\x0b\t"):  # whitespace is not "no body"
        fault(api.post("/os-floating-ips", content=not_an_object), 400, "badRequest")
    server_id = api.create_server()
    fault(api.action(server_id, {"addFloatingIp": {"address": "10.0.0.1"}}), 404, "itemNotFound")
    fault(api.action(server_id, {"addFloatingIp": {"address": "not an ip"}}), 400, "badRequest")
    fault(api.action(server_id, {"addFloatingIp": {}}), 400, "badRequest")


def test_a_deleted_server_lets_go(api):
    floating = api.post("/os-floating-ips", json={}).json()["floating_ip"]
    server_id = api.create_server()
    api.action(server_id, {"addFloatingIp": {"address": floating["ip"]}})
    api.delete(f"/servers/{server_id}")
    assert api.get(f"/os-floating-ips/{floating['id']}").json()["floating_ip"]["instance_id"] is None


def floating_addresses(api, server_id: str) -> list[str]:
    return [a["addr"] for a in api.server(server_id)["addresses"][NET.name] if a["OS-EXT-IPS:type"] == "floating"]


def test_one_associated_with_another_server_moves(api):
    """Nova re-assigns it (nova/network: "re-assign floating IP ... from instance ...") and refreshes the other
    server's addresses; it does not refuse."""
    floating = api.post("/os-floating-ips", json={}).json()["floating_ip"]
    first, second = api.create_server(name="a"), api.create_server(name="b")
    assert api.action(first, {"addFloatingIp": {"address": floating["ip"]}}).status_code == 202
    assert api.action(second, {"addFloatingIp": {"address": floating["ip"]}}).status_code == 202
    assert api.get(f"/os-floating-ips/{floating['id']}").json()["floating_ip"]["instance_id"] == second
    assert floating_addresses(api, first) == [] and floating_addresses(api, second) == [floating["ip"]]
    fault(api.action(first, {"removeFloatingIp": {"address": floating["ip"]}}), 409, "conflictingRequest")


def test_a_building_server_refuses_a_floating_ip_with_400_until_its_network_is_set_up(api, manual):
    """Nova reads the network info cache first: no 409 state check for this action (errata E106)."""
    floating = api.post("/os-floating-ips", json={}).json()["floating_ip"]
    server_id = api.create_server()
    assert api.status(server_id) == "BUILD"
    message = fault(api.action(server_id, {"addFloatingIp": {"address": floating["ip"]}}), 400, "badRequest")
    assert message == "No nw_info cache associated with instance"
    manual.advance(3600)
    assert api.status(server_id) == "ACTIVE"
    assert api.action(server_id, {"addFloatingIp": {"address": floating["ip"]}}).status_code == 202
