"""The state machine on the manual clock: every transition observed, every precondition refused."""

from __future__ import annotations

import pytest

from .conftest import M2, U2, U2_BIG, boot_volume, fault


@pytest.fixture
def active(api, manual):
    server_id = api.create_server()
    manual.advance(3)
    assert api.status(server_id) == "ACTIVE"
    return server_id


def accepted(response) -> None:
    assert response.status_code == 202, response.text
    assert response.content == b""


def test_stop_then_start(api, manual, active):
    accepted(api.action(active, {"os-stop": None}))
    stopping = api.server(active)
    assert stopping["status"] == "ACTIVE" and stopping["OS-EXT-STS:task_state"] == "powering-off"
    manual.advance(1)
    stopped = api.server(active)
    assert stopped["status"] == "SHUTOFF" and stopped["OS-EXT-STS:vm_state"] == "stopped"
    assert stopped["OS-EXT-STS:power_state"] == 4 and "progress" not in stopped
    message = fault(api.action(active, {"os-stop": None}), 409, "conflictingRequest")
    assert message == f"Cannot 'stop' instance {active} while it is in vm_state stopped"
    fault(api.action(active, {"reboot": {"type": "SOFT"}}), 409, "conflictingRequest")
    accepted(api.action(active, {"os-start": {}}))  # Nova accepts any value
    manual.advance(1)
    assert api.status(active) == "ACTIVE" and api.server(active)["OS-EXT-STS:power_state"] == 1
    fault(api.action(active, {"os-start": None}), 409, "conflictingRequest")


def test_actions_refused_while_building(api, manual):
    server_id = api.create_server()
    for body in ({"os-stop": None}, {"os-start": None}, {"reboot": {"type": "SOFT"}},
                 {"resize": {"flavorRef": U2_BIG.id}}, {"createImage": {"name": "img"}}):
        fault(api.action(server_id, body), 409, "conflictingRequest")
    assert api.status(server_id) == "BUILD"


@pytest.mark.parametrize(("kind", "status"), [("SOFT", "REBOOT"), ("hard", "HARD_REBOOT")])
def test_reboot(api, manual, active, kind, status):
    accepted(api.action(active, {"reboot": {"type": kind}}))
    assert api.status(active) == status
    fault(api.action(active, {"os-stop": None}), 409, "conflictingRequest")
    manual.advance(2)
    assert api.status(active) == "ACTIVE"


def test_hard_reboot_of_a_stopped_server_starts_it(api, manual, active):
    api.action(active, {"os-stop": None})
    manual.advance(1)
    accepted(api.action(active, {"reboot": {"type": "HARD"}}))
    assert api.status(active) == "HARD_REBOOT"
    manual.advance(2)
    assert api.status(active) == "ACTIVE"


def test_reboot_type_is_required_and_checked(api, active):
    fault(api.action(active, {"reboot": {}}), 400, "badRequest")
    fault(api.action(active, {"reboot": {"type": "MEDIUM"}}), 400, "badRequest")


def test_resize_goes_through_verify_resize_and_confirms_after_one_second(api, manual, active):
    accepted(api.action(active, {"resize": {"flavorRef": U2_BIG.id, "OS-DCF:diskConfig": "AUTO"}}))
    assert api.status(active) == "RESIZE"
    manual.advance(2)
    server = api.server(active)
    assert server["status"] == "VERIFY_RESIZE" and server["flavor"]["id"] == U2_BIG.id
    manual.advance(1)
    assert api.status(active) == "ACTIVE"


def test_resize_rules(api, active):
    assert fault(api.action(active, {"resize": {"flavorRef": U2.id}}), 400, "badRequest") == \
        "When resizing, instances must change flavor!"
    fault(api.action(active, {"resize": {"flavorRef": "nope"}}), 400, "badRequest")
    fault(api.action(active, {"resize": {"flavorRef": M2.id}}), 400, "badRequest")  # u2 -> block storage
    fault(api.action(active, {"resize": {}}), 400, "badRequest")
    assert api.status(active) == "ACTIVE"


