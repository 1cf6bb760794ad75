"""The generated client never crashes on what the real service sends (issue 4, item 3).

Each case parses a real-shaped payload through a generated endpoint (`sync_detailed`, over an
httpx.MockTransport that answers the payload), as a service importing the client would.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import pytest
from toast_compute_client import errors
from toast_compute_client import models as m
from toast_compute_client.api.availability_zones import list_availability_zones
from toast_compute_client.api.flavors import list_flavors_detail
from toast_compute_client.api.server_actions import server_action
from toast_compute_client.api.servers import get_server, list_servers_detail
from toast_compute_client.api.volume_attachments import get_volume_attachment

from .payloads import SERVER_ID, TENANT, answering, toast_server

pytestmark = pytest.mark.client


def get(server: dict[str, Any]) -> m.Server:
    response = get_server.sync_detailed(TENANT, UUID(SERVER_ID), client=answering(200, {"server": server}))
    assert isinstance(response.parsed, m.ServerResponse), response.content
    return response.parsed.server


def test_the_documented_server_parses_with_readable_names() -> None:
    server = get(toast_server())
    assert server.status is m.ServerStatus.ACTIVE
    assert server.os_ext_sts_vm_state is m.ServerVmState.ACTIVE
    assert server.os_ext_sts_power_state is m.ServerPowerState.VALUE_1
    assert server.os_dcf_disk_config is m.DiskConfig.MANUAL
    assert server.os_ext_sts_task_state is None and server.os_srv_usg_terminated_at is None
    assert server.os_extended_volumes_volumes_attached[0].id == "90712f4f-2faa-4e4f-8eb1-9313a8595570"
    assert server.addresses["vpc2"][0].os_ext_ips_mac_mac_addr == "fa:16:3e:54:a7:64"
    assert server.access_ipv4 == "" and server.config_drive == ""


@pytest.mark.parametrize("status", ["SHELVED_OFFLOADED_V2", "MAINTENANCE", ""])
def test_unknown_status_is_kept_as_a_string(status: str) -> None:
    server = get(toast_server(status=status))
    assert server.status == status and not isinstance(server.status, m.ServerStatus)


def test_unknown_server_controlled_values_are_kept() -> None:
    server = get(
        toast_server(**{"OS-EXT-STS:vm_state": "hibernated", "OS-EXT-STS:power_state": 9, "OS-DCF:diskConfig": "X"})
    )
    assert server.os_ext_sts_vm_state == "hibernated"
    assert server.os_ext_sts_power_state == 9
    assert server.os_dcf_disk_config == "X"


def test_unknown_fields_are_kept_at_every_level_and_round_trip() -> None:
    # `NHN-EXT-ATTR:hibernation` is in neither vendor document (protect and ephemeral_disk_size are declared, E80).
    payload = toast_server(
        flavor={"id": "f", "links": [], "original_name": "m2.c4m8"}, **{"NHN-EXT-ATTR:hibernation": {"enabled": True}}
    )
    payload["addresses"]["vpc2"][0]["NHN-EXT:subnet"] = "s1"
    server = get(payload)
    assert server.additional_properties == {"NHN-EXT-ATTR:hibernation": {"enabled": True}}
    assert server["NHN-EXT-ATTR:hibernation"] == {"enabled": True}
    assert server.nhn_ext_attr_protect is False and server.nhn_ext_attr_ephemeral_disk_size == 0
    assert server.flavor["original_name"] == "m2.c4m8"
    assert server.addresses["vpc2"][0]["NHN-EXT:subnet"] == "s1"
    again = server.to_dict()
    assert set(again) == set(payload)
    assert again["addresses"] == payload["addresses"] and again["flavor"] == payload["flavor"]


def test_naive_timestamps_parse_to_naive_datetimes() -> None:
    server = get(
        toast_server(
            **{
                "OS-SRV-USG:launched_at": "2020-02-25T01:22:23.000000",
                "OS-SRV-USG:terminated_at": "2020-02-26 03:00:00",
            }
        )
    )
    assert server.os_srv_usg_launched_at == datetime.datetime(2020, 2, 25, 1, 22, 23)
    assert server.os_srv_usg_terminated_at == datetime.datetime(2020, 2, 26, 3, 0, 0)
    assert server.created == datetime.datetime(2020, 2, 25, 1, 15, 46, tzinfo=datetime.UTC)


def test_created_without_timezone_still_parses() -> None:
    assert get(toast_server(created="2020-02-25T01:15:46")).created == datetime.datetime(2020, 2, 25, 1, 15, 46)


def test_image_empty_string_for_a_volume_booted_server() -> None:
    assert get(toast_server(image="")).image is m.EmptyString.VALUE_0


NULLABLE = [
    "key_name",
    "config_drive",
    "OS-EXT-STS:task_state",
    "OS-EXT-STS:vm_state",
    "OS-EXT-STS:power_state",
    "OS-SRV-USG:launched_at",
    "OS-SRV-USG:terminated_at",
]
# Strings the document says nothing about being null: the client passes null through rather than crash.
SILENT_STRINGS = ["name", "hostId", "accessIPv4", "accessIPv6", "OS-EXT-AZ:availability_zone", "tenant_id", "status"]


@pytest.mark.parametrize("key", NULLABLE + SILENT_STRINGS + ["progress"])
def test_null_values_do_not_crash(key: str) -> None:
    server = get(toast_server(**{key: None}))
    assert server.to_dict()[key] is None


@pytest.mark.parametrize("key", ["progress", "security_groups", "fault", "NHN-EXT-ATTR:protect"])
def test_optional_fields_may_be_missing(key: str) -> None:
    get(toast_server(**{key: ...}))


def test_error_server_carries_its_fault() -> None:
    fault = {"code": 500, "message": "No valid host was found.", "created": "2020-02-25T01:15:50Z"}
    server = get(toast_server(status="ERROR", fault=fault))
    assert server.status is m.ServerStatus.ERROR
    assert isinstance(server.fault, m.ServerFault) and server.fault.message == "No valid host was found."


@pytest.mark.parametrize("swap, rxtx", [("", ""), (512, 1.0), (0, "")])
def test_flavor_swap_and_rxtx_factor_may_be_empty_strings(swap: Any, rxtx: Any) -> None:
    flavor = {
        "id": "1",
        "name": "m1.tiny",
        "links": [],
        "ram": 512,
        "disk": 1,
        "vcpus": 1,
        "swap": swap,
        "rxtx_factor": rxtx,
        "os-flavor-access:is_public": True,
        "OS-FLV-DISABLED:disabled": False,
        "OS-FLV-EXT-DATA:ephemeral": 0,
    }
    page = list_flavors_detail.sync(TENANT, client=answering(200, {"flavors": [flavor]}))
    assert isinstance(page, m.FlavorDetailList)
    parsed = page.flavors[0]
    assert parsed.swap == (m.EmptyString.VALUE_0 if swap == "" else swap)
    assert parsed.rxtx_factor == (m.EmptyString.VALUE_0 if rxtx == "" else rxtx)
    assert parsed.to_dict()["swap"] == swap


def test_availability_zone_hosts_null_or_object() -> None:
    zones = [
        {"zoneName": "kr-pub-a", "zoneState": {"available": True}, "hosts": None},
        {"zoneName": "kr-pub-b", "zoneState": {"available": False}, "hosts": {"cmp1": {"nova-compute": {}}}},
    ]
    parsed = list_availability_zones.sync(TENANT, client=answering(200, {"availabilityZoneInfo": zones}))
    assert isinstance(parsed, m.AvailabilityZoneList)
    assert parsed.availability_zone_info[0].hosts is None
    assert isinstance(parsed.availability_zone_info[1].hosts, m.AvailabilityZoneHosts)


def test_volume_attachment_device_null() -> None:
    body = {"volumeAttachment": {"id": SERVER_ID, "serverId": SERVER_ID, "volumeId": SERVER_ID, "device": None}}
    parsed = get_volume_attachment.sync(TENANT, UUID(SERVER_ID), UUID(SERVER_ID), client=answering(200, body))
    assert isinstance(parsed, m.VolumeAttachmentResponse) and parsed.volume_attachment.device is None


@pytest.mark.parametrize("content_type", [None, "text/html; charset=UTF-8", "application/json"])
def test_empty_202_action_bodies_parse_to_none(content_type: str | None) -> None:
    client = answering(202, content=b"", headers={"Content-Type": content_type} if content_type else {})
    for body in (
        m.ServerActionStart(os_start=None),
        m.ServerActionReboot(reboot=m.RebootRequest(type_=m.RebootRequestType.SOFT)),
    ):
        response = server_action.sync_detailed(TENANT, UUID(SERVER_ID), client=client, body=body)
        assert response.status_code == HTTPStatus.ACCEPTED and response.parsed is None


def test_create_image_202_body_of_later_microversions_still_parses() -> None:
    client = answering(202, {"image_id": "0e7761dd-ee98-41f0-ba35-05994e446431"})
    body = m.ServerActionCreateImage(create_image=m.CreateImageRequest(name="snap"))
    parsed = server_action.sync(TENANT, UUID(SERVER_ID), client=client, body=body)
    assert isinstance(parsed, m.CreateImageResult)
    assert parsed.image_id == UUID("0e7761dd-ee98-41f0-ba35-05994e446431")


def test_undocumented_error_page_is_not_a_crash() -> None:
    client = answering(502, content=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    response = list_servers_detail.sync_detailed(TENANT, client=client)
    assert response.status_code == HTTPStatus.BAD_GATEWAY and response.parsed is None


@pytest.mark.parametrize("status", [499, 520])
def test_status_codes_outside_http_status_raise_the_clients_own_error(status: int) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        list_servers_detail.sync_detailed(TENANT, client=answering(status, content=b"oops"))
    assert raised.value.status_code == status
