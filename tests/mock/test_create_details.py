"""Server create and list details of today's document: reservation ids, max_count, the NHN-EXT-ATTR
fields, nhn_encryption and the conditionally required block device fields."""

from __future__ import annotations

import pytest

from .conftest import LINUX, M2, NET, U2, boot_volume, fault

VOLUME = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"


def create(api, **fields):
    body = {"name": "web", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}], **fields}
    return api.post("/servers", json={"server": {k: v for k, v in body.items() if v is not None}})


def test_reservation_id_returned_and_filtered(api):
    created = create(api, name="pair", max_count=2, return_reservation_id=True)
    assert created.status_code == 202 and list(created.json()) == ["reservation_id"]
    reservation_id = created.json()["reservation_id"]
    assert reservation_id.startswith("r-")
    single = create(api, name="alone").json()["server"]["id"]
    listed = api.get("/servers", params={"reservation_id": reservation_id}).json()["servers"]
    assert sorted(s["name"] for s in listed) == ["pair-1", "pair-2"]
    detail = api.get("/servers/detail", params={"reservation_id": reservation_id}).json()["servers"]
    assert {s["id"] for s in detail} == {s["id"] for s in listed} and single not in {s["id"] for s in detail}
    assert api.get("/servers", params={"reservation_id": "r-00000000"}).json()["servers"] == []
    assert create(api, name="plain", return_reservation_id=False).json()["server"]["id"]


def test_max_count_at_most_ten(api):
    assert create(api, name="ten", max_count=10).status_code == 202
    assert len(api.get("/servers").json()["servers"]) == 10
    assert "max_count" in fault(create(api, name="eleven", max_count=11), 400, "badRequest")
    assert len(api.get("/servers").json()["servers"]) == 10


def test_nhn_attributes_in_server_views(api):
    server_id = create(api).json()["server"]["id"]
    server = api.server(server_id)
    assert server["NHN-EXT-ATTR:ephemeral_disk_size"] == 0 and server["NHN-EXT-ATTR:protect"] is False
    listed = api.get("/servers/detail").json()["servers"][0]
    assert listed["NHN-EXT-ATTR:protect"] is False


def test_nhn_encryption(api):
    encrypted = boot_volume()
    encrypted[0]["nhn_encryption"] = {"skm_appkey": "7GiSJ2VIZ6ZEaBUi", "skm_key_id": "2f8a3b0e1c5d4e6f"}
    assert create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=encrypted).status_code == 202


@pytest.mark.parametrize("encryption", [
    {"skm_appkey": "app"}, {"skm_key_id": "key"}, {"skm_appkey": "", "skm_key_id": "key"},
    {"skm_appkey": "app", "skm_key_id": 1}, "app:key",
])
def test_nhn_encryption_needs_both_keys(api, encryption):
    mapping = boot_volume()
    mapping[0]["nhn_encryption"] = encryption
    fault(create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=mapping), 400, "badRequest")
    assert api.get("/servers").json()["servers"] == []


def test_conditionally_required_block_device_fields(api):
    no_uuid = boot_volume()
    del no_uuid[0]["uuid"]
    assert "Missing device UUID" in fault(create(api, flavorRef=M2.id, imageRef=None,
                                                 block_device_mapping_v2=no_uuid), 400, "badRequest")
    no_size = boot_volume()
    del no_size[0]["volume_size"]  # a new volume from an image needs its size
    fault(create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=no_size), 400, "badRequest")
    extra_without_uuid = [*boot_volume(), {"source_type": "volume", "destination_type": "volume", "boot_index": 1}]
    fault(create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=extra_without_uuid), 400, "badRequest")
    blank = [*boot_volume(), {"source_type": "blank", "destination_type": "volume", "boot_index": -1,
                              "volume_size": 20}]
    assert create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=blank).status_code == 202


def test_an_existing_root_volume_boots_one_server_only(api):
    root = [{"uuid": VOLUME, "boot_index": 0, "source_type": "volume", "destination_type": "volume"}]
    message = fault(create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=root, max_count=2),
                    400, "badRequest")
    assert "multiple instances" in message
    assert create(api, flavorRef=M2.id, imageRef=None, block_device_mapping_v2=root).status_code == 202
