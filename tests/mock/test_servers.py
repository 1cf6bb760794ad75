from __future__ import annotations

import base64
import re

import pytest

from .conftest import LINUX, M2, NET, T2_SMALL, U2, WINDOWS, boot_volume, fault

NAIVE = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}"
ZULU = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


def test_create_response_and_location(api):
    response = api.post("/servers", json={"server": {"name": "web", "imageRef": LINUX.id, "flavorRef": U2.id,
                                                     "networks": [{"uuid": NET.id}]}})
    assert response.status_code == 202
    server = response.json()["server"]
    assert set(server) == {"id", "links", "OS-DCF:diskConfig", "security_groups", "adminPass"}
    assert server["security_groups"] == [{"name": "default"}] and server["OS-DCF:diskConfig"] == "MANUAL"
    assert response.headers["location"] == server["links"][0]["href"]
    assert response.headers["location"].endswith(f"/v2/{api.mock.tenant_id}/servers/{server['id']}")


def test_building_then_active_representation(api, manual):
    server_id = api.create_server(key_name=None, metadata={"role": "web"})
    building = api.server(server_id)
    assert building["status"] == "BUILD" and building["OS-EXT-STS:vm_state"] == "building"
    assert building["addresses"] == {} and building["hostId"] == "" and building["progress"] == 0
    assert building["OS-SRV-USG:launched_at"] is None
    manual.advance(3)
    server = api.server(server_id)
    required = {"accessIPv4", "accessIPv6", "addresses", "config_drive", "created", "flavor", "hostId", "id", "image",
                "key_name", "links", "metadata", "name", "os-extended-volumes:volumes_attached", "status",
                "tenant_id", "updated", "user_id", "OS-DCF:diskConfig", "OS-EXT-AZ:availability_zone",
                "OS-EXT-STS:power_state", "OS-EXT-STS:task_state", "OS-EXT-STS:vm_state",
                "OS-SRV-USG:launched_at", "OS-SRV-USG:terminated_at"}
    assert required <= set(server)
    assert server["status"] == "ACTIVE" and server["OS-EXT-STS:vm_state"] == "active"
    assert server["OS-EXT-STS:task_state"] is None and server["OS-EXT-STS:power_state"] == 1
    assert re.fullmatch(NAIVE, server["OS-SRV-USG:launched_at"]) and server["OS-SRV-USG:terminated_at"] is None
    assert re.fullmatch(ZULU, server["created"]) and re.fullmatch(ZULU, server["updated"])
    assert server["key_name"] is None and server["config_drive"] == "" and server["accessIPv4"] == ""
    assert server["OS-EXT-AZ:availability_zone"] in ("kr-pub-a", "kr-pub-b")
    assert re.fullmatch(r"[0-9a-f]{56}", server["hostId"])
    assert server["image"]["id"] == LINUX.id and server["image"]["links"][0]["rel"] == "bookmark"
    assert server["flavor"]["id"] == U2.id
    assert server["metadata"]["role"] == "web"
    assert server["security_groups"] == [{"name": "default"}]
    (address,) = server["addresses"][NET.name]
    assert address["version"] == 4 and address["OS-EXT-IPS:type"] == "fixed"
    assert re.fullmatch(r"fa:16:3e(:[0-9a-f]{2}){3}", address["OS-EXT-IPS-MAC:mac_addr"])
    assert server["tenant_id"] == api.mock.tenant_id


def test_boot_from_volume_shows_root_volume(api):
    server_id = api.create_server(flavorRef=M2.id, imageRef=None, block_device_mapping_v2=boot_volume())
    server = api.server(server_id)
    assert server["image"] == ""
    (root,) = server["os-extended-volumes:volumes_attached"]
    (attachment,) = api.get(f"/servers/{server_id}/os-volume_attachments").json()["volumeAttachments"]
    assert attachment["id"] == root["id"] and attachment["device"] == "/dev/vda"


