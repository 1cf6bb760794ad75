"""shelve / unshelve: ACTIVE or SHUTOFF to SHELVED_OFFLOADED (offloaded at once, off its host),
back to ACTIVE; 409 from other states; what a shelved server refuses; both unshelve bodies."""

from __future__ import annotations

import pytest

from .conftest import fault

VOLUME = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"


def test_shelve_and_unshelve_through_the_clock(api, manual):
    server_id = api.create_server()
    fault(api.action(server_id, {"shelve": None}), 409, "conflictingRequest")  # BUILD
    manual.advance(3)
    assert api.server(server_id)["hostId"]
    shelved = api.action(server_id, {"shelve": None})
    assert shelved.status_code == 202 and shelved.content == b""
    server = api.server(server_id)
    assert (server["status"], server["OS-EXT-STS:task_state"]) == ("ACTIVE", "shelving")
    manual.advance(2)
    server = api.server(server_id)
    assert server["status"] == "SHELVED_OFFLOADED"
    assert server["OS-EXT-STS:vm_state"] == "shelved_offloaded" and server["OS-EXT-STS:power_state"] == 0
    assert server["hostId"] == ""  # offloaded: no host
    assert api.get("/servers/detail", params={"status": "SHELVED_OFFLOADED"}).json()["servers"][0]["id"] == server_id
    assert api.action(server_id, {"unshelve": None}).status_code == 202
    server = api.server(server_id)
    assert (server["status"], server["OS-EXT-STS:task_state"]) == ("SHELVED_OFFLOADED", "unshelving")
    manual.advance(3)
    server = api.server(server_id)
    assert server["status"] == "ACTIVE" and server["OS-EXT-STS:power_state"] == 1 and server["hostId"]


def test_shelve_from_shutoff_and_unshelve_object_body(api):
    server_id = api.create_server()
    api.action(server_id, {"os-stop": None})
    assert api.status(server_id) == "SHUTOFF"
    assert api.action(server_id, {"shelve": None}).status_code == 202
    assert api.status(server_id) == "SHELVED_OFFLOADED"
    fault(api.action(server_id, {"shelve": None}), 409, "conflictingRequest")
    response = api.action(server_id, {"unshelve": {"availability_zone": "kr-pub-b"}})  # Nova 2.77's form
    assert response.status_code == 202
    assert api.status(server_id) == "ACTIVE"


@pytest.mark.parametrize("body", [
    {"os-start": None}, {"os-stop": None}, {"reboot": {"type": "SOFT"}}, {"reboot": {"type": "HARD"}},
    {"resize": {"flavorRef": "a4b6a0f7-aeff-4d78-a8d5-7de9f007012d"}}, {"createImage": {"name": "snap"}},
    {"shelve": None},
])
def test_a_shelved_server_refuses(api, body):
    server_id = api.create_server()
    api.action(server_id, {"shelve": None})
    message = fault(api.action(server_id, body), 409, "conflictingRequest")
    assert "vm_state shelved_offloaded" in message
    assert api.status(server_id) == "SHELVED_OFFLOADED"


def test_a_shelved_server_refuses_volumes_and_metadata_but_can_be_deleted(api):
    server_id = api.create_server()
    api.action(server_id, {"shelve": None})
    fault(api.post(f"/servers/{server_id}/os-volume_attachments", json={"volumeAttachment": {"volumeId": VOLUME}}),
          409, "conflictingRequest")
    fault(api.post(f"/servers/{server_id}/metadata", json={"metadata": {"a": "b"}}), 409, "conflictingRequest")
    assert api.delete(f"/servers/{server_id}").status_code == 204
    fault(api.get(f"/servers/{server_id}"), 404, "itemNotFound")


def test_unshelve_needs_a_shelved_server(api):
    server_id = api.create_server()
    assert "vm_state active" in fault(api.action(server_id, {"unshelve": None}), 409, "conflictingRequest")
    fault(api.action("0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1", {"shelve": None}), 404, "itemNotFound")
