"""Block storage handlers (Cinder v2 under `/block-storage/v2/{tenantId}`, TOAST's `volumev2` service):
volume create (202, `creating`), list, detail, show and delete (202). Errors in Cinder's envelope,
which is Nova's."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from ..backend import block_storage
from ..backend.models import Volume
from ..backend.project import Project
from ..faults import bad_request, not_found
from ..http import MockRequest, Response, empty
from ..validation import check_metadata, check_positive_int, check_string, parse_int, require_object
from .views import naive_micro

PREFIX = "block-storage"  # the mount point of the service on the mock (the catalog's volumev2 URL)
DEFAULT_LIMIT = 1000  # the vendor: "Default is 1000"


def service_url(base: str, tenant_id: str) -> str:
    return f"{base}/{PREFIX}/v2/{tenant_id}"


def _links(request: MockRequest, volume_id: str) -> list[dict[str, str]]:
    tenant_id = request.project.tenant_id
    return [{"href": f"{service_url(request.base, tenant_id)}/volumes/{volume_id}", "rel": "self"},
            {"href": f"{request.base}/{PREFIX}/{tenant_id}/volumes/{volume_id}", "rel": "bookmark"}]


def _summary(request: MockRequest, volume: Volume) -> dict[str, Any]:
    return {"id": volume.id, "links": _links(request, volume.id), "name": volume.name}


def _attachments(project: Project, volume: Volume) -> list[dict[str, Any]]:
    server_id = project.attached.get(volume.id)
    server = None if server_id is None else project.servers.get(server_id)
    if server is None:
        return []
    return [{"server_id": server.id, "attachment_id": volume.attachment_id, "volume_id": volume.id,
             "device": server.volumes[volume.id], "id": volume.id}]


def _detail(request: MockRequest, volume: Volume) -> dict[str, Any]:
    project = request.project
    return {
        "attachments": _attachments(project, volume),
        "links": _links(request, volume.id),
        "availability_zone": volume.availability_zone,
        "encrypted": False,
        "os-volume-replication:extended_status": None,
        "volume_type": volume.volume_type,
        "snapshot_id": None,
        "id": volume.id,
        "size": volume.size,
        "user_id": project.user_id,
        "os-vol-tenant-attr:tenant_id": project.tenant_id,
        "metadata": dict(volume.metadata),
        "status": block_storage.status(project, volume),
        "description": volume.description,
        "multiattach": False,
        "source_volid": None,
        "consistencygroup_id": None,
        "name": volume.name,
        "bootable": "false",
        "created_at": naive_micro(volume.created_at),
        "os-volume-replication:driver_data": None,
        "replication_status": "disabled",
    }


def _optional_string(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    return None if value is None else check_string(key, value, min_length=0)


def create_volume(request: MockRequest) -> Response:
    body = require_object(request.http.json(), "volume")
    if "size" not in body:
        raise bad_request("Invalid input for field/attribute volume. 'size' is a required property")
    if body.get("snapshot_id") is not None:  # the mock has no snapshots of volumes
        raise not_found(f"Snapshot {body['snapshot_id']} could not be found.")
    if body.get("source_volid") is not None:  # nor clones
        raise block_storage.volume_not_found(str(body["source_volid"]))
    order = block_storage.VolumeOrder(
        size=check_positive_int("size", body["size"]),
        name=_optional_string(body, "name"),
        description=_optional_string(body, "description"),
        volume_type=_optional_string(body, "volume_type"),
        availability_zone=_optional_string(body, "availability_zone"),
        metadata=check_metadata("metadata", body.get("metadata") or {}),
    )
    volume = block_storage.create_volume(request.backend, request.project, order)
    return Response(202, {"volume": _detail(request, volume)})


def _page(request: MockRequest) -> tuple[list[Volume], list[dict[str, str]] | None]:
    """Newest first (Cinder's default `created_at:desc`), after `marker`, from `offset`, at most `limit`."""
    volumes = sorted(request.project.volumes.values(), key=lambda v: v.created_at, reverse=True)
    marker = request.http.param("marker")
    if marker is not None:
        ids = [v.id for v in volumes]
        if marker not in ids:
            raise bad_request(f"marker [{marker}] not found")
        volumes = volumes[ids.index(marker) + 1:]
    offset_raw = request.http.param("offset")
    volumes = volumes[parse_int("offset", offset_raw):] if offset_raw is not None else volumes
    limit_raw = request.http.param("limit")
    limit = DEFAULT_LIMIT if limit_raw is None else parse_int("limit", limit_raw)
    page = volumes[:limit]
    if limit_raw is None or len(volumes) <= limit or not page:
        return page, None
    params = [(k, v) for k, values in request.http.query.items() if k not in ("marker", "offset") for v in values]
    params.append(("marker", page[-1].id))
    path = request.http.path.rstrip("/")
    return page, [{"href": f"{request.base}{path}?{urlencode(params)}", "rel": "next"}]


def _listing(request: MockRequest, views: list[dict[str, Any]], links: list[dict[str, str]] | None) -> Response:
    body: dict[str, Any] = {"volumes": views}
    if links:
        body["volumes_links"] = links
    return Response(200, body)


def list_volumes(request: MockRequest) -> Response:
    page, links = _page(request)
    return _listing(request, [_summary(request, v) for v in page], links)


def list_volumes_detail(request: MockRequest) -> Response:
    page, links = _page(request)
    return _listing(request, [_detail(request, v) for v in page], links)


def show_volume(request: MockRequest) -> Response:
    volume = block_storage.get_volume(request.project, request.args["volume_id"])
    return Response(200, {"volume": _detail(request, volume)})


def delete_volume(request: MockRequest) -> Response:
    block_storage.delete_volume(request.project, request.args["volume_id"])
    return empty(202)