def test_create_image_returns_location_and_makes_a_bootable_image(api, manual, active):
    response = api.action(active, {"createImage": {"name": "snap", "metadata": {"k": "v"}}})
    accepted(response)
    image_id = response.headers["location"].rsplit("/", 1)[1]
    assert api.server(active)["OS-EXT-STS:task_state"] == "image_snapshot"
    fault(api.action(active, {"createImage": {"name": "again"}}), 409, "conflictingRequest")
    manual.advance(2)
    assert api.server(active)["OS-EXT-STS:task_state"] is None
    new_id = api.create_server(imageRef=image_id)
    assert api.server(new_id)["image"]["id"] == image_id


def test_create_image_only_for_u2(api, manual):
    server_id = api.create_server(flavorRef=M2.id, block_device_mapping_v2=boot_volume())
    manual.advance(3)
    assert "u2" in fault(api.action(server_id, {"createImage": {"name": "snap"}}), 400, "badRequest")


def test_security_groups_add_and_remove(api, active):
    accepted(api.action(active, {"addSecurityGroup": {"name": "web"}}))
    assert api.server(active)["security_groups"] == [{"name": "default"}, {"name": "web"}]
    accepted(api.action(active, {"removeSecurityGroup": {"name": "default"}}))
    assert api.server(active)["security_groups"] == [{"name": "web"}]
    fault(api.action(active, {"addSecurityGroup": {"name": "no-such-group"}}), 404, "itemNotFound")
    fault(api.action(active, {"removeSecurityGroup": {"name": "default"}}), 400, "badRequest")
    fault(api.action(active, {"addSecurityGroup": {"name": ""}}), 400, "badRequest")
    assert api.server(active)["security_groups"] == [{"name": "web"}]


def test_delete_during_a_transition_stops_it(api, manual, active):
    api.action(active, {"os-stop": None})
    assert api.delete(f"/servers/{active}").status_code == 204
    manual.advance(10)
    fault(api.get(f"/servers/{active}"), 404, "itemNotFound")


def test_reset_forgets_everything(api, mock):
    api.create_server()
    api.post("/os-keypairs", json={"keypair": {"name": "k"}})
    mock.reset()
    assert api.get("/servers").json() == {"servers": []}
    assert api.get("/os-keypairs").json() == {"keypairs": []}


def test_injected_build_failure_goes_to_error_with_a_fault(api, manual):
    server_id = api.create_server(metadata={"mock:fail_build": "Disk quota exceeded on host."})
    manual.advance(3)
    server = api.server(server_id)
    assert server["status"] == "ERROR" and server["OS-EXT-STS:vm_state"] == "error"
    assert server["fault"]["code"] == 500 and server["fault"]["message"] == "Disk quota exceeded on host."
    assert "progress" not in server
    fault(api.action(server_id, {"os-start": None}), 409, "conflictingRequest")
    fault(api.action(server_id, {"reboot": {"type": "SOFT"}}), 409, "conflictingRequest")
    accepted(api.action(server_id, {"os-stop": None}))  # Nova: stop accepts ERROR
    assert api.status(server_id) == "ERROR"
    manual.advance(1)
    stopped = api.server(server_id)
    assert stopped["status"] == "SHUTOFF" and "fault" not in stopped


def test_control_api_sends_a_server_to_error(api, manual, active):
    response = api.http.post(f"/_mock/servers/{active}/error", json={"message": "host down"})
    assert response.status_code == 202
    server = api.server(active)
    assert server["status"] == "ERROR" and server["fault"]["message"] == "host down"
    accepted(api.action(active, {"reboot": {"type": "HARD"}}))
    assert api.status(active) == "HARD_REBOOT"
    manual.advance(2)
    assert api.status(active) == "ACTIVE" and "fault" not in api.server(active)
    fault(api.http.post("/_mock/servers/0b3a4f5c-0000-4000-8000-000000000001/error"), 404, "itemNotFound")
    fault(api.http.post(f"/_mock/servers/{active}/error", json={"message": 5}), 400, "badRequest")
