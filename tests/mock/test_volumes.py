from __future__ import annotations

import pytest

from .conftest import fault

VOL1 = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"
VOL2 = "227cc671-f30b-4488-96fd-7d0bf13648d8"


@pytest.fixture
def server_id(api):
    return api.create_server()


def attach(api, server_id, volume_id, path_volume=None):
    path = f"/servers/{server_id}/os-volume_attachments" + (f"/{path_volume}" if path_volume else "")
    return api.post(path, json={"volumeAttachment": {"volumeId": volume_id}})


def test_attach_list_show_detach(api, server_id):
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
    detached = api.delete(f"/servers/{server_id}/os-volume_attachments/{VOL1}")
    assert detached.status_code == 202 and detached.content == b""
    fault(api.get(f"/servers/{server_id}/os-volume_attachments/{VOL1}"), 404, "itemNotFound")
    fault(api.delete(f"/servers/{server_id}/os-volume_attachments/{VOL1}"), 404, "itemNotFound")
    assert attach(api, server_id, VOL1).json()["volumeAttachment"]["device"] == "/dev/vdb"  # freed name reused


def test_attach_errors(api, server_id):
    fault(attach(api, server_id, "not-a-uuid"), 400, "badRequest")
    fault(api.post(f"/servers/{server_id}/os-volume_attachments", json={"volumeAttachment": {}}), 400, "badRequest")
    fault(attach(api, server_id, VOL1, path_volume=VOL2), 400, "badRequest")
    assert attach(api, server_id, VOL1).status_code == 200
    fault(attach(api, server_id, VOL1), 400, "badRequest")  # already in use
    other = api.create_server(name="other")
    fault(attach(api, other, VOL1), 400, "badRequest")
    fault(attach(api, "0b3a4f5c-0000-4000-8000-000000000001", VOL2), 404, "itemNotFound")


def test_attach_needs_a_built_server(api, manual):
    server_id = api.create_server()
    fault(attach(api, server_id, VOL1), 409, "conflictingRequest")
    manual.advance(3)
    assert attach(api, server_id, VOL1).status_code == 200


def test_deleting_a_server_frees_its_volumes(api, server_id):
    attach(api, server_id, VOL1)
    api.delete(f"/servers/{server_id}")
    other = api.create_server(name="other")
    assert attach(api, other, VOL1).status_code == 200
