"""Every operation of the OpenAPI description, called on the mock: each response (success and
error) validates against the spec's response for that operation and status."""

from __future__ import annotations

import json

import httpx
import pytest

from .conftest import M2, U2_BIG, boot_volume, spec_documents
from .spec_check import SPEC, SpecChecker

pytestmark = [pytest.mark.spec, pytest.mark.skipif(not SPEC.exists(), reason="no bundled spec yet")]
VOLUME = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"
MISSING = "0b3a4f5c-0000-4000-8000-000000000001"


def test_every_operation_validates_against_the_spec(api, manual):
    checker = api.checker
    checker.seen.clear()
    anonymous = httpx.Client(base_url=api.mock.base_url, transport=api.mock.transport,
                             event_hooks={"response": [api._check]})
    anonymous.get("/")
    anonymous.get(f"{api.prefix}/flavors")  # 401
    api.get("/flavors")
    api.get("/flavors", params={"limit": 2})
    api.get("/flavors", params={"marker": "nope"})
    api.get("/flavors/detail", params={"minRam": 2048})
    api.get("/os-availability-zone")
    api.get("/limits")
    api.get(f"/flavors/{M2.id}")
    api.get("/flavors/nope")  # 404
    api.post("/os-keypairs", json={"keypair": {"name": "k"}})
    api.post("/os-keypairs", json={"keypair": {"name": "k"}})  # 409
    api.post("/os-keypairs", json={"keypair": {"name": "bad/name"}})  # 400
    api.get("/os-keypairs")
    api.get("/os-keypairs/k")
    api.get("/os-keypairs/none")  # 404
    api.delete("/os-keypairs/k")
    api.post("/os-keypairs", json={"keypair": {"name": "access-key"}})
    building = api.create_server(key_name="access-key")
    api.get(f"/servers/{building}")  # BUILD representation
    api.action(building, {"os-stop": None})  # 409
    manual.advance(3)
    volume_boot = api.create_server(name="vol", flavorRef=M2.id, imageRef=None,
                                    block_device_mapping_v2=boot_volume())
    api.create_server(expect=400, flavorRef="nope")
    api.get("/servers")
    api.get("/servers", params={"limit": 1})
    api.get("/servers/detail")
    api.get("/servers/detail", params={"status": "BUILD", "limit": 1})
    api.get("/servers/detail", params={"marker": MISSING})  # 400
    api.get(f"/servers/{building}")
    api.get(f"/servers/{MISSING}")  # 404
    api.put(f"/servers/{building}", json={"server": {"name": "renamed"}})
    api.post(f"/servers/{building}/os-volume_attachments", json={"volumeAttachment": {"volumeId": VOLUME}})
    api.post(f"/servers/{building}/os-volume_attachments/{MISSING}",
             json={"volumeAttachment": {"volumeId": MISSING}})
    api.get(f"/servers/{building}/os-volume_attachments")
    api.get(f"/servers/{building}/os-volume_attachments/{VOLUME}")
    api.delete(f"/servers/{building}/os-volume_attachments/{VOLUME}")
    api.delete(f"/servers/{building}/os-volume_attachments/{VOLUME}")  # 404
    for body in ({"os-stop": None}, {"os-start": None}, {"reboot": {"type": "SOFT"}},
                 {"reboot": {"type": "HARD"}}, {"resize": {"flavorRef": U2_BIG.id}},
                 {"createImage": {"name": "img", "metadata": {"k": "v"}}},
                 {"addSecurityGroup": {"name": "web"}}, {"removeSecurityGroup": {"name": "web"}},
                 {"addSecurityGroup": {"name": "nope"}}, {"bogus": None}):
        api.action(building, body)
        manual.advance(5)
    # The 2026 additions: metadata, shelve, placement policies, images, ips, security groups, floating IPs.
    api.get(f"/servers/{building}/metadata")
    api.post(f"/servers/{building}/metadata", json={"metadata": {"a": "1"}})
    api.put(f"/servers/{building}/metadata", json={"metadata": {"a": "1", "b": "2"}})
    api.put(f"/servers/{building}/metadata/a", json={"meta": {"a": "3"}})
    api.put(f"/servers/{building}/metadata/a", json={"meta": {"b": "3"}})  # 400
    api.get(f"/servers/{building}/metadata/a")
    api.delete(f"/servers/{building}/metadata/a")
    api.get(f"/servers/{building}/metadata/a")  # 404
    api.get(f"/servers/{building}/ips")
    api.get(f"/servers/{building}/ips/nope")  # 404
    api.get(f"/servers/{volume_boot}/ips/Default%20Network")
    api.get(f"/servers/{building}/os-security-groups")
    if spec_documents("server_action", 200):
        api.action(building, {"os-getConsoleOutput": {"length": 5}})
    group = api.post("/os-server-groups", json={"server_group": {"name": "g", "policies": ["anti-affinity"]}})
    group_id = group.json()["server_group"]["id"]
    api.post("/os-server-groups", json={"server_group": {"name": "g", "policies": ["affinity"]}})  # 400
    api.get("/os-server-groups")
    api.get(f"/os-server-groups/{group_id}")
    api.delete(f"/os-server-groups/{group_id}")
    api.get(f"/os-server-groups/{group_id}")  # 404
    api.get("/images")
    api.get("/images/detail", params={"limit": 1})
    images = api.get("/images/detail").json()["images"]
    api.get(f"/images/{images[-1]['id']}")
    api.get(f"/images/{MISSING}")  # 404
    floating = api.post("/os-floating-ips", json={}).json()["floating_ip"]
    api.action(building, {"addFloatingIp": {"address": floating["ip"]}})
    api.get("/os-floating-ips")
    api.get(f"/os-floating-ips/{floating['id']}")
    api.get(f"/servers/{building}")
    api.delete(f"/os-floating-ips/{floating['id']}")
    api.get(f"/os-floating-ips/{MISSING}")  # 404
    api.action(building, {"shelve": None})
    manual.advance(5)
    api.get(f"/servers/{building}")
    api.action(building, {"unshelve": None})
    manual.advance(5)
    api.get(f"/servers/{volume_boot}")
    api.get(f"/servers/{building}")
    api.delete(f"/servers/{building}")
    api.delete(f"/servers/{building}")  # 404
    api.post("/os-keypairs", content=b"x" * (1024 * 1024 + 1), headers={"Content-Type": "application/json"})

    assert checker.violations == []
    covered = {operation for operation, _ in checker.seen}
    assert covered == checker.operations()
    statuses = {status for _, status in checker.seen}
    assert {200, 202, 204, 400, 401, 404, 409, 413} <= statuses


def test_the_checker_catches_a_drifted_response(spec_checker):
    if spec_checker is None:
        pytest.skip("no spec")
    checker = SpecChecker(spec_checker.path)
    server = {"server": {"id": MISSING, "name": "x"}}  # no status, links, ...
    checker.check("GET", f"/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/{MISSING}", 200, {},
                  json.dumps(server).encode())
    checker.check("DELETE", f"/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/{MISSING}", 200, {}, b"")
    checker.check("POST", "/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers", 202, {},
                  json.dumps({"server": {"id": MISSING, "links": []}}).encode())
    assert len(checker.violations) >= 3
    assert any("status not documented" in v for v in checker.violations)
    assert any("Location missing" in v for v in checker.violations)
