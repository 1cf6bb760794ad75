"""Every operation of the spec through the generated client, against the mock over real HTTP, sync and async. What
a server boots from is found through the API (the layer's look-ups), not copied from the mock's catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from uuid import UUID

import pytest
from toast_compute_client import AuthenticatedClient
from toast_compute_client import models as m
from toast_compute_client.api.availability_zones import list_availability_zones
from toast_compute_client.api.flavors import list_flavors, list_flavors_detail
from toast_compute_client.api.keypairs import create_keypair, delete_keypair, get_keypair, list_keypairs
from toast_compute_client.api.server_actions import server_action
from toast_compute_client.api.servers import (
    create_server,
    delete_server,
    get_server,
    list_servers,
    list_servers_detail,
    update_server,
)
from toast_compute_client.api.versions import list_versions
from toast_compute_client.api.volume_attachments import (
    attach_volume,
    attach_volume_by_path,
    detach_volume,
    get_volume_attachment,
    list_volume_attachments,
)

from toast_compute import ComputeClient

pytestmark = pytest.mark.client


@dataclass(frozen=True)
class Boot:
    spec: m.ServerCreate  # u2.c1m2 (a local disk), Ubuntu, the tenant's default network
    bigger_flavor: str  # u2.c2m4, to resize to


@pytest.fixture
def boot(mock: Any) -> Boot:
    with ComputeClient(
        base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id, network_url=mock.network_url
    ) as layer:
        flavor, image = layer.find_flavor("u2.c1m2"), layer.find_image("Ubuntu Server 22.04 LTS (2024.01.16)")
        network = m.ServerNetwork(uuid=layer.find_network().id)
        spec = m.ServerCreate(name="web", flavor_ref=flavor.id, image_ref=image.id, networks=[network])
        return Boot(spec, layer.find_flavor("u2.c2m4").id)


def new_server(generated: Any, boot: Boot) -> UUID:
    response = generated(create_server, body=m.ServerCreateRequest(server=boot.spec))
    assert response.status_code == HTTPStatus.ACCEPTED, response.content
    assert isinstance(response.parsed, m.ServerCreateResponse)
    return response.parsed.server.id


def test_list_versions(generated: Any) -> None:
    response = generated(list_versions)
    assert isinstance(response.parsed, m.VersionList)
    assert {v.id for v in response.parsed.versions} >= {"v2.0"}


def test_flavors(generated: Any) -> None:
    page = generated(list_flavors, limit=3).parsed
    assert isinstance(page, m.FlavorList) and len(page.flavors) == 3
    assert page.flavors_links and page.flavors_links[0].rel == "next"
    detail = generated(list_flavors_detail, min_ram=4096).parsed
    assert isinstance(detail, m.FlavorDetailList)
    assert detail.flavors and all(f.ram >= 4096 for f in detail.flavors)


def test_availability_zones(generated: Any) -> None:
    zones = generated(list_availability_zones).parsed
    assert isinstance(zones, m.AvailabilityZoneList)
    assert [z.zone_name for z in zones.availability_zone_info] == ["kr-pub-a", "kr-pub-b"]


def test_keypairs(generated: Any) -> None:
    body = m.KeypairCreateRequest(keypair=m.KeypairCreate(name="deploy"))
    created = generated(create_keypair, body=body)
    assert created.status_code == HTTPStatus.OK and isinstance(created.parsed, m.KeypairCreateResponse)
    assert created.parsed.keypair.private_key
    listed = generated(list_keypairs).parsed
    assert isinstance(listed, m.KeypairList) and [k.keypair.name for k in listed.keypairs] == ["deploy"]
    shown = generated(get_keypair, keypair_name="deploy").parsed
    assert isinstance(shown, m.KeypairResponse) and shown.keypair.public_key == created.parsed.keypair.public_key
    deleted = generated(delete_keypair, keypair_name="deploy")
    assert deleted.status_code == HTTPStatus.ACCEPTED
    missing = generated(get_keypair, keypair_name="deploy")
    assert missing.status_code == HTTPStatus.NOT_FOUND and isinstance(missing.parsed, m.ComputeFault)
    assert missing.parsed["itemNotFound"].code == 404


def test_servers(generated: Any, boot: Boot) -> None:
    server_id = new_server(generated, boot)
    shown = generated(get_server, server_id=server_id).parsed
    assert isinstance(shown, m.ServerResponse) and shown.server.id == server_id
    summaries = generated(list_servers).parsed
    assert isinstance(summaries, m.ServerList) and [s.id for s in summaries.servers] == [server_id]
    details = generated(list_servers_detail, status="ACTIVE").parsed
    assert isinstance(details, m.ServerDetailList) and details.servers[0].status == m.ServerStatus.ACTIVE
    body = m.ServerUpdateRequest(server=m.ServerUpdate(name="renamed"))
    updated = generated(update_server, server_id=server_id, body=body).parsed
    assert isinstance(updated, m.ServerUpdateResponse) and updated.server.name == "renamed"
    assert generated(delete_server, server_id=server_id).status_code == HTTPStatus.NO_CONTENT
    assert generated(get_server, server_id=server_id).status_code == HTTPStatus.NOT_FOUND


def actions(bigger_flavor: str) -> dict[str, tuple[Any, tuple[str, ...]]]:
    return {
        "stop": (m.ServerActionStop(os_stop=None), ("SHUTOFF",)),
        "start": (m.ServerActionStart(os_start=None), ("ACTIVE",)),
        "reboot": (m.ServerActionReboot(reboot=m.RebootRequest(type_=m.RebootRequestType.HARD)), ("ACTIVE",)),
        # TOAST confirms a resize itself, 1 s after VERIFY_RESIZE
        "resize": (m.ServerActionResize(resize=m.ResizeRequest(flavor_ref=bigger_flavor)), ("VERIFY_RESIZE", "ACTIVE")),
        "add": (
            m.ServerActionAddSecurityGroup(add_security_group=m.SecurityGroupRef(name="web")),
            ("ACTIVE", "VERIFY_RESIZE"),
        ),
        "remove": (
            m.ServerActionRemoveSecurityGroup(remove_security_group=m.SecurityGroupRef(name="web")),
            ("ACTIVE", "VERIFY_RESIZE"),
        ),
    }


def test_server_actions_with_empty_202_bodies(generated: Any, boot: Boot) -> None:
    server_id = new_server(generated, boot)
    for name, (body, status_after) in actions(boot.bigger_flavor).items():
        response = generated(server_action, server_id=server_id, body=body)
        assert response.status_code == HTTPStatus.ACCEPTED, (name, response.content)
        assert response.content == b"" and response.parsed is None, name
        server = generated(get_server, server_id=server_id).parsed
        assert isinstance(server, m.ServerResponse) and server.server.status in status_after, name


def test_create_image_action(generated: Any, boot: Boot) -> None:
    server_id = new_server(generated, boot)
    body = m.ServerActionCreateImage(create_image=m.CreateImageRequest(name="snap"))
    response = generated(server_action, server_id=server_id, body=body)
    assert response.status_code == HTTPStatus.ACCEPTED
    assert "/images/" in response.headers["location"]
    assert response.parsed is None or isinstance(response.parsed, m.CreateImageResult)


def test_volume_attachments(generated: Any, volumes: tuple[str, str], boot: Boot) -> None:
    volume, other_volume = (UUID(v) for v in volumes)
    server_id = new_server(generated, boot)
    attach = m.VolumeAttachmentCreateRequest(volume_attachment=m.VolumeAttachmentCreate(volume_id=volume))
    attached = generated(attach_volume, server_id=server_id, body=attach).parsed
    assert isinstance(attached, m.VolumeAttachmentResponse) and attached.volume_attachment.volume_id == volume
    other = m.VolumeAttachmentCreateRequest(volume_attachment=m.VolumeAttachmentCreate(volume_id=other_volume))
    by_path = generated(attach_volume_by_path, server_id=server_id, volume_id=other_volume, body=other).parsed
    assert isinstance(by_path, m.VolumeAttachmentResponse) and by_path.volume_attachment.volume_id == other_volume
    listed = generated(list_volume_attachments, server_id=server_id, limit=1, offset=1).parsed
    assert isinstance(listed, m.VolumeAttachmentList) and len(listed.volume_attachments) == 1
    shown = generated(get_volume_attachment, server_id=server_id, volume_id=volume).parsed
    assert isinstance(shown, m.VolumeAttachmentResponse) and shown.volume_attachment.device
    assert generated(detach_volume, server_id=server_id, volume_id=volume).status_code == HTTPStatus.ACCEPTED
    gone = generated(get_volume_attachment, server_id=server_id, volume_id=volume)
    assert gone.status_code == HTTPStatus.NOT_FOUND and isinstance(gone.parsed, m.ComputeFault)


def test_wrong_token_parses_keystone_error(generated: Any, mock: Any) -> None:
    generated.client = AuthenticatedClient(
        base_url=mock.base_url, token="not-the-token", prefix="", auth_header_name="X-Auth-Token"
    )
    response = generated(list_flavors)
    assert response.status_code == HTTPStatus.UNAUTHORIZED and isinstance(response.parsed, m.KeystoneError)
