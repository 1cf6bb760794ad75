"""os-volume_attachments: volumes of block storage attached, listed, shown and detached; Nova's
checks of the volume (it exists in the tenant: 404; it is `available`: 400) and what the volume
becomes (`in-use` with its attachment, `available` again)."""

from __future__ import annotations

import pytest

from .conftest import fault

UNKNOWN = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"


@pytest.fixture
def server_id(api):
    return api.create_server()


@pytest.fixture
def vol1(api):
    return api.create_volume()


@pytest.fixture
def vol2(api):
    return api.create_volume()


def volume(api, volume_id):
    response = api.http.get(f"/block-storage/v2/{api.mock.tenant_id}/volumes/{volume_id}")
    assert response.status_code == 200, response.text
    return response.json()["volume"]


def attach(api, server_id, volume_id, path_volume=None):
    path = f"/servers/{server_id}/os-volume_attachments" + (f"/{path_volume}" if path_volume else "")
    return api.post(path, json={"volumeAttachment": {"volumeId": volume_id}})


def test_attach_list_show_detach(api, server_id, vol1, vol2):
    VOL1, VOL2 = vol1, vol2
    response = attach(api, server_id, VOL1)
    assert response.status_code == 200
    assert response.json() == {"volumeAttachment": {"id": VOL1, "serverId": server_id, "volumeId": VOL1,
                                                    "device": "/dev/vdb"}}
    second = attach(api, server_id, VOL2, path_volume=VOL2)  # the API document's path: an alias
    assert second.status_code == 200 and second.json()["volumeAttachment"]["device"] == "/dev/vdc"
    listed = api.get(f"/servers/{server_id}/os-volume_attachments").json()["volumeAttachments"]
    assert [a["volumeId"] for a in listed] == [VOL1, VOL2]
    assert api.get(f"/servers/{server_id}/os-volume_attachments", params={"limit": 1, "offset": 1}).json() == {
        "volumeAttachments": [listed[1]]}
    assert api.get(f"/servers/{server_id}/os-volume_attachments/{VOL2}").json()["volumeAttachment"] == listed[1]
    assert api.server(server_id)["os-extended-volumes:volumes_attached"] == [{"id": VOL1}, {"id": VOL2}]
    shown = volume(api, VOL1)
    assert shown["status"] == "in-use"
    assert [(a["server_id"], a["volume_id"], a["device"]) for a in shown["attachments"]] == [
        (server_id, VOL1, "/dev/vdb")]
    detached = api.delete(f"/servers/{server_id}/os-volume_attachments/{VOL1}")
    assert detached.status_code == 202 and detached.content == b""
    fault(api.get(f"/servers/{server_id}/os-volume_attachments/{VOL1}"), 404, "itemNotFound")
    fault(api.delete(f"/servers/{server_id}/os-volume_attachments/{VOL1}"), 404, "itemNotFound")
    assert volume(api, VOL1)["status"] == "available" and volume(api, VOL1)["attachments"] == []
    assert attach(api, server_id, VOL1).json()["volumeAttachment"]["device"] == "/dev/vdb"  # freed name reused


def test_attach_errors(api, server_id, vol1, vol2):
    fault(attach(api, server_id, "not-a-uuid"), 400, "badRequest")
    fault(api.post(f"/servers/{server_id}/os-volume_attachments", json={"volumeAttachment": {}}), 400, "badRequest")
    fault(attach(api, server_id, vol1, path_volume=vol2), 400, "badRequest")
    assert attach(api, server_id, vol1).status_code == 200
    in_use = f"Invalid volume: volume '{vol1}' status must be 'available'. Currently in 'in-use'"
    assert fault(attach(api, server_id, vol1), 400, "badRequest") == in_use
    other = api.create_server(name="other")
    assert fault(attach(api, other, vol1), 400, "badRequest") == in_use
    fault(attach(api, "0b3a4f5c-0000-4000-8000-000000000001", vol2), 404, "itemNotFound")


def test_attach_of_an_unknown_volume_is_404(api, server_id):
    assert fault(attach(api, server_id, UNKNOWN), 404, "itemNotFound") == f"Volume {UNKNOWN} could not be found."
    assert api.get(f"/servers/{server_id}/os-volume_attachments").json() == {"volumeAttachments": []}


def test_attach_of_a_creating_volume_is_400(api, server_id, manual):
    manual.advance(3)  # the server is ACTIVE
    manual.state.clock.durations["volume_create"] = 5
    creating = api.create_volume()
    assert fault(attach(api, server_id, creating), 400, "badRequest").endswith("Currently in 'creating'")
    manual.advance(5)
    assert attach(api, server_id, creating).status_code == 200


def test_attach_needs_a_built_server(api, manual, vol1):
    server_id = api.create_server()
    fault(attach(api, server_id, vol1), 409, "conflictingRequest")
    manual.advance(3)
    assert attach(api, server_id, vol1).status_code == 200


def test_deleting_a_server_frees_its_volumes(api, server_id, vol1):
    attach(api, server_id, vol1)
    api.delete(f"/servers/{server_id}")
    assert volume(api, vol1)["status"] == "available"
    other = api.create_server(name="other")
    assert attach(api, other, vol1).status_code == 200
