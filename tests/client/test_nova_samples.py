"""Upstream Nova's response samples for the documented (legacy /v2) endpoints parse through the generated client.

The samples are copied into tests/fixtures/nova-api-samples/ (tests/paths.py). Each sample is answered by a
MockTransport to the real generated endpoint function, and the parsed model must give the sample's JSON back
(timestamps compared as instants).
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from uuid import UUID

import pytest
from toast_compute_client import models as m
from toast_compute_client.api.availability_zones import list_availability_zones
from toast_compute_client.api.flavors import list_flavors, list_flavors_detail
from toast_compute_client.api.keypairs import create_keypair, get_keypair, list_keypairs
from toast_compute_client.api.server_actions import server_action
from toast_compute_client.api.servers import create_server, get_server, list_servers, list_servers_detail, update_server
from toast_compute_client.api.versions import list_versions
from toast_compute_client.api.volume_attachments import attach_volume, get_volume_attachment, list_volume_attachments

from tests.paths import NOVA_SAMPLES

from .payloads import SERVER_ID, TENANT, answering

pytestmark = pytest.mark.client

ID = UUID(SERVER_ID)
KEYPAIR = m.KeypairCreateRequest(keypair=m.KeypairCreate(name="k"))
SERVER = m.ServerCreateRequest(server=m.ServerCreate(name="s", flavor_ref="1", networks=[]))
ATTACH = m.VolumeAttachmentCreateRequest(volume_attachment=m.VolumeAttachmentCreate(volume_id=ID))
IMAGE = m.ServerActionCreateImage(create_image=m.CreateImageRequest(name="i"))

# sample -> (status, call(client) -> Response, expected parsed type)
SAMPLES: dict[str, tuple[int, Any, type]] = {
    "versions__versions-get-resp": (200, lambda c: list_versions.sync_detailed(client=c), m.VersionList),
    "flavors__flavors-list-resp": (200, lambda c: list_flavors.sync_detailed(TENANT, client=c), m.FlavorList),
    "flavors__flavors-detail-resp": (
        200,
        lambda c: list_flavors_detail.sync_detailed(TENANT, client=c),
        m.FlavorDetailList,
    ),
    "os-availability-zone__availability-zone-list-resp": (
        200,
        lambda c: list_availability_zones.sync_detailed(TENANT, client=c),
        m.AvailabilityZoneList,
    ),
    "os-keypairs__keypairs-list-resp": (200, lambda c: list_keypairs.sync_detailed(TENANT, client=c), m.KeypairList),
    "os-keypairs__keypairs-get-resp": (
        200,
        lambda c: get_keypair.sync_detailed(TENANT, "k", client=c),
        m.KeypairResponse,
    ),
    "os-keypairs__keypairs-post-resp": (
        200,
        lambda c: create_keypair.sync_detailed(TENANT, client=c, body=KEYPAIR),
        m.KeypairCreateResponse,
    ),
    "os-keypairs__keypairs-import-post-resp": (
        200,
        lambda c: create_keypair.sync_detailed(TENANT, client=c, body=KEYPAIR),
        m.KeypairCreateResponse,
    ),
    "servers__servers-list-resp": (200, lambda c: list_servers.sync_detailed(TENANT, client=c), m.ServerList),
    "servers__servers-details-resp": (
        200,
        lambda c: list_servers_detail.sync_detailed(TENANT, client=c),
        m.ServerDetailList,
    ),
    "servers__server-get-resp": (200, lambda c: get_server.sync_detailed(TENANT, ID, client=c), m.ServerResponse),
    "servers__server-create-resp": (
        202,
        lambda c: create_server.sync_detailed(TENANT, client=c, body=SERVER),
        m.ServerCreateResponse,
    ),
    "os-multiple-create__multiple-create-post-resp": (
        202,
        lambda c: create_server.sync_detailed(TENANT, client=c, body=SERVER),
        m.ReservationResponse,
    ),
    "servers__server-update-resp": (
        200,
        lambda c: update_server.sync_detailed(
            TENANT, ID, client=c, body=m.ServerUpdateRequest(server=m.ServerUpdate(name="n"))
        ),
        m.ServerUpdateResponse,
    ),
    "os-volume_attachments__list-volume-attachments-resp": (
        200,
        lambda c: list_volume_attachments.sync_detailed(TENANT, ID, client=c),
        m.VolumeAttachmentList,
    ),
    "os-volume_attachments__volume-attachment-detail-resp": (
        200,
        lambda c: get_volume_attachment.sync_detailed(TENANT, ID, ID, client=c),
        m.VolumeAttachmentResponse,
    ),
    "os-volume_attachments__attach-volume-to-server-resp": (
        200,
        lambda c: attach_volume.sync_detailed(TENANT, ID, client=c, body=ATTACH),
        m.VolumeAttachmentResponse,
    ),
    # A later microversion's createImage body: the client must still take it (the spec keeps it optional).
    "servers__v2.45__server-action-create-image-resp": (
        202,
        lambda c: server_action.sync_detailed(TENANT, ID, client=c, body=IMAGE),
        m.CreateImageResult,
    ),
}


def normalised(value: Any) -> Any:
    """JSON with every timestamp string turned into an aware UTC datetime (Z and +00:00 are the same instant)."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] in "T ":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return value


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_nova_sample_parses_and_round_trips(sample: str) -> None:
    status, call, expected = SAMPLES[sample]
    body = json.loads((NOVA_SAMPLES / f"{sample}.json").read_text())
    response = call(answering(status, body))
    assert isinstance(response.parsed, expected), response.parsed
    assert normalised(response.parsed.to_dict()) == normalised(body)


def test_nova_server_extras_land_in_additional_properties() -> None:
    body = json.loads((NOVA_SAMPLES / "servers__server-get-resp.json").read_text())
    parsed = get_server.sync(TENANT, ID, client=answering(200, body))
    assert isinstance(parsed, m.ServerResponse)
    assert set(parsed.server.additional_keys) == {
        "OS-EXT-SRV-ATTR:host",
        "OS-EXT-SRV-ATTR:hypervisor_hostname",
        "OS-EXT-SRV-ATTR:instance_name",
    }
