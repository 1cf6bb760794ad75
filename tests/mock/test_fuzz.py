"""Whatever arrives, the mock answers a 4xx or a success, never a 5xx (property-based, in-process)."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.serving import SyncASGITransport

from .conftest import LINUX, NET, U2

SETTINGS = settings(max_examples=150, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
FIELDS = ["name", "imageRef", "flavorRef", "networks", "key_name", "availability_zone", "security_groups",
          "user_data", "metadata", "block_device_mapping_v2", "max_count", "min_count", "config_drive",
          "accessIPv4", "OS-DCF:diskConfig", "personality", "adminPass", "return_reservation_id"]


@pytest.fixture(scope="module")
def client():
    app = create_app(MockConfig(clock="immediate"))
    transport = SyncASGITransport(app)
    with httpx.Client(transport=transport, base_url="http://mock", headers={"X-Auth-Token": "toast-mock-token"}) as c:
        c.prefix = f"/v2/{app.config.tenants[0].tenant_id}"
        body = {"name": "fuzz", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
        c.server_id = c.post(c.prefix + "/servers", json={"server": body}).json()["server"]["id"]
        yield c
    transport.shutdown()


def not_5xx(response) -> None:
    assert response.status_code < 500, response.text


@SETTINGS
@given(st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6))
def test_server_create_bodies(client, fields):
    base = {"name": "fuzz", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}
    not_5xx(client.post(client.prefix + "/servers", json={"server": {**base, **fields}}))


@SETTINGS
@given(JSON)
def test_any_json_anywhere(client, body):
    for method, path in [("POST", "/servers"), ("POST", f"/servers/{client.server_id}/action"),
                         ("POST", "/os-keypairs"), ("PUT", f"/servers/{client.server_id}"),
                         ("POST", f"/servers/{client.server_id}/os-volume_attachments")]:
        not_5xx(client.request(method, client.prefix + path, json=body))


@SETTINGS
@given(st.sampled_from(["os-start", "os-stop", "reboot", "resize", "createImage", "addSecurityGroup",
                        "removeSecurityGroup", "confirmResize"]), JSON)
def test_action_values(client, action, value):
    not_5xx(client.post(f"{client.prefix}/servers/{client.server_id}/action", json={action: value}))


@SETTINGS
@given(st.sampled_from(["limit", "marker", "name", "status", "flavor", "image", "changes-since", "minRam",
                        "minDisk", "is_public", "offset"]), st.text(max_size=30))
def test_query_values(client, name, value):
    for path in ("/servers", "/servers/detail", "/flavors/detail",
                 f"/servers/{client.server_id}/os-volume_attachments"):
        not_5xx(client.get(client.prefix + path, params={name: value}))


@SETTINGS
@given(st.text(min_size=1, max_size=40))
def test_path_segments(client, segment):
    quoted = quote(segment, safe="")
    for path in (f"/servers/{quoted}", f"/os-keypairs/{quoted}", f"/flavors/{quoted}",
                 f"/servers/{client.server_id}/os-volume_attachments/{quoted}"):
        not_5xx(client.get(client.prefix + path))
        not_5xx(client.delete(client.prefix + path))
