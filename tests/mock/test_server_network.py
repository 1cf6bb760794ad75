"""A server's `ips` (by network) and `os-security-groups`."""

from __future__ import annotations

from .conftest import NET, fault

MISSING = "0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"


def test_ips(api, manual):
    server_id = api.create_server()
    assert api.get(f"/servers/{server_id}/ips").json() == {"addresses": {}}  # building
    manual.advance(3)
    addresses = api.get(f"/servers/{server_id}/ips").json()["addresses"]
    assert list(addresses) == [NET.name] and addresses[NET.name][0]["version"] == 4
    assert set(addresses[NET.name][0]) == {"version", "addr"}
    assert addresses[NET.name][0]["addr"] == api.server(server_id)["addresses"][NET.name][0]["addr"]
    assert api.get(f"/servers/{server_id}/ips/{NET.name}").json() == {NET.name: addresses[NET.name]}
    assert "not a member" in fault(api.get(f"/servers/{server_id}/ips/vpc2"), 404, "itemNotFound")
    fault(api.get(f"/servers/{MISSING}/ips"), 404, "itemNotFound")


def test_security_groups_follow_the_actions(api):
    server_id = api.create_server()
    groups = api.get(f"/servers/{server_id}/os-security-groups").json()["security_groups"]
    assert [g["name"] for g in groups] == ["default"]
    assert groups[0]["tenant_id"] == api.mock.tenant_id and len(groups[0]["rules"]) == 2
    api.action(server_id, {"addSecurityGroup": {"name": "web"}})
    groups = api.get(f"/servers/{server_id}/os-security-groups").json()["security_groups"]
    assert [g["name"] for g in groups] == ["default", "web"] and groups[1]["rules"] == []
    api.action(server_id, {"removeSecurityGroup": {"name": "default"}})
    assert [g["name"] for g in api.get(f"/servers/{server_id}/os-security-groups").json()["security_groups"]] == [
        "web"]
    fault(api.get(f"/servers/{MISSING}/os-security-groups"), 404, "itemNotFound")


def test_os_interface_is_not_served(api):
    """NHN Cloud does not expose os-interface (errata E92): 404 like any unknown path."""
    server_id = api.create_server()
    fault(api.get(f"/servers/{server_id}/os-interface"), 404, "itemNotFound")
    fault(api.post(f"/servers/{server_id}/os-interface", json={"interfaceAttachment": {"net_id": NET.id}}),
          404, "itemNotFound")