def test_security_groups_omitted_when_none(api):
    server_id = api.create_server()
    assert api.action(server_id, {"removeSecurityGroup": {"name": "default"}}).status_code == 202
    assert "security_groups" not in api.server(server_id)


@pytest.mark.parametrize(("fields", "needle"), [
    ({"name": None}, "'name' is a required property"),
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "a" * 256}, "name"),
    ({"name": "bad\x00name"}, "name"),
    ({"flavorRef": None}, "'flavorRef' is a required property"),
    ({"flavorRef": "no-such-flavor"}, "Invalid flavorRef provided."),
    ({"imageRef": "0b3a4f5c-0000-4000-8000-000000000001"}, "Can not find requested image"),
    ({"imageRef": "not-a-uuid"}, "Invalid imageRef provided."),
    ({"imageRef": None}, "Missing imageRef attribute"),
    ({"networks": None}, "'networks' is a required property"),
    ({"networks": []}, "networks"),
    ({"networks": [{"uuid": "0b3a4f5c-0000-4000-8000-000000000001"}]}, "could not be found"),
    ({"networks": [{"subnet": "0b3a4f5c-0000-4000-8000-000000000001"}]}, "could not be found"),
    ({"networks": [{"port": "0b3a4f5c-0000-4000-8000-000000000001"}]}, "could not be found"),
    ({"networks": [{"uuid": NET.id, "fixed_ip": "10.9.9.9"}]}, "not valid"),
    ({"networks": [{"fixed_ip": "192.168.0.50"}]}, "needs a 'uuid'"),
    ({"availability_zone": "kr-pub-z"}, "availability zone"),
    ({"key_name": "nobody"}, "Invalid key_name provided."),
    ({"security_groups": [{"name": "nope"}]}, "Security group nope not found."),
    ({"user_data": "not base64!"}, "base64"),
    ({"user_data": "QUFB" * 16384}, "User data too large"),
    ({"metadata": {"k": "v" * 256}}, "too long"),
    ({"metadata": {"bad/key": "v"}}, "metadata keys"),
    ({"metadata": "x"}, "object"),
    ({"max_count": 11}, "max_count"),
    ({"min_count": 3, "max_count": 2}, "min_count"),
    ({"OS-DCF:diskConfig": "SOMETIMES"}, "diskConfig"),
    ({"flavorRef": M2.id}, "block_device_mapping_v2"),
    ({"flavorRef": M2.id, "block_device_mapping_v2": boot_volume(size=5)}, "out of range"),
    ({"flavorRef": M2.id, "block_device_mapping_v2": boot_volume(size=1001)}, "out of range"),
    ({"flavorRef": M2.id, "block_device_mapping_v2": [{**boot_volume()[0], "delete_on_termination": 1}]},
     "delete_on_termination"),
    ({"imageRef": WINDOWS.id, "name": "win"}, "U-type"),
    ({"imageRef": WINDOWS.id, "flavorRef": T2_SMALL.id, "name": "win",
      "block_device_mapping_v2": boot_volume(WINDOWS.id, 50)}, "2 GB"),
    ({"imageRef": WINDOWS.id, "flavorRef": M2.id, "name": "win",
      "block_device_mapping_v2": boot_volume(WINDOWS.id, 40)}, "50 GB"),
    ({"imageRef": WINDOWS.id, "flavorRef": M2.id, "name": "a-long-windows-name",
      "block_device_mapping_v2": boot_volume(WINDOWS.id, 50)}, "at most 15"),
])
def test_create_validation(api, fields, needle):
    response = api.create_server(expect=400, **fields)
    assert needle in fault(response, 400, "badRequest")
    assert api.get("/servers").json() == {"servers": []}


