"""The compute image proxy: public images and snapshots; createImage's Location resolves, SAVING
until the snapshot is done."""

from __future__ import annotations

from .conftest import LINUX, WINDOWS, fault


def test_list_detail_show(api):
    listed = api.get("/images").json()["images"]
    assert {i["id"] for i in listed} >= {LINUX.id, WINDOWS.id}
    assert set(listed[0]) == {"id", "name", "links"}
    detail = {i["id"]: i for i in api.get("/images/detail").json()["images"]}
    linux = detail[LINUX.id]
    assert (linux["status"], linux["progress"], linux["minDisk"]) == ("ACTIVE", 100, 10)
    assert linux["metadata"]["os_distro"] == "Ubuntu"
    assert api.get(f"/images/{LINUX.id}").json() == {"image": linux}
    assert "Image not found" in fault(api.get("/images/0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"), 404, "itemNotFound")
    assert [i["id"] for i in api.get("/images", params={"name": LINUX.name}).json()["images"]] == [LINUX.id]


def test_paging(api):
    first = api.get("/images", params={"limit": 2}).json()
    assert len(first["images"]) == 2 and first["images_links"][0]["rel"] == "next"
    rest = api.get("/images", params={"marker": first["images"][-1]["id"]}).json()["images"]
    assert [i["id"] for i in first["images"] + rest] == [i["id"] for i in api.get("/images").json()["images"]]
    fault(api.get("/images", params={"marker": "nope"}), 400, "badRequest")


def test_snapshot_location_resolves(api, manual):
    server_id = api.create_server()
    manual.advance(3)
    response = api.action(server_id, {"createImage": {"name": "snap", "metadata": {"purpose": "backup"}}})
    location = response.headers["Location"]
    image_id = location.rsplit("/", 1)[1]
    assert location.endswith(f"/v2/{api.mock.tenant_id}/images/{image_id}")
    saving = api.http.get(location).json()["image"]  # the Location itself, as openstacksdk follows it
    assert (saving["status"], saving["progress"], saving["server"]["id"]) == ("SAVING", 50, server_id)
    assert saving["metadata"]["purpose"] == "backup"
    manual.advance(2)
    assert api.get(f"/images/{image_id}").json()["image"]["status"] == "ACTIVE"
    assert [i["id"] for i in api.get("/images/detail", params={"server": server_id}).json()["images"]] == [image_id]
    assert api.get("/images", params={"status": "SAVING"}).json()["images"] == []
