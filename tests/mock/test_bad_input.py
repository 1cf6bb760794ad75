"""Bad input never hurts the mock: a Nova-style 4xx, never a 5xx, and the state is unchanged."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from .conftest import fault

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def server_id(api):
    return api.create_server()


def snapshot(api):
    return api.get("/servers/detail").json(), api.get("/os-keypairs").json()


@pytest.mark.parametrize(("body", "name"), [
    (b"{not json", "badRequest"),
    (b"", "badRequest"),
    (b"   ", "badRequest"),
    (b"[]", "badRequest"),
    (b"null", "badRequest"),
    (b'"\\ud800"', "badRequest"),
    (b"\xff\xfe", "badRequest"),
    (b'{"server": "x"}', "badRequest"),
    (b'{"server": {"name": "\\u0000"}}', "badRequest"),
])
def test_malformed_bodies(api, server_id, body, name):
    before = snapshot(api)
    for path in ("/servers", f"/servers/{server_id}/action", "/os-keypairs",
                 f"/servers/{server_id}/os-volume_attachments"):
        fault(api.post(path, content=body, headers=JSON), 400, name)
    fault(api.put(f"/servers/{server_id}", content=body, headers=JSON), 400, name)
    assert snapshot(api) == before


def test_wrong_content_type_is_415(api):
    message = fault(api.post("/os-keypairs", content=b'{"keypair": {"name": "k"}}',
                             headers={"Content-Type": "text/plain"}), 415, "badMediaType")
    assert message == "Unsupported Content-Type"
    assert api.get("/os-keypairs").json() == {"keypairs": []}


def test_body_over_one_mebibyte_is_413(api):
    big = b'{"keypair": {"name": "k", "public_key": "' + b"A" * (1024 * 1024) + b'"}}'
    fault(api.post("/os-keypairs", content=big, headers=JSON), 413, "overLimit")
    assert api.get("/os-keypairs").json() == {"keypairs": []}


def test_chunked_body_over_the_limit_is_413(api):
    def chunks():
        for _ in range(20):
            yield b"A" * 65536

    fault(api.post("/os-keypairs", content=chunks(), headers=JSON), 413, "overLimit")


@pytest.mark.parametrize(("body", "message"), [
    ({"os-stop": None, "os-start": None}, "Malformed request body: too many body keys"),
    ({}, "Malformed request body: an action body is an object with exactly one key"),
    ({"explode": {}}, "There is no such action: explode"),
    ({"reboot": "HARD"}, None),
    ({"resize": {"flavorRef": True}}, None),
    ({"createImage": {"name": ""}}, None),
    ({"createImage": {"name": "i", "metadata": {"k": 1}}}, None),
    ({"addSecurityGroup": None}, None),
])
def test_bad_actions(api, server_id, body, message):
    before = snapshot(api)
    got = fault(api.action(server_id, body), 400, "badRequest")
    if message:
        assert got == message
    assert snapshot(api) == before


def test_unmatched_routes_and_methods(api, server_id):
    fault(api.get("/no-such-thing"), 404, "itemNotFound")
    fault(api.http.get("/favicon.ico"), 404, "itemNotFound")
    fault(api.get(f"/servers/{server_id}/action"), 405, "badMethod")
    response = api.request("PATCH", f"/servers/{server_id}")
    fault(response, 405, "badMethod")
    assert set(response.headers["allow"].split(", ")) == {"GET", "PUT", "DELETE"}
    fault(api.delete("/flavors"), 405, "badMethod")
    fault(api.http.delete("/"), 405, "badMethod")


@pytest.mark.parametrize("name", ["\u2028line", "tab\there", "\ufeff", "\U0001f600 ok", "名前"])
def test_odd_unicode_names(api, name):
    """Not printable, or not allowed in a keypair name: refused, nothing stored."""
    if not name.isprintable():
        fault(api.create_server(expect=400, name=name), 400, "badRequest")
    fault(api.post("/os-keypairs", json={"keypair": {"name": name}}), 400, "badRequest")
    assert api.get(f"/os-keypairs/{quote(name)}").status_code == 404
    assert api.get("/os-keypairs").json() == {"keypairs": []}


def test_printable_unicode_names_are_accepted(api):
    server_id = api.create_server(name="\U0001f600 웹서버")
    assert api.server(server_id)["name"] == "\U0001f600 웹서버"


def test_percent_encoded_garbage_in_paths(api):
    for path in ("/os-keypairs/%FF%FE", "/servers/%00", "/flavors/%E2%28%A1", "/servers/..%2F..%2F"):
        response = api.get(path)
        assert response.status_code == 404, (path, response.text)


def test_query_garbage(api, server_id):
    for params in ({"limit": "\x00"}, {"marker": "%"}, {"changes-since": "2020-13-45"}, {"minRam": "1e3"}):
        response = api.get("/servers/detail", params=params)
        assert 200 <= response.status_code < 500
