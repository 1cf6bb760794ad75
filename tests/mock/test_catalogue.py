from __future__ import annotations

from toast_compute_mock.catalog import FLAVORS

from .conftest import fault


def test_version_documents(api):
    root = api.http.get("/")
    assert root.status_code == 200
    (version,) = root.json()["versions"]
    assert version["id"] == "v2.0" and version["links"][0]["rel"] == "self"
    v2 = api.http.get("/v2/")
    assert v2.status_code == 200
    assert v2.json()["version"]["media-types"][0]["base"] == "application/json"


def test_flavor_list_and_detail(api):
    flavors = api.get("/flavors").json()["flavors"]
    assert [f["id"] for f in flavors] == sorted(f.id for f in FLAVORS)
    assert set(flavors[0]) == {"id", "name", "links"}
    names = {f["name"] for f in flavors}
    assert {"x1.c32m256", "u2.c1m1", "m2.c2m4", "c2.c2m2", "r2.c2m16", "t2.c1m1"} <= names
    detail = {f["name"]: f for f in api.get("/flavors/detail").json()["flavors"]}
    x1 = detail["x1.c32m256"]
    assert x1["id"] == "97604802-a090-43fa-a5ce-c7cfd737fbba"
    assert x1["swap"] == "" and x1["rxtx_factor"] == 1.0 and x1["ram"] == 262144 and x1["vcpus"] == 32
    assert x1["OS-FLV-DISABLED:disabled"] is False and x1["os-flavor-access:is_public"] is True
    assert x1["OS-FLV-EXT-DATA:ephemeral"] == 0 and x1["extra_specs"] == {"flavor_type": "performance"}
    assert [link["rel"] for link in x1["links"]] == ["self", "bookmark"]


def test_flavor_filters_are_at_least(api):
    flavors = api.get("/flavors/detail", params={"minRam": 4096, "minDisk": 40}).json()["flavors"]
    assert flavors and all(f["ram"] >= 4096 and f["disk"] >= 40 for f in flavors)
    assert "u2.c2m4" in {f["name"] for f in flavors}  # ram == 4096, disk == 40: kept (>=)
    fault(api.get("/flavors", params={"minRam": "lots"}), 400, "badRequest")


def test_flavor_pagination(api):
    first = api.get("/flavors", params={"limit": 3}).json()
    assert len(first["flavors"]) == 3
    (link,) = first["flavors_links"]
    assert link["rel"] == "next" and f"marker={first['flavors'][-1]['id']}" in link["href"]
    rest = api.get("/flavors", params={"marker": first["flavors"][-1]["id"]}).json()
    assert len(rest["flavors"]) == len(FLAVORS) - 3 and "flavors_links" not in rest
    assert fault(api.get("/flavors", params={"marker": "nope"}), 400, "badRequest") == "marker [nope] not found"
    fault(api.get("/flavors", params={"limit": -1}), 400, "badRequest")


def test_flavor_show(api):
    flavor = FLAVORS[0]
    assert api.get(f"/flavors/{flavor.id}").json()["flavor"]["name"] == flavor.name
    fault(api.get("/flavors/unknown"), 404, "itemNotFound")


def test_availability_zones(api):
    zones = api.get("/os-availability-zone").json()["availabilityZoneInfo"]
    assert zones == [
        {"zoneName": "kr-pub-a", "zoneState": {"available": True}, "hosts": None},
        {"zoneName": "kr-pub-b", "zoneState": {"available": True}, "hosts": None},
    ]


def test_unknown_query_parameters_are_ignored(api):
    # openstacksdk always sends is_public=None; Nova's legacy /v2 ignores unknown parameters.
    assert api.get("/flavors", params={"is_public": "None", "bogus": "1"}).status_code == 200
    assert api.get("/servers/detail", params={"bogus": "x", "sort_key": "zzz"}).status_code == 200
