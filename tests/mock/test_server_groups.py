"""Placement policies (os-server-groups): anti-affinity only, the legacy `policies` array, members
kept current by create and delete, and Nova's NoValidHost when anti-affinity cannot be met."""

from __future__ import annotations

import pytest

from toast_compute_mock.catalog import HOSTS_PER_ZONE

from .conftest import LINUX, NET, U2, fault, unlimited_servers

MISSING = "0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"


def create_group(api, name="spread", policies=("anti-affinity",)):
    return api.post("/os-server-groups", json={"server_group": {"name": name, "policies": list(policies)}})


def create_in(api, group_id, name="member", expect=202, **fields):
    body = {"server": {"name": name, "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}],
                       **fields},
            "os:scheduler_hints": {"group": group_id}}
    response = api.post("/servers", json=body)
    assert response.status_code == expect, response.text
    return response


def test_create_list_get_delete(api):
    created = create_group(api)
    assert created.status_code == 200
    group = created.json()["server_group"]
    assert group["name"] == "spread" and group["policies"] == ["anti-affinity"]
    assert group["members"] == [] and group["metadata"] == {}
    assert api.get("/os-server-groups").json() == {"server_groups": [group]}
    assert api.get(f"/os-server-groups/{group['id']}").json() == {"server_group": group}
    deleted = api.delete(f"/os-server-groups/{group['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert "could not be found" in fault(api.get(f"/os-server-groups/{group['id']}"), 404, "itemNotFound")
    fault(api.delete(f"/os-server-groups/{group['id']}"), 404, "itemNotFound")
    assert api.get("/os-server-groups").json() == {"server_groups": []}


@pytest.mark.parametrize("server_group", [
    {"name": "g", "policies": ["affinity"]},  # Nova's, not offered by the vendor
    {"name": "g", "policies": ["soft-anti-affinity"]},
    {"name": "g", "policies": []},
    {"name": "g", "policies": ["anti-affinity", "anti-affinity"]},
    {"name": "g", "policies": "anti-affinity"},
    {"name": "g", "policy": "anti-affinity"},  # 2.64's form is not /v2's
    {"policies": ["anti-affinity"]},
    {"name": "", "policies": ["anti-affinity"]},
])
def test_refused_bodies(api, server_group):
    fault(api.post("/os-server-groups", json={"server_group": server_group}), 400, "badRequest")
    assert api.get("/os-server-groups").json() == {"server_groups": []}


def test_quota_of_groups(api):
    for i in range(10):
        assert create_group(api, f"g{i}").status_code == 200
    assert "too many server groups" in fault(create_group(api, "g10"), 403, "forbidden")


def test_members_follow_create_and_delete(api):
    group_id = create_group(api).json()["server_group"]["id"]
    first = create_in(api, group_id).json()["server"]["id"]
    second = create_in(api, group_id, availability_zone="kr-pub-b").json()["server"]["id"]
    api.create_server(name="outside")
    assert api.get(f"/os-server-groups/{group_id}").json()["server_group"]["members"] == [first, second]
    api.delete(f"/servers/{first}")
    assert api.get(f"/os-server-groups/{group_id}").json()["server_group"]["members"] == [second]


def test_anti_affinity_spreads_then_fails_the_build(api):
    group_id = create_group(api).json()["server_group"]["id"]
    ids = [create_in(api, group_id, name=f"m{i}", availability_zone="kr-pub-a").json()["server"]["id"]
           for i in range(HOSTS_PER_ZONE)]
    servers = [api.server(i) for i in ids]
    assert {s["status"] for s in servers} == {"ACTIVE"}
    assert len({s["hostId"] for s in servers}) == HOSTS_PER_ZONE  # one member per host
    extra = create_in(api, group_id, name="one-too-many", availability_zone="kr-pub-a").json()["server"]["id"]
    server = api.server(extra)  # the create answered 202; the build fails
    assert server["status"] == "ERROR"
    assert server["fault"]["code"] == 500 and "No valid host was found" in server["fault"]["message"]
    assert extra in api.get(f"/os-server-groups/{group_id}").json()["server_group"]["members"]
    api.delete(f"/servers/{ids[0]}")  # a host is free again
    assert api.status(create_in(api, group_id, name="again", availability_zone="kr-pub-a")
                      .json()["server"]["id"]) == "ACTIVE"


def test_servers_outside_a_group_share_hosts(api):
    ids = [api.create_server(name=f"s{i}", availability_zone="kr-pub-a") for i in range(HOSTS_PER_ZONE + 2)]
    assert {api.status(i) for i in ids} == {"ACTIVE"}


def test_bad_hints_and_the_members_quota(api, mock):
    unlimited_servers(mock)  # the group's quota, not the tenant's
    assert "could not be found" in fault(create_in(api, MISSING, expect=400), 400, "badRequest")
    fault(create_in(api, "not-a-uuid", expect=400), 400, "badRequest")
    group_id = create_group(api).json()["server_group"]["id"]
    assert create_in(api, group_id, min_count=10).status_code == 202  # 10 members (some fail to build)
    assert "too many servers in group" in fault(create_in(api, group_id, expect=403), 403, "forbidden")
    assert len(api.get(f"/os-server-groups/{group_id}").json()["server_group"]["members"]) == 10