def test_create_with_every_reference(api):
    api.post("/os-keypairs", json={"keypair": {"name": "access-key"}})
    server_id = api.create_server(
        name="win-1", imageRef=WINDOWS.id, flavorRef=M2.id, key_name="access-key",
        availability_zone="kr-pub-b", block_device_mapping_v2=boot_volume(WINDOWS.id, 50),
        networks=[{"subnet": "b83863ff-0355-4c73-8c10-0bdf66a69aab", "fixed_ip": "192.168.0.77"}],
        security_groups=[{"name": "default"}, {"name": "web"}], metadata={"a": "b"},
        user_data=base64.b64encode(b"#!/bin/sh\necho hi\n").decode(), config_drive=True,
    )
    server = api.server(server_id)
    assert server["addresses"][NET.name][0]["addr"] == "192.168.0.77"
    assert server["OS-EXT-AZ:availability_zone"] == "kr-pub-b" and server["key_name"] == "access-key"
    assert server["security_groups"] == [{"name": "default"}, {"name": "web"}]
    assert server["metadata"]["os_type"] == "Windows" and server["metadata"]["a"] == "b"
    assert server["config_drive"] == "True"
    # the same fixed IP again is in use
    fault(api.create_server(expect=409, networks=[{"uuid": NET.id, "fixed_ip": "192.168.0.77"}]), 409,
          "conflictingRequest")


def test_multiple_create_and_reservation_id(api):
    api.create_server(name="many", max_count=3)
    names = sorted(s["name"] for s in api.get("/servers").json()["servers"])
    assert names == ["many-1", "many-2", "many-3"]
    response = api.post("/servers", json={"server": {"name": "r", "imageRef": LINUX.id, "flavorRef": U2.id,
                                                     "networks": [{"uuid": NET.id}], "return_reservation_id": True}})
    assert response.status_code == 202 and re.fullmatch(r"r-[0-9a-f]{8}", response.json()["reservation_id"])


def test_unknown_create_keys_are_stripped(api):
    server_id = api.create_server(personality=None, bogus_key={"x": 1})
    assert "bogus_key" not in api.server(server_id)


def test_update_renames_and_returns_reduced_view(api):
    server_id = api.create_server()
    response = api.put(f"/servers/{server_id}", json={"server": {"name": "renamed", "ignored": 1}})
    assert response.status_code == 200
    view = response.json()["server"]
    assert view["name"] == "renamed"
    for absent in ("OS-EXT-STS:vm_state", "key_name", "security_groups", "config_drive",
                   "os-extended-volumes:volumes_attached", "OS-EXT-AZ:availability_zone"):
        assert absent not in view
    assert set(view["addresses"][NET.name][0]) == {"addr", "version"}
    assert api.server(server_id)["name"] == "renamed"
    fault(api.put(f"/servers/{server_id}", json={"server": {"name": ""}}), 400, "badRequest")
    fault(api.put(f"/servers/{server_id}", json={"name": "x"}), 400, "badRequest")
    assert api.server(server_id)["name"] == "renamed"


def test_delete_is_204_then_404(api):
    server_id = api.create_server()
    response = api.delete(f"/servers/{server_id}")
    assert response.status_code == 204 and response.content == b""
    fault(api.get(f"/servers/{server_id}"), 404, "itemNotFound")
    fault(api.delete(f"/servers/{server_id}"), 404, "itemNotFound")
    assert api.get("/servers").json() == {"servers": []}


@pytest.mark.parametrize("server_id", ["not-a-uuid", "0b3a4f5c-0000-4000-8000-000000000001", "%E2%98%83"])
def test_unknown_or_invalid_server_id_is_404(api, server_id):
    for method, suffix, body in [("GET", "", None), ("PUT", "", {"server": {"name": "x"}}), ("DELETE", "", None),
                                 ("POST", "/action", {"os-stop": None}),
                                 ("GET", "/os-volume_attachments", None)]:
        message = fault(api.request(method, f"/servers/{server_id}{suffix}", json=body), 404, "itemNotFound")
        assert "could not be found" in message


def test_addresses_come_back_over_create_delete_cycles(api):
    """More cycles than the /24 has addresses (the backend test does 10,000)."""
    for _ in range(300):
        server_id = api.create_server()
        assert api.delete(f"/servers/{server_id}").status_code == 204
    assert api.get("/servers").json() == {"servers": []}
