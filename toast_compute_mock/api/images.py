"""GET /images, /images/detail, /images/{id}: Nova's compute image proxy (served on /v2, gone
upstream from 2.36), so the `Location` of createImage resolves."""

from __future__ import annotations

from typing import Any

from ..backend import images
from ..backend.images import ImageRecord
from ..http import MockRequest, Response
from .links import bookmark, links
from .listing import page_size, paged
from .views import iso_z

_PROGRESS = {"ACTIVE": 100, "SAVING": 50}


def _summary(request: MockRequest, record: ImageRecord) -> dict[str, Any]:
    tenant_id = request.project.tenant_id
    image_links = links(request.base, tenant_id, "images", record.image.id)
    image_links.append({"href": f"{request.base}/images/{record.image.id}", "rel": "alternate",
                        "type": "application/vnd.openstack.image"})
    return {"id": record.image.id, "name": record.image.name, "links": image_links}


def _detail(request: MockRequest, record: ImageRecord) -> dict[str, Any]:
    view = {
        **_summary(request, record),
        "status": record.status,
        "progress": _PROGRESS[record.status],
        "minDisk": record.image.min_disk,
        "minRam": 0,
        "created": iso_z(record.created),
        "updated": iso_z(record.created),
        "metadata": dict(record.image.properties),
    }
    if record.server_id is not None:
        tenant_id = request.project.tenant_id
        view["server"] = {"id": record.server_id, "links": [
            *links(request.base, tenant_id, "servers", record.server_id)[:1],
            *bookmark(request.base, tenant_id, "servers", record.server_id)]}
    return view


def _list(request: MockRequest, detail: bool) -> Response:
    http = request.http
    limit = page_size(request)
    found = images.list_images(request.project, http.param("name"), http.param("status"), http.param("server"),
                               http.param("marker"))
    view = _detail if detail else _summary
    return Response(200, paged(request, "images", "images/detail" if detail else "images",
                               ((r.image.id, view(request, r)) for r in found), limit))


def list_images(request: MockRequest) -> Response:
    return _list(request, detail=False)


def list_images_detail(request: MockRequest) -> Response:
    return _list(request, detail=True)


def show_image(request: MockRequest) -> Response:
    return Response(200, {"image": _detail(request, images.get_image(request.project, request.args["image_id"]))})
