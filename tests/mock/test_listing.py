from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import LINUX, U2, U2_BIG, fault


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [s["id"] for s in response.json()["servers"]]


@pytest.fixture
def five(api):
    """Five servers, returned newest first (Nova's default order: created_at desc)."""
    return [api.create_server(name=f"srv-{i}") for i in range(5)][::-1]


def test_summary_items(api, five):
    servers = api.get("/servers").json()["servers"]
    assert [s["id"] for s in servers] == five
    assert set(servers[0]) == {"id", "name", "links"}


def test_detail_items(api, five):
    servers = api.get("/servers/detail").json()["servers"]
    assert [s["id"] for s in servers] == five and servers[0]["status"] == "ACTIVE"


@pytest.mark.parametrize("path", ["/servers", "/servers/detail"])
def test_pagination_with_marker_and_next_link(api, five, path):
    first = api.get(path, params={"limit": 2, "name": "srv"}).json()
    assert [s["id"] for s in first["servers"]] == five[:2]
    (link,) = first["servers_links"]
    assert link["rel"] == "next"
    href = urlsplit(link["href"])
    assert href.path == f"/v2/{api.mock.tenant_id}{path}"
    assert parse_qs(href.query) == {"limit": ["2"], "name": ["srv"], "marker": [five[1]]}
    second = api.get(path, params={"limit": 2, "marker": five[1]}).json()
    assert [s["id"] for s in second["servers"]] == five[2:4] and "servers_links" in second
    last = api.get(path, params={"limit": 2, "marker": five[3]}).json()
    assert [s["id"] for s in last["servers"]] == five[4:] and "servers_links" not in last


def test_no_next_link_when_page_not_full(api, five):
    assert "servers_links" not in api.get("/servers").json()
    assert "servers_links" in api.get("/servers", params={"limit": 5}).json()


def test_default_and_max_limit(api, mock):
    mock.state.config.default_limit, mock.state.config.max_limit = 3, 4
    try:
        for i in range(6):
            api.create_server(name=f"s{i}")
        assert len(ids(api.get("/servers"))) == 3
        assert len(ids(api.get("/servers", params={"limit": 1000}))) == 4
    finally:
        mock.state.config.default_limit, mock.state.config.max_limit = 100, 1000


def test_limit_zero_and_bad_limits(api, five):
    assert ids(api.get("/servers", params={"limit": 0})) == []
    for bad in ("-1", "x", "1.5", ""):
        fault(api.get("/servers", params={"limit": bad}), 400, "badRequest")


def test_unknown_marker_is_400(api, five):
    message = fault(api.get("/servers", params={"marker": "0b3a4f5c-0000-4000-8000-000000000001"}), 400,
                    "badRequest")
    assert message == "marker [0b3a4f5c-0000-4000-8000-000000000001] not found"


def test_name_is_a_regular_expression(api, five):
    api.create_server(name="db-master")
    assert len(ids(api.get("/servers", params={"name": "^srv-[0-2]$"}))) == 3
    assert len(ids(api.get("/servers", params={"name": "master"}))) == 1  # a search, not a full match
    fault(api.get("/servers", params={"name": "(unclosed"}), 400, "badRequest")


def test_catastrophic_regex_is_bounded(api, mock):
    mock.state.config.regex_budget_seconds = 0.05
    try:
        api.create_server(name="x" * 255)
        response = api.get("/servers", params={"name": "(x+x+)+y"})
        assert "too long" in fault(response, 400, "badRequest")
    finally:
        mock.state.config.regex_budget_seconds = 0.5


def test_status_filter(api, five, manual):
    api.action(five[0], {"os-stop": None})
    manual.advance(1)
    assert ids(api.get("/servers", params={"status": "SHUTOFF"})) == [five[0]]
    assert ids(api.get("/servers", params={"status": "active"})) == five[1:]  # case-insensitive
    assert ids(api.get("/servers", params={"status": "BUILDING"})) == []  # unknown status: empty (< 2.38)
    assert ids(api.get("/servers", params={"status": "PAUSED"})) == []


def test_flavor_and_image_filters(api, five):
    other = api.create_server(flavorRef=U2_BIG.id)
    assert ids(api.get("/servers", params={"flavor": U2_BIG.id})) == [other]
    assert ids(api.get("/servers", params={"flavor": U2.id})) == five
    assert len(ids(api.get("/servers", params={"image": LINUX.id}))) == 6
    assert ids(api.get("/servers", params={"image": "nope"})) == []


def test_changes_since(api, mock, manual):
    old = api.create_server(name="old")
    manual.advance(60)
    since = api.server(old)["updated"]
    manual.advance(60)
    new = api.create_server(name="new")
    api.delete(f"/servers/{old}")
    assert ids(api.get("/servers", params={"changes-since": "2000-01-01T00:00:00Z"})) == [new, old]
    listed = api.get("/servers/detail", params={"changes-since": since}).json()["servers"]
    assert {s["id"]: s["status"] for s in listed} == {new: "BUILD", old: "DELETED"}
    assert ids(api.get("/servers")) == [new]
    fault(api.get("/servers", params={"changes-since": "yesterday"}), 400, "badRequest")
